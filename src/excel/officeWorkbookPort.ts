/* global Excel, Office */
/**
 * WorkbookPort on Office.js: the only module that calls `Excel.run` / `context.sync`.
 * Every method queues all its loads and writes and syncs a constant number of times, whatever the
 * number of sheets or cells (no sync inside loops):
 *   readSheet 1 · readWorkbook 2 (sheet list, then every used range) — +1 when the sheets hold fact cells
 *   (their number formats) · readCells 2 · writeCells 1 ·
 *   writeCellsIfUnchanged 2 (re-read the targets, then write) · applyMarks 2 (notes) or 3 (comments) · clearMarks 3 ·
 *   selectCell 1 · insertSheet 2 · deleteSheet 1.
 * Payload: Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded, "Resource limits and performance optimization for Office Add-ins"), and
 * cuts getRange/getRanges address strings at 8,192 characters (Excel known issues, "Range return character
 * limit"). So the used ranges are read without their number formats (only fact cells need one), marks are
 * filled per colour through `getRanges` (ExcelApi 1.9) over runs of cells, previous fills are read with
 * `getCellProperties` per run, and the per-cell work (notes) is split into syncs of at most SYNC_BUDGET_BYTES
 * by a conservative estimate: a sheet of any size is marked, in 2 syncs up to a few thousand marks.
 *
 * Requirement sets: ExcelApi 1.8 for the basics used here (used ranges, number formats, data
 * validation lists); fill pattern (1.9) when available to tell "no fill" from white; notes on marks use
 * the Notes API (ExcelApi 1.18) and fall back to threaded comments (ExcelApi 1.14: removal by id via
 * `getItemOrNullObject`), else marks are fill only. Cells that already carry a note/comment of the
 * user's keep it: the mark is then fill only.
 *
 * Add-in data (checklist ticks, undo record, marks ledger) lives in the document's add-in settings
 * (`Office.context.document.settings`, saved with `saveAsync`): they travel inside the .xlsx, survive
 * save and reopen, are private to this add-in and need no extra requirement set.
 */
import { FACT_SPECS } from "../rules/sheets/factCatalog";
import { findFactCells } from "../rules/sheets/facts";
import { fromA1, mergeFromA1, toA1, type CellValue, type MergeArea, type SheetGrid, type WorkbookGrid } from "../rules/sheets/types";
import type { SheetTemplate } from "../rules/sheets/templateTypes";
import {
  fileNameOf,
  holdsContent,
  MARK_FILLS,
  TEMPLATE_FILLS,
  type AddinDataKey,
  type AppliedMark,
  type CellRef,
  type CellState,
  type CellWrite,
  type GuardedWrite,
  type GuardedWriteResult,
  type MarkRequest,
  type NoteKind,
  type WorkbookPort,
} from "./workbookPort";

/** Prefix of this add-in's keys in the document settings. */
export const SETTINGS_PREFIX = "gxdc.";

