/**
 * OfficeWorkbookPort against a fake Excel with address-aware ranges (fakeExcel.ts) and, for the plain read
 * path, office-addin-mock. The sync counts are the point: reading costs the same number of round trips
 * for 10 rows and for 2,000, and a write is one round trip.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  OfficeWorkbookPort,
  addressLists,
  cellRuns,
  cellValue,
  charsToPoints,
  chunkByBytes,
  jsonBytes,
  mergesFromAddress,
  normaliseAddress,
  toExcelInput,
} from "../../src/excel/officeWorkbookPort";
import { fileNameOf, MARK_FILLS } from "../../src/excel/workbookPort";
import type { SheetTemplate } from "../../src/rules/sheets/templateTypes";
import { FakeExcel, fakeOffice } from "./fakeExcel";

const g = globalThis as unknown as { Excel: unknown; Office: unknown };

/**
 * office-addin-mock as the Excel namespace: `Excel.run` hands the mock's context to the callback and
 * every context.sync is counted.
 */
function installMock(context: Record<string, unknown>): { syncs: number } {
  const counter = { syncs: 0 };
  const mock = new OfficeMockObject({
    context,
    run: async function (cb: (c: unknown) => Promise<unknown>) {
      return cb(this.context);
    },
  }) as unknown as { context: { sync: () => Promise<void> } };
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = () => (counter.syncs++, sync());
  g.Excel = mock;
  return counter;
}

function setup(maxApi = "1.18", saved: Record<string, unknown> = {}) {
  const fake = new FakeExcel();
  const office = fakeOffice(maxApi, "ja-JP", saved);
  g.Excel = fake.namespace();
  g.Office = office;
  return { fake, office, port: new OfficeWorkbookPort() };
}

