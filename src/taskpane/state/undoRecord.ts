/**
 * The add-in's own undo record (SPEC §6 元に戻す): Excel clears its undo stack when an add-in writes,
 * so every cell the add-in is about to write is recorded first with what it held (value, formula,
 * number format). Undoing a batch writes those back in one batch, blanks included. Sheets inserted by
 * シートを用意 are recorded with the cells the template wrote, so that undoing deletes the sheet — after
 * asking when the user has typed into it since. Pure functions; the record is stored in the workbook
 * through WorkbookPort.saveData("undo", …).
 */
import type { SheetTemplate } from "../../rules/sheets/templateTypes";
import { isCellError, toA1, type CellValue, type SheetGrid } from "../../rules/sheets/types";
import {
  holdsContent,
  isBlank,
  refKey,
  type CellContent,
  type CellRef,
  type CellState,
  type CellWrite,
  type GuardedWrite,
  type WritableValue,
} from "../../excel/workbookPort";
import { arrayOf, NOT_VALID, objectOf, scalar, str, strOrNull, type Read } from "./stored";

/** What a cell held before the add-in wrote it, and what the add-in wrote. */
export interface UndoCell extends CellRef {
  readonly before: { readonly value: CellValue; readonly formula: string | null; readonly numberFormat: string };
  /** numberFormat: the format the write set (absent: the cell kept its own; records of older versions). */
  readonly after: { readonly value: WritableValue; readonly formula: string | null; readonly numberFormat?: string };
}

/** A cell the add-in wrote into a sheet it inserted: a constant, or a formula (then value is null). */
export interface WrittenCell {
  readonly cell: string;
  readonly value: WritableValue;
  readonly formula: string | null;
}

/** A sheet the add-in inserted (シートを用意), with every non-blank cell it wrote there. */
export interface UndoSheet {
  readonly sheet: string;
  readonly cells: readonly WrittenCell[];
}

/** One user action (one write batch), e.g. "入力: 事業区分, 補助対象経費" or "シートを用意: 別紙2 経費内訳". */
export interface UndoBatch {
  readonly id: string;
  readonly label: string;
  /** ISO timestamp. */
  readonly at: string;
  readonly cells: readonly UndoCell[];
  /** Sheets the action inserted: undoing deletes them (absent in records of older versions). */
  readonly sheets?: readonly UndoSheet[];
}

export interface UndoRecord {
  /** Oldest first; 元に戻す takes the last. */
  readonly batches: readonly UndoBatch[];
}

export const EMPTY_UNDO: UndoRecord = { batches: [] };

/** How many batches are kept in the workbook (older ones are dropped). */
export const UNDO_LIMIT = 20;

/** A value as stored: a scalar, or an error value { error: "#REF!" }. */
const storedValue = (v: unknown): Read<CellValue> => {
  const s = scalar(v);
  return s !== NOT_VALID ? s : objectOf<{ error: string }>(v, { error: str });
};
const readCell = (v: unknown) =>
  objectOf<UndoCell & Record<string, unknown>>(v, {
    sheet: str,
    cell: str,
    before: (b) => objectOf<UndoCell["before"] & Record<string, unknown>>(b, { value: storedValue, formula: strOrNull, numberFormat: str }),
    after: (a) => objectOf<UndoCell["after"] & Record<string, unknown>>(a, { value: scalar, formula: strOrNull, numberFormat: str }, ["numberFormat"]),
  });
const readWritten = (v: unknown) => objectOf<WrittenCell & Record<string, unknown>>(v, { cell: str, value: scalar, formula: strOrNull });
const readSheet = (v: unknown) =>
  objectOf<UndoSheet & Record<string, unknown>>(v, { sheet: str, cells: (c) => arrayOf(c, readWritten) });
const readBatch = (v: unknown) =>
  objectOf<UndoBatch & Record<string, unknown>>(
    v,
    { id: str, label: str, at: str, cells: (c) => arrayOf(c, readCell), sheets: (s) => arrayOf(s, readSheet) },
    ["sheets"],
  );

/** Reads a stored record; anything malformed (edited by hand, another version) is an empty record. */
export function parseUndoRecord(stored: unknown): UndoRecord {
  const r = objectOf<{ batches: UndoBatch[] }>(stored, { batches: (b) => arrayOf(b, readBatch) });
  return r === NOT_VALID ? EMPTY_UNDO : r;
}

