/** Test fixtures: workbooks built with exceljs, written to a buffer and read back (write → read → validate). */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { CliIO } from "../../src/cli/main";
import { readWorkbookBuffer } from "../../src/cli/xlsx";
import type { CellValue, WorkbookGrid } from "../../src/rules/sheets/types";

export interface SheetSpec {
  readonly name: string;
  /** Rows placed from `start` (default A1); null leaves a cell empty. */
  readonly rows: readonly (readonly (CellValue | Date | { formula: string; result?: CellValue })[])[];
  readonly start?: { row: number; col: number };
  readonly merges?: readonly string[];
  readonly formats?: Readonly<Record<string, string>>;
}

export async function xlsxRoundTrip(...sheets: SheetSpec[]): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const r0 = s.start?.row ?? 1;
    const c0 = s.start?.col ?? 1;
    s.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        ws.getCell(r0 + i, c0 + j).value = v as ExcelJS.CellValue;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const [a, f] of Object.entries(s.formats ?? {})) ws.getCell(a).numFmt = f;
  }
  const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const read = await readWorkbookBuffer(buf);
  if (!read.ok) throw new Error(read.message);
  return read.workbook;
}

/** A CliIO whose output is collected as text. */
export function memoryIO(): CliIO & { out(): string; err(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d) => (out += String(d)));
  stderr.on("data", (d) => (err += String(d)));
  return { stdin: new PassThrough(), stdout, stderr, out: () => out, err: () => err };
}

/** The 経費内訳 header labels of SPEC §5 in the official order. */
export const EXPENSE_HEADER = ["区分", "費目", "細分", "内容", "金額", "補助対象経費"] as const;
