/**
 * Validates a 経費内訳 (別紙2) line by line and recomputes its summary (SPEC §5):
 * taxonomy (別表第1/第2), amounts, ineligible items, per-type exclusions and equipment outside the type's
 * ① 補助対象設備 list counted as eligible, 補助率区分 vs the item, 事務費 content (MOE-ADMIN-02) and ceiling
 * per 年度, battery target price and 家庭用 SII registration, new RE equipment present where required,
 * 合計/小計 = Σ lines, declared 総事業費・補助対象経費・事務費・補助金所要額 = computed, project period.
 *
 * Summary amounts per 年度 (worksYen … adminYen) are eligible amounts (補助対象経費) by 区分.
 * 事務費 without a 補助率区分 is split between the two rates in proportion to the year's other eligible
 * costs (AMB-35, assumption).
 */
import { Fraction, ZERO } from "../../lib/fraction";
import { memoized } from "../../lib/normalize";
import { checkAdminContent } from "./adminContent";
import { adminLimit } from "./adminLimit";
import { yen } from "../../lib/amounts";
import { citeRule } from "./cite";
import { classifyExpense, type ExpenseClassification } from "./classifyExpense";
import { batteryInstallations, batteryLine, checkAmounts, checkClassification, checkDeclared, checkPeriod, checkTotals, exactYen, rateClassOf, type Add } from "./expenseChecks";
import type { ExpenseCategory } from "./expenseTables";
import { DC_ZERO_CURRENT, type DcZeroParams } from "./params";
import { DC_PROJECT_TYPE_JA } from "./projectType";
import type { DcProjectType, ExpenseEvaluation, ExpenseIssue, ExpenseLine, ExpenseSheetInput, FiscalYearSummary } from "./sheetTypes";
import { checkNewReIncluded } from "./reEquipment";
import { subsidyAmount, type SubsidyBreakdown } from "./subsidy";
import { resolveTaxonomy, type TaxonomyResolution } from "./taxonomy";

type CategoryKey = ExpenseCategory | "不明";
const CATEGORY_KEYS: readonly CategoryKey[] = ["工事費", "設備費", "業務費", "事務費", "不明"];

interface YearAcc {
  amount: Fraction;
  byCategory: Record<CategoryKey, Fraction>;
  /** Non-admin eligible amounts at the lower rate. */
  lower: Fraction;
  /** Admin eligible amounts declared at the lower rate / without a declared rate. */
  adminLower: Fraction;
  adminUndeclared: Fraction;
  firstAdminRow: number | null;
}

const newAcc = (): YearAcc => ({
  amount: ZERO,
  byCategory: { 工事費: ZERO, 設備費: ZERO, 業務費: ZERO, 事務費: ZERO, 不明: ZERO },
  lower: ZERO,
  adminLower: ZERO,
  adminUndeclared: ZERO,
  firstAdminRow: null,
});

/** Taxonomy resolutions by 区分 → 費目 → 細分 as typed (null and "" are distinct keys; no key string per line). */
type TaxonomyMemo = Map<string | null, Map<string | null, Map<string | null, TaxonomyResolution>>>;

function resolveOnce(memo: TaxonomyMemo, line: ExpenseLine, params: DcZeroParams): TaxonomyResolution {
  let byItem = memo.get(line.category);
  if (byItem === undefined) memo.set(line.category, (byItem = new Map()));
  let bySub = byItem.get(line.item);
  if (bySub === undefined) byItem.set(line.item, (bySub = new Map()));
  let tax = bySub.get(line.subItem);
  if (tax === undefined) bySub.set(line.subItem, (tax = resolveTaxonomy(line, params)));
  return tax;
}

const eligibleOf = (acc: YearAcc): Fraction => Fraction.sum(CATEGORY_KEYS.map((k) => acc.byCategory[k]));

