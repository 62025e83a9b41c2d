/**
 * Plan indicators of the 実施計画書: PUE (DC-MOVE-REQ-02 ＊4), 再エネ率 and 全再エネ率 (DC-RATIO-01; 新設 minimum
 * DC-NEW-REQ-01) and the utilisation used in the review (DC-REV-03).
 */
import { Fraction } from "../../lib/fraction";
import { fail, ok, type Result } from "../../lib/result";
import { display, nonNegative, nonNegatives } from "../../lib/amounts";
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

/** 再エネ率 / 全再エネ率 (documents カ・キ, review キ). */
const RATIO_RULE = "DC-RATIO-01";

/** Σ parts ÷ use, exact; use 0 → DIVISION_BY_ZERO; Σ parts > use → OUT_OF_DOMAIN (a share of the use cannot exceed 100%). */
function shareOfUse(parts: readonly (readonly [number | Fraction, string])[], useKWh: number | Fraction, whatJa: string): Result<Fraction> {
  const inputs = nonNegatives(RATIO_RULE, ...parts, [useKWh, "使用電力量"]);
  if (!inputs.ok) return inputs;
  const use = inputs.value[inputs.value.length - 1];
  const re = Fraction.sum(inputs.value.slice(0, -1));
  if (use.isZero()) return fail("DIVISION_BY_ZERO", `使用電力量が0のため、${whatJa}を計算できません（${RATIO_RULE}）。`, { ruleId: RATIO_RULE, path: "使用電力量" });
  if (re.gt(use)) {
    return fail(
      "OUT_OF_DOMAIN",
      `再エネ電力量（${display(re)}kWh）がデータセンターの使用電力量（${display(use)}kWh）を超えています。${whatJa}は使用電力量に占める再エネ由来電力量の割合で、100%を超えません（${RATIO_RULE}）。`,
      { ruleId: RATIO_RULE },
    );
  }
  return ok(re.div(use));
}

/**
 * 再エネ率 = 新規導入する再エネ設備からデータセンターに供給する電力量 ÷ データセンターの使用電力量 (fraction, DC-RATIO-01;
 * 新設 requires ≥ 10%, DC-NEW-REQ-01 — see meetsReShare).
 * @example reShare(120_000, 1_000_000).value // 0.12
 */
export function reShare(reKWh: number | Fraction, useKWh: number | Fraction): Result<Fraction> {
  return shareOfUse([[reKWh, "再エネ電力量"]], useKWh, "再エネ率");
}

/**
 * 全再エネ率 = (新規導入の再エネ電力量 + 再エネ由来の購入電力量 + 証書による再エネ電力量) ÷ データセンターの使用電力量
 * (fraction, DC-RATIO-01; document キ ※6「新規に導入する再エネ設備に加えて、再エネ由来電力（電力購入、証書含む）」).
 * Exact, no rounding. The denominator is the DC's electricity use (review キ); the source gives no finer definition.
 * @example totalReShare(100_000, 300_000, 100_000, 1_000_000).value // 0.5
 */
export function totalReShare(
  newReKWh: number | Fraction,
  purchasedReKWh: number | Fraction,
  certificateReKWh: number | Fraction,
  useKWh: number | Fraction,
): Result<Fraction> {
  return shareOfUse(
    [
      [newReKWh, "新規導入の再エネ電力量"],
      [purchasedReKWh, "再エネ由来の購入電力量"],
      [certificateReKWh, "証書による再エネ電力量"],
    ],
    useKWh,
    "全再エネ率",
  );
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
