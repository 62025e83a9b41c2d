/**
 * dc-zero sheets: 経費内訳 (別紙2) through evaluateExpenses and 実施計画書 指標 (別紙1) through
 * evaluatePlanIndicators; issues mapped to cells, figures for the summary card.
 */
import { evaluateExpenses, evaluatePlanIndicators } from "../programs/dc-zero";
import { parseProjectType } from "../programs/dc-zero/projectType";
import type { DcProjectType, ExpenseEvaluation, PlanIndicatorField, PlanIndicatorsEvaluation, PlanIndicatorsInput } from "../programs/dc-zero/sheetTypes";
import type { GxChecklistContext } from "../programs/gx-regional/checklist";
import type { Detection, IndicatorBlock } from "./detect";
import type { ParsedExpenseSheet } from "./expenseSheet";
import type { FactKey } from "./factCatalog";
import { factAbsent, factCell, factUnreadable, type FactResolver } from "./factResolver";
import type { ResolvedFact } from "./facts";
import { anchorOf, expenseIssueCell, toFinding, type CellRef } from "./issueMapping";
import type { BreakdownRow, SummaryFigure } from "./report";
import { finding, SHEET_KINDS, SHEET_RULES } from "./sheetRules";
import { toA1, type Finding } from "./types";

export interface KindResult {
  readonly findings: readonly Finding[];
  readonly summary: readonly SummaryFigure[];
  readonly checksRun: readonly string[];
  readonly costBreakdown?: readonly BreakdownRow[];
  readonly yearBreakdown?: readonly BreakdownRow[];
  /** GX: what the 電力調達計画 says for the checklist. */
  readonly gxChecklistContext?: GxChecklistContext;
}

const EXPENSES = SHEET_KINDS["dc-expenses"];
const CATEGORY_EN = { 工事費: "Works", 設備費: "Equipment", 業務費: "Services", 事務費: "Admin", 不明: "Unknown" } as const;
const INDICATORS = SHEET_KINDS["dc-plan-indicators"];

/** Rule id of the rate/cap of each 事業区分 (for the summary card). */
const CAP_RULE: Readonly<Record<DcProjectType, string>> = {
  new: "DC-NEW-CAP-01",
  renovation: "DC-RENO-CAP-01",
  relocation: "DC-MOVE-RATE-01",
  container: "DC-CONT-RATE-01",
};

interface ProjectTypeRead {
  readonly value: DcProjectType | null;
  readonly fact: ResolvedFact;
  readonly findings: readonly Finding[];
}

/** 事業区分 as stated; when absent the evaluators themselves say which checks did not run. */
function readProjectType(facts: FactResolver, preferred: readonly string[], fallback: CellRef, source: string): ProjectTypeRead {
  const fact = facts.get("事業区分", preferred, source);
  if (fact.value === null) return { value: null, fact, findings: fact.findings };
  const r = parseProjectType(fact.value);
  if (r.ok) return { value: r.value, fact, findings: fact.findings };
  return { value: null, fact, findings: [...fact.findings, factUnreadable(fact, fallback, r.error.message, source)] };
}

export interface DcExpenseResult extends KindResult {
  readonly evaluation: ExpenseEvaluation | null;
  readonly projectType: DcProjectType | null;
}

/**
 * @param tableLabel Name of this table in figure labels and ids when the workbook holds several
 *   経費内訳 tables ("別紙2", or "別紙2!A30" for a second table on the same sheet); null when it is the only one.
 */
