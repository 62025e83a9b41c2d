/** dc-zero facts and forms the sheet layer reads for the rules core: 全再エネ率, 再エネ設備導入開始日, DC-DOC-04. */
import { sheetFromRows } from "../../src/rules/sheets/gridBuilder";
import type { CellValue } from "../../src/rules/sheets/types";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";

const indicators = (extra: CellValue[][], name = "別紙1 実施計画書") =>
  sheetFromRows(name, [["事業区分", "新設"], ["PUE", 1.3], ["再エネ率", 0.12], ...extra]);
const expenses = (name = "別紙2 経費内訳") =>
  sheetFromRows(name, [
    ["年度", "区分", "費目", "細分", "内容", "金額（円）", "補助対象経費（円）", "補助率区分"],
    [2024, "設備費", "設備費", "", "太陽光パネル 500kW", 80_000_000, 80_000_000, "1/3"],
  ]);
const form1 = sheetFromRows("様式1 応募申請書", [["応募申請書"]]);
const run = (...sheets: ReturnType<typeof sheetFromRows>[]) => validateWorkbook({ sheets }, { program: "dc-zero" });

describe("全再エネ率 (DC-RATIO-01)", () => {
  it("DC-RATIO-01: read from its label, shown in the summary", () => {
    const r = run(form1, indicators([["全再エネ率", "35%"]]), expenses());
    expect(r.summary.find((s) => s.id === "dc.totalReShare")?.value).toBeCloseTo(35, 10);
    expect(r.findings.filter((f) => f.ruleId === "DC-RATIO-01" && f.severity === "error")).toEqual([]);
    expect(r.checksRun).toContain("DC-RATIO-01");
  });

  it("DC-RATIO-01: below 再エネ率 → error at the 全再エネ率 cell", () => {
    const r = run(form1, indicators([["全再エネ率", 0.1]]), expenses());
    expect(r.findings).toContainEqual(expect.objectContaining({ sheet: "別紙1 実施計画書", cell: "B4", severity: "error", ruleId: "DC-RATIO-01" }));
  });
});

describe("再エネ設備導入開始日 (DC-EQ-06)", () => {
  it.each([
    ["an ISO text date the day before the call opened", "2024-04-15", true],
    ["an Excel serial date the day before (45397 = 2024-04-15)", 45397, true],
    ["the opening day itself", "2024-04-16", false],
    ["a Japanese era date after it", "令和6年5月1日", false],
  ])("DC-EQ-06: %s", (_what, value, flagged) => {
    const r = run(form1, indicators([["再エネ設備導入開始日", value]]), expenses());
    const errors = r.findings.filter((f) => f.ruleId === "DC-EQ-06" && f.severity === "error");
    if (flagged) expect(errors).toEqual([expect.objectContaining({ sheet: "別紙1 実施計画書", cell: "B4" })]);
    else expect(errors).toEqual([]);
  });

  it("DC-EQ-06: an unreadable date is an error at its cell, not a crash", () => {
    const r = run(form1, indicators([["再エネ設備導入開始日", "来年の春"]]), expenses());
    expect(r.findings).toContainEqual(expect.objectContaining({ cell: "B4", severity: "error", ruleId: "DC-EQ-06" }));
  });
});

describe("様式1・別紙1・別紙2 in one workbook (DC-DOC-04)", () => {
  it("DC-DOC-04: all three forms present → checked, nothing to say", () => {
    const r = run(form1, indicators([]), expenses());
    expect(r.checksRun).toContain("DC-DOC-04");
    expect(r.findings.filter((f) => f.ruleId === "DC-DOC-04")).toEqual([]);
  });

  it("DC-DOC-04: 様式1 missing → one workbook-level info (a reminder for submission, not a warning on drafts)", () => {
    const r = run(indicators([]), expenses());
    const doc = r.findings.filter((f) => f.ruleId === "DC-DOC-04");
    expect(doc).toEqual([expect.objectContaining({ sheet: "", cell: "", severity: "info" })]);
    expect(doc[0].message).toContain("様式1");
  });

  it("DC-DOC-04: a form sheet renamed beyond recognition → info at its table", () => {
    const r = run(form1, indicators([]), expenses("Sheet3"));
    expect(r.findings).toContainEqual(expect.objectContaining({ sheet: "Sheet3", cell: "A1", severity: "info", ruleId: "DC-DOC-04" }));
  });

  it("DC-DOC-04: a missing 別紙2 is said once, by SHEET-KIND-01", () => {
    const r = run(form1, indicators([]));
    expect(r.findings.filter((f) => f.ruleId === "DC-DOC-04")).toEqual([]);
    expect(r.findings.filter((f) => f.ruleId === "SHEET-KIND-01")).toHaveLength(1);
  });
});
