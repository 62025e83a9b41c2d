/**
 * Plain grids of cell values: the one shape the sheet engine reads, whether the cells come
 * from Office.js (src/excel), from exceljs (src/cli) or from the in-memory demo workbook.
 */

/** An Excel error value found in a cell, e.g. "#REF!" — a finding, never a crash. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export const isCellError = (v: CellValue | undefined): v is CellError =>
  typeof v === "object" && v !== null && "error" in v;

export interface SheetGrid {
  readonly name: string;
  /** Values of the used range, row-major. values[0][0] sits at (rowOffset, colOffset). */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats parallel to `values` (optional: "#,##0", "@", "0.0%" …). */
  readonly numberFormats?: readonly (readonly string[])[];
  /** 0-based row of values[0] in the sheet (A1 = 0). */
  readonly rowOffset: number;
  /** 0-based column of values[*][0] in the sheet (A = 0). */
  readonly colOffset: number;
  /** Merged areas (absolute 0-based, inclusive); the value sits in the top-left cell. Absent when the reader cannot tell. */
  readonly merges?: readonly MergeArea[];
  /** Hidden rows / columns (absolute 0-based). Their cells are still read: a hidden helper column is data. */
  readonly hiddenRows?: readonly number[];
  readonly hiddenCols?: readonly number[];
  /** Formula cells saved with a result of 0 or none (a workbook not recalculated before saving): absolute 0-based. */
  readonly zeroFormulas?: readonly { readonly row: number; readonly col: number }[];
}

/** A merged area, absolute 0-based and inclusive. */
export interface MergeArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Parses "B4:D5" (or "$B$4:$D$5") to a MergeArea; null when not a range of two cells. */
export function mergeFromA1(range: string): MergeArea | null {
  const [a, b] = range.split(":");
  const p = a ? fromA1(a) : null;
  const q = b ? fromA1(b) : p;
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

const mergeIndex = new WeakMap<SheetGrid, Map<number, MergeArea>>();
const cellKey = (row: number, col: number): number => row * 16_384 + col;

/** The merged area covering (row, col), or null (one Map per grid, built once). */
export function mergeAt(sheet: SheetGrid, row: number, col: number): MergeArea | null {
  if (!sheet.merges || sheet.merges.length === 0) return null;
  let index = mergeIndex.get(sheet);
  if (!index) {
    index = new Map();
    for (const m of sheet.merges) {
      // Huge areas (a whole merged column) are not expanded cell by cell.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 20_000) continue;
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) index.set(cellKey(r, c), m);
    }
    mergeIndex.set(sheet, index);
  }
  return index.get(cellKey(row, col)) ?? null;
}

/** Value shown at (row, col): the top-left value of a merged area covering it, else the cell's own. */
export function shownAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const m = mergeAt(sheet, row, col);
  return m ? cellAt(sheet, m.top, m.left) : cellAt(sheet, row, col);
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

export type Severity = "error" | "warning" | "info";

/** SPEC §5: the same findings from the taskpane and from `gxdc validate`. */
export interface Finding {
  readonly sheet: string;
  /** A1 address of the cell the finding is about ("" when about the workbook as a whole). */
  readonly cell: string;
  readonly severity: Severity;
  readonly ruleId: string;
  /** Japanese: what is wrong, what the rule requires. */
  readonly message: string;
  /** Citation: "004_83a32f419551a032.txt § 別表第1 (事務費)". */
  readonly source: string;
}

/** Converts 0-based (row, col) to an A1 address: (0,0) → "A1", (9,27) → "AB10". */
export function toA1(row: number, col: number): string {
  let c = col + 1;
  let letters = "";
  while (c > 0) {
    const r = (c - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** Parses "AB10" (or "$AB$10") to 0-based { row, col }; null when not a single-cell A1 address. */
export function fromA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Value at absolute 0-based (row, col) of a sheet grid, or null outside its used range. */
export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.rowOffset];
  if (!r) return null;
  const v = r[col - sheet.colOffset];
  return v === undefined ? null : v;
}
