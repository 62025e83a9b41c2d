/**
 * 収益納付 (DCTECH-REV-01): 収益納付額 = (A − B) × C / D − E, with its notes (DCTECH-REV-02):
 * (注1) only when 収益額 − 控除額 > 0; (注2) when the project contributed only partly to the 産業財産権等,
 * 収益 × 公正妥当な寄与率; (注3) 関係経費等 are deducted from the attributable 収益; (注4) for multi-year
 * projects the amounts are the 各年度の累計 — here any amount may be given per 年度 and is summed;
 * (注5) deferral or exemption is the Minister's decision (stated in the explanation, never applied).
 * Never below 0 (AMB-44). Exact fractions throughout; no rounding is stated (AMB-30).
 */
import { Fraction } from "../../lib/fraction";
import { fail, ok, type Result } from "../../lib/result";
import { display, exact, nonNegative } from "../../lib/amounts";

const RULE = "DCTECH-REV-01";
/** The notes 注1–注5 of 第3 収益納付. */
const NOTES_RULE = "DCTECH-REV-02";

/** One amount, or one per 年度 (summed: 各年度の累計, 注4). */
export type YearlyYen = number | readonly number[];

export interface RevenuePaybackInput {
  /**
   * 収益: revenue from transfer / licensing of the 産業財産権等 obtained by the project (yen; per 年度 or cumulative;
   * a 年度 may be negative — 赤字). Multiplied by `contributionRate` (注2), then `relatedCostsYen` is deducted (注3);
   * with neither given it is A 収益額 itself.
   */
  readonly revenueYen: YearlyYen;
  /** 関係経費等 (注3) deducted from the attributable revenue (yen, ≥ 0; default 0). */
  readonly relatedCostsYen?: YearlyYen;
  /**
   * 公正妥当な寄与率 (注2) when the project contributed only partly to the rights: 0 < rate ≤ 1, exact
   * (Fraction, "1/2", "50%", 0.5). Default 1 (whole contribution).
   */
  readonly contributionRate?: Fraction | string | number;
  /** B 控除額: the grantee's own share of the project costs (yen, ≥ 0; 累計, 注4). */
  readonly deductionYen: YearlyYen;
  /** C 補助金確定額 (yen, ≥ 0; 累計, 注4). */
  readonly grantYen: YearlyYen;
  /** D 補助事業に係る支出額: project costs + costs added after the project (yen, > 0; 累計, 注4). */
  readonly expenditureYen: YearlyYen;
  /** E 納付額: amounts already paid back in earlier 年度 (yen, ≥ 0; default 0). */
  readonly alreadyPaidYen?: YearlyYen;
}

export interface RevenuePaybackBreakdown {
  /** A 収益額 = 収益 × 寄与率 − 関係経費等 (累計). */
  readonly revenue: Fraction;
  readonly contributionRate: Fraction;
  readonly deduction: Fraction;
  readonly grant: Fraction;
  readonly expenditure: Fraction;
  readonly alreadyPaid: Fraction;
  /** A − B; 相当の収益 only when > 0 (注1). */
  readonly margin: Fraction;
  /** 注1: 収益額 − 控除額 > 0. */
  readonly considerableRevenue: boolean;
  /** 収益納付額, never below 0 (AMB-44). */
  readonly payment: Fraction;
  /** Japanese: how the amount follows from the formula and the notes. */
  readonly explanation: string;
}

/** Sum of one amount or of its 年度 values, each checked. */
function yearly(value: YearlyYen, nameJa: string, ruleId: string, allowNegative = false): Result<Fraction> {
  const values = typeof value === "number" ? [value] : value;
  if (!Array.isArray(values) || values.length === 0) return fail("INVALID_INPUT", `${nameJa}を入力してください（年度別に入力する場合は1つ以上の値, ${NOTES_RULE} 注4）。`, { ruleId, path: nameJa });
  let sum = Fraction.of(0);
  for (const v of values) {
    const f = allowNegative ? exact(v, nameJa, ruleId) : nonNegative(v, nameJa, ruleId);
    if (!f.ok) return f;
    sum = sum.add(f.value);
  }
  return ok(sum);
}

/** An exact rate from a Fraction, "1/2" / "50%" / "3分の1", or a finite number; null when unreadable. */
function parseRate(rate: Fraction | string | number): Fraction | null {
  if (rate instanceof Fraction) return rate;
  if (typeof rate === "number" && !Number.isFinite(rate)) return null;
  if (typeof rate !== "number" && typeof rate !== "string") return null;
  try {
    return Fraction.parse(rate);
  } catch {
    return null; // malformed text or a zero denominator
  }
}

