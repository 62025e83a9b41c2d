/**
 * Issue 10 reading pieces, one by one: merges and hidden rows/cols from exceljs, two-row headers (with and
 * without merge information), 年度 captions of stacked blocks, 億/万 amounts, official long 事業区分 names,
 * battery installation lines (DC-BATT-01, 工事費込み).
 */
import ExcelJS from "exceljs";
import { readWorkbookBuffer } from "../../src/cli/xlsx";
import { parseJapaneseNumber } from "../../src/rules/lib/normalize";
import { evaluateExpenses } from "../../src/rules/programs/dc-zero/evaluateExpenses";
import { parseProjectType } from "../../src/rules/programs/dc-zero/projectType";
import { line } from "../../src/rules/programs/dc-zero/testdata/expenseSheets";
import { detectWorkbook } from "../../src/rules/sheets/detect";
import { sheetFromCells } from "../../src/rules/sheets/gridBuilder";
import { mergeAt, shownAt } from "../../src/rules/sheets/types";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";
import { caseBuffer, LAYOUT_CASES } from "../fixtures/layouts/corpus";

describe("exceljs reader: merges and hidden rows/columns", () => {
  it("gives the merged areas and the hidden rows and columns of the used range", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("B2").value = "工事費";
    ws.mergeCells("B2:B4");
    ws.getCell("D5").value = 1;
    ws.getRow(3).hidden = true;
    ws.getColumn("C").hidden = true;
    const read = await readWorkbookBuffer(
      Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer),
    );
    if (!read.ok) throw new Error(read.message);
    const grid = read.workbook.sheets[0];
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 3, right: 1 }]);
    expect(grid.hiddenRows).toEqual([2]);
    expect(grid.hiddenCols).toEqual([2]);
    expect(shownAt(grid, 3, 1)).toBe("工事費");
    expect(mergeAt(grid, 4, 1)).toBeNull();
  });

  it("lists formulas saved with a result of 0 or none (not recalculated), not those with a real result", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = { formula: "B1*C1", result: 0, date1904: false };
    ws.getCell("A2").value = { formula: "B2*C2", date1904: false } as ExcelJS.CellFormulaValue;
    ws.getCell("A3").value = { formula: "B3*C3", result: 12, date1904: false };
    ws.getCell("A4").value = 0;
    const read = await readWorkbookBuffer(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    if (!read.ok) throw new Error(read.message);
    expect(read.workbook.sheets[0].zeroFormulas).toEqual([
      { row: 0, col: 0 },
      { row: 1, col: 0 },
    ]);
  });
});

const HEADER_2ROWS = {
  A1: "経費内訳",
  B3: "経費の区分",
  E3: "内容",
  F3: "金額",
  B4: "区分",
  C4: "費目",
  D4: "細分",
  F4: "事業費",
  G4: "補助対象経費",
  B5: "設備費",
  C5: "設備費",
  E5: "高効率UPS",
  F5: 1000,
  G5: 1000,
};

describe("two-row headers", () => {
  it("are read as one band with merges (leaf labels merged down)", () => {
    const sheet = {
      ...sheetFromCells("S", HEADER_2ROWS),
      merges: [
        { top: 2, left: 1, bottom: 2, right: 3 },
        { top: 2, left: 4, bottom: 3, right: 4 },
        { top: 2, left: 5, bottom: 2, right: 6 },
      ],
    };
    const [p] = detectWorkbook({ sheets: [sheet] }).expenses;
    expect(p.table.headerRow).toBe(3);
    expect(p.table.anchor.row).toBe(2);
    expect(p.table.columns.description?.col).toBe(4);
    expect(p.table.columns.amountYen?.col).toBe(5);
    expect(p.lines.map((l) => [l.row, l.description, l.amountYen])).toEqual([
      [4, "高効率UPS", 1000],
    ]);
  });

  it("are read without merge information too (a blank lower cell takes the upper label)", () => {
    const [p] = detectWorkbook({
      sheets: [sheetFromCells("S", HEADER_2ROWS)],
    }).expenses;
    expect(p?.lines.map((l) => l.description)).toEqual(["高効率UPS"]);
  });

  it("a one-row header directly below another text row is still read as one row", () => {
    const [p] = detectWorkbook({
      sheets: [
        sheetFromCells("S", {
          A1: "メモ",
          B1: "参考",
          A2: "区分",
          B2: "費目",
          C2: "細分",
          D2: "内容",
          E2: "金額",
          F2: "補助対象経費",
          A3: "設備費",
          B3: "設備費",
          D3: "UPS",
          E3: 5,
          F3: 5,
        }),
      ],
    }).expenses;
    expect(p.table.headerRow).toBe(1);
    expect(p.table.anchor.row).toBe(1);
  });
});

