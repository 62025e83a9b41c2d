/**
 * DC設備投資型: PUE ≤ 1.3 within 2 years of the start of operation (GX-BIZ-DC-01).
 * 001 does not define PUE; 004's definition is used, on annual energy (AMB-16): facility ÷ ICT.
 */
import { nonNegatives } from "../../lib/amounts";
import { Fraction } from "../../lib/fraction";
import { fail, ok, type Result } from "../../lib/result";
import { GX_CURRENT, type GxParams } from "./params";

export interface PueCheck {
  readonly pue: Fraction;
  /** PUE ≤ 1.3 (以下). */
  readonly meets: boolean;
}

/**
 * @param facilityEnergy 施設全体のエネルギー使用量 (any unit, the same as ictEnergy)
 * @param ictEnergy ICT機器のエネルギー使用量 (> 0)
 * @example pueCheck(130, 100) // ok({ pue: 13/10, meets: true })
 */
export function pueCheck(facilityEnergy: number, ictEnergy: number, p: GxParams = GX_CURRENT): Result<PueCheck> {
  const inputs = nonNegatives("GX-BIZ-DC-01", [facilityEnergy, "施設全体のエネルギー使用量"], [ictEnergy, "ICT機器のエネルギー使用量"]);
  if (!inputs.ok) return inputs;
  const [facility, ict] = inputs.value;
  if (ict.isZero()) return fail("DIVISION_BY_ZERO", "ICT機器のエネルギー使用量が0のため、PUEを計算できません（GX-BIZ-DC-01）。", { ruleId: "GX-BIZ-DC-01" });
  const pue = facility.div(ict);
  return ok({ pue, meets: pue.lte(Fraction.parse(p.pueMax.value)) });
}