export function evaluateExpenseSheet(p: ParsedExpenseSheet, facts: FactResolver, indicatorSheets: readonly string[], tableLabel: string | null): DcExpenseResult {
  const source = EXPENSES.formCitation;
  const anchor = anchorOf(p.table);
  const type = readProjectType(facts, [p.table.sheet.name, ...indicatorSheets], anchor, source);
  const findings: Finding[] = [...p.findings, ...type.findings];
  if (p.lines.filter((l) => l.kind === "line").length === 0) {
    findings.push(
      finding(anchor.sheet, anchor.cell, "info", SHEET_RULES.tableEmpty, `${EXPENSES.title}に明細行が入力されていないため、経費の検証をしていません（${SHEET_RULES.tableEmpty}）。`, source),
    );
    return { findings, summary: [], checksRun: [], evaluation: null, projectType: type.value };
  }
  const evaluation = evaluateExpenses({ projectType: type.value, lines: p.lines, declared: p.declared });
  for (const issue of evaluation.issues) findings.push(toFinding(issue, expenseIssueCell(p, issue)));
  const prefix = tableLabel === null ? "" : `${tableLabel}: `;
  return {
    findings,
    summary: expenseFigures(evaluation, type.value, prefix, tableLabel === null ? "dc." : `dc.${tableLabel}.`),
    checksRun: evaluation.checksRun,
    costBreakdown: (Object.entries(evaluation.byCategory) as [keyof typeof CATEGORY_EN, number][])
      .filter(([label, yen]) => label !== "不明" || yen !== 0)
      .map(([label, eligibleYen]) => ({ label, labelEn: CATEGORY_EN[label], eligibleYen, subsidyYen: null })),
    yearBreakdown: evaluation.byFiscalYear.map((y) => ({
      label: y.fiscalYear === null ? "年度の記載なし" : `${y.fiscalYear}年度`,
      labelEn: y.fiscalYear === null ? "No fiscal year" : `FY${y.fiscalYear}`,
      eligibleYen: y.eligibleYen,
      subsidyYen: y.subsidyYen,
    })),
    evaluation,
    projectType: type.value,
  };
}

function expenseFigures(e: ExpenseEvaluation, type: DcProjectType | null, prefix: string, idp: string): SummaryFigure[] {
  const capRule = type ? CAP_RULE[type] : undefined;
  const yearLabel = (fy: number | null): string => (fy === null ? "" : `（${fy}年度）`);
  const yearLabelEn = (fy: number | null): string => (fy === null ? "" : ` (FY${fy})`);
  const out: SummaryFigure[] = [
    { id: `${idp}totalYen`, label: `${prefix}総事業費（明細の合計）`, labelEn: `${prefix}Total project cost (sum of lines)`, value: e.totalYen, unit: "円" },
    { id: `${idp}eligibleTotalYen`, label: `${prefix}補助対象経費`, labelEn: `${prefix}Eligible cost`, value: e.eligibleTotalYen, unit: "円", ruleId: "DC-EXP-04" },
  ];
  for (const y of e.byFiscalYear) {
    const key = y.fiscalYear ?? "all";
    out.push({ id: `${idp}adminLimitYen.${key}`, label: `${prefix}事務費の上限${yearLabel(y.fiscalYear)}`, labelEn: `${prefix}Admin cost ceiling${yearLabelEn(y.fiscalYear)}`, value: y.adminLimitYen, unit: "円", ruleId: "MOE-ADMIN-01" });
    out.push({
      id: `${idp}subsidyYen.${key}`,
      label: `${prefix}補助金額${yearLabel(y.fiscalYear)}`,
      labelEn: `${prefix}Subsidy${yearLabelEn(y.fiscalYear)}`,
      value: y.subsidyYen,
      unit: "円",
      ...(capRule && { ruleId: capRule }),
      ...(y.subsidyYen === null && { note: "事業区分が不明なため計算していません" }),
    });
  }
  if (e.byFiscalYear.length > 1 || e.byFiscalYear.some((y) => y.fiscalYear !== null)) {
    out.push({ id: `${idp}subsidyTotalYen`, label: `${prefix}補助金額（合計）`, labelEn: `${prefix}Subsidy (total)`, value: e.subsidyTotalYen, unit: "円", ...(capRule && { ruleId: capRule }) });
  }
  return out;
}

/**
 * Indicator facts. `notChecked` is set where the evaluator does not itself say that a missing value
 * left a check undone (it does for 再エネ率, the CO2削減コスト inputs and 事業区分).
 */
const INDICATOR_FACTS: Readonly<Record<Exclude<PlanIndicatorField, "projectType">, { key: FactKey; notChecked: string | null }>> = {
  pue: { key: "PUE", notChecked: null },
  reShare: { key: "再エネ率", notChecked: null },
  expectedUtilization: { key: "想定稼働率", notChecked: "評価に用いる稼働率（DC-REV-03）" },
  annualCo2ReductionT: { key: "年間CO2削減量", notChecked: null },
  usefulLifeYears: { key: "法定耐用年数", notChecked: null },
  eligibleCostYen: { key: "補助対象経費", notChecked: null },
  totalReShare: { key: "全再エネ率", notChecked: null },
  reInstallationStart: { key: "再エネ設備導入開始日", notChecked: null },
};