describe("stacked 年度 blocks: the caption is the block's 年度", () => {
  const block = (
    top: number,
    caption: string,
  ): Record<string, string | number> => ({
    [`A${top}`]: caption,
    [`A${top + 1}`]: "区分",
    [`B${top + 1}`]: "費目",
    [`C${top + 1}`]: "細分",
    [`D${top + 1}`]: "内容",
    [`E${top + 1}`]: "金額",
    [`F${top + 1}`]: "補助対象経費",
    [`A${top + 2}`]: "設備費",
    [`B${top + 2}`]: "設備費",
    [`D${top + 2}`]: "UPS",
    [`E${top + 2}`]: 10,
    [`F${top + 2}`]: 10,
    [`D${top + 3}`]: "合計",
    [`E${top + 3}`]: 10,
  });
  it.each([
    ["【令和6年度】", 2024],
    ["令和7年度分", 2025],
    ["2025年度", 2025],
    ["R8年度", 2026],
  ])("%s → %i", (caption, fy) => {
    const sheet = sheetFromCells("S", {
      ...block(1, "【令和5年度】"),
      ...block(8, caption),
    });
    const tables = detectWorkbook({ sheets: [sheet] }).expenses;
    expect(
      tables.map((t) =>
        t.lines.filter((l) => l.kind === "line").map((l) => l.fiscalYear),
      ),
    ).toEqual([[2023], [fy]]);
  });

  it("a lone table keeps its title's year out of its lines", () => {
    const tables = detectWorkbook({
      sheets: [sheetFromCells("S", block(1, "【令和6年度】"))],
    }).expenses;
    expect(tables[0].lines[0].fiscalYear).toBeNull();
  });
});

describe("amounts written with 億 and 万", () => {
  it.each([
    ["9億9999万9999円", 999_999_999],
    ["1億6860万円", 168_600_000],
    ["3億500万", 305_000_000],
    ["9億9,999万9,999円", 999_999_999],
    ["1億1円", 100_000_001],
    ["1.5億円", 150_000_000],
    ["6930万円", 69_300_000],
  ])("%s = %i", (text, value) => {
    const r = parseJapaneseNumber(text);
    expect(r.ok && r.value.value).toBe(value);
  });
  it.each(["億", "1億万", "万円", "1億2億"])("%s is not a number", (text) => {
    expect(parseJapaneseNumber(text).ok).toBe(false);
  });
});

describe("official long names of 事業区分", () => {
  it.each([
    ["データセンター新設支援事業（略称：新設）", "new"],
    ["データセンター改修支援事業(略称:改修)", "renovation"],
    ["コンテナ型データセンター等導入支援事業（略称：コンテナ）", "container"],
    ["データセンター移設支援事業（略称 移設）", "relocation"],
  ])("%s → %s", (text, type) => {
    const r = parseProjectType(text);
    expect(r.ok && r.value).toBe(type);
  });
  it("a name that contradicts its 略称 is not read", () => {
    expect(
      parseProjectType("データセンター新設支援事業（略称：改修）").ok,
    ).toBe(false);
  });
});

