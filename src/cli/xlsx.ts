/**
 * .xlsx ⇄ plain grids for the CLI (Node only). Reading checks the package (xlsxPackage.ts) and reads what a
 * user sees from the parts it inflated (sheetXml.ts: cached formula results, rich text as plain text, dates
 * as ISO dates, error values as { error }, merged cells valued at their top-left cell only). Writing, with
 * exceljs, lays a SheetTemplate (values, formulas, formats, widths, merges, dropdowns, fills, frozen header)
 * or a grid out.
 */
import { open, stat, writeFile, type FileHandle } from "node:fs/promises";
import type ExcelJS from "exceljs";
import type { SheetTemplate, TemplateCell } from "../rules/sheets/templateTypes";
import { checkXlsxPackage, XLSX_LIMITS } from "./xlsxPackage";
import { readSheets } from "./sheetXml";
import { isCellError, toA1, type WorkbookGrid } from "../rules/sheets/types";

/** exceljs, loaded on first use: only writing needs it (its load costs a quarter of a second or more). */
let excelModule: typeof ExcelJS | undefined;
function exceljs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy load of a CommonJS module
  excelModule ??= require("exceljs") as typeof ExcelJS;
  return excelModule;
}

export type ReadWorkbookResult = { readonly ok: true; readonly workbook: WorkbookGrid } | { readonly ok: false; readonly message: string };

/** OLE compound file (D0 CF 11 E0): an encrypted (password-protected) xlsx, or a legacy .xls. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads a saved .xlsx file; every failure is a Japanese message, never a throw. The file is stat'ed and
 * its signature read before the whole file is: a device (/dev/zero), a pipe or a huge file is refused
 * without reading it, and the package is checked (xlsxPackage.ts) before exceljs parses it.
 */
export async function readWorkbookFile(path: string): Promise<ReadWorkbookResult> {
  let handle: FileHandle | undefined;
  try {
    // stat before open: opening a named pipe would wait for a writer forever.
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: `フォルダーが指定されました。.xlsx ファイルを指定してください: ${path}` };
    if (!info.isFile()) return { ok: false, message: `通常のファイルではありません（デバイスやパイプは読みません）。.xlsx ファイルを指定してください: ${path}` };
    handle = await open(path, "r");
    const head = Buffer.alloc(ZIP_SIGNATURE.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const refused = signatureProblem(head.subarray(0, bytesRead), path);
    if (refused) return { ok: false, message: refused };
    if (info.size > XLSX_LIMITS.fileBytes) {
      return { ok: false, message: `${path} は大きすぎて検証できません（${(info.size / 1024 / 1024).toFixed(0)} MB、上限 ${XLSX_LIMITS.fileBytes / 1024 / 1024} MB）。` };
    }
    const buffer = await handle.readFile();
    return await readWorkbookBuffer(buffer, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, message: `ファイルが見つかりません: ${path}` };
    if (code === "EISDIR") return { ok: false, message: `フォルダーが指定されました。.xlsx ファイルを指定してください: ${path}` };
    if (code === "EACCES" || code === "EPERM") return { ok: false, message: `ファイルを開く権限がありません: ${path}` };
    return { ok: false, message: `ファイルを読めません（${code ?? String(e)}）: ${path}` };
  } finally {
    await handle?.close();
  }
}

/** Why bytes starting with `head` are not an .xlsx, or null when they start like a zip. */
function signatureProblem(head: Buffer, name: string): string | null {
  if (startsWith(head, OLE_SIGNATURE)) {
    return `${name} はパスワードで保護（暗号化）されたブック、または旧形式（.xls）のファイルです。Excel でパスワードを解除し、Excel ブック（.xlsx）として保存し直してから検証してください。`;
  }
  if (head.length === 0) return `${name} は空のファイルです。Excel で保存し直してください。`;
  if (!startsWith(head, ZIP_SIGNATURE)) return `${name} は Excel ブック（.xlsx）ではありません。Excel で開き、「Excel ブック (*.xlsx)」として保存してください。`;
  return null;
}

export async function readWorkbookBuffer(buffer: Buffer, name = "入力"): Promise<ReadWorkbookResult> {
  const refused = signatureProblem(buffer.subarray(0, ZIP_SIGNATURE.length), name);
  if (refused) return { ok: false, message: refused };
  if (buffer.length > XLSX_LIMITS.fileBytes) {
    return { ok: false, message: `${name} は大きすぎて検証できません（上限 ${XLSX_LIMITS.fileBytes / 1024 / 1024} MB）。` };
  }
  const checked = checkXlsxPackage(buffer, name);
  if (!checked.ok) return checked;
  const read = readSheets(checked.parts);
  if (!read.ok) return { ok: false, message: `${name} を読めません。ファイルが壊れているか、.xlsx 形式ではありません（${read.why}）。` };
  return read;
}

function startsWith(buffer: Buffer, signature: readonly number[]): boolean {
  return buffer.length >= signature.length && signature.every((b, i) => buffer[i] === b);
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
  const wb = new (exceljs().Workbook)();
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
