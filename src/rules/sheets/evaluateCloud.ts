/**
 * meti-cloud 費用明細表 / 設備投資合算表 through evaluateCloudCost / evaluateCloudCapex. The source
 * is secondary (AMB-01): findings are capped at warning whatever the evaluator says.
 */
import { evaluateCloudCapex, evaluateCloudCost } from "../programs/meti-cloud";
import type { CloudCostLine } from "../programs/meti-cloud/sheetTypes";
import type { ParsedCloudCapex, ParsedCloudCost } from "./cloudSheets";
import type { KindResult } from "./evaluateDc";
import { anchorOf, lineCell, toFinding } from "./issueMapping";
import type { SummaryFigure } from "./report";
import type { LocatedTable } from "./locate";
import { finding, SHEET_KINDS, SHEET_RULES } from "./sheetRules";
import type { Finding } from "./types";

export function evaluateCloudCostSheet(p: ParsedCloudCost): KindResult {
  if (!p.lines.some((l) => l.kind === "line")) return emptyTable(p.table, "cloud-cost", p.findings);
  const e = evaluateCloudCost({ lines: p.lines });
  const findings: Finding[] = [...p.findings.map(capToWarning)];
  for (const issue of e.issues) {
    const at = issue.field === "declaredTotalYen" ? anchorOf(p.table) : lineCell(p.table, issue.row, issue.field);
    findings.push(toFinding(issue, at, "warning"));
  }
  const summary: SummaryFigure[] = [
    { id: `cloud.${p.table.sheet.name}.costTotalYen`, label: "費用明細表の合計", labelEn: "Cost detail table total", value: e.totalYen, unit: "円", ruleId: "CLOUD-DOC-01" },
    { id: `cloud.${p.table.sheet.name}.subsidyMaxYen`, label: "補助額の上限目安（1/2）", labelEn: "Indicative subsidy ceiling (1/2)", value: e.subsidyMaxYen, unit: "円", ruleId: "CLOUD-RATE-01", note: "二次資料による目安です" },
  ];
  return { findings, summary, checksRun: e.checksRun };
}

export function evaluateCloudCapexSheet(p: ParsedCloudCapex, costLines: readonly CloudCostLine[]): KindResult {
  if (p.sites.length === 0) return emptyTable(p.table, "cloud-capex", p.findings);
  const e = evaluateCloudCapex({
    sites: p.sites,
    ...(p.declaredTotalYen && { declaredTotalYen: p.declaredTotalYen }),
    ...(costLines.length > 0 && { costLines }),
  });
  const findings: Finding[] = [...p.findings.map(capToWarning)];
  for (const issue of e.issues) {
    const field = issue.field === "declaredTotalYen" ? "totalYen" : issue.field;
    findings.push(toFinding(issue, lineCell(p.table, issue.row, field), "warning"));
  }
  const summary: SummaryFigure[] = [
    { id: `cloud.${p.table.sheet.name}.capexTotalYen`, label: "設備投資合算表の合計", labelEn: "Capex summary total", value: e.totalYen, unit: "円", ruleId: "CLOUD-DOC-01" },
    { id: `cloud.${p.table.sheet.name}.capexSubsidyMaxYen`, label: "補助額の上限目安（1/2）", labelEn: "Indicative subsidy ceiling (1/2)", value: e.subsidyMaxYen, unit: "円", ruleId: "CLOUD-RATE-01", note: "二次資料による目安です" },
  ];
  return { findings, summary, checksRun: e.checksRun };
}

/** A table with no lines: nothing to check (info), the figures would all be 0. */
function emptyTable(table: LocatedTable<string>, kind: "cloud-cost" | "cloud-capex", readerFindings: readonly Finding[]): KindResult {
  const k = SHEET_KINDS[kind];
  const at = anchorOf(table);
  return {
    findings: [
      ...readerFindings.map(capToWarning),
      finding(at.sheet, at.cell, "info", SHEET_RULES.tableEmpty, `${k.title}に明細行が入力されていないため、${k.title}の検証をしていません（${SHEET_RULES.tableEmpty}）。`, k.formCitation),
    ],
    summary: [],
    checksRun: [],
  };
}

/** Reader findings on a secondary-source sheet are warnings too (a #REF! there still deserves a look). */
function capToWarning(f: Finding): Finding {
  return f.severity === "error" ? { ...f, severity: "warning" } : f;
}
