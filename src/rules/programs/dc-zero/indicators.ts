/**
 * Plan indicators of the 実施計画書: PUE (DC-MOVE-REQ-02 ＊4), 再エネ率 (DC-NEW-REQ-01, DC-RATIO-01) and the
 * utilisation used in the review (DC-REV-03).
 */
import { Fraction } from "../../lib/fraction";
import { fail, ok, type Result } from "../../lib/result";
import { display, nonNegative, nonNegatives } from "./amounts";
import { DC_ZERO_CURRENT, type DcZeroParams } from "./params";

/**
 * PUE = 当該事業を行っている事業所のエネルギー使用量 [kWh] ÷ ICT機器のエネルギー使用量 [kWh].
 * The facility total includes the ICT equipment, so a PUE below 1 means swapped or wrong inputs.
 * @example pue(1_300_000, 1_000_000).value // 1.3
 */
export function pue(facilityKWh: number | Fraction, ictKWh: number | Fraction): Result<Fraction> {
  const inputs = nonNegatives("DC-MOVE-REQ-02", [facilityKWh, "施設全体のエネルギー使用量"], [ictKWh, "ICT機器のエネルギー使用量"]);
  if (!inputs.ok) return inputs;
  const [facility, ict] = inputs.value;
  if (ict.isZero()) return fail("DIVISION_BY_ZERO", "ICT機器のエネルギー使用量が0のため、PUEを計算できません（DC-MOVE-REQ-02）。", { ruleId: "DC-MOVE-REQ-02" });
  if (facility.lt(ict)) {
    return fail(
      "OUT_OF_DOMAIN",
      `施設全体のエネルギー使用量（${display(facility)}kWh）がICT機器の使用量（${display(ict)}kWh）より小さくなっています。施設全体はICT機器を含むため PUE は1以上です（引数の順序: 施設全体, ICT機器; DC-MOVE-REQ-02）。`,
      { ruleId: "DC-MOVE-REQ-02" },
    );
  }
  return ok(facility.div(ict));
}

/**
 * 再エネ率 = 再エネ電力量 ÷ データセンターの使用電力量 (fraction; 新設 requires ≥ 10%).
 * @example reShare(120_000, 1_000_000).value // 0.12
 */
export function reShare(reKWh: number | Fraction, useKWh: number | Fraction, params: DcZeroParams = DC_ZERO_CURRENT.params): Result<Fraction> {
  const ruleId = params.reShareMin.ruleId;
  const inputs = nonNegatives(ruleId, [reKWh, "再エネ電力量"], [useKWh, "使用電力量"]);
  if (!inputs.ok) return inputs;
  const [re, use] = inputs.value;
  if (use.isZero()) return fail("DIVISION_BY_ZERO", `使用電力量が0のため、再エネ率を計算できません（${ruleId}）。`, { ruleId });
  return ok(re.div(use));
}

/** Whether a 再エネ率 meets the 新設 minimum (≥ 10%, 以上). */
export function meetsReShare(share: Fraction, params: DcZeroParams = DC_ZERO_CURRENT.params): boolean {
  return share.gte(Fraction.parse(params.reShareMin.value));
}

/**
 * 稼働率 used in the review: MAX(想定稼働率, 50%) (DC-REV-03). Input and result are fractions (0.8 = 80%).
 * @example evaluatedUtilization(0.49).value // 0.5
 */
export function evaluatedUtilization(expected: number | Fraction, params: DcZeroParams = DC_ZERO_CURRENT.params): Result<Fraction> {
  const ruleId = params.utilizationFloor.ruleId;
  const u = nonNegative(expected, "想定稼働率", ruleId);
  if (!u.ok) return u;
  if (u.value.gt(Fraction.of(1))) {
    return fail("OUT_OF_DOMAIN", `想定稼働率（${display(u.value)}）は0〜1（0%〜100%）で指定してください。例: 0.8 又は "80%"（${ruleId}）。`, { ruleId, path: "想定稼働率" });
  }
  return ok(Fraction.max(u.value, Fraction.parse(params.utilizationFloor.value)));
}
