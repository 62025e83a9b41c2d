/**
 * 加点 criteria with numbers (DC-BONUS-03/04/05): 過去3期の売上高の平均 vs 総事業費, 自己資本率 > 30%,
 * 賃金増加率 ≥ 1.5% (中小企業) / 3% (その他, 新設・改修のみ).
 */
import { Fraction } from "../../lib/fraction";
import { fail, ok, type Result } from "../../lib/result";
import { exact, nonNegative, nonNegatives } from "../../lib/amounts";
import { DC_ZERO_CURRENT, type DcZeroParams } from "./params";
import { DC_PROJECT_TYPE_JA } from "./projectType";
import type { DcProjectType } from "./sheetTypes";

export interface SalesBonus {
  readonly averageSalesYen: Fraction;
  /** 平均が総事業費を超える (加点). */
  readonly exceedsProjectCost: boolean;
  /** 平均が総事業費の10倍以上 (さらに加点). */
  readonly tenfold: boolean;
}

/**
 * DC-BONUS-03 on the DC operating entity's sales of the past 3 periods.
 * @example salesBonus([100, 120, 110], 10).value // average 110: exceeds and tenfold
 */
export function salesBonus(salesYen: readonly number[], totalProjectCostYen: number, params: DcZeroParams = DC_ZERO_CURRENT.params): Result<SalesBonus> {
  const { salesPeriods, salesMultiple } = params.bonus;
  const ruleId = salesPeriods.ruleId;
  if (salesYen.length !== salesPeriods.value) {
    return fail("INVALID_INPUT", `売上高は過去${salesPeriods.value}期分を指定してください（${ruleId}）。`, { ruleId, path: "売上高" });
  }
  const inputs = nonNegatives(ruleId, [totalProjectCostYen, "総事業費"], ...salesYen.map((v, i) => [v, `売上高（${i + 1}期目）`] as const));
  if (!inputs.ok) return inputs;
  const [cost, ...sales] = inputs.value;
  const average = Fraction.sum(sales).div(sales.length);
  return ok({
    averageSalesYen: average,
    exceedsProjectCost: average.gt(cost),
    tenfold: average.gte(cost.mul(salesMultiple.value)),
  });
}

export interface EquityBonus {
  /** Every party's 自己資本率 exceeds 30% (AMB-39). */
  readonly pass: boolean;
  /** 純資産 ÷ 総資産 per party, in input order. */
  readonly ratios: readonly Fraction[];
}

/**
 * DC-BONUS-04 for 代表申請者・共同申請者・共同事業者 (all must exceed the threshold, AMB-39).
 * @example equityBonus([{ netAssets: 31, totalAssets: 100 }]).value.pass // true
 */
export function equityBonus(
  parties: readonly { readonly netAssets: number; readonly totalAssets: number }[],
  params: DcZeroParams = DC_ZERO_CURRENT.params,
): Result<EquityBonus> {
  const p = params.bonus.equityRatioAbove;
  if (parties.length === 0) return fail("INVALID_INPUT", `自己資本率を判定する事業者を1者以上指定してください（${p.ruleId}）。`, { ruleId: p.ruleId });
  const ratios: Fraction[] = [];
  for (const party of parties) {
    const net = exact(party.netAssets, "純資産", p.ruleId);
    if (!net.ok) return net;
    const total = nonNegative(party.totalAssets, "総資産", p.ruleId);
    if (!total.ok) return total;
    if (total.value.isZero()) return fail("DIVISION_BY_ZERO", `総資産が0のため、自己資本率を計算できません（${p.ruleId}）。`, { ruleId: p.ruleId });
    ratios.push(net.value.div(total.value));
  }
  const threshold = Fraction.parse(p.value);
  return ok({ pass: ratios.every((r) => r.gt(threshold)), ratios });
}

export interface WageBonus {
  readonly pass: boolean;
  /** (this − previous) ÷ previous (AMB-40). */
  readonly increaseRate: Fraction;
  readonly threshold: Fraction;
}

/**
 * DC-BONUS-05 (新設・改修 only): wage increase year on year ≥ 1.5% (中小企業者) or ≥ 3% (others).
 * @example wageBonus("new", 1_000_000, 1_030_000, false).value.pass // true (exactly 3%)
 */
export function wageBonus(
  type: DcProjectType,
  previousWage: number,
  currentWage: number,
  isSme: boolean,
  params: DcZeroParams = DC_ZERO_CURRENT.params,
): Result<WageBonus> {
  const p = params.bonus.wageIncrease[isSme ? "sme" : "other"];
  if (type !== "new" && type !== "renovation") {
    return fail("NOT_APPLICABLE", `賃上げの加点は新設・改修のみです（${DC_PROJECT_TYPE_JA[type]}には定めがありません, ${p.ruleId}）。`, { ruleId: p.ruleId });
  }
  const wages = nonNegatives(p.ruleId, [previousWage, "前年度の賃金"], [currentWage, "今年度の賃金"]);
  if (!wages.ok) return wages;
  const [prev, cur] = wages.value;
  if (prev.isZero()) return fail("DIVISION_BY_ZERO", `前年度の賃金が0のため、賃金増加率を計算できません（${p.ruleId}）。`, { ruleId: p.ruleId });
  const increaseRate = cur.sub(prev).div(prev);
  const threshold = Fraction.parse(p.value);
  return ok({ pass: increaseRate.gte(threshold), increaseRate, threshold });
}
