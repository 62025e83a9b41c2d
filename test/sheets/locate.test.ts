/** Locators (SPEC §5): each kind found by its header labels wherever it sits; fixtures written and read back with exceljs. */
import { detectWorkbook } from "../../src/rules/sheets/detect";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";
import { EXPENSE_HEADER, xlsxRoundTrip } from "./helpers";
import { readWorkbookBuffer } from "../../src/cli/xlsx";
import { CLOUD_CAPEX_TABLE, CLOUD_COST_TABLE } from "../../src/rules/sheets/cloudSheets";
import { EXPENSE_TABLE } from "../../src/rules/sheets/expenseSheet";
import { locateTableKinds, locateTables, type LocatedTable } from "../../src/rules/sheets/locate";
import { POWER_PLAN_TABLE } from "../../src/rules/sheets/powerPlanSheet";
import type { SheetGrid } from "../../src/rules/sheets/types";
import { caseBuffer, LAYOUT_CASES } from "../fixtures/layouts/corpus";

const LINE = ["設備費", "設備費", null, "高効率空調設備", 1200, 1000];

async function expensesOf(...args: Parameters<typeof xlsxRoundTrip>) {
  const wb = await xlsxRoundTrip(...args);
  return { wb, det: detectWorkbook(wb), report: validateWorkbook(wb) };
}

describe("経費内訳 locator", () => {
  it("finds the header in row 1", async () => {
    const { det, report } = await expensesOf({ name: "別紙2 経費内訳", rows: [[...EXPENSE_HEADER], LINE] });
    expect(report.detected).toContainEqual(expect.objectContaining({ kind: "dc-expenses", sheet: "別紙2 経費内訳", anchor: "A1" }));
    expect(det.expenses[0].lines).toEqual([expect.objectContaining({ row: 1, category: "設備費", description: "高効率空調設備", amountYen: 1200, eligibleYen: 1000 })]);
  });

  it("finds the header in row 9 starting at column D", async () => {
    const { det, report } = await expensesOf({ name: "経費", rows: [[...EXPENSE_HEADER], LINE], start: { row: 9, col: 4 } });
    expect(report.detected[0]).toEqual(expect.objectContaining({ kind: "dc-expenses", anchor: "D9" }));
    expect(det.expenses[0].lines[0]).toEqual(expect.objectContaining({ row: 9, amountYen: 1200 }));
  });

  it("maps reordered columns and ignores extra ones", async () => {
    const { det } = await expensesOf({
      name: "経費内訳",
      rows: [
        ["No", "金額", "内容", "備考", "補助対象経費", "細分", "区分", "費目", "数量", "単位", "年度", "補助率区分"],
        [1, 5_000_000, "蓄電池 1,000kWh", "見積A", 4_000_000, null, "設備費", "設備費", 1000, "kWh", "令和6年度", "1/2"],
      ],
    });
    const l = det.expenses[0].lines[0];
    expect(l).toEqual(
      expect.objectContaining({ amountYen: 5_000_000, eligibleYen: 4_000_000, description: "蓄電池 1,000kWh", category: "設備費", item: "設備費", quantity: 1000, unit: "kWh", fiscalYear: 2024, rateClass: "1/2" }),
    );
    expect(det.expenses[0].table.columns.amountYen?.col).toBe(1);
  });

  it("finds the header under blank rows and a merged title", async () => {
    const { report, det } = await expensesOf({
      name: "別紙2",
      rows: [["別紙2　経費内訳（令和6年度）"], [null], [null], [null], [null], [...EXPENSE_HEADER], LINE],
      merges: ["A1:F2"],
    });
    expect(report.detected[0]).toEqual(expect.objectContaining({ kind: "dc-expenses", anchor: "A6" }));
    expect(det.expenses[0].lines).toHaveLength(1);
  });

  it("accepts 内訳 instead of 内容, and spaced / full-width labels", async () => {
    const { det } = await expensesOf({ name: "S", rows: [["区　分", "費目", "細分", "内訳", "金額（円）", "補助対象経費（円）"], LINE] });
    expect(det.expenses[0].lines[0].description).toBe("高効率空調設備");
  });

  it("scales 金額(千円) and 補助対象経費（千円） columns by 1,000", async () => {
    const { det } = await expensesOf({ name: "S", rows: [["区分", "費目", "細分", "内容", "金額(千円)", "補助対象経費（千円）"], LINE] });
    expect(det.expenses[0].lines[0]).toEqual(expect.objectContaining({ amountYen: 1_200_000, eligibleYen: 1_000_000 }));
  });

  it("scales 万円 columns by 10,000", async () => {
    const { det } = await expensesOf({ name: "S", rows: [["区分", "費目", "細分", "内容", "金額（万円）", "補助対象経費（万円）"], LINE] });
    expect(det.expenses[0].lines[0]).toEqual(expect.objectContaining({ amountYen: 12_000_000, eligibleYen: 10_000_000 }));
  });

  it("applies a （単位：千円） note above the header to the amount columns", async () => {
    const { det } = await expensesOf({ name: "S", rows: [[null, null, null, null, null, "（単位：千円）"], [...EXPENSE_HEADER], LINE] });
    expect(det.expenses[0].lines[0]).toEqual(expect.objectContaining({ amountYen: 1_200_000, eligibleYen: 1_000_000 }));
  });

  it("applies a unit row just below the header", async () => {
    const { det } = await expensesOf({ name: "S", rows: [[...EXPENSE_HEADER], [null, null, null, null, "(千円)", "(千円)"], LINE] });
    expect(det.expenses[0].table.firstDataRow).toBe(2);
    expect(det.expenses[0].lines[0]).toEqual(expect.objectContaining({ row: 2, amountYen: 1_200_000 }));
  });

  it("finds a renamed sheet and keeps its name in findings", async () => {
    const { report } = await expensesOf({ name: "Sheet1 (2)", rows: [[...EXPENSE_HEADER], ["設備費", "設備費", null, "空調", 100, 200]] });
    expect(report.detected[0].sheet).toBe("Sheet1 (2)");
    expect(report.findings).toContainEqual(expect.objectContaining({ sheet: "Sheet1 (2)", cell: "F2", ruleId: "DC-EXP-01", severity: "error" }));
  });

  it("does not take a row with only some of the labels for a header", async () => {
    const { report } = await expensesOf({ name: "S", rows: [["区分", "費目", "内容", "金額"], LINE] });
    expect(report.detected).toEqual([]);
  });
});

