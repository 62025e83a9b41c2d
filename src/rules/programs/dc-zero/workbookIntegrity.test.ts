import { checkApplicationWorkbook } from "./workbookIntegrity";

describe("checkApplicationWorkbook (DC-DOC-04: 様式1・別紙1・別紙2 in one Excel workbook)", () => {
  it("DC-DOC-04: all three forms present (by kind and by sheet name) → no issue; the check ran", () => {
    const r = checkApplicationWorkbook(["dc-expenses", "dc-plan-indicators"], {
      sheets: [
        { name: "様式1", kind: null },
        { name: "別紙1 実施計画書", kind: "dc-plan-indicators" },
        { name: "別紙2 経費内訳", kind: "dc-expenses" },
      ],
      fileName: "ア_応募申請書（株式会社〇〇）.xlsx",
    });
    expect(r.issues).toEqual([]);
    expect(r.parts).toEqual({ form1: true, plan: true, expenses: true });
    expect(r.checksRun).toEqual(["DC-DOC-04"]);
  });

  it.each([
    [["dc-expenses"], ["form1", "plan"]],
    [["dc-plan-indicators"], ["form1", "expenses"]],
    [["dc-expenses", "dc-plan-indicators"], ["form1"]],
    [["様式1", "別紙2"], ["plan"]],
    [["応募申請書", "実施計画書", "経費内訳"], []],
  ] as const)("DC-DOC-04: forms found %j → a warning for each missing one %j", (kinds, missing) => {
    const r = checkApplicationWorkbook(kinds);
    expect(r.issues.map((i) => [i.field, i.severity, i.ruleId])).toEqual(missing.map((m) => [m, "warning", "DC-DOC-04"]));
    for (const i of r.issues) {
      expect(i.message).toContain("ばらさず");
      expect(i.citation).toBe("004_83a32f419551a032.txt § Ⅶ (1) ※1");
    }
  });

  it("DC-DOC-04: the missing form is named in the message", () => {
    const [i] = checkApplicationWorkbook(["dc-expenses", "dc-plan-indicators"]).issues;
    expect(i.message).toContain("「様式1 応募申請書」のシートが見つかりません");
  });

  it("DC-DOC-04: a workbook holding none of the forms is not an application workbook → no issue, not run", () => {
    const r = checkApplicationWorkbook(["gx-power-plan"], { sheets: [{ name: "電力調達計画", kind: "gx-power-plan" }] });
    expect(r).toEqual({ issues: [], parts: { form1: false, plan: false, expenses: false }, checksRun: [] });
  });

  it("DC-DOC-04: a form sheet whose name no longer shows the form (renamed) → info naming the sheet", () => {
    const r = checkApplicationWorkbook([], {
      sheets: [
        { name: "様式１", kind: null },
        { name: "Sheet2", kind: "dc-plan-indicators" },
        { name: "別紙２", kind: "dc-expenses" },
      ],
    });
    expect(r.issues.map((i) => [i.field, i.severity])).toEqual([["plan", "info"]]);
    expect(r.issues[0].message).toContain("シート「Sheet2」は別紙1 実施計画書の内容");
  });

  it.each([
    ["申請書.xlsx", 0],
    ["申請書.XLSM", 0],
    ["申請書.xls", 0],
    ["申請書.csv", 1],
    ["申請書.pdf", 1],
    ["申請書", 1],
  ] as const)("DC-DOC-04: file %s → %d error(s) (Excel 形式のまま)", (fileName, n) => {
    const r = checkApplicationWorkbook(["様式1", "別紙1", "別紙2"], { fileName });
    expect(r.issues.filter((i) => i.field === "fileName" && i.severity === "error")).toHaveLength(n);
  });
});
