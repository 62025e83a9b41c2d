/**
 * 改善提案 for the dc-zero 経費内訳 (別紙2): the per-年度 cap (新設・改修) makes the schedule matter, so the
 * advisor computes the subsidy for the best 年度 split within the program's 事業期間, the 事務費 headroom under
 * the ceiling (MOE-ADMIN-01), and the share of 太陽光・空調等 at the lower rate. Amounts come from
 * subsidyAmount / evaluateExpenses with the edition's params — nothing is restated here.
 */
import { Fraction, ZERO } from "../lib/fraction";
import { yen } from "../lib/amounts";
import {
  DC_PROJECT_TYPE_JA,
  DC_ZERO_CURRENT,
  citeRule,
  evaluateExpenses,
  subsidyRate,
  type DcProjectType,
  type DcZeroParams,
  type ExpenseEvaluation,
  type ExpenseSheetInput,
  type FiscalYearSummary,
} from "../programs/dc-zero";
import { bestSplit } from "./bestSplit";
import { rankSuggestions, type AdviceState, type Suggestion } from "./types";

export { bestSplit, type BestSplit, type YearPart } from "./bestSplit";

export interface DcAdviceOptions {
  readonly sheet?: string | null;
  readonly params?: DcZeroParams;
}

function cite(params: DcZeroParams, ruleId: string): string {
  try {
    return citeRule(params, ruleId);
  } catch {
    return "";
  }
}

const yearLabel = (fy: number | null, i: number): string => (fy === null ? `${i + 1}年度目` : `${fy + i}年度`);

/** "1/2" or "1/2・1/3" (the lower rate for 太陽光・空調等 when the type has one). */
function rateText(type: DcProjectType, params: DcZeroParams): string {
  const s = subsidyRate(type, "standard", params).toString();
  const l = subsidyRate(type, "lower", params).toString();
  return s === l ? s : `${s}（太陽光・空調等 ${l}）`;
}

/**
 * 改善提案 for one 経費内訳.
 * @example adviseDcExpenses({ projectType: "new", lines, declared: {} }).map((s) => s.kind) // ["schedule", "admin", "info"]
 */