describe("電力調達計画 locator", () => {
  it("finds the table, scales MWh to kWh and months to years", async () => {
    const { det, report } = await expensesOf({
      name: "電力",
      rows: [
        ["調達方法", "電源種", "状態", "都道府県", "年間調達量（MWh）", "契約期間（ヶ月）", "備考"],
        ["CPPA", "太陽光", "新設", "北海道", 50_000, 180, "20MW"],
      ],
      start: { row: 4, col: 2 },
    });
    expect(report.detected).toContainEqual(expect.objectContaining({ kind: "gx-power-plan", anchor: "B4" }));
    expect(det.powerPlans[0].lines[0]).toEqual(expect.objectContaining({ row: 4, sourceType: "太陽光", procurement: "CPPA", annualKWh: 50_000_000, contractYears: 15 }));
  });
});

describe("meti-cloud locators", () => {
  it("tells 費用明細表 (with 単価) from 設備投資合算表 (per-site totals)", async () => {
    const { report } = await expensesOf(
      { name: "別紙1", rows: [["項目", "拠点", "数量", "単価", "金額"], ["GPUサーバー", "石狩", 2, 50_000_000, 100_000_000]] },
      { name: "別紙2", rows: [["拠点", "設備投資額"], ["石狩", 100_000_000]] },
    );
    expect(report.detected.map((d) => [d.kind, d.sheet])).toEqual([
      ["cloud-cost", "別紙1"],
      ["cloud-capex", "別紙2"],
    ]);
  });
});

describe("実施計画書 指標 locator", () => {
  it("needs at least two indicator labels on one sheet", async () => {
    const one = await expensesOf({ name: "S", rows: [["PUE", 1.3]] });
    expect(one.report.detected).toEqual([]);
    const two = await expensesOf({ name: "指標", rows: [[null], ["事業区分", "新設"], ["PUE", 1.3], ["再エネ率", 0.12]] });
    expect(two.report.detected).toEqual([expect.objectContaining({ kind: "dc-plan-indicators", sheet: "指標", anchor: "A2" })]);
  });
});

describe("locateTableKinds (one scan of a sheet for every table kind)", () => {
  const SPECS = [EXPENSE_TABLE, POWER_PLAN_TABLE, CLOUD_COST_TABLE, CLOUD_CAPEX_TABLE] as const;
  const headers = (tables: readonly LocatedTable[]) => tables.map((t) => ({ headerRow: t.headerRow, firstDataRow: t.firstDataRow, anchor: t.anchor, span: t.span, columns: t.columns }));

  it("finds, for every sheet of the layout corpus and of hand-made kinds, the tables locateTables finds per kind", async () => {
    const sheets: SheetGrid[] = [];
    for (const c of LAYOUT_CASES) {
      const read = await readWorkbookBuffer(await caseBuffer(c), c.fileName);
      if (!read.ok) throw new Error(read.message);
      sheets.push(...read.workbook.sheets);
    }
    // Two-row headers of two kinds on one sheet, and a 電力調達計画 right under an 経費内訳 header.
    sheets.push({
      name: "mixed",
      rowOffset: 0,
      colOffset: 0,
      values: [
        [...EXPENSE_HEADER],
        ["電源種", "状態", "調達方法", "都道府県", "年間調達量", "契約期間"],
        ["太陽光", "新設", "自家発電", "東京都", 1000, 20],
        [],
        ["項目", "数量", "単価", "金額"],
        ["サーバ", 2, 100, 200],
      ],
    });
    let found = 0;
    for (const sheet of sheets) {
      const together = locateTableKinds<string>(sheet, SPECS);
      SPECS.forEach((spec, i) => {
        expect(headers(together[i])).toEqual(headers(locateTables<string>(sheet, spec)));
        found += together[i].length;
      });
    }
    expect(found).toBeGreaterThan(LAYOUT_CASES.length);
  });
});