/** @param expensesEligibleYen Σ 補助対象経費 of the 経費内訳 tables (all of them), used when the 指標 sheet does not state it. */
export function evaluateIndicators(block: IndicatorBlock, facts: FactResolver, det: Detection, expensesEligibleYen: number | null): KindResult {
  const source = INDICATORS.formCitation;
  const anchor: CellRef = { sheet: block.sheet, cell: toA1(block.anchor.row, block.anchor.col) };
  const preferred = [block.sheet];
  const type = readProjectType(facts, [block.sheet, ...det.expenses.map((e) => e.table.sheet.name)], anchor, source);
  const findings: Finding[] = [...type.findings];
  const where = new Map<PlanIndicatorField, CellRef>([["projectType", factCell(type.fact, anchor)]]);
  const values: Partial<Record<PlanIndicatorField, number | string | null>> = {};

  for (const [field, spec] of Object.entries(INDICATOR_FACTS) as [Exclude<PlanIndicatorField, "projectType">, (typeof INDICATOR_FACTS)["pue"]][]) {
    const f = facts.get(spec.key, preferred, source);
    findings.push(...f.findings);
    where.set(field, factCell(f, anchor));
    if (typeof f.value === "number" || (field === "reInstallationStart" && typeof f.value === "string")) {
      values[field] = f.value;
      continue;
    }
    values[field] = null;
    if (field === "eligibleCostYen" && expensesEligibleYen !== null) {
      // Not stated on the 指標 sheet: the 経費内訳 total is the planned eligible expenditure.
      values[field] = expensesEligibleYen;
      continue;
    }
    if (f.findings.length === 0 && spec.notChecked) findings.push(factAbsent(f, anchor, spec.notChecked, source));
  }

  const num = (field: PlanIndicatorField): number | null => {
    const v = values[field];
    return typeof v === "number" ? v : null;
  };
  const input: PlanIndicatorsInput = {
    projectType: type.value,
    pue: num("pue"),
    reShare: num("reShare"),
    expectedUtilization: num("expectedUtilization"),
    annualCo2ReductionT: num("annualCo2ReductionT"),
    usefulLifeYears: num("usefulLifeYears"),
    eligibleCostYen: num("eligibleCostYen"),
    totalReShare: num("totalReShare"),
    reInstallationStart: values.reInstallationStart ?? null,
  };
  const evaluation = evaluatePlanIndicators(input);
  for (const issue of evaluation.issues) findings.push(toFinding(issue, (issue.field && where.get(issue.field)) || anchor));
  return { findings, summary: indicatorFigures(evaluation, input), checksRun: evaluation.checksRun };
}

function indicatorFigures(e: PlanIndicatorsEvaluation, input: PlanIndicatorsInput): SummaryFigure[] {
  const out: SummaryFigure[] = [];
  if (input.pue !== null) out.push({ id: "dc.pue", label: "PUE", labelEn: "PUE", value: input.pue, unit: "比" });
  if (input.reShare !== null) out.push({ id: "dc.reShare", label: "再エネ率", labelEn: "Renewable share", value: input.reShare * 100, unit: "%", ruleId: "DC-NEW-REQ-01" });
  const total = input.totalReShare ?? null;
  if (total !== null && total >= 0 && total <= 1) out.push({ id: "dc.totalReShare", label: "全再エネ率", labelEn: "Total renewable share", value: total * 100, unit: "%", ruleId: "DC-RATIO-01" });
  if (e.evaluatedUtilization !== null) {
    out.push({ id: "dc.evaluatedUtilization", label: "評価に用いる稼働率", labelEn: "Utilisation used in the review", value: e.evaluatedUtilization * 100, unit: "%", ruleId: "DC-REV-03" });
  }
  if (e.co2CostYenPerT !== null) {
    out.push({
      id: "dc.co2CostYenPerT",
      label: "CO2削減コスト",
      labelEn: "CO2 reduction cost",
      value: e.co2CostYenPerT,
      unit: "円/t-CO2",
      ruleId: "DC-CONT-REQ-06",
      note:
        e.co2CostLimitYenPerT === null
          ? "この事業区分には上限の定めがありません（参考値）"
          : `上限 ${e.co2CostLimitYenPerT.toLocaleString("ja-JP")} 円/t-CO2 に対して${e.co2CostYenPerT <= e.co2CostLimitYenPerT ? "以内" : "超過"}`,
    });
  }
  return out;
}