export function evaluateExpenses(input: ExpenseSheetInput, params: DcZeroParams = DC_ZERO_CURRENT.params): ExpenseEvaluation {
  const issues: ExpenseIssue[] = [];
  const checks = new Set<string>();
  const type = input.projectType;
  const add: Add = (row, field, severity, ruleId, message) => {
    issues.push({ row, field, severity, ruleId, message, citation: citeRule(params, ruleId) });
  };

  const lines = input.lines.filter((l) => l.kind === "line");
  const years = new Map<number | null, YearAcc>();
  const resolved = new Map<ExpenseLine, { category: ExpenseCategory | null; item: string | null }>();
  let batteriesComplete = true;
  const installs = batteryInstallations(lines, params);
  const classified: (ExpenseClassification | null)[] = [];
  // Lines repeat the same 区分・費目・細分 and 内容: each distinct one is resolved and classified once per evaluation
  // (the maps live only for this call).
  const taxonomies: TaxonomyMemo = new Map();
  const classifications = new Map<string, ExpenseClassification>();
  const classify = (description: string): ExpenseClassification => classifyExpense(description, type, params);

  for (const line of lines) {
    const tax = resolveOnce(taxonomies, line, params);
    resolved.set(line, tax);
    for (const p of tax.problems) add(line.row, p.field, p.severity, p.ruleId, p.message);
    checkAmounts(line, add);
    const description = line.description?.trim() ?? "";
    const cls = description === "" ? null : memoized(classifications, description, classify);
    const eligible = exactYen(line.eligibleYen);
    const declaredRate = rateClassOf(line, type, params, add);
    checkClassification(line, cls, declaredRate, tax.category, type, params, add);
    checkAdminContent(line, tax.category, params, add);
    classified.push(cls);
    const lowerByItem = cls?.rateClass === "lower";
    if (type !== null && !installs.isInstallation(line) && !batteryLine(line, type, cls?.verdict === "ineligible", params, add, installs.of(line))) batteriesComplete = false;

    const acc = years.get(line.fiscalYear) ?? newAcc();
    years.set(line.fiscalYear, acc);
    acc.amount = acc.amount.add(exactYen(line.amountYen));
    const key: CategoryKey = tax.category ?? "不明";
    acc.byCategory[key] = acc.byCategory[key].add(eligible);
    const lower = declaredRate !== null ? declaredRate === "lower" : lowerByItem;
    if (key === "事務費") {
      if (acc.firstAdminRow === null) acc.firstAdminRow = line.row;
      if (declaredRate === "lower") acc.adminLower = acc.adminLower.add(eligible);
      else if (declaredRate === null) acc.adminUndeclared = acc.adminUndeclared.add(eligible);
    } else if (lower) acc.lower = acc.lower.add(eligible);
  }

  if (lines.length > 0) {
    checks.add(params.taxonomy.ruleId).add("DC-EXP-01").add(params.adminScale.ruleId).add(params.adminNotContent.ruleId);
    params.ineligible.forEach((t) => checks.add(t.ruleId));
    if (type !== null) {
      params.exclusions[type].forEach((t) => checks.add(t.ruleId));
      checks.add(params.cap[type].ruleId).add(params.rate[type].ruleId).add(params.eligibleEquipment[type].ruleId);
      if (type !== "relocation" && batteriesComplete) checks.add(params.batteryItems.ruleId);
    }
    if (lines.some((l) => resolved.get(l)?.category === "事務費")) checks.add(params.adminSubItems.ruleId);
    checkPeriod(lines, type, params, add, checks);
    checkNewReIncluded(classified, type, params, add);
  }

  const keys = [...years.keys()].sort((a, b) => (a ?? -Infinity) - (b ?? -Infinity));
  const byFiscalYear: FiscalYearSummary[] = [];
  const subsidies = new Map<number | null, SubsidyBreakdown>();
  for (const fy of keys) {
    const acc = years.get(fy) as YearAcc;
    const summary = summarizeYear(fy, acc, type, params, add);
    if (summary.subsidy) subsidies.set(fy, summary.subsidy);
    byFiscalYear.push(summary.row);
  }
  checkTotals(input.lines, lines, resolved, params, add);

  const all = newAcc();
  for (const acc of years.values()) {
    all.amount = all.amount.add(acc.amount);
    for (const k of CATEGORY_KEYS) all.byCategory[k] = all.byCategory[k].add(acc.byCategory[k]);
  }
  const subsidyTotal = type === null ? null : totalSubsidy(type, [...subsidies.values()], params);
  checkDeclared(
    input.declared,
    { amount: all.amount, eligible: eligibleOf(all), admin: all.byCategory.事務費, subsidy: subsidyTotal, subsidyByYear: subsidies, yearsWithLines: new Set(years.keys()) },
    type,
    params,
    add,
  );
  if (type === null) {
    add(
      null,
      null,
      "info",
      "DC-EXP-01",
      "事業区分が記載されていないため、補助金所要額（補助率・上限）、事業区分ごとの補助対象外設備、補助率区分、事業期間、蓄電池の目標価格は確認していません。事業区分（新設・改修・移設・コンテナ）を記入してください。",
    );
  }

  return {
    issues,
    byFiscalYear,
    totalYen: all.amount.toNumber(),
    eligibleTotalYen: eligibleOf(all).toNumber(),
    subsidyTotalYen: subsidyTotal === null ? null : subsidyTotal.toNumber(),
    byCategory: Object.fromEntries(CATEGORY_KEYS.map((k) => [k, all.byCategory[k].toNumber()])) as Record<CategoryKey, number>,
    checksRun: [...checks],
  };
}

