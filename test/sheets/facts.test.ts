/** Facts reader (SPEC §5): labelled cells anywhere, value right or below; options override. */
import { detectWorkbook } from "../../src/rules/sheets/detect";
import { FactResolver } from "../../src/rules/sheets/factResolver";
import { factKeyOf, type FactKey } from "../../src/rules/sheets/factCatalog";
import { sheetFromCells } from "../../src/rules/sheets/gridBuilder";
import type { CellValue, WorkbookGrid } from "../../src/rules/sheets/types";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";

const wbOf = (...sheets: [string, Record<string, CellValue>, Record<string, string>?][]): WorkbookGrid => ({
  sheets: sheets.map(([name, cells, formats]) => sheetFromCells(name, cells, formats)),
});

function fact(wb: WorkbookGrid, key: FactKey, options: Record<string, string | number | boolean> = {}, preferred: string[] = []) {
  return new FactResolver(detectWorkbook(wb), options).get(key, preferred, "test");
}

describe("facts reader", () => {
  it("reads the value to the right of a label, past the blanks of a merged label", () => {
    const f = fact(wbOf(["S", { B3: "事業区分", D3: "新設" }]), "事業区分");
    expect(f).toEqual(expect.objectContaining({ value: "新設", from: "workbook", where: { sheet: "S", cell: "D3" } }));
  });

  it("reads the value below a label in a row of labels", () => {
    const wb = wbOf(["S", { A1: "事業者名", B1: "事業区分", C1: "PUE", A2: "株式会社A", B2: "コンテナ", C2: 1.2 }]);
    expect(fact(wb, "事業区分").value).toBe("コンテナ");
    expect(fact(wb, "PUE").value).toBe(1.2);
  });

  it("does not read the next label of a vertical list as the value of an empty one", () => {
    const f = fact(wbOf(["S", { A3: "事業区分", A4: "事業者名", B4: "株式会社A" }]), "事業区分");
    expect(f).toEqual(expect.objectContaining({ value: null, from: "none", where: { sheet: "S", cell: "B3" } }));
  });

  it("scales a number by the unit in its label", () => {
    expect(fact(wbOf(["S", { A1: "補助対象経費（千円）", B1: 12_000 }]), "補助対象経費").value).toBe(12_000_000);
    expect(fact(wbOf(["S", { A1: "年間使用電力量(MWh)", B1: 500 }]), "年間使用電力量").value).toBe(500_000);
  });

  it.each([
    ["8%", undefined, "再エネ率", 0.08],
    [0.08, "0%", "再エネ率", 0.08],
    [8, undefined, "再エネ率（%）", 0.08],
    [8, undefined, "再エネ率", 0.08],
    [0.08, undefined, "再エネ率", 0.08],
  ] as const)("reads 再エネ率 %j (format %s, label %s) as a fraction", (raw, format, label, value) => {
    const f = fact(wbOf(["S", { A1: label, B1: raw }, format ? { B1: format } : {}]), "再エネ率");
    expect(f.value).toBeCloseTo(value, 10);
  });

  it.each([
    ["○", true],
    ["該当", true],
    ["非該当", false],
    ["いいえ", false],
    [true, true],
  ] as const)("reads yes/no %j", (raw, value) => {
    expect(fact(wbOf(["S", { A1: "脱炭素電力供給地域", B1: raw }]), "脱炭素電力供給地域").value).toBe(value);
  });

  it("SHEET-FACT-02: an unreadable yes/no is a warning at its cell", () => {
    const f = fact(wbOf(["S", { A1: "脱炭素電力供給地域", B1: "たぶん" }]), "脱炭素電力供給地域");
    expect(f.value).toBeNull();
    expect(f.findings).toEqual([expect.objectContaining({ cell: "B1", severity: "warning", ruleId: "SHEET-FACT-02" })]);
  });

  it("SHEET-CELL-01: an error value in a fact cell is an error finding", () => {
    const f = fact(wbOf(["S", { A1: "年間使用電力量", B1: { error: "#REF!" } }]), "年間使用電力量");
    expect(f.findings).toEqual([expect.objectContaining({ cell: "B1", severity: "error", ruleId: "SHEET-CELL-01" })]);
  });

  it("an option overrides the workbook; option names accept the label aliases", () => {
    const wb = wbOf(["S", { A1: "投資類型", B1: "製造" }]);
    expect(fact(wb, "投資類型", { 類型: "DC" })).toEqual(expect.objectContaining({ value: "DC", from: "option" }));
    expect(factKeyOf("企業の規模")).toBe("企業規模");
    expect(factKeyOf("色")).toBeNull();
  });

  it("prefers the occurrence on the kind's own sheet", () => {
    const wb = wbOf(["表紙", { A1: "補助対象経費", B1: 1 }], ["指標", { A1: "補助対象経費", B1: 2 }]);
    expect(fact(wb, "補助対象経費", {}, ["指標"]).value).toBe(2);
    expect(fact(wb, "補助対象経費").value).toBe(1);
  });

  it("does not take a table's header cell for a fact", () => {
    const wb = wbOf(["S", { A1: "区分", B1: "費目", C1: "細分", D1: "内容", E1: "金額", F1: "補助対象経費", A2: "設備費", B2: "設備費", D2: "空調", E2: 10, F2: 10 }]);
    expect(fact(wb, "補助対象経費").from).toBe("none");
  });
});

describe("facts in validateWorkbook", () => {
  it("SHEET-FACT-02: an unknown 事業区分 is a warning at its cell listing the accepted values", () => {
    const wb = wbOf(["経費", { A1: "事業区分", B1: "新規", A3: "区分", B3: "費目", C3: "細分", D3: "内容", E3: "金額", F3: "補助対象経費", A4: "設備費", B4: "設備費", D4: "受変電設備", E4: 10, F4: 10 }]);
    const f = validateWorkbook(wb).findings.find((x) => x.ruleId === "SHEET-FACT-02");
    expect(f).toEqual(expect.objectContaining({ sheet: "経費", cell: "B1", severity: "warning" }));
    expect(f?.message).toContain("コンテナ");
  });

  it("a fact given as an option decides the rules (--type 新設 → the 新設 cap rule runs)", () => {
    const wb = wbOf(["経費", { A3: "区分", B3: "費目", C3: "細分", D3: "内容", E3: "金額", F3: "補助対象経費", A4: "設備費", B4: "設備費", D4: "受変電設備", E4: 10, F4: 10 }]);
    expect(validateWorkbook(wb).checksRun).not.toContain("DC-NEW-CAP-01");
    expect(validateWorkbook(wb, { facts: { 事業区分: "新設" } }).checksRun).toContain("DC-NEW-CAP-01");
  });
});
