/**
 * WorkbookPort: everything the taskpane may ask of the workbook (SPEC §3, §6).
 * The taskpane talks to Excel only through this interface; `officeWorkbookPort.ts` implements it with
 * Office.js (`Excel.run`, a constant number of `context.sync` calls per method whatever the size),
 * `memoryWorkbookPort.ts` in memory for the demo page and the tests.
 */
import type { CellValue, SheetGrid, Severity, WorkbookGrid } from "../rules/sheets/types";
import type { SheetTemplate, TemplateCell } from "../rules/sheets/templateTypes";

/** One cell: sheet name + A1 address ("" = the sheet as a whole, e.g. a finding about a missing block). */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** What a cell holds, as much as is needed to put it back exactly (the undo record). */
export interface CellState extends CellRef {
  /** Displayed value; null = blank. */
  readonly value: CellValue;
  /** The formula when the cell holds one ("=SUM(F6:F9)"), else null. */
  readonly formula: string | null;
  /** Excel number format ("General" when none was set). */
  readonly numberFormat: string;
  /** Fill colour "#RRGGBB", or null when the cell has no fill. */
  readonly fill: string | null;
  /** True when the sheet does not exist (any more): nothing can be read or written there. */
  readonly missing?: boolean;
}

export type WritableValue = string | number | boolean | null;

/** One cell to write. `formula` (when given) wins over `value`; null value = make the cell blank. */
export interface CellWrite extends CellRef {
  readonly value: WritableValue;
  readonly formula?: string | null;
  readonly numberFormat?: string;
}

/** What a cell holds as a person typed it: a constant, or a formula (its computed value then varies). */
export interface CellContent {
  readonly value: CellValue;
  readonly formula: string | null;
}

/**
 * A compare-and-write: the write is made only if the cell still holds `expected` (what the add-in read
 * and the confirmation showed). Excel stays editable while a dialog is open, so a value typed meanwhile
 * must make the write fail rather than be overwritten unseen.
 */
export interface GuardedWrite extends CellWrite {
  readonly expected: CellContent;
}

/** Outcome of writeCellsIfUnchanged: all written, or (when any cell changed) nothing written. */
export interface GuardedWriteResult {
  readonly ok: boolean;
  /** Cells that no longer hold what was expected, with what they hold now (empty when ok). */
  readonly conflicts: readonly (CellRef & CellContent)[];
}

/** A mark to put on a cell: a fill colour by severity and a note with the findings. */
export interface MarkRequest extends CellRef {
  readonly severity: Severity;
  readonly note: string;
}

/**
 * How the note of a mark was attached:
 * "note" = Excel Notes API (ExcelApi 1.18), "comment" = threaded comment (ExcelApi 1.10, removal by id needs 1.14),
 * "none" = fill only (the cell already had a note/comment of the user's, or neither API is available).
 */
export type NoteKind = "note" | "comment" | "none";

/** A mark as actually made: what the marks ledger keeps so that 消去 removes exactly this and nothing else. */
export interface AppliedMark extends CellRef {
  /** The fill the add-in set. */
  readonly fill: string;
  /** The fill the cell had before (null = none), restored by clearMarks. */
  readonly previousFill: string | null;
  readonly noteKind: NoteKind;
  /** Comment id when noteKind is "comment". */
  readonly noteId?: string;
}

/** Add-in data kept inside the workbook (survives save and reopen). */
export type AddinDataKey = "checklist" | "undo" | "marks";

