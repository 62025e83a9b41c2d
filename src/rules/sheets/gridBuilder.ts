/**
 * Building SheetGrids by hand (examples, demo page, tests): from rows placed at a start cell, or
 * from a sparse map of A1 addresses. The grid covers the used range only, like the readers produce.
 */
import { fromA1, type CellValue, type SheetGrid } from "./types";

/** Rows of values whose first cell sits at `start` ("A1" by default). */
export function sheetFromRows(name: string, rows: readonly (readonly CellValue[])[], start = "A1"): SheetGrid {
  const at = fromA1(start);
  if (!at) throw new RangeError(`sheetFromRows: bad start cell ${start}`);
  const cells: Record<string, CellValue> = {};
  rows.forEach((row, r) => row.forEach((v, c) => (cells[key(at.row + r, at.col + c)] = v)));
  return build(name, cells, {});
}

/** A sparse map { "B3": "事業区分", "C3": "新設" } (and optional number formats) as a grid. */
export function sheetFromCells(name: string, cells: Readonly<Record<string, CellValue>>, numberFormats: Readonly<Record<string, string>> = {}): SheetGrid {
  const byPos: Record<string, CellValue> = {};
  const formats: Record<string, string> = {};
  for (const [a1, v] of Object.entries(cells)) {
    const p = fromA1(a1);
    if (!p) throw new RangeError(`sheetFromCells: bad address ${a1}`);
    byPos[key(p.row, p.col)] = v;
  }
  for (const [a1, f] of Object.entries(numberFormats)) {
    const p = fromA1(a1);
    if (p) formats[key(p.row, p.col)] = f;
  }
  return build(name, byPos, formats);
}

const key = (r: number, c: number): string => `${r},${c}`;

function build(name: string, cells: Readonly<Record<string, CellValue>>, formats: Readonly<Record<string, string>>): SheetGrid {
  const used = Object.entries(cells)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k]) => k.split(",").map(Number) as [number, number]);
  if (used.length === 0) return { name, values: [], rowOffset: 0, colOffset: 0 };
  // Loops, not Math.min(...used): spreading one argument per cell overflows the stack on big sheets.
  let [r0, r1, c0, c1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [r, c] of used) {
    r0 = Math.min(r0, r);
    r1 = Math.max(r1, r);
    c0 = Math.min(c0, c);
    c1 = Math.max(c1, c);
  }
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = r0; r <= r1; r++) {
    const row: CellValue[] = [];
    const fmt: string[] = [];
    for (let c = c0; c <= c1; c++) {
      row.push(cells[key(r, c)] ?? null);
      fmt.push(formats[key(r, c)] ?? "General");
    }
    values.push(row);
    numberFormats.push(fmt);
  }
  return { name, values, numberFormats, rowOffset: r0, colOffset: c0 };
}
