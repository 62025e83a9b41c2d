/** Several 経費内訳 tables in one workbook: each validated on its own, combined figures, shared 年度 warned. */
import { sheetFromRows } from "../../src/rules/sheets/gridBuilder";
import type { CellValue } from "../../src/rules/sheets/types";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";

const HEADER = ["年度", "区分", "費目", "細分", "内容", "金額（円）", "補助対象経費（円）", "補助率区分"];
const line = (year: number, amount: number): CellValue[] => [year, "設備費", "設備費", "", "高効率空調設備（間接外気冷房）", amount, amount, "1/3"];
const blank: CellValue[] = [];

function stacked(secondYear: number) {
  const rows: CellValue[][] = [HEADER, line(2024, 90_000_000), blank, blank, blank, blank, blank, HEADER, line(secondYear, 60_000_000)];
  return { sheets: [sheetFromRows("別紙2", rows)] };
}

const options = { program: "dc-zero", facts: { 事業区分: "新設" } } as const;
const figure = (r: ReturnType<typeof validateWorkbook>, id: string) => r.summary.find((s) => s.id === id);

describe("stacked 経費内訳 tables on one sheet", () => {
  const r = validateWorkbook(stacked(2025), options);

  it("finds both tables, each at its own header", () => {
    expect(r.detected.filter((d) => d.kind === "dc-expenses").map((d) => d.anchor)).toEqual(["A1", "A8"]);
  });

  it("names each table's figures by sheet!cell, so ids stay unique", () => {
    const ids = r.summary.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(figure(r, "dc.別紙2!A1.eligibleTotalYen")?.value).toBe(90_000_000);
    expect(figure(r, "dc.別紙2!A8.eligibleTotalYen")?.value).toBe(60_000_000);
    expect(figure(r, "dc.別紙2!A8.eligibleTotalYen")?.label).toMatch(/^別紙2!A8: /);
  });

  it("DC-EXP-04: adds the application's combined eligible cost and subsidy", () => {
    expect(figure(r, "dc.all.eligibleTotalYen")?.value).toBe(150_000_000);
    const perTable = ["dc.別紙2!A1.subsidyTotalYen", "dc.別紙2!A8.subsidyTotalYen", "dc.別紙2!A1.subsidyYen.2024", "dc.別紙2!A8.subsidyYen.2025"]
      .map((id) => figure(r, id)?.value)
      .filter((v): v is number => typeof v === "number");
    expect(perTable.length).toBeGreaterThanOrEqual(2);
    expect(figure(r, "dc.all.subsidyTotalYen")?.value).toBe(
      (figure(r, "dc.別紙2!A1.subsidyYen.2024")?.value as number) + (figure(r, "dc.別紙2!A8.subsidyYen.2025")?.value as number),
    );
  });

  it("SHEET-KIND-03: tables of different 年度 raise no warning", () => {
    expect(r.findings.filter((f) => f.ruleId === "SHEET-KIND-03")).toEqual([]);
  });

  it("SHEET-KIND-03: two tables holding the same 年度 are warned at the later table", () => {
    const shared = validateWorkbook(stacked(2024), options);
    const warnings = shared.findings.filter((f) => f.ruleId === "SHEET-KIND-03");
    expect(warnings).toEqual([expect.objectContaining({ sheet: "別紙2", cell: "A8", severity: "warning" })]);
    expect(warnings[0].message).toContain("2024年度");
    expect(warnings[0].message).toContain("MOE-ADMIN-01");
  });

  it("a single table keeps the plain ids and gets no combined figures", () => {
    const one = validateWorkbook({ sheets: [sheetFromRows("別紙2", [HEADER, line(2024, 90_000_000)])] }, options);
    expect(figure(one, "dc.eligibleTotalYen")?.value).toBe(90_000_000);
    expect(one.summary.some((s) => s.id.startsWith("dc.all."))).toBe(false);
  });

  it("tables on two sheets are named by sheet", () => {
    const two = validateWorkbook(
      { sheets: [sheetFromRows("2024年度", [HEADER, line(2024, 90_000_000)]), sheetFromRows("2025年度", [HEADER, line(2025, 60_000_000)])] },
      options,
    );
    expect(figure(two, "dc.2024年度.eligibleTotalYen")?.value).toBe(90_000_000);
    expect(figure(two, "dc.2025年度.eligibleTotalYen")?.value).toBe(60_000_000);
    expect(figure(two, "dc.all.eligibleTotalYen")?.value).toBe(150_000_000);
  });
});