describe("DC-BATT-01: the target price is 工事費込み", () => {
  const battery = (row: number, amount: number) =>
    line(row, {
      category: "設備費",
      item: "設備費",
      description: "定置用蓄電池（業務・産業用）",
      quantity: 1000,
      unit: "kWh",
      amountYen: amount,
      eligibleYen: amount,
      rateClass: "1/2",
    });
  const install = line(9, {
    category: "工事費",
    item: "本工事費",
    subItem: "労務費",
    description: "蓄電池 設置工事",
    amountYen: 15_000_000,
    eligibleYen: 15_000_000,
    rateClass: "1/2",
  });
  const batt = (lines: Parameters<typeof evaluateExpenses>[0]["lines"]) =>
    evaluateExpenses({ projectType: "new", lines, declared: {} }).issues.filter(
      (i) => i.ruleId === "DC-BATT-01",
    );

  it("adds the installation line: 110M + 15M for 1,000kWh is over 12.0万円/kWh", () => {
    expect(batt([battery(5, 110_000_000)])).toEqual([]);
    expect(
      batt([battery(5, 110_000_000), install]).map((i) => [
        i.row,
        i.field,
        i.severity,
      ]),
    ).toEqual([[5, "amountYen", "error"]]);
  });
  it("at the target exactly (105M + 15M) passes", () => {
    expect(batt([battery(5, 105_000_000), install])).toEqual([]);
  });
  it("several battery lines and an installation line: a warning on each battery, never a silent pass", () => {
    expect(
      batt([battery(5, 50_000_000), battery(6, 50_000_000), install]).map(
        (i) => [i.row, i.severity],
      ),
    ).toEqual([
      [5, "warning"],
      [6, "warning"],
    ]);
  });
});

describe("application-wide requirements across stacked 年度 blocks", () => {
  it("DC-NEW-REQ-01 (new RE equipment) is met by a RE line in any block", async () => {
    const c = LAYOUT_CASES.find((x) => x.layout === 4 && !x.faulty);
    if (!c) throw new Error("no layout 4 case");
    const read = await readWorkbookBuffer(await caseBuffer(c));
    if (!read.ok) throw new Error(read.message);
    expect(
      validateWorkbook(read.workbook).findings.filter(
        (f) => f.ruleId === "DC-NEW-REQ-01",
      ),
    ).toEqual([]);
  });

  it("…and still warned when no block has one", () => {
    const sheet = sheetFromCells("S", {
      A1: "事業区分",
      B1: "新設",
      A3: "【令和6年度】",
      A4: "区分",
      B4: "費目",
      C4: "細分",
      D4: "内容",
      E4: "金額",
      F4: "補助対象経費",
      A5: "設備費",
      B5: "設備費",
      D5: "高効率空調",
      E5: 30,
      F5: 30,
      A8: "【令和7年度】",
      A9: "区分",
      B9: "費目",
      C9: "細分",
      D9: "内容",
      E9: "金額",
      F9: "補助対象経費",
      A10: "設備費",
      B10: "設備費",
      D10: "高効率空調",
      E10: 30,
      F10: 30,
    });
    expect(
      validateWorkbook({ sheets: [sheet] })
        .findings.filter((f) => f.ruleId === "DC-NEW-REQ-01")
        .map((f) => f.cell),
    ).toEqual(["A4", "A9"]);
  });
});

describe("facts typed as ラベル：値 in one cell", () => {
  it("事業区分：新設 is read; a long note that starts with a label is not a fact", () => {
    const lines = { A3: "区分", B3: "費目", C3: "細分", D3: "内容", E3: "金額", F3: "補助対象経費", A4: "設備費", B4: "設備費", D4: "高効率空調", E4: 30, F4: 30 };
    const typed = validateWorkbook({ sheets: [sheetFromCells("S", { A1: "事業区分：新設", ...lines })] });
    expect(typed.findings.some((f) => f.message.includes("事業区分が記載されていない"))).toBe(false);
    const note = validateWorkbook({ sheets: [sheetFromCells("S", { A1: "事業区分：新設の場合は再エネ設備の導入が要件となるため、設備の行を必ず記入してください", ...lines })] });
    expect(note.findings.some((f) => f.message.includes("事業区分が記載されていない"))).toBe(true);
  });
});
