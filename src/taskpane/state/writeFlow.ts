/**
 * The add-in's two ways of changing cells, as plain async functions over a WorkbookPort (useTaskpane
 * runs them; the model-based property test drives them directly against both ports):
 *   write — read the targets, ask before replacing anything non-empty, record the undo batch, then a
 *           compare-and-write: when a cell no longer holds what the confirmation showed (Excel stays
 *           editable while the dialog is open), nothing is written and the user is asked again with
 *           what the cells hold now;
 *   undo  — the same for 元に戻す: a value typed after the add-in's write is never discarded unasked.
 * "Never silent, never lose a cell": every non-empty cell replaced was listed, as it was at the moment
 * of writing, in a confirmation the user accepted.
 */
import { refKey, type CellWrite, type MarkRequest, type WorkbookPort } from "../../excel/workbookPort";
import { EMPTY_LEDGER, recordMarks, type MarksLedger } from "./marksLedger";
import {
  dropBatch,
  lastBatch,
  planRestore,
  planSheetRemoval,
  planWrites,
  pushBatch,
  type Overwrite,
  type SheetRemovalPlan,
  type UndoBatch,
  type UndoRecord,
  type UndoSheet,
} from "./undoRecord";

/** overwrite = 上書きしますか？, restore = undo over later changes, deleteSheet = undo of シートを用意 over the user's input. */
export type ConfirmKind = "overwrite" | "restore" | "deleteSheet";

export interface ConfirmOptions {
  /** Asked again: cells changed while the previous confirmation was open, nothing was written. */
  readonly again?: boolean;
}

/** Shows the confirmation dialog; resolves true when the user confirms. */
export type ConfirmFn = (kind: ConfirmKind, cells: readonly Overwrite[], options?: ConfirmOptions) => Promise<boolean>;

/** How many times the cells may change under an open confirmation before the add-in gives up (writing nothing). */
export const MAX_ATTEMPTS = 3;

export type WriteOutcome =
  | { readonly status: "written"; readonly count: number; readonly record: UndoRecord }
  | { readonly status: "nothing" | "cancelled" | "conflict"; readonly count: 0; readonly record: UndoRecord };

/**
 * Writes cells the add-in's way. `record` is the undo record as stored; the outcome carries the record
 * to keep (saved in the workbook already). "conflict": the cells kept changing, nothing written.
 */
export async function writeWithUndo(
  port: WorkbookPort,
  confirm: ConfirmFn,
  record: UndoRecord,
  requested: readonly CellWrite[],
  meta: { readonly id: string; readonly label: string; readonly at: string },
): Promise<WriteOutcome> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const plan = planWrites(requested, await port.readCells(requested), meta);
    if (plan.writes.length === 0) return { status: "nothing", count: 0, record };
    if (plan.overwrites.length > 0 && !(await confirm("overwrite", plan.overwrites, { again: attempt > 0 }))) {
      return { status: "cancelled", count: 0, record };
    }
    // Recorded before writing, so that a write cut short can still be undone.
    const next = pushBatch(record, plan.batch);
    await port.saveData("undo", next);
    let ok = false;
    try {
      ok = (await port.writeCellsIfUnchanged(plan.writes)).ok;
    } finally {
      if (!ok) await port.saveData("undo", record);
    }
    if (ok) return { status: "written", count: plan.writes.length, record: next };
  }
  return { status: "conflict", count: 0, record };
}

export type UndoOutcome =
  | { readonly status: "empty" | "cancelled" | "conflict"; readonly record: UndoRecord }
  | {
      readonly status: "undone";
      readonly record: UndoRecord;
      readonly batch: UndoBatch;
      /** Cells written back. */
      readonly restored: number;
      /** Sheets deleted (those the batch inserted). */
      readonly removed: readonly string[];
    };

/** Compares each sheet the batch inserted with what the add-in wrote there. */
export function planRemovals(port: WorkbookPort, sheets: readonly UndoSheet[]): Promise<SheetRemovalPlan[]> {
  return Promise.all(
    sheets.map(async (sh) => {
      const grid = await port.readSheet(sh.sheet);
      const formulaCells = sh.cells.filter((c) => c.formula).map((c) => ({ sheet: sh.sheet, cell: c.cell }));
      const formulas = grid && formulaCells.length > 0 ? await port.readCells(formulaCells) : [];
      return planSheetRemoval(sh, grid, formulas);
    }),
  );
}