export class OfficeWorkbookPort implements WorkbookPort {
  async listSheets(): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async readSheet(name: string): Promise<SheetGrid | null> {
    try {
      return await Excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
        used.load("values, valueTypes, rowIndex, columnIndex");
        const merged = mergedAreasOf(used);
        await context.sync();
        const grid = toGrid(name, used, merged);
        await readFactFormats(context, [grid]);
        return grid;
      });
    } catch (e) {
      if (errorCode(e) === "ItemNotFound") return null;
      throw e;
    }
  }

  async readWorkbook(): Promise<WorkbookGrid> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const used = sheets.items.map((ws) => {
        const range = ws.getUsedRangeOrNullObject(true).load("values, valueTypes, rowIndex, columnIndex");
        return { name: ws.name, range, merged: mergedAreasOf(range) };
      });
      await context.sync();
      const grids = used.map((u) => toGrid(u.name, u.range, u.merged));
      await readFactFormats(context, grids);
      return { sheets: grids };
    });
  }

  async readCells(refs: readonly CellRef[]): Promise<CellState[]> {
    const pattern = supports("1.9");
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const names = new Set(sheets.items.map((s) => s.name));
      const loaded = refs.map((ref) => {
        if (!names.has(ref.sheet)) return { ref, range: null };
        const range = sheets.getItem(ref.sheet).getRange(ref.cell);
        if (pattern) range.load("values, formulas, numberFormat, valueTypes, format/fill/color, format/fill/pattern");
        else range.load("values, formulas, numberFormat, valueTypes, format/fill/color");
        return { ref, range };
      });
      await context.sync();
      return loaded.map(({ ref, range }): CellState => {
        if (!range) return { sheet: ref.sheet, cell: ref.cell, value: null, formula: null, numberFormat: "General", fill: null, missing: true };
        const formula = range.formulas[0][0];
        return {
          sheet: ref.sheet,
          cell: ref.cell,
          value: cellValue(range.values[0][0], range.valueTypes[0][0]),
          formula: typeof formula === "string" && formula.startsWith("=") ? formula : null,
          numberFormat: String(range.numberFormat[0][0] ?? "General"),
          fill: fillOf(range.format.fill, pattern),
        };
      });
    });
  }

  async writeCells(writes: readonly CellWrite[]): Promise<void> {
    if (writes.length === 0) return;
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      for (const w of writes) {
        const range = sheets.getItem(w.sheet).getRange(w.cell);
        // Format first, so that a "@" (text) format applies to the value written next.
        if (w.numberFormat !== undefined) range.numberFormat = [[w.numberFormat]];
        if (w.formula) range.formulas = [[w.formula]];
        else range.values = [[toExcelInput(w.value)]];
      }
      await context.sync();
    });
  }

  async writeCellsIfUnchanged(writes: readonly GuardedWrite[]): Promise<GuardedWriteResult> {
    if (writes.length === 0) return { ok: true, conflicts: [] };
    try {
      return await Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        // Same batch as the write: the targets are re-read, compared, then written. Office.js has no
        // conditional write; the window left is the round trip between these two syncs, not the seconds
        // a confirmation stays open.
        const probes = writes.map((w) => ({ w, range: sheets.getItem(w.sheet).getRange(w.cell).load("values, formulas, valueTypes") }));
        await context.sync();
        const conflicts = probes.flatMap(({ w, range }) => {
          const formula = range.formulas[0][0];
          const now = {
            value: cellValue(range.values[0][0], range.valueTypes[0][0]),
            formula: typeof formula === "string" && formula.startsWith("=") ? formula : null,
          };
          return holdsContent(now, w.expected) ? [] : [{ sheet: w.sheet, cell: w.cell, ...now }];
        });
        if (conflicts.length > 0) return { ok: false, conflicts };
        for (const { w, range } of probes) {
          if (w.numberFormat !== undefined) range.numberFormat = [[w.numberFormat]];
          if (w.formula) range.formulas = [[w.formula]];
          else range.values = [[toExcelInput(w.value)]];
        }
        await context.sync();
        return { ok: true, conflicts: [] };
      });
    } catch (e) {
      // A target sheet deleted (or renamed) meanwhile: nothing was written; every target is in doubt.
      if (errorCode(e) === "ItemNotFound") return { ok: false, conflicts: writes.map((w) => ({ sheet: w.sheet, cell: w.cell, value: null, formula: null })) };
      throw e;
    }
  }

  async applyMarks(marks: readonly MarkRequest[]): Promise<AppliedMark[]> {
    if (marks.length === 0) return [];
    const kind = noteKindSupported();
    const ranges = supports("1.9");
    return Excel.run(async (context) => {
      const wb = context.workbook;
      // Threaded comments have no per-cell OrNullObject lookup: list them and their cells first.
      const comments = kind === "comment" ? wb.comments.load("items/id") : null;
      if (comments) await context.sync();

      // Read: previous fills per run of cells, the user's notes (or commented cells).
      const fills = fillReads(context, marks, ranges);
      const reads: QueuedOp[] = [...fills.ops];
      const noteProbes: { key: string; note: Excel.Note }[] = [];
      if (kind === "note") {
        for (const m of marks) {
          reads.push({
            bytes: opBytes(m.sheet, m.cell),
            queue: () => noteProbes.push({ key: cellKey(m), note: worksheet(context, m.sheet).notes.getItemOrNullObject(m.cell).load("content") }),
          });
        }
      }
      const commentCells: Excel.Range[] = [];
      for (const c of comments?.items ?? []) reads.push({ bytes: OP_BYTES, queue: () => commentCells.push(c.getLocation().load("address")) });
      await runInChunks(context, reads);
      const previous = fills.fills();
      const noted = new Set(noteProbes.filter((p) => !p.note.isNullObject).map((p) => p.key));
      const commented = new Set(commentCells.map((r) => normaliseAddress(r.address)));

      // Write: one fill operation per colour (getRanges), then a note or comment per cell.
      const writes: QueuedOp[] = fillWrites(context, marks.map((m) => ({ sheet: m.sheet, cell: m.cell, fill: MARK_FILLS[m.severity] })), ranges);
      const applied = marks.map((m) => {
        let noteKind: NoteKind = "none";
        if (kind === "note" && !noted.has(cellKey(m))) {
          noteKind = "note";
          writes.push({ bytes: opBytes(m.sheet, m.cell, m.note), queue: () => void worksheet(context, m.sheet).notes.add(m.cell, m.note) });
        } else if (kind === "comment" && !commented.has(normaliseAddress(`${m.sheet}!${m.cell}`))) {
          noteKind = "comment";
          const entry = { comment: null as Excel.Comment | null };
          writes.push({
            bytes: opBytes(m.sheet, m.cell, m.note),
            queue: () => (entry.comment = wb.comments.add(worksheet(context, m.sheet).getRange(m.cell), m.note).load("id")),
          });
          return { m, noteKind, entry };
        }
        return { m, noteKind, entry: { comment: null as Excel.Comment | null } };
      });
      await runInChunks(context, writes);
      return applied.map(
        ({ m, noteKind, entry }): AppliedMark => ({
          sheet: m.sheet,
          cell: m.cell,
          fill: MARK_FILLS[m.severity],
          previousFill: previous.get(cellKey(m)) ?? null,
          noteKind,
          ...(entry.comment ? { noteId: entry.comment.id } : {}),
        }),
      );
    });
  }

  async clearMarks(marks: readonly AppliedMark[]): Promise<void> {
    if (marks.length === 0) return;
    const ranges = supports("1.9");
    await Excel.run(async (context) => {
      const wb = context.workbook;
      const sheets = wb.worksheets;
      sheets.load("items/name");
      await context.sync();
      const names = new Set(sheets.items.map((s) => s.name));
      const present = marks.filter((m) => names.has(m.sheet));

      const fills = fillReads(context, present, ranges);
      const reads: QueuedOp[] = [...fills.ops];
      const notes: { load: () => Excel.Note | Excel.Comment }[] = [];
      const loadedNotes: (Excel.Note | Excel.Comment)[] = [];
      for (const m of present) {
        if (m.noteKind === "note") notes.push({ load: () => worksheet(context, m.sheet).notes.getItemOrNullObject(m.cell).load("content") });
        else if (m.noteKind === "comment" && m.noteId) {
          const id = m.noteId;
          notes.push({ load: () => wb.comments.getItemOrNullObject(id).load("id") });
        }
      }
      for (const n of notes) reads.push({ bytes: OP_BYTES, queue: () => loadedNotes.push(n.load()) });
      await runInChunks(context, reads);
      const current = fills.fills();

      // Only undo our own fill: a fill the user changed after marking stays.
      const ours = present.filter((m) => sameColour(current.get(cellKey(m)) ?? null, m.fill));
      const writes = fillWrites(context, ours.map((m) => ({ sheet: m.sheet, cell: m.cell, fill: m.previousFill })), ranges);
      for (const n of loadedNotes) writes.push({ bytes: OP_BYTES, queue: () => void (n.isNullObject ? undefined : n.delete()) });
      await runInChunks(context, writes);
    });
  }

  async selectCell(ref: CellRef): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(ref.sheet);
      ws.activate();
      if (ref.cell) ws.getRange(ref.cell).select();
      await context.sync();
    });
  }

  async insertSheet(template: SheetTemplate): Promise<boolean> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(template.sheetName);
      await context.sync();
      if (!existing.isNullObject) return false;
      const ws = sheets.add(template.sheetName);
      for (const c of template.cells) {
        const range = ws.getRange(c.address);
        if (c.numberFormat) range.numberFormat = [[c.numberFormat]];
        if (typeof c.value === "string" && c.value.startsWith("=")) range.formulas = [[c.value]];
        else if (c.value !== null) range.values = [[c.value]];
        if (c.bold) range.format.font.bold = true;
        const fill = c.style ? TEMPLATE_FILLS[c.style] : null;
        if (fill) range.format.fill.color = fill;
      }
      for (const [col, chars] of Object.entries(template.columnWidths)) {
        ws.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(chars);
      }
      for (const m of template.merges) ws.getRange(m).merge(false);
      for (const v of template.validations) {
        ws.getRange(v.range).dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
      }
      if (template.freezeRows) ws.freezePanes.freezeRows(template.freezeRows);
      await context.sync();
      return true;
    });
  }

  async deleteSheet(name: string): Promise<boolean> {
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(name).delete();
        await context.sync();
      });
      return true;
    } catch (e) {
      // One round trip: a missing sheet fails the sync instead of being probed first.
      if (errorCode(e) === "ItemNotFound") return false;
      throw e;
    }
  }

  async loadData(key: AddinDataKey): Promise<unknown> {
    const v: unknown = Office.context.document.settings.get(SETTINGS_PREFIX + key);
    return v === undefined ? null : v;
  }

  async saveData(key: AddinDataKey, value: unknown): Promise<void> {
    const settings = Office.context.document.settings;
    settings.set(SETTINGS_PREFIX + key, value);
    await new Promise<void>((resolve, reject) =>
      settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error))),
    );
  }

  displayLanguage(): string {
    return Office.context.displayLanguage ?? "ja-JP";
  }

  fileName(): string | null {
    // Document.url: the full path or URL of the saved workbook; empty for a new, unsaved one.
    return fileNameOf(Office.context.document?.url);
  }
}

