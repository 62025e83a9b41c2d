/**
 * The add-in's own undo record (SPEC §6 元に戻す): Excel clears its undo stack when an add-in writes,
 * so every cell the add-in is about to write is recorded first with what it held (value, formula,
 * number format). Undoing a batch writes those back in one batch, blanks included. Pure functions;
 * the record is stored in the workbook through WorkbookPort.saveData("undo", …).
 */
import { z } from "zod";
import { isCellError, type CellValue } from "../../rules/sheets/types";
import { isBlank, refKey, type CellRef, type CellState, type CellWrite, type WritableValue } from "../../excel/workbookPort";

/** What a cell held before the add-in wrote it, and what the add-in wrote. */
export interface UndoCell extends CellRef {
  readonly before: { readonly value: CellValue; readonly formula: string | null; readonly numberFormat: string };
  readonly after: { readonly value: WritableValue; readonly formula: string | null };
}

/** One user action (one write batch), e.g. "入力: 事業区分, 補助対象経費". */
export interface UndoBatch {
  readonly id: string;
  readonly label: string;
  /** ISO timestamp. */
  readonly at: string;
  readonly cells: readonly UndoCell[];
}

export interface UndoRecord {
  /** Oldest first; 元に戻す takes the last. */
  readonly batches: readonly UndoBatch[];
}

export const EMPTY_UNDO: UndoRecord = { batches: [] };

/** How many batches are kept in the workbook (older ones are dropped). */
export const UNDO_LIMIT = 20;

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const StoredValue = z.union([Scalar, z.object({ error: z.string() })]);
const UndoRecordSchema = z.object({
  batches: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      at: z.string(),
      cells: z.array(
        z.object({
          sheet: z.string(),
          cell: z.string(),
          before: z.object({ value: StoredValue, formula: z.string().nullable(), numberFormat: z.string() }),
          after: z.object({ value: Scalar, formula: z.string().nullable() }),
        }),
      ),
    }),
  ),
});

/** Reads a stored record; anything malformed (edited by hand, another version) is an empty record. */
export function parseUndoRecord(stored: unknown): UndoRecord {
  const r = UndoRecordSchema.safeParse(stored);
  return r.success ? r.data : EMPTY_UNDO;
}

/** A non-empty cell the add-in would overwrite: shown in the 上書きしますか？ dialog. */
export interface Overwrite extends CellRef {
  readonly current: CellValue;
  readonly next: WritableValue;
}

export interface WritePlan {
  /** The writes still needed (cells that already hold the value are left alone). */
  readonly writes: readonly CellWrite[];
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
  const writes: CellWrite[] = [];
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
    writes.push(w);
    if (!isBlank(c.value) || c.formula) overwrites.push({ sheet: w.sheet, cell: w.cell, current: c.value, next: w.value });
    cells.push({
      sheet: w.sheet,
      cell: w.cell,
      before: { value: c.value, formula: c.formula, numberFormat: c.numberFormat },
      after: { value: w.value, formula: w.formula ?? null },
    });
  }
  return { writes, overwrites, skipped, batch: { ...meta, cells } };
}

/** Adds a batch (ignoring empty ones), keeping the last UNDO_LIMIT. */
export function pushBatch(record: UndoRecord, batch: UndoBatch): UndoRecord {
  if (batch.cells.length === 0) return record;
  return { batches: [...record.batches, batch].slice(-UNDO_LIMIT) };
}

export function lastBatch(record: UndoRecord): UndoBatch | null {
  return record.batches[record.batches.length - 1] ?? null;
}

export function dropBatch(record: UndoRecord, id: string): UndoRecord {
  return { batches: record.batches.filter((b) => b.id !== id) };
}

export interface RestorePlan {
  /** Writes that put back exactly what the cells held. */
  readonly writes: readonly CellWrite[];
  /** Cells changed by someone else since the add-in wrote them: restoring would overwrite that change. */
  readonly changedSince: readonly Overwrite[];
}

/** Plans 元に戻す of one batch, given the cells' current state. Cells on deleted sheets are left out. */
export function planRestore(batch: UndoBatch, current: readonly CellState[]): RestorePlan {
  const now = new Map(current.map((c) => [refKey(c), c]));
  const writes: CellWrite[] = [];
  const changedSince: Overwrite[] = [];
  for (const u of batch.cells) {
    const c = now.get(refKey(u));
    if (!c || c.missing) continue;
    const before = u.before;
    const value: WritableValue = isCellError(before.value) ? before.value.error : before.value;
    writes.push({ sheet: u.sheet, cell: u.cell, value, formula: before.formula, numberFormat: before.numberFormat });
    const stillOurs = (u.after.formula ?? null) === (c.formula ?? null) && sameValue(c.value, u.after.value);
    if (!stillOurs) changedSince.push({ sheet: u.sheet, cell: u.cell, current: c.value, next: value });
  }
  return { writes, changedSince };
}

/** Same cell requested twice: the last request wins. */
function dedupe(writes: readonly CellWrite[]): CellWrite[] {
  const byKey = new Map<string, CellWrite>();
  for (const w of writes) byKey.set(refKey(w), w);
  return [...byKey.values()];
}

function holdsAlready(c: CellState, w: CellWrite): boolean {
  if ((w.formula ?? null) !== (c.formula ?? null)) return false;
  if (w.numberFormat !== undefined && w.numberFormat !== c.numberFormat) return false;
  return sameValue(c.value, w.value);
}

/** Cell equality as a person sees it: blank = "", numbers by value, text trimmed. */
export function sameValue(a: CellValue, b: WritableValue): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (isCellError(a)) return a.error === b;
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  return a === b;
}
