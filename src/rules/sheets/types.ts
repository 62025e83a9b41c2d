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
