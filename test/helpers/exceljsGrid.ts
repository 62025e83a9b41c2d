/**
 * The reference reader: a workbook as exceljs's full load sees it, turned into grids the way gxdc read .xlsx
 * files before src/cli/sheetXml.ts (which must give the same grids: test/cli/sheetXml.test.ts).
 */
import ExcelJS from "exceljs";
import { mergeFromA1, type CellValue, type MergeArea, type SheetGrid, type WorkbookGrid } from "../../src/rules/sheets/types";

export async function exceljsGrids(buffer: Buffer): Promise<WorkbookGrid | { error: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheets: SheetGrid[] = [];
  for (const ws of wb.worksheets) {
    const grid = worksheetToGrid(ws);
    if ("error" in grid) return grid;
    sheets.push(grid);
  }
  return { sheets };
}
/** Excel's sheet size: a cell address past XFD1048576 is damage, not data. */
const MAX_SHEET_ROWS = 1_048_576;
const MAX_SHEET_COLS = 16_384;

/**
 * One worksheet → its used range as a grid (1-based exceljs rows/cols → 0-based offsets). Sparse:
 * memory follows the used cells, not the used range — rows without values are empty arrays and a row
 * holds only up to its last value (cells between are holes, read as empty by cellAt), so one value at
 * XFD1048576 costs one row array per sheet row, never a 1,048,576 × 16,384 rectangle.
 */
function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid | { error: string } {
  const cells: { r: number; c: number; v: CellValue; fmt: string }[] = [];
  const zeroFormulas: { row: number; col: number }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (isZeroFormula(cell.value)) zeroFormulas.push({ row: r - 1, col: c - 1 });
      const v = toCellValue(cell.value);
      if (v === null) return;
      cells.push({ r: r - 1, c: c - 1, v, fmt: cell.numFmt ?? "General" });
    });
  });
  if (cells.length === 0) return { name: ws.name, values: [], rowOffset: 0, colOffset: 0 };
  // Loops, not Math.min(...cells): spreading 125k+ arguments overflows the stack.
  let [r0, r1, c0, c1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const x of cells) {
    if (x.r < r0) r0 = x.r;
    if (x.r > r1) r1 = x.r;
    if (x.c < c0) c0 = x.c;
    if (x.c > c1) c1 = x.c;
  }
  if (r1 >= MAX_SHEET_ROWS || c1 >= MAX_SHEET_COLS || r0 < 0 || c0 < 0) return { error: `シート「${ws.name}」に Excel のシートの範囲（XFD1048576）を超えるセルがあります` };
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let i = r0; i <= r1; i++) {
    values.push([]);
    numberFormats.push([]);
  }
  const layout = sheetLayout(ws, r1, c1);
  for (const x of cells) {
    values[x.r - r0][x.c - c0] = x.v;
    numberFormats[x.r - r0][x.c - c0] = x.fmt;
  }
  return { name: ws.name, values, numberFormats, rowOffset: r0, colOffset: c0, ...layout, ...(zeroFormulas.length > 0 && { zeroFormulas }) };
}

/** A formula whose saved result is 0 or missing. */
function isZeroFormula(v: ExcelJS.CellValue | undefined): boolean {
  if (typeof v !== "object" || v === null || !("formula" in v || "sharedFormula" in v)) return false;
  const result = (v as { result?: unknown }).result;
  return result === undefined || result === null || result === 0;
}

/** Merged areas and hidden rows/columns (up to the last used cell) of a worksheet. */
function sheetLayout(ws: ExcelJS.Worksheet, lastRow: number, lastCol: number): Pick<SheetGrid, "merges" | "hiddenRows" | "hiddenCols"> {
  const ranges = (ws.model as { merges?: unknown }).merges;
  const merges = (Array.isArray(ranges) ? ranges : []).flatMap((m): MergeArea[] => {
    const area = typeof m === "string" ? mergeFromA1(m) : null;
    return area ? [area] : [];
  });
  const hiddenRows: number[] = [];
  for (let r = 1; r <= lastRow + 1; r++) if (ws.findRow(r)?.hidden) hiddenRows.push(r - 1);
  const hiddenCols: number[] = [];
  for (let c = 1; c <= lastCol + 1; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c - 1);
  return { merges, hiddenRows, hiddenCols };
}

/** An exceljs cell value as the engine's CellValue. */
function toCellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  // "NaN" or a 400-digit <v> parses to NaN / ±∞: Excel shows #NUM!, and no NaN may reach a finding.
  if (typeof v === "number") return Number.isFinite(v) ? v : { error: "#NUM!" };
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === "object") {
    if ("error" in v && typeof v.error === "string") return { error: v.error };
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) return toCellValue((v as { result?: ExcelJS.CellValue }).result);
    if ("text" in v && typeof (v as { text: unknown }).text === "string") return (v as { text: string }).text;
    if ("text" in v) return toCellValue((v as { text: ExcelJS.CellValue }).text);
  }
  return null;
}

function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

