/** Parsers (SPEC §5): cells → typed lines with Japanese input as typed; fixtures written and read back with exceljs. */
import { detectWorkbook } from "../../src/rules/sheets/detect";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";
import { EXPENSE_HEADER, xlsxRoundTrip } from "./helpers";

const HEADER = [...EXPENSE_HEADER, "年度"];

async function parse(rows: Parameters<typeof xlsxRoundTrip>[0]["rows"], merges?: string[]) {
  const wb = await xlsxRoundTrip({ name: "経費内訳", rows, merges });
  const det = detectWorkbook(wb);
  return { wb, p: det.expenses[0], report: validateWorkbook(wb, { facts: { 事業区分: "新設" } }) };
}

describe("経費内訳 parser", () => {
  it("SHEET-NUM-01: reads full-width digits typed as text, with a warning at the cell", async () => {
    const { p, report } = await parse([HEADER, ["設備費", "設備費", null, "空調設備", "１，２００，０００", 1_200_000, 2024]]);
    expect(p.lines[0].amountYen).toBe(1_200_000);
    const w = report.findings.find((f) => f.cell === "E2" && f.ruleId === "SHEET-NUM-01");
    expect(w?.severity).toBe("warning");
    expect(w?.message).toContain("数値が文字列として入力されています");
    expect(w?.message).toContain("全角");
  });

  it("SHEET-NUM-01: a plain number stored as text is read and flagged", async () => {
    const { p, report } = await parse([HEADER, ["設備費", "設備費", null, "空調設備", 500_000, "500000", 2024]]);
    expect(p.lines[0].eligibleYen).toBe(500_000);
    expect(report.findings).toContainEqual(expect.objectContaining({ cell: "F2", ruleId: "SHEET-NUM-01", severity: "warning" }));
  });

  it("reads a number typed as text the same on every row, by its own column's unit (read once per column)", async () => {
    const header = ["区分", "費目", "細分", "内容", "金額（千円）", "補助対象経費（円）", "数量", "年度"];
    const line = ["設備費", "設備費", null, "空調設備", "１，２００", "１，２００", "１，２００", 2024];
    const { p, report } = await parse([header, line, line, [...line.slice(0, 4), "1200", "１，２００", "1200", 2024]]);
    expect(p.lines.map((l) => [l.amountYen, l.eligibleYen, l.quantity])).toEqual([
      [1_200_000, 1_200, 1_200],
      [1_200_000, 1_200, 1_200],
      [1_200_000, 1_200, 1_200],
    ]);
    const warned = report.findings.filter((f) => f.ruleId === "SHEET-NUM-01").map((f) => f.cell);
    expect(warned).toEqual(expect.arrayContaining(["E2", "F2", "G2", "E3", "F3", "G3", "E4", "F4", "G4"]));
  });

  it("applies units written in a cell (円 / 千円 / 万円) over the column's", async () => {
    const { p } = await parse([
      ["区分", "費目", "細分", "内容", "金額（千円）", "補助対象経費（千円）"],
      ["設備費", "設備費", null, "空調", "1,200,000円", "1,200千円"],
      ["設備費", "設備費", null, "照明", "30万円", 300],
    ]);
    expect(p.lines.map((l) => [l.amountYen, l.eligibleYen])).toEqual([
      [1_200_000, 1_200_000],
      [300_000, 300_000],
    ]);
  });

  it("SHEET-NUM-02: text that is not a number is a warning and the amount stays empty", async () => {
    const { p, report } = await parse([HEADER, ["設備費", "設備費", null, "空調", "別途見積", 0, 2024]]);
    expect(p.lines[0].amountYen).toBeNull();
    expect(report.findings).toContainEqual(expect.objectContaining({ cell: "E2", ruleId: "SHEET-NUM-02", severity: "warning" }));
  });

  it("skips blank lines and category rows without 内容 or amounts", async () => {
    const { p } = await parse([
      HEADER,
      ["工事費", "本工事費", "材料費", null, null, null, null],
      [null, null, null, "架台材料", 100, 100, 2024],
      [null],
      [null, null, null, "配線材料", 200, 200, 2024],
    ]);
    expect(p.lines.map((l) => [l.row, l.category, l.item, l.subItem, l.description])).toEqual([
      [2, "工事費", "本工事費", "材料費", "架台材料"],
      [4, "工事費", "本工事費", "材料費", "配線材料"],
    ]);
  });

  it("carries merged 区分 / 年度 cells down; issues about them point at the merged cell", async () => {
    const { p, report } = await parse(
      [HEADER, ["機械費", "設備費", null, "空調", 100, 100, 2024], [null, null, null, "照明", 50, 50, null]],
      ["A2:A3", "G2:G3"],
    );
    expect(p.lines.map((l) => [l.category, l.fiscalYear])).toEqual([
      ["機械費", 2024],
      ["機械費", 2024],
    ]);
    const onCategory = report.findings.filter((f) => f.ruleId === "DC-EXP-04" && f.cell.startsWith("A"));
    expect(onCategory.length).toBeGreaterThan(0);
    expect(onCategory.every((f) => f.cell === "A2")).toBe(true);
  });

  it("recognises 小計 and 合計 lines (kind subtotal / total)", async () => {
    const { p } = await parse([
      HEADER,
      ["設備費", "設備費", null, "空調", 100, 100, 2024],
      ["設備費 小計", null, null, null, 100, 100, null],
      ["業務費", "業務費", null, "設計", 40, 40, 2024],
      ["設計費", null, null, null, 1, 1, null],
      ["合計", null, null, null, 141, 141, null],
    ]);
    expect(p.lines.map((l) => l.kind)).toEqual(["line", "subtotal", "line", "line", "total"]);
  });

  it("SHEET-CELL-01: an Excel error value becomes an error finding at its cell, never a crash", async () => {
    const { p, report } = await parse([
      HEADER,
      ["設備費", "設備費", null, "空調", { error: "#REF!" }, 100, 2024],
      ["設備費", "設備費", null, "照明", { formula: "E99/0", result: { error: "#DIV/0!" } }, 10, 2024],
    ]);
    expect(p.lines.map((l) => l.amountYen)).toEqual([null, null]);
    expect(report.findings).toContainEqual(expect.objectContaining({ cell: "E2", ruleId: "SHEET-CELL-01", severity: "error" }));
    expect(report.findings.find((f) => f.cell === "E3" && f.ruleId === "SHEET-CELL-01")?.message).toContain("#DIV/0!");
  });

  it("uses cached formula results, shared formulas and rich text", async () => {
    const { p } = await parse([
      HEADER,
      ["設備費", "設備費", null, { richText: [{ text: "高効率" }, { text: "空調", font: { bold: true } }] } as never, { formula: "100*2", result: 200 }, { formula: "E2", result: 200 }, 2024],
    ]);
    expect(p.lines[0]).toEqual(expect.objectContaining({ description: "高効率空調", amountYen: 200, eligibleYen: 200 }));
  });

  it("ends the table at a run of blank rows", async () => {
    const { p } = await parse([HEADER, ["設備費", "設備費", null, "空調", 100, 100, 2024], [null], [null], [null], [null], ["設備費", "設備費", null, "メモ", 1, 1, 2024]]);
    expect(p.lines).toHaveLength(1);
  });

  it("keeps a 合計 row below the blank input rows of a form", async () => {
    const blank = Array.from({ length: 10 }, () => [null]);
    const { p } = await parse([HEADER, ["設備費", "設備費", null, "空調", 100, 100, 2024], ...blank, [null, "合計", null, null, 100, 100]]);
    expect(p.lines.map((l) => [l.row, l.kind])).toEqual([
      [1, "line"],
      [12, "total"],
    ]);
  });

  it("ends the table at the summary block and reads it (総事業費, 補助対象経費, 事務費, 補助金所要額 per 年度)", async () => {
    const { p } = await parse([
      HEADER,
      ["設備費", "設備費", null, "空調", 100_000_000, 100_000_000, 2024],
      ["事務費", "事務費", "旅費", "出張", 1_000_000, 1_000_000, 2024],
      ["設備費", "設備費", null, "照明", 20_000_000, 20_000_000, 2025],
      [null],
      [null, null, null, "総事業費", 121_000_000],
      [null, null, null, "補助対象経費", 121_000_000],
      [null, null, null, "事務費", 1_000_000],
      [null, null, null, "補助金所要額（2024年度）", 50_500_000],
      [null, null, null, "令和7年度 補助金所要額", 10_000_000],
    ]);
    expect(p.lines).toHaveLength(3);
    expect(p.declared).toEqual({
      totalProjectCostYen: { valueYen: 121_000_000, row: 5 },
      eligibleTotalYen: { valueYen: 121_000_000, row: 6 },
      adminFeeYen: { valueYen: 1_000_000, row: 7 },
      subsidyRequested: [
        { valueYen: 50_500_000, row: 8, fiscalYear: 2024 },
        { valueYen: 10_000_000, row: 9, fiscalYear: 2025 },
      ],
    });
  });

  it("reads a summary laid out with 年度 captions, one column per year and a 合計 column", async () => {
    const { p, report } = await parse([
      HEADER,
      ["設備費", "設備費", null, "受変電設備", 100_000_000, 100_000_000, 2024],
      ["設備費", "設備費", null, "配電盤", 20_000_000, 20_000_000, 2025],
      [null],
      [null, null, null, null, "2024年度", "2025年度", "合計"],
      [null, null, null, "補助金所要額", 50_000_000, 10_000_000, 60_000_000],
    ]);
    expect(p.declared.subsidyRequested).toEqual([
      { valueYen: 50_000_000, row: 5, fiscalYear: 2024 },
      { valueYen: 10_000_000, row: 5, fiscalYear: 2025 },
    ]);
    // 受変電設備 and 配電盤 are at the 1/2 rate: 100,000,000 → 50,000,000 and 20,000,000 → 10,000,000, as declared.
    expect(report.findings.filter((f) => f.ruleId === "DC-NEW-CAP-01" && f.severity !== "info")).toEqual([]);
  });

  it("points an issue about one year's 補助金所要額 at that year's column", async () => {
    const { report } = await parse([
      HEADER,
      ["設備費", "設備費", null, "受変電設備", 100_000_000, 100_000_000, 2024],
      ["設備費", "設備費", null, "配電盤", 20_000_000, 20_000_000, 2025],
      [null],
      [null, null, null, null, "2024年度", "2025年度"],
      [null, null, null, "補助金所要額", 50_000_000, 12_000_000],
    ]);
    expect(report.findings).toContainEqual(expect.objectContaining({ cell: "F6", ruleId: "DC-NEW-CAP-01", severity: "error" }));
  });

  it("SHEET-YEAR-01: a 年度 that is not a year is a warning", async () => {
    const { report } = await parse([HEADER, ["設備費", "設備費", null, "空調", 100, 100, "来年"]]);
    expect(report.findings).toContainEqual(expect.objectContaining({ cell: "G2", ruleId: "SHEET-YEAR-01", severity: "warning" }));
  });
});

