import { classifyTechExpense } from "./classifyTechExpense";
import { DC_TECH_CURRENT, dcTechEditionAt } from "./params";
import { postProjectReportDues, revenuePaybackFiscalYears } from "./reports";

describe("classifyTechExpense (DCTECH-EXCL-01)", () => {
  const rows = DC_TECH_CURRENT.params.exclusions.value.filter((r) => r.severity !== "warning");
  it.each(rows.flatMap((row) => row.keywords.map((k) => [row.labelJa, k] as const)))("DCTECH-EXCL-01: 「%s」 is detected by %j", (label, keyword) => {
    const c = classifyTechExpense(`${keyword}に係る費用`);
    expect(c.matches.some((m) => m.labelJa === label)).toBe(true);
    expect(c.reasonJa).toMatch(/^対象外: /);
  });

  it.each([
    ["実証用ノートPC", "ウ"],
    ["国際学会参加旅費", "エ"],
    ["特許出願料", "カ"],
    ["既存ラックの撤去費", "キ"],
    ["実証棟建屋の建設", "イ"],
  ])("DCTECH-EXCL-01: %s → %s", (text, mark) => {
    const c = classifyTechExpense(text);
    expect(c.verdict).toBe("ineligible");
    expect(c.match?.labelJa.startsWith(mark)).toBe(true);
  });

  it("DCTECH-EXCL-01 イ: a dedicated, non-convertible equipment building → 要確認 (the exception may apply)", () => {
    const c = classifyTechExpense("実証設備専用の建屋（他用途へ転用不可）");
    expect(c.verdict).toBe("review");
    expect(c.reasonJa).toMatch(/^要確認: /);
  });

  it.each(["液浸冷却装置", "PCS（パワーコンディショナ）", "防災用監視カメラ", "実証データ分析業務"])("eligible: %s", (text) => {
    expect(classifyTechExpense(text).reasonJa).toBe("対象");
  });
});

describe("dc-tech edition and reports", () => {
  it("DCTECH-DATE-01: in force from 2026-04-07", () => {
    expect(dcTechEditionAt("2026-04-07").ok).toBe(true);
    const before = dcTechEditionAt("2026-04-06");
    expect(!before.ok && before.error.code).toBe("NO_RULE_IN_FORCE");
    expect(DC_TECH_CURRENT.id).toBe("dc-tech/2026-r8");
  });

  it("DCTECH-REPORT-03: reports for the 3 fiscal years after the final one, each due 4月30日 of the next", () => {
    expect(postProjectReportDues(2026)).toEqual([
      { fiscalYear: 2027, due: "2028-04-30" },
      { fiscalYear: 2028, due: "2029-04-30" },
      { fiscalYear: 2029, due: "2030-04-30" },
    ]);
  });

  it("AMB-43: the 収益納付 window starts with the completion fiscal year (以降)", () => {
    expect(revenuePaybackFiscalYears(2026)).toEqual([2026, 2027, 2028]);
  });
});
