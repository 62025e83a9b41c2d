/**
 * validateWorkbook — the sheet engine behind the taskpane and `gxdc validate` (SPEC §5, §7):
 * finds the sheet kinds by their labels, parses them into typed lines and facts, calls the program
 * evaluators and maps each issue to the cell it is about. A kind or fact the workbook does not hold
 * is an `info` ("… が見つからないため … を検証していません"), never an error.
 */
import type { BreakdownRow, DetectedSheet, SheetKind, ValidationOptions, ValidationReport } from "./report";
import { SEVERITY_RANK } from "./report";
import { detectWorkbook, type Detection } from "./detect";
import { evaluateCloudCapexSheet, evaluateCloudCostSheet } from "./evaluateCloud";
import { evaluateExpenseSheet, evaluateIndicators, type DcExpenseResult, type KindResult } from "./evaluateDc";
import { evaluatePowerPlanSheet } from "./evaluateGx";
import { applicationSummaryFindings, applicationWideReRequirement, combinedExpenseFigures, expenseTableLabels, sharedFiscalYearFindings } from "./expenseTables";
import { FactResolver } from "./factResolver";
import { formStatusFinding, formStatusOf, unreadFormFindings } from "./formStatus";
import { anchorOf, toFinding } from "./issueMapping";
import { checkApplicationWorkbook } from "../programs/dc-zero";
import { finding, KIND_ORDER, SHEET_KINDS, SHEET_RULES, type SheetProgram } from "./sheetRules";
import { citation } from "../sources";
import { fromA1, toA1, type Finding, type WorkbookGrid } from "./types";

/**
 * Validates every sheet kind found in the workbook (or those of `options.program`).
 * @example validateWorkbook({ sheets: [] }).findings[0].severity // "info" — nothing to check
 */
export function validateWorkbook(wb: WorkbookGrid, options: ValidationOptions = {}): ValidationReport {
  const det = detectWorkbook(wb);
  const facts = new FactResolver(det, options.facts);
  const detected = detectedSheets(det);
  const programs = programsToCheck(options, detected);
  const wanted = (kind: SheetKind): boolean => programs.includes(SHEET_KINDS[kind].program);
  const results: KindResult[] = [];

  const expenseResults: DcExpenseResult[] = [];
  if (wanted("dc-expenses")) {
    const indicatorSheets = det.indicators.map((b) => b.sheet);
    const labels = expenseTableLabels(det.expenses);
    const perTable = det.expenses.map((p, i) => evaluateExpenseSheet(p, facts, indicatorSheets, labels[i]));
    expenseResults.push(...applicationWideReRequirement(det.expenses, perTable));
    results.push(...expenseResults, {
      findings: [...sharedFiscalYearFindings(det.expenses, expenseResults, labels), ...applicationSummaryFindings(det.expenses, expenseResults)],
      summary: combinedExpenseFigures(expenseResults),
      checksRun: [],
    });
  }
  const formStatus = formStatusOf(det, wanted);
  // DC-DOC-04 asks for every form filled in: 別紙2 with lines and 別紙1 with indicator values, each read as its kind.
  const dcFilled = (["dc-expenses", "dc-plan-indicators"] as const).every((k) => formStatusOf(det, (x) => x === k) === "filled");
  if (wanted("dc-expenses") || wanted("dc-plan-indicators")) results.push(applicationWorkbookResult(wb, detected, options, dcFilled));
  if (wanted("dc-plan-indicators")) {
    const evaluated = expenseResults.flatMap((r) => (r.evaluation ? [r.evaluation.eligibleTotalYen] : []));
    const eligibleYen = evaluated.length > 0 ? evaluated.reduce((a, b) => a + b, 0) : null;
    for (const b of det.indicators) results.push(evaluateIndicators(b, facts, det, eligibleYen));
  }
  if (wanted("gx-power-plan")) {
    for (const p of det.powerPlans) results.push(evaluatePowerPlanSheet(p, facts, det.powerPlans.length > 1));
  }
  if (wanted("cloud-cost")) for (const p of det.cloudCosts) results.push(evaluateCloudCostSheet(p));
  if (wanted("cloud-capex")) {
    const costLines = det.cloudCosts.flatMap((c) => c.lines);
    for (const p of det.cloudCapex) results.push(evaluateCloudCapexSheet(p, costLines));
  }

  const absent = KIND_ORDER.filter((k) => wanted(k) && !detected.some((d) => d.kind === k)).map(kindAbsent);
  const programNotes = options.program === "dc-tech" ? [dcTechNote()] : [];
  const never = [...unreadFormFindings(wb, det, wanted), ...(options.program === "dc-tech" ? [] : formStatusFinding(formStatus, KIND_ORDER.filter(wanted)))];
  const findings = sortFindings(dedupe([...results.flatMap((r) => r.findings), ...absent, ...programNotes, ...never]), wb);
  return {
    findings,
    formStatus,
    detected: detected.filter((d) => wanted(d.kind)),
    summary: results.flatMap((r) => r.summary),
    checksRun: [...new Set(results.flatMap((r) => r.checksRun))].sort(),
    checklistContext: checklistContext(results),
    costBreakdown: mergeBreakdown(results.flatMap((r) => r.costBreakdown ?? [])),
    yearBreakdown: mergeBreakdown(results.flatMap((r) => r.yearBreakdown ?? [])),
  };
}

