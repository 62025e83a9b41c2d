/* global Excel, Office */
/**
 * WorkbookPort on Office.js: the only module that calls `Excel.run` / `context.sync`.
 * Every method queues all its loads and writes and syncs a constant number of times, whatever the
 * number of sheets or cells (no sync inside loops):
 *   readSheet 1 · readWorkbook 2 (sheet list, then every used range) · readCells 2 · writeCells 1 ·
 *   writeCellsIfUnchanged 2 (re-read the targets, then write) ·
 *   applyMarks 2 (notes) or 3 (comments) · clearMarks 3 · selectCell 1 · insertSheet 2 · deleteSheet 1.
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
import { mergeFromA1, type CellValue, type MergeArea, type SheetGrid, type WorkbookGrid } from "../rules/sheets/types";
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
        used.load("values, numberFormat, valueTypes, rowIndex, columnIndex");
        const merged = mergedAreasOf(used);
        await context.sync();
        return toGrid(name, used, merged);
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
        const range = ws.getUsedRangeOrNullObject(true).load("values, numberFormat, valueTypes, rowIndex, columnIndex");
        return { name: ws.name, range, merged: mergedAreasOf(range) };
      });
      await context.sync();
      return { sheets: used.map((u) => toGrid(u.name, u.range, u.merged)) };
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
    const pattern = supports("1.9");
    return Excel.run(async (context) => {
      const wb = context.workbook;
      // Threaded comments have no per-cell OrNullObject lookup: list them and their cells first.
      const comments = kind === "comment" ? wb.comments.load("items/id") : null;
      if (comments) await context.sync();
      const commentCells = comments ? comments.items.map((c) => c.getLocation().load("address")) : [];
      const probes = marks.map((m) => {
        const ws = wb.worksheets.getItem(m.sheet);
        const range = ws.getRange(m.cell);
        if (pattern) range.load("format/fill/color, format/fill/pattern");
        else range.load("format/fill/color");
        const note = kind === "note" ? ws.notes.getItemOrNullObject(m.cell).load("content") : null;
        return { m, range, note };
      });
      await context.sync();
      const commented = new Set(commentCells.map((r) => normaliseAddress(r.address)));
      const applied = probes.map(({ m, range, note }) => {
        const fill = MARK_FILLS[m.severity];
        const previousFill = fillOf(range.format.fill, pattern);
        range.format.fill.color = fill;
        let noteKind: NoteKind = "none";
        let comment: Excel.Comment | null = null;
        if (kind === "note" && note?.isNullObject) {
          wb.worksheets.getItem(m.sheet).notes.add(range, m.note);
          noteKind = "note";
        } else if (kind === "comment" && !commented.has(normaliseAddress(`${m.sheet}!${m.cell}`))) {
          comment = wb.comments.add(range, m.note).load("id");
          noteKind = "comment";
        }
        return { m, fill, previousFill, noteKind, comment };
      });
      await context.sync();
      return applied.map(
        ({ m, fill, previousFill, noteKind, comment }): AppliedMark => ({
          sheet: m.sheet,
          cell: m.cell,
          fill,
          previousFill,
          noteKind,
          ...(comment ? { noteId: comment.id } : {}),
        }),
      );
    });
  }

  async clearMarks(marks: readonly AppliedMark[]): Promise<void> {
    if (marks.length === 0) return;
    const pattern = supports("1.9");
    await Excel.run(async (context) => {
      const wb = context.workbook;
      const sheets = wb.worksheets;
      sheets.load("items/name");
      await context.sync();
      const names = new Set(sheets.items.map((s) => s.name));
      const probes = marks
        .filter((m) => names.has(m.sheet))
        .map((m) => {
          const ws = sheets.getItem(m.sheet);
          const range = ws.getRange(m.cell);
          if (pattern) range.load("format/fill/color, format/fill/pattern");
          else range.load("format/fill/color");
          const note =
            m.noteKind === "note"
              ? ws.notes.getItemOrNullObject(m.cell).load("content")
              : m.noteKind === "comment" && m.noteId
                ? wb.comments.getItemOrNullObject(m.noteId).load("id")
                : null;
          return { m, range, note };
        });
      await context.sync();
      for (const { m, range, note } of probes) {
        // Only undo our own fill: a fill the user changed after marking stays.
        if (sameColour(fillOf(range.format.fill, pattern), m.fill)) {
          if (m.previousFill) range.format.fill.color = m.previousFill;
          else range.format.fill.clear();
        }
        if (note && !note.isNullObject) note.delete();
      }
      await context.sync();
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

/** Converts a loaded used range to a grid; a null object (empty sheet) is an empty grid. */
function toGrid(name: string, range: Excel.Range, merged: Excel.RangeAreas | null = null): SheetGrid {
  if (range.isNullObject === true) return { name, values: [], numberFormats: [], rowOffset: 0, colOffset: 0 };
  const values = range.values.map((row, r) => row.map((v, c) => cellValue(v, range.valueTypes[r][c])));
  const numberFormats = range.numberFormat.map((row) => row.map((f) => String(f ?? "General")));
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