export interface WorkbookPort {
  /** Sheet names in tab order. */
  listSheets(): Promise<string[]>;
  /** One sheet's used range (values, number formats, top-left offset); null when the sheet does not exist. */
  readSheet(name: string): Promise<SheetGrid | null>;
  /** Every sheet's used range. */
  readWorkbook(): Promise<WorkbookGrid>;
  /** Specific cells with value, formula, format and fill (confirmations, the undo record, marks). */
  readCells(refs: readonly CellRef[]): Promise<CellState[]>;
  /** Writes cell values (and formats) in one batch. Callers check for non-empty cells first. */
  writeCells(writes: readonly CellWrite[]): Promise<void>;
  /**
   * Re-reads the target cells in the same batch as the write and writes only when every one still
   * holds its `expected` content; otherwise writes nothing and reports the cells that changed.
   * A cell on a sheet that no longer exists is a conflict.
   */
  writeCellsIfUnchanged(writes: readonly GuardedWrite[]): Promise<GuardedWriteResult>;
  /** Fills the cells and attaches notes; returns what was done (previous fills) for the marks ledger. */
  applyMarks(marks: readonly MarkRequest[]): Promise<AppliedMark[]>;
  /**
   * Removes marks the add-in made: restores the previous fill where the cell still has the mark's fill
   * (a fill the user changed since is kept) and deletes the notes the add-in added.
   */
  clearMarks(marks: readonly AppliedMark[]): Promise<void>;
  /** Activates the sheet and selects the cell. */
  selectCell(ref: CellRef): Promise<void>;
  /** Adds a sheet built from the template; false (and nothing touched) when a sheet of that name exists. */
  insertSheet(template: SheetTemplate): Promise<boolean>;
  /**
   * Deletes a sheet (元に戻す of シートを用意); false (and nothing touched) when no sheet has that name.
   * Callers compare the sheet with what the add-in wrote and confirm with the user first.
   */
  deleteSheet(name: string): Promise<boolean>;
  /** Add-in data stored in the workbook; null when absent. Callers validate the shape. */
  loadData(key: AddinDataKey): Promise<unknown>;
  saveData(key: AddinDataKey, value: unknown): Promise<void>;
  /** Office display language, e.g. "ja-JP", "en-US". */
  displayLanguage(): string;
  /** The workbook's file name ("申請書.xlsx"), or null when unsaved / unknown (DC-DOC-04: the forms stay an Excel file). */
  fileName(): string | null;
}

/** The last segment of a path or URL, decoded: "https://x/sites/a/申請書%20v2.xlsx" → "申請書 v2.xlsx"; null when empty. */
export function fileNameOf(pathOrUrl: string | null | undefined): string | null {
  if (!pathOrUrl) return null;
  const last = pathOrUrl.split(/[?#]/)[0].split(/[\\/]/).pop() ?? "";
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A malformed escape stays as typed.
  }
  return name.trim() === "" ? null : name;
}

/**
 * Cell fills of the marks, by severity: Excel's built-in "Bad" / "Neutral" / a light blue.
 * These are workbook data (what the cell shows in Excel), not taskpane styling.
 */
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/** Fills of the template cell styles (header, input cells …) inserted by シートを用意. */
export const TEMPLATE_FILLS: Readonly<Record<NonNullable<TemplateCell["style"]>, string | null>> = {
  title: null,
  header: "#D9E1F2",
  input: "#FFF2CC",
  computed: "#EDEDED",
  note: null,
};

/** Key of a cell for maps and sets: "Sheet!A1". */
export const refKey = (ref: CellRef): string => `${ref.sheet}!${ref.cell.toUpperCase()}`;

/** Full address with the sheet name quoted as Excel requires: "'別紙2 経費内訳'!B6". */
export function qualifiedAddress(ref: CellRef): string {
  return `'${ref.sheet.replace(/'/g, "''")}'!${ref.cell}`;
}

/** True when a cell holds nothing (blank or empty text). */
export const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || v === "";

/**
 * True when a cell's content is exactly the expected one: a formula by its text (its value is
 * recalculated), a constant by value (blank = ""; no tolerance — any difference means someone typed).
 */
export function holdsContent(now: CellContent, expected: CellContent): boolean {
  if ((now.formula ?? null) !== (expected.formula ?? null)) return false;
  if (expected.formula) return true;
  const a = now.value;
  const b = expected.value;
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (typeof a === "object" || typeof b === "object") {
    return typeof a === "object" && typeof b === "object" && a !== null && b !== null && a.error === b.error;
  }
  return a === b;
}