export function adviseDcExpenses(input: ExpenseSheetInput, options: DcAdviceOptions = {}): Suggestion[] {
  const params = options.params ?? DC_ZERO_CURRENT.params;
  const sheet = options.sheet ?? null;
  const type = input.projectType;
  if (type === null) return [];
  const e = evaluateExpenses(input, params);
  if (e.subsidyTotalYen === null || e.eligibleTotalYen <= 0) return [];
  const capRule = params.cap[type].ruleId;
  const rateRule = params.rate[type].ruleId;
  const state: AdviceState = { tier: null, rate: rateText(type, params), capYen: params.cap[type].value.yen };
  const base = { program: "dc-zero" as const, before: state, after: state, sheet };
  const out: Suggestion[] = [];

  // 1. 年度 split.
  const eligible = sumOf(e.byFiscalYear, (y) => y.eligibleYen);
  const lower = sumOf(e.byFiscalYear, (y) => y.lowerRateYen);
  const split = bestSplit(type, eligible.toNumber(), lower.toNumber(), params);
  const before = e.subsidyTotalYen;
  if (!("error" in split) && split.subsidyYen.gt(Fraction.fromDecimal(before))) {
    const period = params.maxFiscalYears[type];
    const firstFy = e.byFiscalYear[0]?.fiscalYear ?? null;
    const now = e.byFiscalYear.map((y, i) => `${y.fiscalYear === null ? yearLabel(null, i) : `${y.fiscalYear}年度`} ${yen(y.eligibleYen)}`).join("、");
    const next = split.parts.map((p, i) => `${yearLabel(firstFy, i)} ${yen(p.eligibleYen)}${p.lowerRateYen > 0 ? `（うち太陽光・空調等 ${yen(p.lowerRateYen)}）` : ""}`).join("、");
    const s = subsidyRate(type, "standard", params).toString();
    const l = subsidyRate(type, "lower", params).toString();
    const ruleIds = [capRule, period.ruleId, rateRule, params.implementationPeriodEnd.ruleId];
    out.push({
      ...base,
      id: `dc.${sheet ?? "expenses"}.split`,
      kind: "schedule",
      ruleId: capRule,
      change: `補助対象経費 ${yen(eligible)} の年度配分を「${now}」から「${next}」に変える（${DC_PROJECT_TYPE_JA[type]}の上限は各年度 ${yen(split.capYen)}、事業期間は${period.value}年度以内）。`,
      subsidyBefore: before,
      subsidyAfter: split.subsidyYen.toNumber(),
      gain: split.subsidyYen.sub(Fraction.fromDecimal(before)).toNumber(),
      ruleIds,
      citations: ruleIds.map((r) => cite(params, r)),
      inputs: { 事業区分: DC_PROJECT_TYPE_JA[type], 補助対象経費: eligible.toNumber(), うち太陽光空調等: lower.toNumber(), 各年度の上限: split.capYen, 事業期間の年度数: period.value },
      formula:
        `各年度 MIN(${s} × (経費 − 太陽光・空調等) + ${l} × 太陽光・空調等, ${yen(split.capYen)}) の合計。` +
        `変更前 ${e.byFiscalYear.map((y) => yen(y.subsidyYen ?? 0)).join(" + ")} = ${yen(before)}／変更後 ${split.perYear.map((x) => yen(x)).join(" + ")} = ${yen(split.subsidyYen)}`,
      notes: [
        "経費の年度配分は工事・支払の実際の時期に合わせる必要があります。実施できる工程かを確認してください。",
        `本年度の補助事業の実施期間の終期（${params.implementationPeriodEnd.description}, ${params.implementationPeriodEnd.ruleId}）に注意してください。`,
        "事務費は各年度の上限（MOE-ADMIN-01）以内に配分してください。",
      ],
      uncertain: [...(period.notes ?? [])],
    });
  }

  // 2. 事務費 headroom per 年度 (only real 事務費 of the kinds of 別表第2 may be claimed).
  e.byFiscalYear.forEach((y, i) => {
    const headroom = y.adminLimitYen - y.adminYen;
    if (!(headroom > 0)) return;
    const after = evaluateExpenses({ ...input, lines: [...input.lines, adminLine(headroom, y.fiscalYear, input)] }, params);
    if (after.subsidyTotalYen === null || !(after.subsidyTotalYen > before)) return;
    const admin = params.adminScale;
    const ruleIds = [admin.ruleId, "MOE-ADMIN-02", capRule, rateRule];
    const label = y.fiscalYear === null ? "" : `${y.fiscalYear}年度の`;
    const baseYen = y.worksYen + y.equipmentYen + y.servicesYen;
    out.push({
      ...base,
      id: `dc.${sheet ?? "expenses"}.admin.${y.fiscalYear ?? i}`,
      kind: "admin",
      ruleId: admin.ruleId,
      change: `${label}事務費は上限 ${yen(y.adminLimitYen)} に対して ${yen(y.adminYen)} です。実際に要する事務費（別表第2 の細目）が計上されていなければ、あと ${yen(headroom)} まで補助対象にできます。`,
      subsidyBefore: before,
      subsidyAfter: after.subsidyTotalYen,
      gain: after.subsidyTotalYen - before,
      ruleIds,
      citations: ruleIds.map((r) => cite(params, r)),
      inputs: { 年度: y.fiscalYear, 工事費設備費業務費: baseYen, 事務費: y.adminYen, 事務費の上限: y.adminLimitYen, 追加できる事務費: headroom },
      formula: `事務費の上限 = ${admin.value.map((b) => `${b.upTo === null ? "残り" : `${yen(b.upTo)}まで`} × ${b.rate}`).join(" + ")}（工事費・設備費・業務費 ${yen(baseYen)} に累進）= ${yen(y.adminLimitYen)}。年度の補助金額 ${yen(y.subsidyYen ?? 0)} → ${yen(after.byFiscalYear.find((a) => a.fiscalYear === y.fiscalYear)?.subsidyYen ?? 0)}`,
      notes: ["上限は計上できる額の上限であり、実費を超えて計上することはできません。内容は別表第2 の細目に限られます（MOE-ADMIN-02）。"],
      uncertain: [...(admin.notes ?? [])],
    });
  });

  // 3. The share at the lower rate (nothing to change: the rate follows the equipment, DC-*-RATE-01).
  const standard = subsidyRate(type, "standard", params);
  const lowRate = subsidyRate(type, "lower", params);
  if (lower.gt(ZERO) && standard.gt(lowRate)) {
    const share = lower.div(eligible);
    const ruleIds = [rateRule];
    out.push({
      ...base,
      id: `dc.${sheet ?? "expenses"}.lowerRate`,
      kind: "info",
      ruleId: rateRule,
      change: `補助対象経費のうち太陽光・空調等（${lowRate.toString()}）は ${yen(lower)}（${(share.toNumber() * 100).toLocaleString("ja-JP", { maximumFractionDigits: 1 })}%）です。補助率は設備で決まるため変更の提案はありません（参考: ${standard.toString()} との差 ${yen(lower.mul(standard.sub(lowRate)))}、上限前）。`,
      subsidyBefore: before,
      subsidyAfter: before,
      gain: 0,
      ruleIds,
      citations: ruleIds.map((r) => cite(params, r)),
      inputs: { 補助対象経費: eligible.toNumber(), うち太陽光空調等: lower.toNumber() },
      formula: `${yen(lower)} × (${standard.toString()} − ${lowRate.toString()}) = ${yen(lower.mul(standard.sub(lowRate)))}`,
      notes: ["太陽光発電設備及び空調設備等の省CO2型設備は低い補助率です。区分を付け替えることはできません。"],
      uncertain: [],
    });
  }
  return rankSuggestions(out);
}

function sumOf(years: ExpenseEvaluation["byFiscalYear"], f: (y: FiscalYearSummary) => number): Fraction {
  return Fraction.sum(years.map((y) => Fraction.fromDecimal(f(y))));
}

/** A 事務費 line of `yen` for the 年度, evaluated on a copy (the user's sheet is not touched). */
function adminLine(amount: number, fiscalYear: number | null, input: ExpenseSheetInput): ExpenseSheetInput["lines"][number] {
  const row = Math.max(0, ...input.lines.map((l) => l.row)) + 1;
  return { row, kind: "line", category: "事務費", item: "事務費", subItem: null, description: "事務費", amountYen: amount, eligibleYen: amount, rateClass: null, fiscalYear, quantity: null, unit: null };
}
