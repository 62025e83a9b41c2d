/**
 * The committed examples/*.xlsx are the example grids of src/examples written with exceljs.
 * Regenerate them with: UPDATE_EXAMPLES=1 npx jest test/cli/examples.test.ts
 * This test fails when a committed file no longer matches its builder.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { EXAMPLES } from "../../src/examples";
import { gridsWorkbook, readWorkbookFile, writeWorkbookFile } from "../../src/cli/xlsx";
import { toA1, type CellValue, type WorkbookGrid } from "../../src/rules/sheets/types";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";

const DIR = join(__dirname, "..", "..", "examples");
const update = process.env.UPDATE_EXAMPLES === "1";

/** Non-blank cells by sheet!A1, the content a reader sees. */
function cellsOf(wb: WorkbookGrid): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const s of wb.sheets) {
    s.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null) out[`${s.name}!${toA1(s.rowOffset + i, s.colOffset + j)}`] = v;
      }),
    );
  }
  return out;
}

describe.each(EXAMPLES.map((e) => [e.fileName, e] as const))("examples/%s", (fileName, example) => {
  const path = join(DIR, fileName);

  beforeAll(async () => {
    if (update) await writeWorkbookFile(gridsWorkbook(example.workbook), path);
  });

  it("is committed and matches its builder in src/examples (regenerate with UPDATE_EXAMPLES=1)", async () => {
    expect(existsSync(path)).toBe(true);
    const read = await readWorkbookFile(path);
    if (!read.ok) throw new Error(read.message);
    expect(cellsOf(read.workbook)).toEqual(cellsOf(example.workbook));
    expect(read.workbook.sheets.map((s) => s.name)).toEqual(example.workbook.sheets.map((s) => s.name));
  });

  it(example.planted.length === 0 ? "validates without an error finding" : "reports every planted mistake at its cell with its rule id", async () => {
    const read = await readWorkbookFile(path);
    if (!read.ok) throw new Error(read.message);
    const report = validateWorkbook(read.workbook, example.options);
    if (example.planted.length === 0) {
      expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    } else {
      for (const p of example.planted) {
        expect(report.findings).toContainEqual(expect.objectContaining({ sheet: p.sheet, cell: p.cell, ruleId: p.ruleId }));
      }
    }
  });
});