/** A non-empty cell the add-in would overwrite: shown in the 上書きしますか？ dialog. */
export interface Overwrite extends CellRef {
  readonly current: CellValue;
  readonly next: WritableValue;
  /** Number formats, so that the dialog shows values as the cells display them (12%, not 0.12). */
  readonly currentFormat?: string;
  readonly nextFormat?: string;
  /** The cell's formula when the write replaces it (数式を値で置き換えます, or by another formula). */
  readonly replacesFormula?: string;
  /** The formula the write puts in (undoing back to a formula), when any. */
  readonly nextFormula?: string;
}

export interface WritePlan {
  /**
   * The writes still needed (cells that already hold the value are left alone), each guarded by what
   * the cell held when planned: the port refuses the batch when a cell changed meanwhile.
   */
  readonly writes: readonly GuardedWrite[];
  /** Non-empty cells among them: the user must confirm before anything is written. */
  readonly overwrites: readonly Overwrite[];
  /** Writes aimed at sheets that do not exist: nothing is written there. */
  readonly skipped: readonly CellRef[];
  /** The undo batch to record before writing. */
  readonly batch: UndoBatch;
}

/** Plans a write batch from the requested writes and the cells' current state (port.readCells). */
export function planWrites(
  requested: readonly CellWrite[],
  current: readonly CellState[],
  meta: { readonly id: string; readonly label: string; readonly at: string },
): WritePlan {
  const now = new Map(current.map((c) => [refKey(c), c]));
  const writes: GuardedWrite[] = [];
  const overwrites: Overwrite[] = [];
  const skipped: CellRef[] = [];
  const cells: UndoCell[] = [];
  for (const w of dedupe(requested)) {
    const c = now.get(refKey(w));
    if (!c || c.missing) {
      skipped.push({ sheet: w.sheet, cell: w.cell });
      continue;
    }
    if (holdsAlready(c, w)) continue;
    writes.push({ ...w, expected: contentOf(c) });
    const nextFormat = w.numberFormat ?? c.numberFormat;
    if (!isBlank(c.value) || c.formula) overwrites.push(overwriteOf(c, w.value, nextFormat, w.formula ?? null));
    cells.push({
      sheet: w.sheet,
      cell: w.cell,
      before: { value: c.value, formula: c.formula, numberFormat: c.numberFormat },
      after: { value: w.value, formula: w.formula ?? null, ...(w.numberFormat !== undefined ? { numberFormat: w.numberFormat } : {}) },
    });
  }
  return { writes, overwrites, skipped, batch: { ...meta, cells } };
}

/** Adds a batch (ignoring empty ones), keeping the last UNDO_LIMIT. */
export function pushBatch(record: UndoRecord, batch: UndoBatch): UndoRecord {
  if (batch.cells.length === 0 && (batch.sheets?.length ?? 0) === 0) return record;
  return { batches: [...record.batches, batch].slice(-UNDO_LIMIT) };
}

export function lastBatch(record: UndoRecord): UndoBatch | null {
  return record.batches[record.batches.length - 1] ?? null;
}

export function dropBatch(record: UndoRecord, id: string): UndoRecord {
  return { batches: record.batches.filter((b) => b.id !== id) };
}

export interface RestorePlan {
  /** Writes that put back exactly what the cells held, guarded by what they hold now. */
  readonly writes: readonly GuardedWrite[];
  /** Cells changed by someone else since the add-in wrote them: restoring would overwrite that change. */
  readonly changedSince: readonly Overwrite[];
}

/**
 * Plans 元に戻す of one batch's cells, given their current state. Cells on deleted sheets, and on the
 * sheets the batch itself inserted (undoing deletes those), are left out. `alsoAsk` (refKeys) are
 * listed for confirmation even when they hold the add-in's value again.
 */
export function planRestore(batch: UndoBatch, current: readonly CellState[], alsoAsk: ReadonlySet<string> = new Set()): RestorePlan {
  const now = new Map(current.map((c) => [refKey(c), c]));
  const inserted = new Set((batch.sheets ?? []).map((s) => s.sheet));
  const writes: GuardedWrite[] = [];
  const changedSince: Overwrite[] = [];
  for (const u of batch.cells) {
    const c = now.get(refKey(u));
    if (!c || c.missing || inserted.has(u.sheet)) continue;
    const before = u.before;
    // Already back as it was (the user put it back, or an earlier undo): nothing to write, nothing to ask.
    if (holdsContent(c, before) && c.numberFormat === before.numberFormat) continue;
    const value: WritableValue = isCellError(before.value) ? before.value.error : before.value;
    writes.push({ sheet: u.sheet, cell: u.cell, value, formula: before.formula, numberFormat: before.numberFormat, expected: contentOf(c) });
    const after = u.after;
    const stillOurs = after.formula ? c.formula === after.formula : !c.formula && sameValue(c.value, after.value);
    // alsoAsk: cells that changed under an open confirmation are asked about again whatever they hold.
    if (!stillOurs || alsoAsk.has(refKey(u))) changedSince.push(overwriteOf(c, value, before.numberFormat, before.formula));
  }
  return { writes, changedSince };
}

