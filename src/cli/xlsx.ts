/**
 * .xlsx ⇄ plain grids for the CLI (Node only; exceljs). Reading keeps what a user sees: cached
 * formula results (also of shared formulas), rich text as plain text, dates as ISO dates, error
 * values as { error }, merged cells valued at their top-left cell only. Writing lays a SheetTemplate
 * (values, formulas, formats, widths, merges, dropdowns, fills, frozen header) or a grid out.
 */
import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { SheetTemplate, TemplateCell } from "../rules/sheets/templateTypes";
import { isCellError, mergeFromA1, toA1, type CellValue, type MergeArea, type SheetGrid, type WorkbookGrid } from "../rules/sheets/types";

export type ReadWorkbookResult = { readonly ok: true; readonly workbook: WorkbookGrid } | { readonly ok: false; readonly message: string };

/** OLE compound file (D0 CF 11 E0): an encrypted (password-protected) xlsx, or a legacy .xls. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** Reads a saved .xlsx file; every failure is a Japanese message, never a throw. */
export async function readWorkbookFile(path: string): Promise<ReadWorkbookResult> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, message: `ファイルが見つかりません: ${path}` };
    if (code === "EISDIR") return { ok: false, message: `フォルダーが指定されました。.xlsx ファイルを指定してください: ${path}` };
    return { ok: false, message: `ファイルを読めません（${code ?? String(e)}）: ${path}` };
  }
  return readWorkbookBuffer(buffer, path);
}

export async function readWorkbookBuffer(buffer: Buffer, name = "入力"): Promise<ReadWorkbookResult> {
  if (startsWith(buffer, OLE_SIGNATURE)) {
    return {
      ok: false,
      message: `${name} はパスワードで保護（暗号化）されたブック、または旧形式（.xls）のファイルです。Excel でパスワードを解除し、Excel ブック（.xlsx）として保存し直してから検証してください。`,
    };
  }
  if (!startsWith(buffer, ZIP_SIGNATURE)) {
    return { ok: false, message: `${name} は Excel ブック（.xlsx）ではありません。Excel で開き、「Excel ブック (*.xlsx)」として保存してください。` };
  }
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    return { ok: true, workbook: { sheets: wb.worksheets.map(worksheetToGrid) } };
  } catch (e) {
    return { ok: false, message: `${name} を読めません。ファイルが壊れているか、.xlsx 形式ではありません（${e instanceof Error ? e.message : String(e)}）。` };
  }
}

function startsWith(buffer: Buffer, signature: readonly number[]): boolean {
  return buffer.length >= signature.length && signature.every((b, i) => buffer[i] === b);
}

/** One worksheet → its used range as a grid (1-based exceljs rows/cols → 0-based offsets). */
export function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
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
  const layout = sheetLayout(ws, Math.max(...cells.map((x) => x.r)), Math.max(...cells.map((x) => x.c)));
  const r0 = Math.min(...cells.map((x) => x.r));
  const c0 = Math.min(...cells.map((x) => x.c));
  const height = Math.max(...cells.map((x) => x.r)) - r0 + 1;
  const width = Math.max(...cells.map((x) => x.c)) - c0 + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(width).fill(null));
  const numberFormats: string[][] = Array.from({ length: height }, () => Array<string>(width).fill("General"));
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
export function toCellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
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

// ---------------------------------------------------------------- writing

/** Fills (ARGB) per semantic style; header cells also get a thin border. */
const FILLS: Readonly<Record<NonNullable<TemplateCell["style"]>, string | null>> = {
  title: null,
  header: "FFD9E1F2",
  input: "FFFFF2CC",
  computed: "FFE2EFDA",
  note: null,
};

/** Lays a template out on a new worksheet of `wb`. */
export function addTemplateSheet(wb: ExcelJS.Workbook, t: SheetTemplate): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(t.sheetName, t.freezeRows ? { views: [{ state: "frozen", ySplit: t.freezeRows }] } : {});
  for (const [col, width] of Object.entries(t.columnWidths)) ws.getColumn(col).width = width;
  for (const m of t.merges) ws.mergeCells(m);
  for (const c of t.cells) {
    const cell = ws.getCell(c.address);
    if (typeof c.value === "string" && c.value.startsWith("=")) cell.value = { formula: c.value.slice(1) } as ExcelJS.CellFormulaValue;
    else if (c.value !== null) cell.value = c.value;
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    styleCell(cell, c);
  }
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of t.validations) {
    validations.add(v.range, {
      type: "list",
      allowBlank: true,
      formulae: [`"${v.list.join(",")}"`],
      showErrorMessage: true,
      // Other accepted spellings (SPEC §4 aliases) may still be typed: warn, do not block.
      errorStyle: "warning",
      errorTitle: "一覧にない値です",
      error: "一覧から選ぶか、受け付けられる表記で入力してください。",
    });
  }
  return ws;
}

function styleCell(cell: ExcelJS.Cell, c: TemplateCell): void {
  const fill = c.style ? FILLS[c.style] : null;
  if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  if (c.style === "title") cell.font = { bold: true, size: 14 };
  else if (c.style === "note") cell.font = { italic: true, color: { argb: "FF595959" }, size: 9 };
  else if (c.bold) cell.font = { bold: true };
  if (c.style === "header" || c.style === "input" || c.style === "computed") {
    const thin = { style: "thin" as const, color: { argb: "FFA6A6A6" } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (c.style === "header") cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
}

/** A workbook holding the given templates, one sheet each. */
export function templatesWorkbook(templates: readonly SheetTemplate[]): ExcelJS.Workbook {
  const wb = newWorkbook();
  for (const t of templates) addTemplateSheet(wb, t);
  return wb;
}

/** A workbook holding grids as plain values (error values as errors, number formats kept). */
export function gridsWorkbook(grid: WorkbookGrid): ExcelJS.Workbook {
  const wb = newWorkbook();
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        const cell = ws.getCell(toA1(sheet.rowOffset + i, sheet.colOffset + j));
        cell.value = isCellError(v) ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
        const fmt = sheet.numberFormats?.[i]?.[j];
        if (fmt && fmt !== "General") cell.numFmt = fmt;
      }),
    );
  }
  return wb;
}

/** A workbook with fixed metadata dates, so regenerated files differ only where content does. */
function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2026, 0, 1));
  wb.creator = "gxdc";
  wb.created = fixed;
  wb.modified = fixed;
  return wb;
}

export async function writeWorkbookFile(wb: ExcelJS.Workbook, path: string): Promise<void> {
  const data = await wb.xlsx.writeBuffer();
  await writeFile(path, Buffer.from(data as ArrayBuffer));
}