/**
 * One plan: its context. Several (alternatives the applicant compares): the union of their sources and
 * no tier, so every item that applies to one of them stays on the list.
 */
function checklistContext(results: readonly KindResult[]): ValidationReport["checklistContext"] {
  const plans = results.flatMap((r) => (r.gxChecklistContext ? [r.gxChecklistContext] : []));
  if (plans.length === 0) return {};
  if (plans.length === 1) return { gx: plans[0] };
  const sources = plans.flatMap((c) => c.sources ?? []).filter((s, i, all) => all.findIndex((x) => x.code === s.code) === i);
  return { gx: { sources } };
}

/** DC-DOC-04: 様式1・別紙1・別紙2 kept together in one Excel workbook, as the 協会 distributes them. */
function applicationWorkbookResult(wb: WorkbookGrid, detected: readonly DetectedSheet[], options: ValidationOptions, filled: boolean): KindResult {
  const dc = detected.filter((d) => SHEET_KINDS[d.kind].program === "dc-zero");
  const sheets = wb.sheets.map((s) => ({ name: s.name, kind: dc.find((d) => d.sheet === s.name)?.kind ?? null }));
  const check = checkApplicationWorkbook(
    dc.map((d) => d.kind),
    { sheets, fileName: options.fileName ?? null },
  );
  const findings = check.issues.flatMap((issue) => {
    const missing = issue.severity === "warning" && issue.field !== "fileName";
    // A missing 別紙1/別紙2 is already said by SHEET-KIND-01. A missing 様式1 (a form this add-in does not model, so
    // absent from drafts and from `gxdc template`) is a reminder for submission: info, not a warning on every draft.
    if (missing && issue.field !== "form1") return [];
    // A renamed form sheet is pointed at; a missing form or the file name concerns the whole workbook.
    const renamed = issue.severity === "info" ? dc.find((d) => issue.message.includes(`シート「${d.sheet}」`)) : undefined;
    return [toFinding(missing ? { ...issue, severity: "info" } : issue, renamed ? { sheet: renamed.sheet, cell: renamed.anchor } : { sheet: "", cell: "" })];
  });
  // Ticked "検証で確認済み" only when every form is there and holds data: blank forms or a missing 様式1 leave it to the user.
  const complete = filled && Object.values(check.parts).every(Boolean);
  return { findings, summary: [], checksRun: complete ? check.checksRun : [] };
}

function detectedSheets(det: Detection): DetectedSheet[] {
  const of = (kind: SheetKind, sheet: string, anchor: string): DetectedSheet => ({ kind, sheet, anchor, title: SHEET_KINDS[kind].title });
  return [
    ...det.expenses.map((p) => of("dc-expenses", p.table.sheet.name, anchorOf(p.table).cell)),
    ...det.indicators.map((b) => of("dc-plan-indicators", b.sheet, toA1(b.anchor.row, b.anchor.col))),
    ...det.powerPlans.map((p) => of("gx-power-plan", p.table.sheet.name, anchorOf(p.table).cell)),
    ...det.cloudCosts.map((p) => of("cloud-cost", p.table.sheet.name, anchorOf(p.table).cell)),
    ...det.cloudCapex.map((p) => of("cloud-capex", p.table.sheet.name, anchorOf(p.table).cell)),
  ];
}