/** What inserting the template writes, as the undo record keeps it: its non-blank cells. */
export function insertedSheet(template: SheetTemplate): UndoSheet {
  const cells = template.cells.flatMap((c): WrittenCell[] => {
    if (c.value === null || c.value === "") return [];
    const formula = typeof c.value === "string" && c.value.startsWith("=") ? c.value : null;
    return [{ cell: c.address.toUpperCase(), value: formula ? null : c.value, formula }];
  });
  return { sheet: template.sheetName, cells };
}

export interface SheetRemovalPlan {
  readonly sheet: string;
  /** False when the sheet is gone already (deleted or renamed by the user): nothing to delete. */
  readonly exists: boolean;
  /**
   * Cells whose content differs from what the add-in wrote (typed by the user, or a template cell
   * replaced): deleting the sheet loses them, so the user must confirm. `next` is null (gone).
   */
  readonly changedSince: readonly Overwrite[];
}

/**
 * Plans deleting a sheet the add-in inserted. `grid` is the sheet's used range now (null = no such
 * sheet); `formulas` the current state of the template's formula cells (their values are computed,
 * so they are compared by formula). A cell the user only cleared loses nothing and is not listed.
 */
export function planSheetRemoval(sheet: UndoSheet, grid: SheetGrid | null, formulas: readonly CellState[]): SheetRemovalPlan {
  if (!grid) return { sheet: sheet.sheet, exists: false, changedSince: [] };
  const written = new Map(sheet.cells.map((c) => [c.cell.toUpperCase(), c]));
  const formulaNow = new Map(formulas.map((c) => [c.cell.toUpperCase(), c.formula]));
  const changedSince: Overwrite[] = [];
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (isBlank(value)) return;
      const cell = toA1(r + grid.rowOffset, c + grid.colOffset);
      const w = written.get(cell);
      const ours = w ? (w.formula ? formulaNow.get(cell) === w.formula : sameValue(value, w.value)) : false;
      if (!ours) changedSince.push({ sheet: sheet.sheet, cell, current: value, next: null });
    }),
  );
  return { sheet: sheet.sheet, exists: true, changedSince };
}

/** Same cell requested twice: the last request wins. */
function dedupe(writes: readonly CellWrite[]): CellWrite[] {
  const byKey = new Map<string, CellWrite>();
  for (const w of writes) byKey.set(refKey(w), w);
  return [...byKey.values()];
}

/**
 * True when writing would change nothing the user cares about. A formula cell that already shows the
 * value is left alone (its formula is kept: writing the constant would delete it for nothing).
 */
function holdsAlready(c: CellState, w: CellWrite): boolean {
  if (w.formula) return c.formula === w.formula && (w.numberFormat === undefined || w.numberFormat === c.numberFormat);
  if (c.formula) return sameValue(c.value, w.value);
  if (w.numberFormat !== undefined && w.numberFormat !== c.numberFormat) return false;
  return sameValue(c.value, w.value);
}

const contentOf = (c: CellState): CellContent => ({ value: c.value, formula: c.formula });

/** The dialog line for a non-empty cell about to be replaced. */
function overwriteOf(c: CellState, next: WritableValue, nextFormat: string, nextFormula: string | null): Overwrite {
  return {
    sheet: c.sheet,
    cell: c.cell,
    current: c.value,
    next,
    currentFormat: c.numberFormat,
    nextFormat,
    ...(c.formula && c.formula !== nextFormula ? { replacesFormula: c.formula } : {}),
    ...(nextFormula ? { nextFormula } : {}),
  };
}

/**
 * Cell equality as a person sees it: blank = "", text trimmed, numbers equal to 12 significant digits
 * (the form's unit conversion adds binary noise: 371,300 千円 × 1000).
 */
export function sameValue(a: CellValue, b: WritableValue): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (isCellError(a)) return a.error === b;
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  return a === b;
}