/** 寄与率 (注2): 0 < rate ≤ 1; default 1. */
function readContributionRate(rate: RevenuePaybackInput["contributionRate"]): Result<Fraction> {
  if (rate === undefined) return ok(Fraction.of(1));
  const f = parseRate(rate);
  if (f === null) {
    return fail("INVALID_INPUT", `寄与率「${String(rate)}」を読めません。1/2、50%、0.5 のように指定してください（${NOTES_RULE} 注2）。`, { ruleId: NOTES_RULE, path: "寄与率" });
  }
  if (f.num <= 0n || f.gt(Fraction.of(1))) {
    return fail("OUT_OF_DOMAIN", `寄与率は0より大きく1以下で指定してください（入力値: ${display(f)}）。産業財産権等に対する補助事業の寄与が一部である場合に収益に乗じる、公正妥当な寄与率です（${NOTES_RULE} 注2）。`, {
      ruleId: NOTES_RULE,
      path: "寄与率",
    });
  }
  return ok(f);
}

/**
 * 収益納付額 with each step (A, B, C, D, E, A − B) and a Japanese explanation.
 * @example revenuePaybackBreakdown({ revenueYen: 200, contributionRate: "1/2", deductionYen: 40, grantYen: 30, expenditureYen: 90, alreadyPaidYen: 5 }).value.payment // 15
 */
export function revenuePaybackBreakdown(input: RevenuePaybackInput): Result<RevenuePaybackBreakdown> {
  const rate = readContributionRate(input.contributionRate);
  if (!rate.ok) return rate;
  const gross = yearly(input.revenueYen, "A 収益額", RULE, true);
  if (!gross.ok) return gross;
  const costs = yearly(input.relatedCostsYen ?? 0, "関係経費等", NOTES_RULE);
  if (!costs.ok) return costs;
  const amounts: Fraction[] = [];
  for (const [v, name] of [
    [input.deductionYen, "B 控除額"],
    [input.grantYen, "C 補助金確定額"],
    [input.expenditureYen, "D 補助事業に係る支出額"],
    [input.alreadyPaidYen ?? 0, "E 納付額"],
  ] as const) {
    const f = yearly(v, name, RULE);
    if (!f.ok) return f;
    amounts.push(f.value);
  }
  const [deduction, grant, expenditure, alreadyPaid] = amounts;
  if (expenditure.isZero()) return fail("DIVISION_BY_ZERO", `D 補助事業に係る支出額が0のため、収益納付額を計算できません（${RULE}）。`, { ruleId: RULE, path: "D 補助事業に係る支出額" });

  const revenue = gross.value.mul(rate.value).sub(costs.value);
  const margin = revenue.sub(deduction);
  const considerableRevenue = margin.num > 0n;
  const formula = considerableRevenue ? margin.mul(grant).div(expenditure).sub(alreadyPaid) : Fraction.of(0);
  const payment = Fraction.max(formula, Fraction.of(0));

  const aText = rate.value.eq(Fraction.of(1)) && costs.value.isZero() ? display(revenue) : `${display(gross.value)} × 寄与率 ${rate.value.toString()} − 関係経費等 ${display(costs.value)} = ${display(revenue)}`;
  const explanation = !considerableRevenue
    ? `収益額 A（${aText}）− 控除額 B（${display(deduction)}）= ${display(margin)} が0以下のため、相当の収益は生じておらず納付額は0円です（${NOTES_RULE} 注1）。`
    : `(A − B) × C / D − E = (${aText} − ${display(deduction)}) × ${display(grant)} / ${display(expenditure)} − ${display(alreadyPaid)} = ${display(formula)}` +
      (formula.num < 0n ? "。既納付額 E を差し引くと負になるため0円とします（AMB-44）" : "") +
      `（${RULE}）。収益が少額の場合や当該年度の収益が赤字の場合は、納付の猶予・免除があり得ます（${NOTES_RULE} 注5）。`;
  return ok({ revenue, contributionRate: rate.value, deduction, grant, expenditure, alreadyPaid, margin, considerableRevenue, payment, explanation });
}

/**
 * 収益納付額 in yen, exact.
 * @example revenuePayback({ revenueYen: 100, deductionYen: 40, grantYen: 30, expenditureYen: 90, alreadyPaidYen: 5 }).value // 15
 */
export function revenuePayback(input: RevenuePaybackInput): Result<Fraction> {
  const r = revenuePaybackBreakdown(input);
  return r.ok ? ok(r.value.payment) : r;
}
