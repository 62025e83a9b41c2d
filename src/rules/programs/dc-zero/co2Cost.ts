/**
 * CO2削減コスト (DC-CONT-REQ-06): 補助対象経費の支出予定額 ÷ (年間CO2削減量 × 法定耐用年数), and its limit,
 * which the call sets for コンテナ only (AMB-36).
 */
import type { Fraction } from "../../lib/fraction";
import { fail, ok, type Result } from "../../lib/result";
import { nonNegatives } from "../../lib/amounts";
import { DC_ZERO_CURRENT, type DcZeroParams } from "./params";
import { DC_PROJECT_TYPE_JA } from "./projectType";
import type { DcProjectType } from "./sheetTypes";

/**
 * CO2削減コスト in 円/t-CO2.
 * @param eligibleCostYen 補助対象経費の支出予定額 (yen) — the planned eligible expenditure, not the subsidy
 * @param annualReductionT 年間のエネルギー起源CO2の排出削減量 (t-CO2/year)
 * @param usefulLifeYears 法定耐用年数 (years)
 * @example co2ReductionCost(460_000_000, 200, 10).value // 230,000
 */
export function co2ReductionCost(
  eligibleCostYen: number | Fraction,
  annualReductionT: number | Fraction,
  usefulLifeYears: number | Fraction,
  params: DcZeroParams = DC_ZERO_CURRENT.params,
): Result<Fraction> {
  const ruleId = params.co2CostMaxYenPerT.ruleId;
  const inputs = nonNegatives(ruleId, [eligibleCostYen, "補助対象経費"], [annualReductionT, "年間CO2削減量"], [usefulLifeYears, "法定耐用年数"]);
  if (!inputs.ok) return inputs;
  const [cost, reduction, years] = inputs.value;
  const divisor = reduction.mul(years);
  if (divisor.isZero()) {
    return fail("DIVISION_BY_ZERO", `年間CO2削減量 × 法定耐用年数 が0のため、CO2削減コストを計算できません（${ruleId}）。`, { ruleId });
  }
  return ok(cost.div(divisor));
}

/**
 * CO2削減コストの上限 (円/t-CO2): 230,000 for コンテナ; NOT_APPLICABLE for the other types, which have none.
 * @example co2CostLimit("container").value // 230000
 */
export function co2CostLimit(type: DcProjectType, params: DcZeroParams = DC_ZERO_CURRENT.params): Result<number> {
  const p = params.co2CostMaxYenPerT;
  if (type === "container") return ok(p.value);
  return fail("NOT_APPLICABLE", `上限の定めなし: CO2削減コストの上限（${p.value.toLocaleString("ja-JP")}円/t-CO2）はコンテナのみの要件です（${DC_PROJECT_TYPE_JA[type]}には定めがありません, ${p.ruleId}）。`, {
    ruleId: p.ruleId,
  });
}
