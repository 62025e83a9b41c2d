/**
 * 補助金の交付額 of the dc-zero call (DC-*-RATE-01, DC-*-CAP-01): rate × 補助対象経費 with the lower
 * rate for 太陽光・空調等 (新設・改修), then the cap (per 年度 for 新設・改修). Exact fractions; no rounding
 * (AMB-30).
 */
import { Fraction } from "../../lib/fraction";
import { fail, ok, type Result } from "../../lib/result";
import { nonNegatives, yen } from "../../lib/amounts";
import { DC_ZERO_CURRENT, type CapRule, type DcZeroParams } from "./params";
import { DC_PROJECT_TYPE_JA } from "./projectType";
import type { DcProjectType } from "./sheetTypes";

/** standard = 2分の1 (新設・改修) or the type's only rate; lower = 太陽光発電設備及び空調設備等の省CO2型設備. */
export type RateClass = "standard" | "lower";

/**
 * 補助率 of a 事業区分 for an equipment class.
 * @example subsidyRate("new", "lower") // 1/3
 * @see params.rate
 */
export function subsidyRate(type: DcProjectType, equipment: RateClass = "standard", params: DcZeroParams = DC_ZERO_CURRENT.params): Fraction {
  const rule = params.rate[type].value;
  return Fraction.parse(equipment === "lower" && rule.lower !== null ? rule.lower : rule.standard);
}

/**
 * 上限 of a 事業区分 in yen, and whether it applies per 年度.
 * @example subsidyCap("new") // { yen: 300000000, perFiscalYear: true }
 */
export function subsidyCap(type: DcProjectType, params: DcZeroParams = DC_ZERO_CURRENT.params): CapRule {
  return params.cap[type].value;
}

export interface SubsidyBreakdown {
  /** Rate × eligible cost before the cap, exact. */
  readonly calculated: Fraction;
  /** The amount: MIN(calculated, cap). */
  readonly amount: Fraction;
  readonly capYen: number;
  /** The cap applies per 年度 (新設・改修) rather than per project. */
  readonly perFiscalYear: boolean;
  readonly capped: boolean;
  /** Rule id of the cap (DC-NEW-CAP-01, DC-RENO-CAP-01, DC-MOVE-RATE-01, DC-CONT-RATE-01). */
  readonly ruleId: string;
}

/**
 * One fiscal year's subsidy (the whole project for 移設・コンテナ): 新設/改修 1/2 × (total − part) + 1/3 × part,
 * 移設/コンテナ 1/3 × total, then MIN with the cap.
 * @param eligibleYen 補助対象経費 (yen), the total
 * @param lowerRateYen うち太陽光・空調等 (yen): the part of the total at the lower rate; must not exceed the total
 * @example subsidyAmount("new", 900_000_000, 500_000_000).value.amount // 300,000,000 (366,666,666.67 capped)
 */
export function subsidyAmount(
  type: DcProjectType,
  eligibleYen: number | Fraction,
  lowerRateYen: number | Fraction = 0,
  params: DcZeroParams = DC_ZERO_CURRENT.params,
): Result<SubsidyBreakdown> {
  const capParam = params.cap[type];
  const ruleId = capParam.ruleId;
  const inputs = nonNegatives(ruleId, [eligibleYen, "補助対象経費"], [lowerRateYen, "うち太陽光・空調等"]);
  if (!inputs.ok) return inputs;
  const [total, part] = inputs.value;
  if (part.gt(total)) {
    return fail(
      "OUT_OF_DOMAIN",
      `うち太陽光・空調等（${yen(part)}）が補助対象経費（${yen(total)}）を超えています。うち額は補助対象経費の内数で指定してください（${ruleId}）。`,
      { ruleId, path: "うち太陽光・空調等" },
    );
  }
  const calculated = total.sub(part).mul(subsidyRate(type, "standard", params)).add(part.mul(subsidyRate(type, "lower", params)));
  const cap = Fraction.of(capParam.value.yen);
  const capped = calculated.gt(cap);
  return ok({ calculated, amount: capped ? cap : calculated, capYen: capParam.value.yen, perFiscalYear: capParam.value.perFiscalYear, capped, ruleId });
}

/** Japanese one-line explanation of a breakdown, e.g. for an info finding. */
export function describeSubsidy(type: DcProjectType, b: SubsidyBreakdown): string {
  const capText = `${b.perFiscalYear ? "各年度" : ""}上限${yen(b.capYen)}`;
  return b.capped
    ? `${DC_PROJECT_TYPE_JA[type]}: 算出額 ${yen(b.calculated)} が${capText}を超えるため ${yen(b.amount)}（${b.ruleId}）。`
    : `${DC_PROJECT_TYPE_JA[type]}: 補助金額 ${yen(b.amount)}（${capText}以内, ${b.ruleId}）。`;
}
