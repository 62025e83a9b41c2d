/**
 * Several 経費内訳 tables in one workbook (one per 年度 stacked on a sheet, or one per sheet): each is
 * validated on its own — its 合計/小計 and declared figures belong to it — and the application as a whole
 * gets combined figures. When two tables hold lines of the same 年度, the per-年度 事務費 ceiling
 * (MOE-ADMIN-01) and subsidy cap apply to their sum, which a per-table evaluation cannot see: warned.
 */
import type { DcExpenseResult } from "./evaluateDc";
import type { ParsedExpenseSheet } from "./expenseSheet";
import { anchorOf } from "./issueMapping";
import type { SummaryFigure } from "./report";
import { finding, SHEET_KINDS, SHEET_RULES } from "./sheetRules";
import { toA1, type Finding } from "./types";
import { yen } from "../lib/amounts";
import { DC_ZERO_CURRENT } from "../programs/dc-zero/params";

/** Labels naming each table in figures: null for a lone table; the sheet, or sheet!cell when a sheet holds several. */
export function expenseTableLabels(tables: readonly ParsedExpenseSheet[]): (string | null)[] {
  if (tables.length < 2) return tables.map(() => null);
  const perSheet = new Map<string, number>();
  for (const t of tables) perSheet.set(t.table.sheet.name, (perSheet.get(t.table.sheet.name) ?? 0) + 1);
  return tables.map((t) => ((perSheet.get(t.table.sheet.name) ?? 0) > 1 ? `${t.table.sheet.name}!${anchorOf(t.table).cell}` : t.table.sheet.name));
}

/** Figures for the application as a whole; empty for a single table. */
export function combinedExpenseFigures(results: readonly DcExpenseResult[]): SummaryFigure[] {
  const evaluated = results.flatMap((r) => (r.evaluation ? [r.evaluation] : []));
  if (evaluated.length < 2) return [];
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const subsidies = evaluated.map((e) => e.subsidyTotalYen);
  const allKnown = subsidies.every((v): v is number => v !== null);
  return [
    { id: "dc.all.totalYen", label: `経費内訳（${evaluated.length}表の合計）: 総事業費`, labelEn: `Expenses (${evaluated.length} tables): total project cost`, value: sum(evaluated.map((e) => e.totalYen)), unit: "円" },
    { id: "dc.all.eligibleTotalYen", label: `経費内訳（${evaluated.length}表の合計）: 補助対象経費`, labelEn: `Expenses (${evaluated.length} tables): eligible cost`, value: sum(evaluated.map((e) => e.eligibleTotalYen)), unit: "円", ruleId: "DC-EXP-04" },
    {
      id: "dc.all.subsidyTotalYen",
      label: `経費内訳（${evaluated.length}表の合計）: 補助金額`,
      labelEn: `Expenses (${evaluated.length} tables): subsidy`,
      value: allKnown ? sum(subsidies) : null,
      unit: "円",
      ...(!allKnown && { note: "事業区分が不明な表があるため計算していません" }),
    },
  ];
}

/** A warning on the later table for each 年度 that two tables share. */
export function sharedFiscalYearFindings(tables: readonly ParsedExpenseSheet[], results: readonly DcExpenseResult[], labels: readonly (string | null)[]): Finding[] {
  const firstTableOfYear = new Map<number, number>();
  const out: Finding[] = [];
  results.forEach((r, i) => {
    for (const y of r.evaluation?.byFiscalYear ?? []) {
      if (y.fiscalYear === null) continue;
      const first = firstTableOfYear.get(y.fiscalYear);
      if (first === undefined) {
        firstTableOfYear.set(y.fiscalYear, i);
        continue;
      }
      const at = anchorOf(tables[i].table);
      out.push(
        finding(
          at.sheet,
          at.cell,
          "warning",
          SHEET_RULES.expenseYearSplit,
          `${y.fiscalYear}年度の経費が複数の経費内訳の表（${labels[first]} と ${labels[i]}）にあります。事務費の上限（MOE-ADMIN-01）と年度ごとの補助金の上限は年度の合計に対して適用されますが、ここでは表ごとに計算しています。同じ年度の明細は一つの表にまとめてください（${SHEET_RULES.expenseYearSplit}）。`,
          SHEET_KINDS["dc-expenses"].formCitation,
        ),
      );
    }
  });
  return out;
}

