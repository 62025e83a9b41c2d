/**
 * 経営の健全性 (DC-FIN-01): an applicant fails when any of ①–③ applies —
 * ① 当期純利益が全期間連続赤字, ② 直近の純資産が赤字（債務超過）, ③ 自己資本比率 < 10% かつ 流動比率 < 100%.
 * 0 is neither 赤字 nor 債務超過 (AMB-31).
 */
import { Fraction } from "../../lib/fraction";
import { fail, ok, type Result } from "../../lib/result";
import { exact, nonNegatives } from "../../lib/amounts";
import { DC_ZERO_CURRENT, type DcZeroParams } from "./params";

export interface FinancialStatements {
  /** 当期純利益 of the submitted periods, newest first (1–3 periods, by company age: DC-DOC-03). */
  readonly netIncome: readonly number[];
  /** 純資産（自己資本） of the latest period (yen; may be negative). */
  readonly netAssets: number;
  readonly totalAssets: number;
  readonly currentAssets: number;
  readonly currentLiabilities: number;
}

export interface FinancialCheck {
  /** true when none of ①–③ applies. */
  readonly pass: boolean;
  /** ① every submitted period is a loss. */
  readonly consecutiveLosses: boolean;
  /** ② 債務超過. */
  readonly negativeNetAssets: boolean;
  /** ③ 自己資本比率 < 10% and 流動比率 < 100%. */
  readonly weakRatios: boolean;
  /** 純資産 ÷ 総資産 (fraction). */
  readonly equityRatio: Fraction;
  /** 流動資産 ÷ 流動負債 (fraction); null when there are no current liabilities (no shortfall possible). */
  readonly currentRatio: Fraction | null;
}

/**
 * Runs the three unsoundness tests for one party (代表申請者, 共同申請者 or 共同事業者).
 * @example financialCheck({ netIncome: [-1, -2, -3], netAssets: 50, totalAssets: 100, currentAssets: 80, currentLiabilities: 40 }) // ① hits
 */
export function financialCheck(s: FinancialStatements, params: DcZeroParams = DC_ZERO_CURRENT.params): Result<FinancialCheck> {
  const ruleId = params.financial.maxPeriods.ruleId;
  const max = params.financial.maxPeriods.value;
  if (s.netIncome.length < 1 || s.netIncome.length > max) {
    return fail("INVALID_INPUT", `当期純利益は直近の1〜${max}決算期分を指定してください（${ruleId}）。`, { ruleId, path: "当期純利益" });
  }
  const incomes: Fraction[] = [];
  for (const [i, v] of s.netIncome.entries()) {
    const f = exact(v, `当期純利益（${i + 1}期目）`, ruleId);
    if (!f.ok) return f;
    incomes.push(f.value);
  }
  const netAssets = exact(s.netAssets, "純資産", ruleId);
  if (!netAssets.ok) return netAssets;
  const balances = nonNegatives(ruleId, [s.totalAssets, "総資産"], [s.currentAssets, "流動資産"], [s.currentLiabilities, "流動負債"]);
  if (!balances.ok) return balances;
  const [totalAssets, currentAssets, currentLiabilities] = balances.value;
  if (totalAssets.isZero()) return fail("DIVISION_BY_ZERO", `総資産が0のため、自己資本比率を計算できません（${ruleId}）。`, { ruleId, path: "総資産" });

  const equityRatio = netAssets.value.div(totalAssets);
  const currentRatio = currentLiabilities.isZero() ? null : currentAssets.div(currentLiabilities);
  const consecutiveLosses = incomes.every((v) => v.num < 0n);
  const negativeNetAssets = netAssets.value.num < 0n;
  const weakRatios =
    equityRatio.lt(Fraction.parse(params.financial.equityRatioMin.value)) &&
    currentRatio !== null &&
    currentRatio.lt(Fraction.parse(params.financial.currentRatioMin.value));
  return ok({
    pass: !consecutiveLosses && !negativeNetAssets && !weakRatios,
    consecutiveLosses,
    negativeNetAssets,
    weakRatios,
    equityRatio,
    currentRatio,
  });
}

/** Japanese list of the tests that hit, e.g. "①当期純利益が全期間連続赤字、②債務超過". Empty when sound. */
export function describeFinancialHits(c: FinancialCheck, params: DcZeroParams = DC_ZERO_CURRENT.params): string {
  const { equityRatioMin, currentRatioMin } = params.financial;
  return [
    c.consecutiveLosses ? "①当期純利益が全期間連続赤字" : null,
    c.negativeNetAssets ? "②直近の決算期で債務超過" : null,
    c.weakRatios ? `③自己資本比率${equityRatioMin.value}未満かつ流動比率${currentRatioMin.value}未満` : null,
  ]
    .filter((t): t is string => t !== null)
    .join("、");
}