/** The same cells with the same content (what a deleteSheet confirmation showed, and what is there now). */
function sameInput(a: readonly Overwrite[], b: readonly Overwrite[]): boolean {
  const key = (o: Overwrite) => `${refKey(o)}=${JSON.stringify(o.current)}`;
  const shown = new Set(a.map(key));
  return a.length === b.length && b.every((o) => shown.has(key(o)));
}

/** 元に戻す of the last batch: asks before discarding anything changed since; compare-and-write. */
export async function undoLast(port: WorkbookPort, confirm: ConfirmFn, record: UndoRecord): Promise<UndoOutcome> {
  const batch = lastBatch(record);
  if (!batch) return { status: "empty", record };
  /** Cells someone changed while a confirmation was open: shown again, whatever they hold now. */
  const changed = new Set<string>();
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const plan = planRestore(batch, batch.cells.length > 0 ? await port.readCells(batch.cells) : [], changed);
    const removals = (await planRemovals(port, batch.sheets ?? [])).filter((r) => r.exists);
    const typedInto = removals.flatMap((r) => r.changedSince);
    const again = attempt > 0;
    // Never silently: cells changed since the add-in wrote them, and sheets the user typed into.
    if (plan.changedSince.length > 0 && !(await confirm("restore", plan.changedSince, { again }))) return { status: "cancelled", record };
    if (typedInto.length > 0 && !(await confirm("deleteSheet", typedInto, { again }))) return { status: "cancelled", record };
    // Typed into an added sheet while asked: that input was not shown, so ask again before deleting.
    if (removals.length > 0 && !sameInput(typedInto, (await planRemovals(port, batch.sheets ?? [])).flatMap((r) => (r.exists ? r.changedSince : [])))) continue;
    const result = await port.writeCellsIfUnchanged(plan.writes);
    if (!result.ok) {
      for (const c of result.conflicts) changed.add(refKey(c));
      continue;
    }
    const removed: string[] = [];
    for (const r of removals) if (await port.deleteSheet(r.sheet)) removed.push(r.sheet);
    const next = dropBatch(record, batch.id);
    await port.saveData("undo", next);
    return { status: "undone", record: next, batch, restored: plan.writes.length, removed };
  }
  return { status: "conflict", record };
}

/**
 * マークを付ける (again): removes the add-in's previous marks (giving the user's fills back), then marks
 * the cells. `keep` saves and shows each ledger as soon as it is true, so an error halfway leaves a
 * ledger that matches the workbook. Marks touch fills and notes only, never a value.
 */
export async function remark(
  port: WorkbookPort,
  ledger: MarksLedger,
  requests: readonly MarkRequest[],
  keep: (ledger: MarksLedger) => Promise<void>,
): Promise<MarksLedger> {
  if (ledger.marks.length > 0) {
    await port.clearMarks(ledger.marks);
    await keep(EMPTY_LEDGER);
  }
  const next = recordMarks(EMPTY_LEDGER, await port.applyMarks(requests));
  await keep(next);
  return next;
}

/**
 * After a re-validation, when the add-in's marks are in the sheet: re-marks so that the marks match the new
 * findings — a cell whose finding is gone gets its own fill back and loses the add-in's note. Nothing happens
 * when the sheet has no marks of the add-in: marking stays the user's choice.
 */
export async function syncMarks(
  port: WorkbookPort,
  ledger: MarksLedger,
  requests: readonly MarkRequest[],
  keep: (ledger: MarksLedger) => Promise<void>,
): Promise<{ readonly removed: number; readonly added: number }> {
  if (ledger.marks.length === 0) return { removed: 0, added: 0 };
  const wanted = new Set(requests.map(refKey));
  const had = new Set(ledger.marks.map(refKey));
  const removed = ledger.marks.filter((m) => !wanted.has(refKey(m))).length;
  const added = requests.filter((r) => !had.has(refKey(r))).length;
  // Always re-marked: a remaining finding may have changed severity (fill) or text (note).
  await remark(port, ledger, requests, keep);
  return { removed, added };
}

/** 消去: removes exactly the add-in's marks. */
export async function clearAllMarks(port: WorkbookPort, ledger: MarksLedger, keep: (ledger: MarksLedger) => Promise<void>): Promise<number> {
  if (ledger.marks.length === 0) return 0;
  await port.clearMarks(ledger.marks);
  await keep(EMPTY_LEDGER);
  return ledger.marks.length;
}
