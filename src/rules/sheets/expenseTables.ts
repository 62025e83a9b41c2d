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
import type { Finding } from "./types";

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
