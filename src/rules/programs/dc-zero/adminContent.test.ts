import { adminKindsJa } from "./adminContent";
import { evaluateExpenses } from "./evaluateExpenses";
import { DC_ZERO_CURRENT } from "./params";
import type { ExpenseIssue, ExpenseLine, ExpenseSheetInput } from "./sheetTypes";
import { CLEAN_NEW, line } from "./testdata/expenseSheets";

const P = DC_ZERO_CURRENT.params;

/** CLEAN_NEW plus one 事務費 line at row 20 (FY2024, well inside the ceiling). */
const withAdmin = (fields: Partial<ExpenseLine>): ExpenseSheetInput => ({
  ...CLEAN_NEW,
  lines: [...CLEAN_NEW.lines, line(20, { category: "事務費", item: "事務費", subItem: "需用費", amountYen: 100_000, eligibleYen: 100_000, fiscalYear: 2024, ...fields })],
});
const admin02 = (input: ExpenseSheetInput): ExpenseIssue[] => evaluateExpenses(input).issues.filter((i) => i.ruleId === "MOE-ADMIN-02");

describe("MOE-ADMIN-02: 事務費 content", () => {
  it.each(
    P.adminNotContent.value.flatMap((row) => row.keywords.map((k) => [row.labelJa, k, row.severity ?? "error"] as const)),
  )("MOE-ADMIN-02: 「%s」 keyword %j in 内容 → %s on the line", (label, keyword, severity) => {
    const issues = admin02(withAdmin({ description: `打合せ${keyword}` }));
    expect(issues.map((i) => [i.row, i.field, i.severity])).toEqual([[20, "description", severity]]);
    expect(issues[0].message).toContain(label);
    expect(issues[0].citation).toBe("004_83a32f419551a032.txt § 別表第1 (事務費)");
  });

  it.each(["設計用紙の印刷", "事務手続のための旅費", "郵便料", "会議の会場使用料", "事務用品", "事務補助員の賃金", "社会保険料（事業主負担）"])(
    "MOE-ADMIN-02: allowed content 「%s」 is not flagged",
    (description) => {
      expect(admin02(withAdmin({ description }))).toEqual([]);
    },
  );

  it("MOE-ADMIN-02: the error names every allowed kind of 別表第2 and asks to remove the amount", () => {
    const [i] = admin02(withAdmin({ description: "協力会社との会食" }));
    expect(i.message).toContain("事務費「協力会社との会食」");
    expect(i.message).toContain(adminKindsJa(P));
    expect(i.message).toContain("補助対象経費から除いてください");
    expect(adminKindsJa(P)).toBe("社会保険料、賃金・報酬・給料・職員手当、諸謝金、旅費、需用費、役務費、委託料、使用料及賃借料、消耗品費及備品購入費");
  });

  it("MOE-ADMIN-02: an error-level kind outranks an earlier warning-level one in the same text", () => {
    const [i] = admin02(withAdmin({ description: "広告代理店との接待" }));
    expect([i.severity, i.message]).toEqual(["error", expect.stringContaining("接待・交際")]);
  });

  it("MOE-ADMIN-02: the same text at 補助対象経費 0, or outside 事務費, is not flagged", () => {
    expect(admin02(withAdmin({ description: "懇親会", eligibleYen: 0 }))).toEqual([]);
    expect(admin02(withAdmin({ category: "業務費", item: "業務費", subItem: null, description: "懇親会" }))).toEqual([]);
  });

  it.each([
    ["報酬", 1],
    ["給料", 1],
    ["職員手当", 1],
    ["報酬・給料・職員手当", 1],
    ["賃金", 0],
    ["賃金 報酬・給料・職員手当", 0],
  ] as const)("MOE-ADMIN-02: 細目 %j → %d warning(s): 報酬・給料・職員手当 only for 会計年度任用職員 of a local government", (subItem, n) => {
    const issues = admin02(withAdmin({ subItem, description: "事務手続の人件費" }));
    expect(issues.map((i) => [i.field, i.severity])).toEqual(Array.from({ length: n }, () => ["subItem", "warning"]));
    if (n) expect(issues[0].message).toContain("会計年度任用職員");
  });

  it("MOE-ADMIN-02: 細目 役員報酬 is one error on the 細目, not also the 報酬 warning", () => {
    expect(admin02(withAdmin({ subItem: "役員報酬", description: "事務担当" })).map((i) => [i.field, i.severity])).toEqual([["subItem", "error"]]);
  });

  it("MOE-ADMIN-02: recorded as run on every sheet with lines (no 事務費 line = nothing to violate)", () => {
    expect(evaluateExpenses(CLEAN_NEW).checksRun).toContain("MOE-ADMIN-02");
    expect(evaluateExpenses({ projectType: "new", lines: [], declared: {} }).checksRun).not.toContain("MOE-ADMIN-02");
  });
});