function rows(n: number): (string | number)[][] {
  return Array.from({ length: n }, (_, i) => [`行${i + 1}`, i * 1000, "設備費"]);
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe("OfficeWorkbookPort reads", () => {
  it("readSheet returns the used range with its top-left offset, blanks as null and errors as values, in one sync", async () => {
    const { fake, port } = setup();
    const s = fake.addSheet("別紙2 経費内訳", [["区分", null, "金額"], [null, "x", { error: "#REF!" }]], "B3");
    s.cells.get("D3")!.numberFormat = "#,##0";
    const grid = await port.readSheet("別紙2 経費内訳");
    expect(fake.syncCount).toBe(1);
    // No fact cell: no number format is read at all (they are read only where facts.ts uses them).
    expect(grid).toEqual({
      name: "別紙2 経費内訳",
      values: [["区分", null, "金額"], [null, "x", { error: "#REF!" }]],
      numberFormats: [[], []],
      rowOffset: 2,
      colOffset: 1,
    });
  });

  it("reads the number formats of fact value cells only, in one more sync, and none of the table's cells", async () => {
    const { fake, port } = setup();
    const s = fake.addSheet("別紙1 実施計画書", [["再エネ率", 0.3], ["想定稼働率", "40%"], ["PUE", 1.3], ["内容", 5]], "B2");
    s.cells.get("C2")!.numberFormat = "0%";
    s.cells.get("C5")!.numberFormat = "#,##0";
    const wb = await port.readWorkbook();
    expect(fake.syncCount).toBe(3);
    const formats = wb.sheets[0].numberFormats!;
    expect(formats[0][1]).toBe("0%");
    expect(formats[1][1]).toBe("General");
    expect(formats[2][1]).toBe("General");
    // 内容 is no fact label: its value's format (#,##0) is not read.
    expect(formats[3][1]).toBeUndefined();
    // The used range's read carries values and types, no formats; the last sync loads 3 cells' formats.
    const [, used, facts] = fake.syncLog;
    expect(facts.responseBytes).toBeLessThan(60);
    expect(used.responseBytes).toBeGreaterThan(facts.responseBytes);
  });

  it("a 20,000-line 経費内訳 is read without number formats: every request and response under Excel on the web's 5 MB", async () => {
    const { fake, port } = setup();
    const header = ["年度", "区分", "費目", "細分", "内容", "数量", "単位", "金額（円）", "補助対象経費（円）", "補助率区分"];
    const line = (i: number) => [2025, "設備費", "設備費", "", `高効率空調設備（間接外気冷房）${i}`, 1, "式", 12_000_000, 12_000_000, "1/3"];
    fake.addSheet("別紙2 経費内訳", [["別紙2　経費内訳"], ["事業区分", "新設"], [], header, ...Array.from({ length: 20_000 }, (_, i) => line(i))]);
    const wb = await port.readWorkbook();
    expect(wb.sheets[0].values).toHaveLength(20_004);
    expect(fake.syncCount).toBe(3);
    for (const r of fake.syncLog) {
      expect(r.requestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(r.responseBytes).toBeLessThan(5 * 1024 * 1024);
    }
    // The formats of 200,000 cells ("General" each) would have added about 2 MB to the response.
    expect(fake.syncLog[1].responseBytes).toBeLessThan(2 * 20_000 * 10 * 30);
    expect(wb.sheets[0].numberFormats![1][1]).toBe("General");
  });

  it("readSheet of a missing sheet is null; of an empty sheet an empty grid", async () => {
    const { fake, port } = setup();
    fake.addSheet("空");
    expect(await port.readSheet("ない")).toBeNull();
    expect(await port.readSheet("空")).toEqual({ name: "空", values: [], numberFormats: [], rowOffset: 0, colOffset: 0 });
  });

  it("readWorkbook costs the same number of syncs for a 10-row and a 2,000-row sheet", async () => {
    const small = setup();
    small.fake.addSheet("A", rows(10));
    const wbSmall = await small.port.readWorkbook();
    const smallSyncs = small.fake.syncCount;

    const large = setup();
    large.fake.addSheet("A", rows(2000));
    large.fake.addSheet("B", rows(2000));
    large.fake.addSheet("空");
    const wbLarge = await large.port.readWorkbook();

    expect(smallSyncs).toBe(2);
    expect(large.fake.syncCount).toBe(smallSyncs);
    expect(wbSmall.sheets[0].values).toHaveLength(10);
    expect(wbLarge.sheets.map((s) => s.values.length)).toEqual([2000, 2000, 0]);
    expect(wbLarge.sheets[1].values[1999]).toEqual(["行2000", 1999000, "設備費"]);

    // One sheet: one sync, 10 rows or 2,000.
    for (const n of [10, 2000]) {
      const one = setup();
      one.fake.addSheet("A", rows(n));
      expect((await one.port.readSheet("A"))!.values).toHaveLength(n);
      expect(one.fake.syncCount).toBe(1);
    }
  });

  it("readCells gives value, formula, format and fill, and flags cells of missing sheets, in two syncs", async () => {
    const { fake, port } = setup();
    const s = fake.addSheet("S", [[1, null]]);
    s.cells.set("C1", { value: 3, formula: "=A1+2", numberFormat: "#,##0", fill: "#FFFF00" });
    const cells = await port.readCells([
      { sheet: "S", cell: "A1" },
      { sheet: "S", cell: "B1" },
      { sheet: "S", cell: "C1" },
      { sheet: "gone", cell: "A1" },
    ]);
    expect(fake.syncCount).toBe(2);
    expect(cells).toEqual([
      { sheet: "S", cell: "A1", value: 1, formula: null, numberFormat: "General", fill: null },
      { sheet: "S", cell: "B1", value: null, formula: null, numberFormat: "General", fill: null },
      { sheet: "S", cell: "C1", value: 3, formula: "=A1+2", numberFormat: "#,##0", fill: "#FFFF00" },
      { sheet: "gone", cell: "A1", value: null, formula: null, numberFormat: "General", fill: null, missing: true },
    ]);
  });

  it("reads with office-addin-mock too (no collections needed on this path)", async () => {
    const counter = installMock({
      workbook: {
        worksheets: {
          sheet: {
            used: {
              values: [["事業区分", "新設"]],
              numberFormat: [["General", "@"]],
              valueTypes: [["String", "String"]],
              rowIndex: 4,
              columnIndex: 2,
            },
            getUsedRangeOrNullObject() {
              return this.used;
            },
            fact: { numberFormat: [["@"]] },
            getRange() {
              return this.fact;
            },
          },
          getItem() {
            return this.sheet;
          },
        },
      },
    });
    const grid = await new OfficeWorkbookPort().readSheet("実施計画書");
    // The used range, then the format of the one fact value cell (新設 right of 事業区分).
    expect(counter.syncs).toBe(2);
    expect(grid).toEqual({ name: "実施計画書", values: [["事業区分", "新設"]], numberFormats: [[undefined, "@"]], rowOffset: 4, colOffset: 2 });
  });
});

describe("OfficeWorkbookPort reads merged areas (issue 10)", () => {
  it("queues getMergedAreasOrNullObject in the same batch as the values: still one sync", async () => {
    const counter = installMock({
      workbook: {
        worksheets: {
          sheet: {
            used: {
              values: [["経費の区分", "", "内容"], ["区分", "費目", ""]],
              numberFormat: [["General", "General", "General"], ["General", "General", "General"]],
              valueTypes: [["String", "Empty", "String"], ["String", "String", "Empty"]],
              rowIndex: 3,
              columnIndex: 1,
              merged: { address: "'経費 内訳'!B4:C4, '経費 内訳'!D4:D5", isNullObject: false },
              getMergedAreasOrNullObject() {
                return this.merged;
              },
            },
            getUsedRangeOrNullObject() {
              return this.used;
            },
          },
          getItem() {
            return this.sheet;
          },
        },
      },
    });
    g.Office = fakeOffice("1.13");
    const grid = await new OfficeWorkbookPort().readSheet("経費 内訳");
    expect(counter.syncs).toBe(1);
    expect(grid?.merges).toEqual([
      { top: 3, left: 1, bottom: 3, right: 2 },
      { top: 3, left: 3, bottom: 4, right: 3 },
    ]);
  });

  it("without ExcelApi 1.13 reads no merges (and asks for none)", async () => {
    const { fake, port } = setup("1.12");
    fake.addSheet("S", [["a"]]);
    expect((await port.readSheet("S"))?.merges).toBeUndefined();
  });

  it("mergesFromAddress skips single cells and reads quoted sheet names", () => {
    expect(mergesFromAddress("Sheet1!A1, 'a!b'!B2:C3")).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
  });
});

describe("OfficeWorkbookPort writes", () => {
  it("writeCells writes values, blanks, formats and formulas in one sync; text starting with = stays text", async () => {
    const { fake, port } = setup();
    fake.addSheet("S", [["old", 5]]);
    await port.writeCells([
      { sheet: "S", cell: "A1", value: null },
      { sheet: "S", cell: "B1", value: 1200000, numberFormat: "#,##0" },
      { sheet: "S", cell: "C1", value: "=not a formula" },
      { sheet: "S", cell: "D1", value: 9, formula: "=B1*2" },
    ]);
    expect(fake.syncCount).toBe(1);
    expect(fake.cell("S", "A1")!.value).toBeNull();
    expect(fake.cell("S", "B1")).toMatchObject({ value: 1200000, numberFormat: "#,##0" });
    expect(fake.cell("S", "C1")!.value).toBe("=not a formula");
    expect(fake.cell("S", "D1")!.formula).toBe("=B1*2");
  });

  it("writeCellsIfUnchanged re-reads the targets in the same run: a changed cell refuses the whole batch; else writes; two syncs", async () => {
    const { fake, port } = setup();
    fake.addSheet("S", [[1.25, null]]);
    fake.sheetOrThrow("S").cells.set("C1", { value: 9, formula: "=A1*2" });
    // The dialog showed B4-style "1.25 → 1.3"; meanwhile the user typed 1.7.
    fake.cell("S", "A1")!.value = 1.7;
    const refused = await port.writeCellsIfUnchanged([
      { sheet: "S", cell: "A1", value: 1.3, expected: { value: 1.25, formula: null } },
      { sheet: "S", cell: "B1", value: 5, expected: { value: null, formula: null } },
    ]);
    expect(refused).toEqual({ ok: false, conflicts: [{ sheet: "S", cell: "A1", value: 1.7, formula: null }] });
    expect(fake.cell("S", "A1")!.value).toBe(1.7);
    expect(fake.cell("S", "B1")).toBeUndefined();
    expect(fake.syncCount).toBe(1);

    fake.syncCount = 0;
    const many = Array.from({ length: 300 }, (_, i) => ({ sheet: "S", cell: `D${i + 1}`, value: i, expected: { value: null, formula: null } }));
    const ok = await port.writeCellsIfUnchanged([
      { sheet: "S", cell: "A1", value: 1.3, expected: { value: 1.7, formula: null } },
      // A formula is compared by its text: its value is recalculated.
      { sheet: "S", cell: "C1", value: 4, expected: { value: 123, formula: "=A1*2" } },
      ...many,
    ]);
    expect(ok).toEqual({ ok: true, conflicts: [] });
    expect(fake.syncCount).toBe(2);
    expect(fake.cell("S", "A1")!.value).toBe(1.3);
    expect(fake.cell("S", "C1")).toMatchObject({ value: 4, formula: undefined });
    expect(fake.cell("S", "D300")!.value).toBe(299);
  });

  it("writeCellsIfUnchanged on a sheet deleted meanwhile writes nothing and reports every target", async () => {
    const { fake, port } = setup();
    fake.addSheet("S", [[1]]);
    const r = await port.writeCellsIfUnchanged([
      { sheet: "S", cell: "A1", value: 2, expected: { value: 1, formula: null } },
      { sheet: "gone", cell: "A1", value: 2, expected: { value: null, formula: null } },
    ]);
    expect(r.ok).toBe(false);
    expect(r.conflicts.map((c) => `${c.sheet}!${c.cell}`)).toEqual(["S!A1", "gone!A1"]);
    expect(fake.cell("S", "A1")!.value).toBe(1);
  });

  it("writeCells of 500 cells is still one sync", async () => {
    const { fake, port } = setup();
    fake.addSheet("S");
    await port.writeCells(Array.from({ length: 500 }, (_, i) => ({ sheet: "S", cell: `A${i + 1}`, value: i })));
    expect(fake.syncCount).toBe(1);
    expect(fake.cell("S", "A500")!.value).toBe(499);
  });

  it("selectCell activates the sheet and selects the cell in one sync", async () => {
    const { fake, port } = setup();
    fake.addSheet("A");
    fake.addSheet("B");
    await port.selectCell({ sheet: "B", cell: "C7" });
    expect(fake.syncCount).toBe(1);
    expect(fake.activeSheet).toBe("B");
    expect(fake.selection).toEqual({ sheet: "B", cell: "C7" });
  });
});

describe("OfficeWorkbookPort marks", () => {
  it("with the Notes API (ExcelApi 1.18): records previous fills, keeps the user's notes, clears only its own marks", async () => {
    const { fake, port } = setup("1.18");
    const s = fake.addSheet("S", [[1, 2, 3]]);
    s.cells.get("B1")!.fill = "#00B050";
    s.notes.set("C1", "ユーザーのメモ");
    const applied = await port.applyMarks([
      { sheet: "S", cell: "A1", severity: "error", note: "[DC-X] 誤り" },
      { sheet: "S", cell: "B1", severity: "warning", note: "[DC-Y] 確認" },
      { sheet: "S", cell: "C1", severity: "error", note: "[DC-Z] 誤り" },
    ]);
    expect(fake.syncCount).toBe(2);
    expect(applied.map((m) => [m.cell, m.previousFill, m.noteKind])).toEqual([
      ["A1", null, "note"],
      ["B1", "#00B050", "note"],
      ["C1", null, "none"],
    ]);
    expect(fake.cell("S", "A1")!.fill).toBe(MARK_FILLS.error);
    expect(s.notes.get("A1")).toBe("[DC-X] 誤り");
    expect(s.notes.get("C1")).toBe("ユーザーのメモ");

    // The user recolours C1 after marking: 消去 must keep that fill.
    s.cells.get("C1")!.fill = "#0070C0";
    fake.syncCount = 0;
    await port.clearMarks(applied);
    expect(fake.syncCount).toBe(3);
    expect(fake.cell("S", "A1")!.fill).toBeNull();
    expect(fake.cell("S", "B1")!.fill).toBe("#00B050");
    expect(fake.cell("S", "C1")!.fill).toBe("#0070C0");
    expect([...s.notes.entries()]).toEqual([["C1", "ユーザーのメモ"]]);
  });

  it("falls back to threaded comments (ExcelApi 1.14), skipping cells that already have one, and removes them by id", async () => {
    const { fake, port } = setup("1.14");
    fake.addSheet("別紙 2", [[1, 2]]);
    fake.comments.push({ id: "user", sheet: "別紙 2", cell: "B1", content: "ユーザー" });
    const applied = await port.applyMarks([
      { sheet: "別紙 2", cell: "A1", severity: "error", note: "n1" },
      { sheet: "別紙 2", cell: "B1", severity: "error", note: "n2" },
    ]);
    expect(fake.syncCount).toBe(3);
    expect(applied.map((m) => m.noteKind)).toEqual(["comment", "none"]);
    expect(applied[0].noteId).toBeDefined();
    expect(fake.comments.map((c) => c.cell)).toEqual(["B1", "A1"]);
    await port.clearMarks(applied);
    expect(fake.comments.map((c) => c.id)).toEqual(["user"]);
  });

  it("20,000 marks: one fill operation per colour and address list, notes split so that no request passes 5 MB", async () => {
    const { fake, port } = setup("1.18");
    const n = 20_000;
    const s = fake.addSheet("別紙2 経費内訳", Array.from({ length: n }, (_, i) => [`内容${i}`, i]));
    s.cells.get("B7")!.fill = "#00B050";
    // Alternating severities: no two neighbours share a colour, the worst case for runs.
    const marks = Array.from({ length: n }, (_, i) => ({
      sheet: "別紙2 経費内訳",
      cell: `B${i + 1}`,
      severity: (i % 2 === 0 ? "error" : "warning") as "error" | "warning",
      note: `[DC-EXP-0${i % 9}] 補助対象経費が金額を超えています。経費内訳の${i + 1}行目を確認してください。`,
    }));
    const applied = await port.applyMarks(marks);
    expect(applied).toHaveLength(n);
    expect(applied[6]).toMatchObject({ cell: "B7", previousFill: "#00B050", noteKind: "note" });
    expect(applied[7]).toMatchObject({ cell: "B8", previousFill: null, fill: MARK_FILLS.warning });
    expect(fake.cell("別紙2 経費内訳", "B20000")!.fill).toBe(MARK_FILLS.warning);
    expect(s.notes.size).toBe(n);
    // 10,000 single cells per colour ("B1,B3,…" ≤ 8,000 characters each): a few getRanges, not 20,000 ranges.
    expect(fake.fillOps).toBeLessThanOrEqual(2 * Math.ceil((n / 2) * 7 / 8000) + 2);
    for (const r of fake.syncLog) {
      expect(r.requestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(r.responseBytes).toBeLessThan(5 * 1024 * 1024);
    }
    // Syncs grow with the payload (about 2 MB each), not with the cells.
    expect(fake.syncCount).toBeLessThan(20);

    fake.syncLog = [];
    fake.fillOps = 0;
    await port.clearMarks(applied);
    expect(fake.cell("別紙2 経費内訳", "B7")!.fill).toBe("#00B050");
    expect(fake.cell("別紙2 経費内訳", "B8")!.fill).toBeNull();
    expect(s.notes.size).toBe(0);
    expect(fake.fillOps).toBeLessThanOrEqual(2 * Math.ceil((n / 2) * 7 / 8000) + 2);
    for (const r of fake.syncLog) expect(r.requestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("a block of cells of one severity is filled by one range operation (contiguous runs)", async () => {
    const { fake, port } = setup("1.18");
    fake.addSheet("S", Array.from({ length: 500 }, (_, i) => [i, i]));
    const marks = Array.from({ length: 500 }, (_, i) => ({ sheet: "S", cell: `B${i + 1}`, severity: "error" as const, note: "n" }));
    await port.applyMarks(marks);
    expect(fake.fillOps).toBe(1);
    expect(fake.syncCount).toBe(2);
    expect(fake.cell("S", "B250")!.fill).toBe(MARK_FILLS.error);
  });

  it("marks are fill only when neither notes nor comments are available (ExcelApi 1.10)", async () => {
    const { fake, port } = setup("1.10");
    fake.addSheet("S", [[1]]);
    const applied = await port.applyMarks([{ sheet: "S", cell: "A1", severity: "warning", note: "n" }]);
    expect(applied[0]).toMatchObject({ noteKind: "none", fill: MARK_FILLS.warning, previousFill: null });
    // Without the fill pattern (1.9), white reads as "no fill".
    await port.clearMarks(applied);
    expect(fake.cell("S", "A1")!.fill).toBeNull();
  });
});

describe("OfficeWorkbookPort sheets and settings", () => {
  const template: SheetTemplate = {
    kind: "dc-plan-indicators",
    program: "dc-zero",
    sheetName: "別紙1 指標",
    cells: [
      { address: "A1", value: "実施計画書 指標", style: "title", bold: true },
      { address: "A3", value: "事業区分", style: "header" },
      { address: "B3", value: null, style: "input" },
      { address: "A4", value: "補助対象経費", style: "header" },
      { address: "B4", value: null, numberFormat: "#,##0", style: "input" },
      { address: "B5", value: "=B4/2", style: "computed" },
    ],
    columnWidths: { A: 20, B: 16 },
    merges: ["A1:D1"],
    validations: [{ range: "B3", list: ["新設", "改修", "移設", "コンテナ"] }],
    freezeRows: 2,
  };

  it("insertSheet adds the template sheet in two syncs and refuses to touch an existing one", async () => {
    const { fake, port } = setup();
    fake.addSheet("表紙", [["x"]]);
    expect(await port.insertSheet(template)).toBe(true);
    expect(fake.syncCount).toBe(2);
    const s = fake.sheetOrThrow("別紙1 指標");
    expect(s.cells.get("A3")!.value).toBe("事業区分");
    expect(s.cells.get("B4")!.numberFormat).toBe("#,##0");
    expect(s.cells.get("B5")!.formula).toBe("=B4/2");
    expect(s.cells.get("A1")!.bold).toBe(true);
    expect(s.merges).toEqual(["A1:D1"]);
    expect(s.validations).toEqual([{ range: "B3", source: "新設,改修,移設,コンテナ" }]);
    expect(s.columnWidths.get("A")).toBe(charsToPoints(20));
    expect(s.freezeRows).toBe(2);

    s.cells.get("B3")!.value = "新設";
    expect(await port.insertSheet(template)).toBe(false);
    expect(s.cells.get("B3")!.value).toBe("新設");
    expect(fake.sheets.map((x) => x.name)).toEqual(["表紙", "別紙1 指標"]);
  });

  it("deleteSheet removes the sheet in one sync; a missing sheet is false (same one sync), the last sheet an error", async () => {
    const { fake, port } = setup();
    fake.addSheet("表紙", [["x"]]);
    fake.addSheet("別紙1 指標", [["事業区分", "新設"]]);
    fake.activeSheet = "別紙1 指標";
    fake.selection = { sheet: "別紙1 指標", cell: "B1" };
    expect(await port.deleteSheet("別紙1 指標")).toBe(true);
    expect(fake.syncCount).toBe(1);
    expect(fake.sheets.map((s) => s.name)).toEqual(["表紙"]);
    expect(fake.cell("表紙", "A1")!.value).toBe("x");
    expect([fake.activeSheet, fake.selection]).toEqual(["表紙", null]);

    fake.syncCount = 0;
    expect(await port.deleteSheet("別紙1 指標")).toBe(false);
    expect(fake.syncCount).toBe(1);
    await expect(port.deleteSheet("表紙")).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(fake.sheets.map((s) => s.name)).toEqual(["表紙"]);
  });

  it("deleteSheet with office-addin-mock: worksheet.delete() queued and synced once", async () => {
    const deleted: string[] = [];
    const counter = installMock({
      workbook: {
        worksheets: {
          getItem(name: string) {
            return { delete: () => void deleted.push(name) };
          },
        },
      },
    });
    expect(await new OfficeWorkbookPort().deleteSheet("別紙1 指標")).toBe(true);
    expect(deleted).toEqual(["別紙1 指標"]);
    expect(counter.syncs).toBe(1);
  });

  it("add-in data is saved to the document settings and read back after reopening", async () => {
    const { office, port } = setup();
    await port.saveData("checklist", { "dc-zero/doc/ア": true });
    // Reopen: a new Office whose settings start from what saveAsync persisted.
    const reopened = fakeOffice("1.18", "en-US", office.persisted);
    g.Office = reopened;
    const port2 = new OfficeWorkbookPort();
    expect(await port2.loadData("checklist")).toEqual({ "dc-zero/doc/ア": true });
    expect(await port2.loadData("undo")).toBeNull();
    expect(port2.displayLanguage()).toBe("en-US");
  });

  it("fileName reads Office.context.document.url (a path or a SharePoint URL); an unsaved workbook has none", () => {
    const office = fakeOffice("1.18") as unknown as { context: { document: { url?: string } } };
    g.Office = office;
    const port = new OfficeWorkbookPort();
    expect(port.fileName()).toBeNull();
    office.context.document.url = "C:\\申請\\別紙.xlsx";
    expect(port.fileName()).toBe("別紙.xlsx");
    office.context.document.url = "https://contoso.sharepoint.com/sites/gx/Shared%20Documents/%E7%94%B3%E8%AB%8B.csv?web=1";
    expect(port.fileName()).toBe("申請.csv");
  });
});

describe("OfficeWorkbookPort helpers", () => {
  it("cellRuns groups cells per sheet and column into consecutive rows, at most maxCells each", () => {
    const refs = ["B3", "B4", "B5", "B7", "C3", "$B$6", "B5"].map((cell) => ({ sheet: "S", cell }));
    expect(cellRuns([...refs, { sheet: "T", cell: "B4" }, { sheet: "S", cell: "not a cell" }])).toEqual([
      { sheet: "S", col: 1, fromRow: 2, toRow: 6 },
      { sheet: "S", col: 2, fromRow: 2, toRow: 2 },
      { sheet: "T", col: 1, fromRow: 3, toRow: 3 },
    ]);
    expect(cellRuns(["A1", "A2", "A3", "A4", "A5"].map((cell) => ({ sheet: "S", cell })), 2).map((r) => [r.fromRow, r.toRow])).toEqual([
      [0, 1],
      [2, 3],
      [4, 4],
    ]);
  });

  it("addressLists joins run addresses with commas and never passes the limit", () => {
    const runs = cellRuns(Array.from({ length: 3000 }, (_, i) => ({ sheet: "S", cell: `A${2 * i + 1}` })));
    const lists = addressLists(runs, 8000);
    expect(lists.every((l) => l.length <= 8000)).toBe(true);
    expect(lists.join(",").split(",")).toHaveLength(3000);
    expect(lists[0].startsWith("A1,A3,A5")).toBe(true);
    expect(addressLists(cellRuns([{ sheet: "S", cell: "C2" }, { sheet: "S", cell: "C3" }]))).toEqual(["C2:C3"]);
  });

  it.each([
    [[1, 1, 1], 2, [[1, 1], [1]]],
    [[3, 1], 2, [[3], [1]]],
    [[2, 2], 4, [[2, 2]]],
    [[], 4, []],
  ])("chunkByBytes(%j, budget %d) = %j (an item over the budget goes alone)", (sizes, budget, expected) => {
    expect(chunkByBytes(sizes, (x) => x, budget)).toEqual(expected);
  });

  it("jsonBytes counts a non-ASCII character as an escaped \\uXXXX (6 bytes)", () => {
    expect(jsonBytes("B6")).toBe(4);
    expect(jsonBytes("経費")).toBe(14);
  });

  it.each([
    ["/Users/a/申請書.xlsx", "申請書.xlsx"],
    ["https://x/y/%E7%94%B3%E8%AB%8B%20v2.xlsm#frag", "申請 v2.xlsm"],
    ["https://x/y/bad%E0.xlsx", "bad%E0.xlsx"],
    ["", null],
    [null, null],
    ["https://x/y/", null],
  ])("fileNameOf(%j) = %j", (input, expected) => {
    expect(fileNameOf(input)).toBe(expected);
  });

  it.each([
    ["", "String", null],
    [0, "Double", 0],
    ["#DIV/0!", "Error", { error: "#DIV/0!" }],
    [true, "Boolean", true],
    ["", "Empty", null],
  ])("cellValue(%p, %p)", (v, t, expected) => expect(cellValue(v, t)).toEqual(expected));

  it.each([
    [null, ""],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["@x", "'@x"],
    ["-5", "-5"],
    ["新設", "新設"],
    [12, 12],
  ])("toExcelInput(%p) = %p", (v, expected) => expect(toExcelInput(v)).toBe(expected));

  it("normaliseAddress compares quoted and unquoted sheet addresses", () => {
    expect(normaliseAddress("'別紙 2'!$B$1")).toBe(normaliseAddress("別紙 2!b1"));
    expect(normaliseAddress("'O''Brien'!A1")).toBe("O'Brien!A1");
  });
});