/**
 * The programs whose kinds are checked (and reported absent): the chosen one; otherwise those with
 * a kind in the workbook; otherwise all of them (an empty workbook is told what it could hold).
 */
function programsToCheck(options: ValidationOptions, detected: readonly DetectedSheet[]): SheetProgram[] {
  const all: SheetProgram[] = ["dc-zero", "gx-regional", "meti-cloud"];
  if (options.program) return all.filter((p) => p === options.program);
  const found = all.filter((p) => detected.some((d) => SHEET_KINDS[d.kind].program === p));
  return found.length > 0 ? found : all;
}

function kindAbsent(kind: SheetKind): Finding {
  const k = SHEET_KINDS[kind];
  return finding(
    "",
    "",
    "info",
    SHEET_RULES.kindAbsent,
    `${k.title}のシートが見つからないため、${k.title}の検証をしていません。見出し（${KIND_HEADERS[kind]}）のある表を用意してください（${SHEET_RULES.kindAbsent}）。`,
    k.formCitation,
  );
}

const KIND_HEADERS: Readonly<Record<SheetKind, string>> = {
  "dc-expenses": "区分・費目・細分・内容・金額・補助対象経費",
  "dc-plan-indicators": "事業区分・PUE・再エネ率・想定稼働率・年間CO2削減量・法定耐用年数・補助対象経費",
  "gx-power-plan": "電源種・状態・調達方法・都道府県・年間調達量・契約期間",
  "cloud-cost": "項目・数量・単価・金額",
  "cloud-capex": "拠点・設備投資額",
};

function dcTechNote(): Finding {
  return finding(
    "",
    "",
    "info",
    SHEET_RULES.kindAbsent,
    `dc-tech（環境配慮技術の開発・実証事業）には検証する様式シートの定めがないため、シートの検証をしていません（${SHEET_RULES.kindAbsent}）。`,
    citation("dctech-r8-youryou", "(whole)"),
  );
}

/** Rows of several tables with the same label summed; a subsidy unknown in one of them is unknown in the sum. */
function mergeBreakdown(rows: readonly BreakdownRow[]): BreakdownRow[] {
  const byLabel = new Map<string, BreakdownRow>();
  for (const r of rows) {
    const prev = byLabel.get(r.label);
    byLabel.set(
      r.label,
      prev
        ? { ...prev, eligibleYen: prev.eligibleYen + r.eligibleYen, subsidyYen: prev.subsidyYen === null || r.subsidyYen === null ? null : prev.subsidyYen + r.subsidyYen }
        : r,
    );
  }
  return [...byLabel.values()];
}

/** Findings without repeats (same sheet, cell, severity, rule id and message), first kept. */
export function dedupe(findings: readonly Finding[]): Finding[] {
  // By cell (a cell has few findings), then the fields: no key string built, no long message hashed, per finding.
  const kept = new Map<string, Finding[]>();
  return findings.filter((f) => {
    const same = kept.get(f.cell);
    if (same === undefined) {
      kept.set(f.cell, [f]);
      return true;
    }
    if (same.some((k) => k.sheet === f.sheet && k.severity === f.severity && k.ruleId === f.ruleId && k.message === f.message)) return false;
    same.push(f);
    return true;
  });
}

/** By sheet (workbook order; workbook-wide findings last), then row, column, severity, rule id, message. */
export function sortFindings(findings: readonly Finding[], wb: WorkbookGrid): Finding[] {
  const sheetIndex = (s: string): number => {
    const i = wb.sheets.findIndex((x) => x.name === s);
    return i < 0 ? wb.sheets.length : i;
  };
  const pos = (cell: string): [number, number] => {
    const a = fromA1(cell);
    return a ? [a.row, a.col] : [-1, -1];
  };
  return [...findings].sort((a, b) => {
    const [ar, ac] = pos(a.cell);
    const [br, bc] = pos(b.cell);
    return (
      sheetIndex(a.sheet) - sheetIndex(b.sheet) ||
      ar - br ||
      ac - bc ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.message, b.message)
    );
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