function summarizeYear(
  fy: number | null,
  acc: YearAcc,
  type: DcProjectType | null,
  params: DcZeroParams,
  add: Add,
): { row: FiscalYearSummary; subsidy: SubsidyBreakdown | null } {
  const c = acc.byCategory;
  const base = c.工事費.add(c.設備費).add(c.業務費);
  const limit = adminLimit(base, params);
  const yearText = fy === null ? "" : `${fy}年度の`;
  if (limit.ok && c.事務費.gt(limit.value)) {
    const rates = params.adminScale.value.map((b) => b.rate).join(" / ");
    add(
      acc.firstAdminRow,
      "eligibleYen",
      "error",
      params.adminScale.ruleId,
      `${yearText}事務費 ${yen(c.事務費)} が上限 ${yen(limit.value)}（工事費・設備費・業務費 ${yen(base)} に対する ${rates} の累進）を超えています（${params.adminScale.ruleId}）。`,
    );
  }
  const nonAdmin = eligibleOf(acc).sub(c.事務費);
  const adminShare = nonAdmin.num > 0n ? acc.adminUndeclared.mul(acc.lower.div(nonAdmin)) : ZERO;
  const lower = acc.lower.add(acc.adminLower).add(adminShare);
  const eligible = eligibleOf(acc);
  const r = type === null ? null : subsidyAmount(type, eligible, Fraction.min(lower, eligible), params);
  const subsidy = r?.ok ? r.value : null;
  if (subsidy?.capped && type !== null) {
    add(null, "subsidyRequested", "info", subsidy.ruleId, `${yearText}算出額 ${yen(subsidy.calculated)} は${subsidy.perFiscalYear ? "各年度の" : ""}上限 ${yen(subsidy.capYen)} を超えるため、補助金額は ${yen(subsidy.amount)} です（${DC_PROJECT_TYPE_JA[type]}, ${subsidy.ruleId}）。`);
  }
  return {
    subsidy,
    row: {
      fiscalYear: fy,
      worksYen: c.工事費.toNumber(),
      equipmentYen: c.設備費.toNumber(),
      servicesYen: c.業務費.toNumber(),
      adminYen: c.事務費.toNumber(),
      eligibleYen: eligible.toNumber(),
      lowerRateYen: lower.toNumber(),
      adminLimitYen: limit.ok ? limit.value.toNumber() : 0,
      subsidyYen: subsidy ? subsidy.amount.toNumber() : null,
    },
  };
}

/** Sum of the years; a per-project cap (移設・コンテナ) applies to the sum. */
function totalSubsidy(type: DcProjectType, perYear: readonly SubsidyBreakdown[], params: DcZeroParams): Fraction {
  const sum = Fraction.sum(perYear.map((s) => s.amount));
  const cap = params.cap[type].value;
  return cap.perFiscalYear ? sum : Fraction.min(sum, Fraction.of(cap.yen));
}

