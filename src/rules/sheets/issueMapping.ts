/**
 * Turns a program's RuleIssue (row, field) into a Finding at a cell (SPEC §5): a line field → the
 * cell of that row in the field's column (or the merged cell its value was carried from); a
 * summary field → the cell of the declared figure; a fact → the fact's value cell; row null →
 * the table's anchor (header) cell.
 */
import type { ExpenseField, ExpenseIssue, SummaryField } from "../programs/dc-zero/sheetTypes";
import type { RuleIssue } from "../lib/issue";
import type { ParsedExpenseSheet } from "./expenseSheet";
import type { LocatedTable } from "./locate";
import { finding } from "./sheetRules";
import { toA1, type Finding, type Severity } from "./types";

export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

export function toFinding(issue: RuleIssue, at: CellRef, maxSeverity: Severity = "error"): Finding {
  const severity = maxSeverity === "warning" && issue.severity === "error" ? "warning" : issue.severity;
  return finding(at.sheet, at.cell, severity, issue.ruleId, issue.message, issue.citation);
}

export function anchorOf(table: LocatedTable<string>): CellRef {
  return { sheet: table.sheet.name, cell: toA1(table.anchor.row, table.anchor.col) };
}

/** Cell of a line field of a table; the row's first table column when the field has no column. */
export function lineCell<K extends string>(table: LocatedTable<K>, row: number | null, field: K | null, carriedFrom?: ReadonlyMap<string, number>): CellRef {
  const sheet = table.sheet.name;
  const col = field ? table.columns[field] : undefined;
  if (row === null) return col ? { sheet, cell: toA1(table.headerRow, col.col) } : anchorOf(table);
  if (!col || !field) return { sheet, cell: toA1(row, table.anchor.col) };
  const from = carriedFrom?.get(`${row}:${field}`) ?? row;
  return { sheet, cell: toA1(from, col.col) };
}

const SUMMARY_FIELDS: readonly string[] = ["totalProjectCostYen", "eligibleTotalYen", "adminFeeYen", "subsidyRequested"];

function isSummaryField(f: string): f is SummaryField {
  return SUMMARY_FIELDS.includes(f);
}

/** Cell of an expense issue: a line field, or a figure of the summary block. */
export function expenseIssueCell(p: ParsedExpenseSheet, issue: ExpenseIssue): CellRef {
  const field = issue.field;
  if (field !== null && isSummaryField(field)) {
    const sheet = p.table.sheet.name;
    const ofField = p.summaryCells.filter((c) => c.field === field);
    const sameRow = ofField.filter((c) => c.row === issue.row);
    const candidates = sameRow.length > 0 ? sameRow : ofField;
    if (candidates.length === 0) return anchorOf(p.table);
    // Several per-year figures in one row: the issue's message names the year it is about.
    const byYear = candidates.find((c) => c.fiscalYear !== null && mentionsYear(issue.message, c.fiscalYear));
    const c = byYear ?? candidates[0];
    return { sheet, cell: toA1(c.row, c.col) };
  }
  return lineCell<ExpenseField>(p.table, issue.row, field as ExpenseField | null, p.carriedFrom);
}

function mentionsYear(message: string, fy: number): boolean {
  return message.includes(`${fy}年度`) || message.includes(`令和${fy - 2018}年度`) || message.includes(`FY${fy}`);
}
