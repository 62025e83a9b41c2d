/**
 * Issue 11: more than ~125k cells overflowed the stack in Math.min(...cells) / Math.max(...) — in the
 * CLI reader, the memory workbook, the grid builder and locate's lastCol. Each now takes 150,000 cells.
 */
import { MemoryWorkbookPort } from "../../src/excel/memoryWorkbookPort";
import { sheetFromCells } from "../../src/rules/sheets/gridBuilder";
import { lastCol, lastRow } from "../../src/rules/sheets/locate";
import { toA1, type CellValue, type SheetGrid } from "../../src/rules/sheets/types";

const CELLS = 150_000; // Math.min(...arr) overflows the stack from ~125k arguments

function manyCells(): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  for (let i = 0; i < CELLS; i++) cells[toA1(1 + Math.floor(i / 4), 2 + (i % 4))] = i;
  return cells;
}

it(`sheetFromCells builds a grid of ${CELLS.toLocaleString("en")} cells`, () => {
  const grid = sheetFromCells("S", manyCells());
  expect([grid.rowOffset, grid.colOffset, grid.values.length, grid.values[0].length]).toEqual([1, 2, CELLS / 4, 4]);
});

it("lastCol / lastRow of a sheet with 1,000,000 rows, ragged and sparse", () => {
  const values: CellValue[][] = Array.from({ length: 1_000_000 }, () => []);
  values[999_999][16_383] = 1;
  const sheet: SheetGrid = { name: "S", values, rowOffset: 0, colOffset: 0 };
  expect(lastCol(sheet)).toBe(16_383);
  expect(lastRow(sheet)).toBe(999_999);
  expect(lastCol({ name: "E", values: [], rowOffset: 3, colOffset: 2 })).toBe(1);
});

it(`the memory workbook reads a sheet of ${CELLS.toLocaleString("en")} cells`, async () => {
  const port = new MemoryWorkbookPort({ initial: { sheets: [sheetFromCells("S", manyCells())] } });
  const grid = await port.readSheet("S");
  expect(grid && [grid.rowOffset, grid.colOffset, grid.values.length]).toEqual([1, 2, CELLS / 4]);
});