// ---- helpers (pure, exported for tests) ----

/** Which note API the host offers: Notes (1.18), else threaded comments (1.14), else none. */
export function noteKindSupported(): NoteKind {
  if (supports("1.18")) return "note";
  if (supports("1.14")) return "comment";
  return "none";
}

function supports(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/**
 * The merged areas of a used range, queued in the same batch as its values (ExcelApi 1.13); null where the
 * API is missing. Hidden rows/columns are not read here: the API gives them per row, not per range.
 */
function mergedAreasOf(range: Excel.Range): Excel.RangeAreas | null {
  if (!supports("1.13") || typeof (range as Partial<Excel.Range>).getMergedAreasOrNullObject !== "function") return null;
  return range.getMergedAreasOrNullObject().load("address");
}

/** "Sheet1!A1:B2, 'My sheet'!C3:D4" → merged areas (a single cell is not a merge). */
export function mergesFromAddress(address: string): MergeArea[] {
  return address
    .split(",")
    .map((a) => mergeFromA1(a.slice(a.lastIndexOf("!") + 1).trim()))
    .filter((m): m is MergeArea => m !== null && (m.bottom > m.top || m.right > m.left));
}

// ---- payload: requests split under Excel on the web's limits ----

/** Excel on the web: a request or a response over 5 MB fails (RequestPayloadSizeLimitExceeded). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** What one sync may carry by our estimate: well under the limit, the estimate not being Office's own encoding. */
export const SYNC_BUDGET_BYTES = 2 * 1024 * 1024;
/** getRange/getRanges cut an address string at 8,192 characters; we stay below. */
export const ADDRESS_LIMIT = 8_000;
/** Estimated bytes of one queued operation: its action and object paths (ids, types, names) without arguments. */
const OP_BYTES = 300;
/** Estimated response bytes of one cell's fill in getCellProperties ({"format":{"fill":{"color":…,"pattern":…}}}). */
const FILL_CELL_BYTES = 90;
/** Longest run of cells read by one getCellProperties (keeps each response small). */
const MAX_RUN_CELLS = 5_000;

/** One operation to queue on the context, with its estimated payload. */
interface QueuedOp {
  readonly bytes: number;
  readonly queue: () => void;
}

/** JSON bytes of strings as Office may send them (non-ASCII escaped as \uXXXX: 6 bytes). */
export function jsonBytes(...texts: string[]): number {
  let n = 0;
  for (const t of texts) for (let i = 0; i < t.length; i++) n += t.charCodeAt(i) < 128 ? 1 : 6;
  return n + 2 * texts.length;
}

const opBytes = (...args: string[]): number => OP_BYTES + jsonBytes(...args);

/** Splits items into consecutive chunks whose estimated bytes stay within the budget (an item over it goes alone). */
export function chunkByBytes<T>(items: readonly T[], bytesOf: (t: T) => number, budget = SYNC_BUDGET_BYTES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const b = bytesOf(item);
    if (current.length > 0 && size + b > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += b;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Queues the operations chunk by chunk, one sync per chunk: the syncs grow with the payload, not per cell. */
async function runInChunks(context: Excel.RequestContext, ops: readonly QueuedOp[]): Promise<void> {
  for (const chunk of chunkByBytes(ops, (o) => o.bytes)) {
    for (const op of chunk) op.queue();
    // One sync per chunk of at most SYNC_BUDGET_BYTES: the payload limit, not a per-cell round trip.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}

/** One worksheet proxy per sheet and context: its object path is sent once, not once per cell. */
const worksheets = new WeakMap<Excel.RequestContext, Map<string, Excel.Worksheet>>();
function worksheet(context: Excel.RequestContext, name: string): Excel.Worksheet {
  const byName = worksheets.get(context) ?? new Map<string, Excel.Worksheet>();
  worksheets.set(context, byName);
  const ws = byName.get(name) ?? context.workbook.worksheets.getItem(name);
  byName.set(name, ws);
  return ws;
}

const cellKey = (r: CellRef): string => `${r.sheet}!${r.cell.replace(/\$/g, "").toUpperCase()}`;

/** A run of cells of one column on consecutive rows ("H6:H20"), in sheet coordinates. */
export interface CellRun {
  readonly sheet: string;
  readonly col: number;
  readonly fromRow: number;
  readonly toRow: number;
}

export const runAddress = (r: CellRun): string => (r.fromRow === r.toRow ? toA1(r.fromRow, r.col) : `${toA1(r.fromRow, r.col)}:${toA1(r.toRow, r.col)}`);

/** Groups cells into vertical runs per sheet and column (at most maxCells each); unreadable addresses are skipped. */
export function cellRuns(refs: readonly CellRef[], maxCells = MAX_RUN_CELLS): CellRun[] {
  const bySheetCol = new Map<string, { sheet: string; col: number; rows: number[] }>();
  for (const ref of refs) {
    const at = fromA1(ref.cell);
    if (!at) continue;
    const key = `${ref.sheet}\u0000${at.col}`;
    const group = bySheetCol.get(key) ?? { sheet: ref.sheet, col: at.col, rows: [] };
    group.rows.push(at.row);
    bySheetCol.set(key, group);
  }
  const runs: CellRun[] = [];
  for (const { sheet, col, rows } of bySheetCol.values()) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    let prev = start;
    for (const r of sorted.slice(1).concat([Number.NaN])) {
      if (r === prev + 1 && r - start < maxCells) {
        prev = r;
        continue;
      }
      runs.push({ sheet, col, fromRow: start, toRow: prev });
      start = r;
      prev = r;
    }
  }
  return runs;
}

/** Comma-joined run addresses of one sheet, each string within the getRanges address limit. */
export function addressLists(runs: readonly CellRun[], limit = ADDRESS_LIMIT): string[] {
  const lists: string[] = [];
  let current = "";
  for (const r of runs) {
    const a = runAddress(r);
    if (current && current.length + 1 + a.length > limit) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) lists.push(current);
  return lists;
}

/**
 * Reads the fill of each cell: with ExcelApi 1.9 one getCellProperties per run of cells, else one load per cell
 * (then white reads as no fill). `fills()` gives them once the syncs that ran `ops` are done.
 */
function fillReads(context: Excel.RequestContext, refs: readonly CellRef[], ranges: boolean): { ops: QueuedOp[]; fills: () => Map<string, string | null> } {
  const result = new Map<string, string | null>();
  if (!ranges) {
    const loaded: { key: string; range: Excel.Range }[] = [];
    const ops = refs.map(
      (ref): QueuedOp => ({
        bytes: opBytes(ref.sheet, ref.cell),
        queue: () => loaded.push({ key: cellKey(ref), range: worksheet(context, ref.sheet).getRange(ref.cell).load("format/fill/color") }),
      }),
    );
    return {
      ops,
      fills: () => {
        for (const { key, range } of loaded.splice(0)) result.set(key, fillOf(range.format.fill, false));
        return result;
      },
    };
  }
  const loaded: { run: CellRun; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
  const ops = cellRuns(refs).map((run): QueuedOp => {
    const address = runAddress(run);
    return {
      bytes: Math.max(opBytes(run.sheet, address), (run.toRow - run.fromRow + 1) * FILL_CELL_BYTES),
      queue: () =>
        loaded.push({ run, props: worksheet(context, run.sheet).getRange(address).getCellProperties({ format: { fill: { color: true, pattern: true } } }) }),
    };
  });
  return {
    ops,
    fills: () => {
      for (const { run, props } of loaded.splice(0)) {
        props.value.forEach((row, i) => {
          const fill = row[0]?.format?.fill;
          result.set(`${run.sheet}!${toA1(run.fromRow + i, run.col)}`, fill?.pattern === "None" || !fill?.color ? null : fill.color.toUpperCase());
        });
      }
      return result;
    },
  };
}

/**
 * Sets fills: per sheet and colour one getRanges (ExcelApi 1.9) per address list of runs, else one getRange per
 * run; a null fill clears the fill.
 */
function fillWrites(context: Excel.RequestContext, cells: readonly (CellRef & { fill: string | null })[], ranges: boolean): QueuedOp[] {
  const groups = new Map<string, { sheet: string; fill: string | null; refs: CellRef[] }>();
  for (const c of cells) {
    const key = `${c.sheet}\u0000${c.fill ?? ""}`;
    const g = groups.get(key) ?? { sheet: c.sheet, fill: c.fill, refs: [] };
    g.refs.push(c);
    groups.set(key, g);
  }
  const ops: QueuedOp[] = [];
  for (const { sheet, fill, refs } of groups.values()) {
    const runs = cellRuns(refs, Number.MAX_SAFE_INTEGER);
    const targets = ranges ? addressLists(runs) : runs.map(runAddress);
    for (const address of targets) {
      ops.push({
        bytes: opBytes(sheet, address, fill ?? ""),
        queue: () => {
          const target = ranges ? worksheet(context, sheet).getRanges(address) : worksheet(context, sheet).getRange(address);
          if (fill) target.format.fill.color = fill;
          else target.format.fill.clear();
        },
      });
    }
  }
  return ops;
}

/** Number formats of the cells that hold (or may hold) a fact value: the only place they are read (facts.ts). */
async function readFactFormats(context: Excel.RequestContext, grids: SheetGrid[]): Promise<void> {
  const found = findFactCells({ sheets: grids }, FACT_SPECS, []);
  const wanted = new Map<string, { grid: SheetGrid; row: number; col: number }>();
  const byName = new Map(grids.map((g) => [g.name, g]));
  for (const locations of found.values()) {
    for (const at of locations) {
      const grid = byName.get(at.sheet);
      const r = at.valueRow - (grid?.rowOffset ?? 0);
      const c = at.valueCol - (grid?.colOffset ?? 0);
      // Inside the used range only: a cell beyond it is blank and unformatted as far as the grid goes.
      if (!grid || r < 0 || c < 0 || r >= grid.values.length || c >= (grid.values[r]?.length ?? 0)) continue;
      wanted.set(`${at.sheet}!${at.valueRow},${at.valueCol}`, { grid, row: at.valueRow, col: at.valueCol });
    }
  }
  const loaded: { grid: SheetGrid; row: number; col: number; range: Excel.Range }[] = [];
  const ops = [...wanted.values()].map(
    (w): QueuedOp => ({
      bytes: opBytes(w.grid.name, toA1(w.row, w.col)),
      queue: () => loaded.push({ ...w, range: worksheet(context, w.grid.name).getRange(toA1(w.row, w.col)).load("numberFormat") }),
    }),
  );
  await runInChunks(context, ops);
  for (const { grid, row, col, range } of loaded) {
    (grid.numberFormats as string[][])[row - grid.rowOffset][col - grid.colOffset] = String(range.numberFormat[0][0] ?? "General");
  }
}

/** Converts a loaded used range to a grid; a null object (empty sheet) is an empty grid. */
function toGrid(name: string, range: Excel.Range, merged: Excel.RangeAreas | null = null): SheetGrid {
  if (range.isNullObject === true) return { name, values: [], numberFormats: [], rowOffset: 0, colOffset: 0 };
  const values = range.values.map((row, r) => row.map((v, c) => cellValue(v, range.valueTypes[r][c])));
  // Number formats are read for fact cells only (readFactFormats); the other entries stay empty.
  const numberFormats: string[][] = values.map(() => []);
  const merges = merged && merged.isNullObject !== true && typeof merged.address === "string" ? mergesFromAddress(merged.address) : [];
  return { name, values, numberFormats, rowOffset: range.rowIndex, colOffset: range.columnIndex, ...(merges.length > 0 && { merges }) };
}

/** Maps Excel's value + valueType to a CellValue: "" → null, errors → { error }. */
export function cellValue(v: unknown, type: Excel.RangeValueType | string | undefined): CellValue {
  if (type === "Empty" || v === "" || v === null || v === undefined) return null;
  if (type === "Error") return { error: String(v) };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** Text that Excel would parse as a formula is written as text. Null clears the cell. */
export function toExcelInput(v: string | number | boolean | null): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "string" && /^[=+\-@]/.test(v) && !/^[+-]?\d/.test(v)) return `'${v}`;
  return v;
}

/** The fill of a range: null when none (pattern "None", or white when the pattern is not available). */
function fillOf(fill: Excel.RangeFill, withPattern: boolean): string | null {
  if (withPattern && fill.pattern === "None") return null;
  const color = fill.color;
  if (!color || (!withPattern && color.toUpperCase() === "#FFFFFF")) return null;
  return color.toUpperCase();
}

const sameColour = (a: string | null, b: string | null): boolean => (a ?? "").toUpperCase() === (b ?? "").toUpperCase();

/** "'別紙2 経費内訳'!$B$6" and "別紙2 経費内訳!B6" compare equal. */
export function normaliseAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return `${sheet}!${address.slice(bang + 1).replace(/\$/g, "").toUpperCase()}`;
}

/** Excel column width: characters of the default font → points (7 px per char + 5 px padding, 0.75 pt/px). */
export const charsToPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

function errorCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;
}