describe("電力調達計画 parser", () => {
  it("reads 契約期間 typed as text, skips 合計 rows, reads 合理的例外 yes/no", async () => {
    const wb = await xlsxRoundTrip({
      name: "電力",
      rows: [
        ["電源種", "状態", "調達方法", "都道府県", "年間調達量（千kWh）", "契約期間", "合理的例外"],
        ["太陽光", "新設", "CPPA", "北海道", 60_000, "15年", "いいえ"],
        ["風力", "既設", "CPPA", "北海道", "４０，０００", 10, "○"],
        ["合計", null, null, null, 100_000, null, null],
      ],
    });
    const lines = detectWorkbook(wb).powerPlans[0].lines;
    expect(lines).toEqual([
      expect.objectContaining({ row: 1, annualKWh: 60_000_000, contractYears: 15, justifiedException: false }),
      expect.objectContaining({ row: 2, annualKWh: 40_000_000, contractYears: 10, justifiedException: true }),
    ]);
    const report = validateWorkbook(wb);
    expect(report.findings).toContainEqual(expect.objectContaining({ cell: "F2", ruleId: "SHEET-NUM-01" }));
    expect(report.findings).toContainEqual(expect.objectContaining({ cell: "E3", ruleId: "SHEET-NUM-01" }));
  });
});
