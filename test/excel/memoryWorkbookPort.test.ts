/** MemoryWorkbookPort: the in-memory workbook of the demo page and the component tests. */
import { MemoryWorkbookPort, memoryStorage, stateFromGrid } from "../../src/excel/memoryWorkbookPort";
import { MARK_FILLS } from "../../src/excel/workbookPort";
import type { SheetTemplate } from "../../src/rules/sheets/templateTypes";
import type { WorkbookGrid } from "../../src/rules/sheets/types";

const grid: WorkbookGrid = {
  sheets: [
    { name: "A", values: [["区分", null, 5], [null, { error: "#REF!" }, null]], numberFormats: [["General", "General", "#,##0"], ["General", "General", "General"]], rowOffset: 3, colOffset: 2 },
    { name: "B", values: [], rowOffset: 0, colOffset: 0 },
  ],
};

describe("MemoryWorkbookPort", () => {
  it("reads used ranges back with their offsets and formats", async () => {
    const port = new MemoryWorkbookPort({ initial: grid });
    expect(await port.listSheets()).toEqual(["A", "B"]);
    expect(await port.readSheet("A")).toEqual(grid.sheets[0]);
    expect(await port.readSheet("B")).toEqual({ name: "B", values: [], numberFormats: [], rowOffset: 0, colOffset: 0 });
    expect(await port.readSheet("C")).toBeNull();
  });

  it("writes values, blanks and formulas; refuses a write to a missing sheet without writing anything", async () => {
    const port = new MemoryWorkbookPort({ initial: grid });
    await port.writeCells([
      { sheet: "A", cell: "C4", value: null },
      { sheet: "B", cell: "A1", value: 2, formula: "=1+1", numberFormat: "0.0" },
    ]);
    expect(await port.readCells([{ sheet: "A", cell: "C4" }, { sheet: "B", cell: "A1" }])).toEqual([
      { sheet: "A", cell: "C4", value: null, formula: null, numberFormat: "General", fill: null },
      { sheet: "B", cell: "A1", value: 2, formula: "=1+1", numberFormat: "0.0", fill: null },
    ]);
    await expect(port.writeCells([{ sheet: "B", cell: "A2", value: 1 }, { sheet: "X", cell: "A1", value: 1 }])).rejects.toThrow("X");
    expect((await port.readCells([{ sheet: "B", cell: "A2" }]))[0].value).toBeNull();
  });

  it("writeCellsIfUnchanged writes only when every target still holds what was expected", async () => {
    const port = new MemoryWorkbookPort({ initial: grid });
    port.editCell({ sheet: "A", cell: "E4" }, 1.7);
    const refused = await port.writeCellsIfUnchanged([
      { sheet: "A", cell: "E4", value: 1.3, expected: { value: 5, formula: null } },
      { sheet: "A", cell: "F9", value: 1, expected: { value: null, formula: null } },
      { sheet: "X", cell: "A1", value: 1, expected: { value: null, formula: null } },
    ]);
    expect(refused.ok).toBe(false);
    expect(refused.conflicts).toEqual([
      { sheet: "A", cell: "E4", value: 1.7, formula: null },
      { sheet: "X", cell: "A1", value: null, formula: null },
    ]);
    expect((await port.readCells([{ sheet: "A", cell: "F9" }]))[0].value).toBeNull();
    expect(await port.writeCellsIfUnchanged([{ sheet: "A", cell: "E4", value: 1.3, expected: { value: 1.7, formula: null } }])).toEqual({ ok: true, conflicts: [] });
    expect((await port.readCells([{ sheet: "A", cell: "E4" }]))[0].value).toBe(1.3);
  });

  it("marks keep the user's notes; clearing restores the previous fill and removes only the add-in's notes", async () => {
    const state = stateFromGrid(grid);
    state.sheets[0].cells["E4"] = { value: 5, fill: "#00B050", note: "ユーザー" };
    const port = new MemoryWorkbookPort({ initial: state });
    const applied = await port.applyMarks([
      { sheet: "A", cell: "C4", severity: "error", note: "n1" },
      { sheet: "A", cell: "E4", severity: "warning", note: "n2" },
    ]);
    expect(applied).toEqual([
      { sheet: "A", cell: "C4", fill: MARK_FILLS.error, previousFill: null, noteKind: "note" },
      { sheet: "A", cell: "E4", fill: MARK_FILLS.warning, previousFill: "#00B050", noteKind: "none" },
    ]);
    await port.clearMarks(applied);
    const cells = port.snapshot().sheets[0].cells;
    expect([cells.C4.fill, cells.C4.note]).toEqual([null, null]);
    expect([cells.E4.fill, cells.E4.note]).toEqual(["#00B050", "ユーザー"]);
  });

  it("inserts a template sheet at the end and never replaces an existing one", async () => {
    const port = new MemoryWorkbookPort({ initial: grid });
    const tpl: SheetTemplate = {
      kind: "gx-power-plan",
      program: "gx-regional",
      sheetName: "電力調達計画",
      cells: [
        { address: "A1", value: "電力調達計画", style: "title", bold: true },
        { address: "A3", value: "電源種", style: "header" },
        { address: "F10", value: "=SUM(F4:F9)", numberFormat: "#,##0", style: "computed" },
      ],
      columnWidths: { A: 18 },
      merges: ["A1:F1"],
      validations: [{ range: "C4:C9", list: ["CPPA", "自家発", "メニュー"] }],
      freezeRows: 3,
    };
    expect(await port.insertSheet(tpl)).toBe(true);
    expect(await port.insertSheet({ ...tpl, cells: [] })).toBe(false);
    const s = port.snapshot().sheets[2];
    expect(s.name).toBe("電力調達計画");
    expect(s.cells.F10).toMatchObject({ formula: "=SUM(F4:F9)", numberFormat: "#,##0" });
    expect(s.cells.A3.fill).toBeTruthy();
    expect(s.validations).toEqual(tpl.validations);
    expect(port.snapshot().sheets.slice(0, 2)).toEqual(stateFromGrid(grid).sheets);
  });

  it("deleteSheet removes only the named sheet, moves the active sheet and the selection off it, refuses the last sheet", async () => {
    const port = new MemoryWorkbookPort({ initial: grid });
    await port.selectCell({ sheet: "B", cell: "A1" });
    const a = port.snapshot().sheets[0];
    expect(await port.deleteSheet("C")).toBe(false);
    expect(await port.deleteSheet("B")).toBe(true);
    expect(await port.listSheets()).toEqual(["A"]);
    expect(port.snapshot().sheets[0]).toEqual(a);
    expect(port.snapshot().activeSheet).toBe("A");
    expect(port.snapshot().selection).toBeNull();
    await expect(port.deleteSheet("A")).rejects.toThrow("最後のシート");
    expect(await port.listSheets()).toEqual(["A"]);
  });

  it("persists everything to its storage; unreadable storage falls back to the initial workbook", async () => {
    const storage = memoryStorage();
    const a = new MemoryWorkbookPort({ initial: grid, storage, storageKey: "k" });
    await a.selectCell({ sheet: "B", cell: "b2" });
    await a.saveData("marks", { marks: [] });
    const b = new MemoryWorkbookPort({ initial: grid, storage, storageKey: "k" });
    expect(b.snapshot().selection).toEqual({ sheet: "B", cell: "B2" });
    expect(b.snapshot().activeSheet).toBe("B");
    expect(await b.loadData("marks")).toEqual({ marks: [] });
    storage.setItem("k", "{not json");
    expect(new MemoryWorkbookPort({ initial: grid, storage, storageKey: "k" }).snapshot().sheets.map((s) => s.name)).toEqual(["A", "B"]);
    b.reset(grid);
    expect(await b.loadData("marks")).toBeNull();
  });
});

describe("MemoryWorkbookPort merges (issue 10)", () => {
  it("keeps a grid's merged areas and gives them back with the values", async () => {
    const merges = [{ top: 1, left: 1, bottom: 3, right: 1 }];
    const port = new MemoryWorkbookPort({ initial: { sheets: [{ name: "S", values: [["工事費"], [null], [null]], rowOffset: 1, colOffset: 1, merges }] } });
    expect((await port.readWorkbook()).sheets[0].merges).toEqual(merges);
    expect((await port.readSheet("S"))?.merges).toEqual(merges);
  });
});
