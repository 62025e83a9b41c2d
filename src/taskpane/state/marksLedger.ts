/**
 * The marks ledger (SPEC §6 検証 / 消去): which cells the add-in filled and annotated, with the fill each
 * had before, so that 消去 removes exactly the add-in's marks and gives the user's fills back.
 * Pure functions; stored in the workbook through WorkbookPort.saveData("marks", …).
 */
import { arrayOf, NOT_VALID, objectOf, oneOf, str, strOrNull } from "./stored";
import { SEVERITY_RANK } from "../../rules/sheets/report";
import { readableCitation } from "../../rules/sources";
import type { Finding, Severity } from "../../rules/sheets/types";
import { refKey, type AppliedMark, type MarkRequest } from "../../excel/workbookPort";

export interface MarksLedger {
  readonly marks: readonly AppliedMark[];
}

export const EMPTY_LEDGER: MarksLedger = { marks: [] };

const readMark = (v: unknown) =>
  objectOf<AppliedMark & Record<string, unknown>>(
    v,
    { sheet: str, cell: str, fill: str, previousFill: strOrNull, noteKind: oneOf(["note", "comment", "none"] as const), noteId: str },
    ["noteId"],
  );

/** The stored ledger; anything malformed is an empty one. */
export function parseLedger(stored: unknown): MarksLedger {
  const r = objectOf<{ marks: AppliedMark[] }>(stored, { marks: (v) => arrayOf(v, readMark) });
  return r === NOT_VALID ? EMPTY_LEDGER : r;
}

/** Severities that get a mark in the sheet; info findings explain figures and stay in the taskpane. */
const MARKED: readonly Severity[] = ["error", "warning"];

/**
 * One mark per cell: the worst severity among the cell's findings, and a note listing each finding
 * with its rule id and source. Findings about a sheet as a whole (cell "") get no mark.
 */
export function marksFromFindings(findings: readonly Finding[]): MarkRequest[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.cell || !MARKED.includes(f.severity)) continue;
    const key = refKey(f);
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  return [...byCell.values()].map((fs) => {
    const sorted = [...fs].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    return {
      sheet: sorted[0].sheet,
      cell: sorted[0].cell,
      severity: sorted[0].severity,
      note: sorted.map(noteLine).join("\n"),
    };
  });
}

const SEVERITY_JA: Readonly<Record<Severity, string>> = { error: "エラー", warning: "警告", info: "情報" };

/**
 * One finding in the cell's note. The citation names the document (公募要領（令和6年4月16日）§ …), never an
 * internal source id; findings about reading the sheet (SHEET-*) cite no document, they breach none.
 */
export function noteLine(f: Finding): string {
  const cite = f.ruleId.startsWith("SHEET-") || !f.source ? "" : `（${readableCitation(f.source)}）`;
  return `【${SEVERITY_JA[f.severity]}】${f.ruleId}: ${f.message}${cite}`;
}

/**
 * The ledger after new marks were applied. A cell that was already in the ledger keeps its original
 * previous fill (the user's), not the add-in's earlier mark colour.
 */
export function recordMarks(ledger: MarksLedger, applied: readonly AppliedMark[]): MarksLedger {
  const old = new Map(ledger.marks.map((m) => [refKey(m), m]));
  const fresh = applied.map((m) => {
    const o = old.get(refKey(m));
    return o ? { ...m, previousFill: o.previousFill } : m;
  });
  const freshKeys = new Set(fresh.map(refKey));
  return { marks: [...ledger.marks.filter((m) => !freshKeys.has(refKey(m))), ...fresh] };
}
