/**
 * 電力要件 (GX-PWR-01, GX-PWR-02) on annual site figures: ① the whole annual use is 脱炭素電力,
 * ② at least 50% is procured from one prefecture (the 電源立地都道府県). Exact comparisons on fractions.
 */
import { nonNegatives } from "../../lib/amounts";
import { Fraction } from "../../lib/fraction";
import { fail, ok, type Result } from "../../lib/result";
import { GX_CURRENT, type GxParams } from "./params";

export interface PowerCheck {
  readonly power1: boolean;
  readonly power2: boolean;
  readonly decarbonisedShare: Fraction;
  readonly samePrefectureShare: Fraction;
}

/** share ≥ 電力要件② threshold (以上). */
export const meetsPower2 = (share: Fraction, p: GxParams = GX_CURRENT): boolean => share.gte(Fraction.parse(p.power2Share.value));

/** share ≥ 電力要件① threshold (全量 = 100%). */
export const meetsPower1 = (share: Fraction, p: GxParams = GX_CURRENT): boolean => share.gte(Fraction.parse(p.power1Share.value));

/**
 * @param annualUseKWh 年間使用電力量 (kWh/year, > 0)
 * @param decarbonisedKWh 脱炭素電力量 incl. certificates (kWh/year)
 * @param samePrefectureKWh 同一都道府県（電源立地都道府県）からの調達量 (kWh/year)
 * @example powerCheck(10_000, 10_000, 5_000) // ok({ power1: true, power2: true, … })
 */
export function powerCheck(annualUseKWh: number, decarbonisedKWh: number, samePrefectureKWh: number, p: GxParams = GX_CURRENT): Result<PowerCheck> {
  const inputs = nonNegatives("GX-PWR-01", [annualUseKWh, "年間使用電力量"], [decarbonisedKWh, "脱炭素電力量"], [samePrefectureKWh, "同一都道府県調達量"]);
  if (!inputs.ok) return inputs;
  const [use, decarbonised, samePrefecture] = inputs.value;
  if (use.isZero()) {
    return fail("DIVISION_BY_ZERO", "年間使用電力量が0のため、電力要件の割合を計算できません（GX-PWR-01, GX-PWR-02）。", { path: "年間使用電力量", ruleId: "GX-PWR-02" });
  }
  const decarbonisedShare = decarbonised.div(use);
  const samePrefectureShare = samePrefecture.div(use);
  return ok({ power1: meetsPower1(decarbonisedShare, p), power2: meetsPower2(samePrefectureShare, p), decarbonisedShare, samePrefectureShare });
}