/**
 * Summary figures below the last of several 経費内訳 tables stacked on a sheet (総事業費・補助対象経費・事務費・
 * 補助金所要額 of the whole application) are compared with the sum of that sheet's tables — never with one block.
 */
export function applicationSummaryFindings(tables: readonly ParsedExpenseSheet[], results: readonly DcExpenseResult[]): Finding[] {
  const out: Finding[] = [];
  const params = DC_ZERO_CURRENT.params;
  tables.forEach((p) => {
    const app = p.applicationSummary;
    if (!app) return;
    const sheet = p.table.sheet.name;
    const mine = tables.flatMap((t, i) => (t.table.sheet.name === sheet && results[i].evaluation ? [results[i]] : []));
    const evals = mine.flatMap((r) => (r.evaluation ? [r.evaluation] : []));
    if (evals.length === 0) return;
    const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
    const cellOf = (field: string, row: number): string => {
      const c = app.cells.find((x) => x.field === field && x.row === row);
      return c ? toA1(c.row, c.col) : toA1(row, p.table.anchor.col);
    };
    const same = (field: "totalProjectCostYen" | "eligibleTotalYen" | "adminFeeYen", name: string, computed: number, ruleId: string): void => {
      const d = app.declared[field];
      if (!d || Math.abs(d.valueYen - computed) < 1e-6) return;
      out.push(
        finding(sheet, cellOf(field, d.row), "error", ruleId, `事業全体の${name} ${yen(d.valueYen)} が、このシートの${evals.length}つの表の行から計算した ${yen(computed)} と一致しません（${ruleId}）。`, SHEET_KINDS["dc-expenses"].formCitation),
      );
    };
    same("totalProjectCostYen", "総事業費", sum(evals.map((e) => e.totalYen)), "DC-EXP-01");
    same("eligibleTotalYen", "補助対象経費", sum(evals.map((e) => e.eligibleTotalYen)), "DC-EXP-01");
    same("adminFeeYen", "事務費", sum(evals.map((e) => e.byCategory.事務費)), params.adminScale.ruleId);
    const type = mine.find((r) => r.projectType !== null)?.projectType ?? null;
    const subsidies = evals.map((e) => e.subsidyTotalYen);
    if (type === null || subsidies.some((v) => v === null)) return;
    const total = sum(subsidies as number[]);
    const ruleId = params.cap[type].ruleId;
    for (const req of (app.declared.subsidyRequested ?? []).filter((r) => r.fiscalYear === null)) {
      if (req.valueYen - total >= 1) {
        out.push(
          finding(sheet, cellOf("subsidyRequested", req.row), "error", ruleId, `事業全体の補助金所要額 ${yen(req.valueYen)} が、各年度の表の補助率・上限から計算した額の合計 ${yen(total)} を超えています（${ruleId}）。`, SHEET_KINDS["dc-expenses"].formCitation),
        );
      }
    }
  });
  return out;
}

/**
 * New RE equipment is required of the application, not of each 年度 block (DC-*-REQ, 新規導入): when one of several
 * 経費内訳 tables holds the RE line, the "no RE line" warning of the others is dropped.
 */
export function applicationWideReRequirement(tables: readonly ParsedExpenseSheet[], results: readonly DcExpenseResult[]): DcExpenseResult[] {
  const reqIds = new Set(Object.values(DC_ZERO_CURRENT.params.newReRequired).map((r) => r.ruleId));
  const missing = (r: DcExpenseResult): boolean => r.evaluation?.issues.some((i) => i.row === null && i.field === null && reqIds.has(i.ruleId)) ?? false;
  if (tables.length < 2 || !results.some((r) => r.evaluation !== null && !missing(r))) return [...results];
  return results.map((r, i) => {
    if (!missing(r)) return r;
    const at = anchorOf(tables[i].table);
    return { ...r, findings: r.findings.filter((f) => !(reqIds.has(f.ruleId) && f.sheet === at.sheet && f.cell === at.cell && f.severity === "warning")) };
  });
}
