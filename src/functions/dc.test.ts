import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  dcAdminCheck,
  dcAdminLimit,
  dcAnnualReportDue,
  dcBatteryCheck,
  dcClassifyExpense,
  dcCo2Cost,
  dcCo2CostLimit,
  dcEvalUtilization,
  dcFinancialCheck,
  dcPue,
  dcReportDue,
  dcReShare,
  dcRevenuePayback,
  dcSubsidy,
  dcSubsidyCap,
  dcStatementPeriods,
  dcSubsidyRate,
  dcTechExpense,
  dcTotalReShare,
} from "./dc";
import { DC_HELP_JA } from "./i18n/dc.ja";
import { expectError } from "../../test/helpers/excelErrors";


describe("DC.CO2COST ★ (DC-CONT-REQ-06)", () => {
  it("DC-CONT-REQ-06: 460,000,000 ÷ (200 × 10) = 230,000, also from full-width text", () => {
    expect(dcCo2Cost(460_000_000, 200, 10)).toBe(230_000);
    expect(dcCo2Cost("４６０，０００，０００円", "２００", "１０")).toBe(230_000);
  });
  it("errors: zero divisor #DIV/0!, negative #NUM!, text #VALUE!, boolean #VALUE!", () => {
    expectError(dcCo2Cost(1, 0, 10), "#DIV/0!", "年間CO2削減量");
    expectError(dcCo2Cost(-1, 1, 1), "#NUM!", "補助対象経費");
    expectError(dcCo2Cost("たくさん", 1, 1), "#VALUE!", "補助対象経費");
    expectError(dcCo2Cost(true, 1, 1), "#VALUE!");
    expectError(dcCo2Cost(null, 1, 1), "#VALUE!", "入力してください");
  });
});

describe("DC.CO2COSTLIMIT (DC-CONT-REQ-06)", () => {
  it.each(["コンテナ", "ｺﾝﾃﾅ", "CONTAINER", " container "])("DC-CONT-REQ-06: %j → 230,000", (t) => {
    expect(dcCo2CostLimit(t)).toBe(230_000);
  });
  it("DC-CONT-REQ-06: other types → #N/A 上限の定めなし; unknown → #VALUE! listing the accepted values", () => {
    expectError(dcCo2CostLimit("新設"), "#N/A", "上限の定めなし");
    expectError(dcCo2CostLimit("倉庫"), "#VALUE!", "新設 / new");
    expectError(dcCo2CostLimit(null), "#VALUE!", "事業区分");
  });
});

describe("DC.SUBSIDY ★ (DC-*-RATE-01, DC-*-CAP-01)", () => {
  it("DC-NEW-CAP-01: worked example 900M with 500M at 1/3 → 300,000,000 (cap)", () => {
    expect(dcSubsidy("新設", 900_000_000, 500_000_000)).toBe(300_000_000);
  });
  it("aliases: ｎｅｗ, renovation, 移設, コンテナ; omitted part (null) = 0", () => {
    expect(dcSubsidy("ｎｅｗ", 400_000_000, null)).toBe(200_000_000);
    expect(dcSubsidy("Renovation", 150_000_000)).toBe(75_000_000);
    expect(dcSubsidy("移設", 240_000_000, null)).toBe(80_000_000);
    expect(dcSubsidy("コンテナ", 900_000_000)).toBe(200_000_000);
  });
  it("DC-NEW-RATE-01: part = total → 1/3 of all; part > total → #NUM!", () => {
    expect(dcSubsidy("新設", 300, 300)).toBe(100);
    expectError(dcSubsidy("新設", 300, 301), "#NUM!", "うち太陽光・空調等");
  });
  it("errors: unknown type #VALUE!, negative #NUM!, boolean #VALUE!", () => {
    expectError(dcSubsidy("倉庫", 1), "#VALUE!", "改修 / renovation");
    expectError(dcSubsidy("新設", -1), "#NUM!");
    expectError(dcSubsidy("新設", true), "#VALUE!");
  });
});

describe("DC.SUBSIDYRATE / DC.SUBSIDYCAP", () => {
  it.each([
    ["新設", null, 0.5],
    ["新設", "太陽光", 1 / 3],
    ["改修", "空調設備", 1 / 3],
    ["改修", "蓄電池", 0.5],
    ["改修", "1/3", 1 / 3],
    ["移設", null, 1 / 3],
    ["コンテナ", "サーバー", 1 / 3],
    ["改修", "ICT機器", 0],
  ])("DC-*-RATE-01: %s %s → %d", (type, equipment, rate) => {
    expect(dcSubsidyRate(type, equipment)).toBeCloseTo(rate, 12);
  });
  it("unknown 設備区分 → #VALUE! with examples", () => {
    expectError(dcSubsidyRate("新設", "ふつう"), "#VALUE!", "太陽光");
  });
  it.each([
    ["新設", 300_000_000],
    ["改修", 100_000_000],
    ["移設", 100_000_000],
    ["コンテナ", 200_000_000],
  ])("DC-*-CAP: %s → %d", (type, cap) => {
    expect(dcSubsidyCap(type)).toBe(cap);
  });
});

describe("DC.ADMINLIMIT ★ / DC.ADMINCHECK (MOE-ADMIN-01)", () => {
  it.each([
    [30_000_000, 1_950_000],
    [50_000_000, 3_250_000],
    [80_000_000, 4_900_000],
    [100_000_000, 6_000_000],
    [250_000_000, 12_750_000],
    ["１２０００", 780],
  ])("MOE-ADMIN-01: %s → %d", (base, limit) => {
    expect(dcAdminLimit(base)).toBeCloseTo(limit, 6);
  });
  it("MOE-ADMIN-01: negative → #NUM!; blank → #VALUE!", () => {
    expectError(dcAdminLimit(-1), "#NUM!");
    expectError(dcAdminLimit(null), "#VALUE!");
  });
  it("MOE-ADMIN-01: at the ceiling TRUE, 1 yen above FALSE", () => {
    expect(dcAdminCheck(3_250_000, 50_000_000)).toBe(true);
    expect(dcAdminCheck(3_250_001, 50_000_000)).toBe(false);
  });
});

describe("DC.PUE ★ / DC.RESHARE / DC.EVALUTILIZATION", () => {
  it("DC-MOVE-REQ-02: PUE 1.3; ICT 0 → #DIV/0!; swapped → #NUM!", () => {
    expect(dcPue(1_300_000, 1_000_000)).toBeCloseTo(1.3, 12);
    expectError(dcPue(1, 0), "#DIV/0!");
    expectError(dcPue(1_000_000, 1_300_000), "#NUM!");
  });
  it("DC-NEW-REQ-01: 再エネ率 0.1; use 0 → #DIV/0!", () => {
    expect(dcReShare(100_000, 1_000_000)).toBe(0.1);
    expectError(dcReShare(1, 0), "#DIV/0!");
  });
  it.each([
    [0.49, 0.5],
    [0.5, 0.5],
    [0.51, 0.51],
    ["80%", 0.8],
    ["８０％", 0.8],
  ])("DC-REV-03: 想定稼働率 %j → %d", (u, expected) => {
    expect(dcEvalUtilization(u)).toBeCloseTo(expected, 12);
  });
  it("DC-REV-03: 80 (not a fraction) → #NUM!; negative → #NUM!; text → #VALUE!", () => {
    expectError(dcEvalUtilization(80), "#NUM!", "80%");
    expectError(dcEvalUtilization(-0.1), "#NUM!");
    expectError(dcEvalUtilization("高い"), "#VALUE!");
  });
});

describe("DC.BATTERYCHECK (DC-BATT-01/03)", () => {
  it("DC-BATT-03: 60,000,000; 500 kWh; hybrid 99.7 kW → 116,040 円/kWh → TRUE", () => {
    expect(dcBatteryCheck(60_000_000, 500, null, 99.7)).toBe(true);
  });
  it("DC-BATT-01: edge 120,000 円/kWh TRUE, 1 yen more FALSE; 家庭用 135,000", () => {
    expect(dcBatteryCheck(60_000_000, 500)).toBe(true);
    expect(dcBatteryCheck("60,000,001円", 500, null, null)).toBe(false);
    expect(dcBatteryCheck(67_500_000, 500, "家庭用")).toBe(true);
    expect(dcBatteryCheck(67_500_000, 500, "産業用")).toBe(false);
  });
  it("errors: unknown 区分 #VALUE!, capacity 0 #DIV/0!, negative kW #NUM!", () => {
    expectError(dcBatteryCheck(1, 1, "車載用"), "#VALUE!", "家庭用");
    expectError(dcBatteryCheck(1, 0), "#DIV/0!");
    expectError(dcBatteryCheck(1, 1, null, -1), "#NUM!");
  });
});

describe("DC.FINANCIALCHECK (DC-FIN-01) — order: 純資産, 総資産, 流動資産, 流動負債, 当期純利益, [前期], [前々期]", () => {
  it("DC-FIN-01: sound → TRUE; three losses → FALSE; two of three → TRUE", () => {
    expect(dcFinancialCheck(50, 100, 80, 40, 10, null, null)).toBe(true);
    expect(dcFinancialCheck(50, 100, 80, 40, -1, -1, -1)).toBe(false);
    expect(dcFinancialCheck(50, 100, 80, 40, -1, -1, 1)).toBe(true);
    expect(dcFinancialCheck(50, 100, 80, 40, -1, null, null)).toBe(false);
  });
  it("AMB-31: zero net income and zero net assets are not 赤字/債務超過", () => {
    expect(dcFinancialCheck(0, 100, 100, 100, 0, 0, 0)).toBe(true);
  });
  it("DC-FIN-01 ③: 自己資本比率 9% and 流動比率 90% → FALSE; △ accounting minus is read", () => {
    expect(dcFinancialCheck(9, 100, 90, 100, 1)).toBe(false);
    expect(dcFinancialCheck("△1", 100, 80, 40, 1)).toBe(false);
  });
  it("errors: 前々期 without 前期 → #VALUE!; 総資産 0 → #DIV/0!", () => {
    expectError(dcFinancialCheck(1, 1, 1, 1, 1, null, 1), "#VALUE!", "前期純利益");
    expectError(dcFinancialCheck(1, 0, 1, 1, 1), "#DIV/0!");
  });
});

describe("DC.REPORTDUE / DC.ANNUALREPORTDUE (DC-PROC-06, DC-POST-01)", () => {
  // Excel serials: 2025-02-20 = 45708, 2025-03-10 = 45726, 2026-04-30 = 46142, 2028-04-30 = 46873.
  it.each([45708, "2025-02-20", "2025/2/20", "令和7年2月20日", "２０２５／２／２０"])("DC-PROC-06: completed %j → due 2025-03-10 (45726)", (d) => {
    expect(dcReportDue(d)).toBe(45726);
  });
  it("DC-POST-01: first annual report 2026-04-30, third 2028-04-30; 4th → #NUM!", () => {
    expect(dcAnnualReportDue("2025-02-20", null)).toBe(46142);
    expect(dcAnnualReportDue(45708, 3)).toBe(46873);
    expectError(dcAnnualReportDue(45708, 4), "#NUM!");
    expectError(dcAnnualReportDue(45708, 1.5), "#NUM!");
  });
  it("errors: impossible date and blank → #VALUE!; serial 0 → #NUM!", () => {
    expectError(dcReportDue("2025-02-30"), "#VALUE!", "日付");
    expectError(dcReportDue(null), "#VALUE!", "完了日");
    expectError(dcReportDue(0), "#NUM!");
  });
});

describe("DC.CLASSIFYEXPENSE / DC.TECHEXPENSE", () => {
  it("DC-EXP-03: returns the reason with the rule and keyword", () => {
    expect(dcClassifyExpense("既存空調機の撤去費")).toBe("対象外: 既存施設・設備等の撤去費及び処分費（DC-EXP-03、該当語「撤去」）");
    expect(dcClassifyExpense("高効率空調機", null)).toBe("対象");
  });
  it("DC-RENO-EXCL-01 / DC-MOVE-EXCL-01: the 事業区分 adds its exclusions", () => {
    expect(dcClassifyExpense("ICT機器", "改修")).toMatch(/^対象外: ICT機器（DC-RENO-EXCL-01/);
    expect(dcClassifyExpense("蓄電池", "ｒｅｌｏｃａｔｉｏｎ")).toMatch(/DC-MOVE-EXCL-01/);
    expect(dcClassifyExpense("蓄電池", "コンテナ")).toMatch(/^要確認: /);
  });
  it("errors: blank description or unknown type → #VALUE!", () => {
    expectError(dcClassifyExpense(null), "#VALUE!", "内容");
    expectError(dcClassifyExpense("サーバー", "倉庫"), "#VALUE!", "事業区分");
  });
  it("DCTECH-EXCL-01: ノートPC is ineligible", () => {
    expect(dcTechExpense("実証用ノートPC")).toMatch(/^対象外: ウ/);
    expect(dcTechExpense("液浸冷却装置")).toBe("対象");
  });
});

describe("DC.TOTALRESHARE (DC-RATIO-01)", () => {
  it("DC-RATIO-01: (100,000 + 150,000 + 100,000) ÷ 1,000,000 = 0.35; full-width and 万 units", () => {
    expect(dcTotalReShare(100_000, 150_000, 100_000, 1_000_000)).toBe(0.35);
    expect(dcTotalReShare("１０万", "15万", 100000, "１００万")).toBe(0.35);
  });
  it("DC-RATIO-01: exactly the use → 1; 1 kWh more → #NUM!; use 0 → #DIV/0!; negative → #NUM!", () => {
    expect(dcTotalReShare(500_000, 300_000, 200_000, 1_000_000)).toBe(1);
    expectError(dcTotalReShare(500_000, 300_000, 200_001, 1_000_000), "#NUM!");
    expectError(dcTotalReShare(0, 0, 0, 0), "#DIV/0!");
    expectError(dcTotalReShare(-1, 0, 0, 10), "#NUM!", "新規導入の再エネ電力量");
  });
});

describe("DC.STATEMENTPERIODS (DC-DOC-03)", () => {
  it.each([
    ["founded 2020, 3月決算: three periods closed → 3", "2020-04-01", "2024-05-01", 3, 3],
    ["founded 2022-10-01, 3月決算: 2023-03 and 2024-03 closed → 2", "2022-10-01", "2024-05-01", 3, 2],
    ["founded 2024-01-10, 3月決算: the first short period closed on 2024-03-31 → 1", "2024-01-10", "2024-05-01", 3, 1],
    ["founded 2024-02-01, no 決算月: under one full year → 0", "2024-02-01", "2024-05-01", null, 0],
    ["founded 2019-05-01, no 決算月: five full years, capped → 3", "2019-05-01", "2024-05-01", null, 3],
  ])("DC-DOC-03: %s", (_what, founded, application, month, expected) => {
    expect(dcStatementPeriods(founded, application, month)).toBe(expected);
  });
  it("DC-DOC-03: Excel date serials and 和暦 text are dates", () => {
    expect(dcStatementPeriods(45017, "令和6年5月1日", 3)).toBe(1); // 45017 = 2023-04-01 → 2024-03-31 closed
  });
  it("DC-DOC-03: bad input → Excel errors with Japanese messages", () => {
    expectError(dcStatementPeriods("いつか", "2024-05-01"), "#VALUE!", "設立日");
    expectError(dcStatementPeriods("2024-05-01", "2020-01-01"), "#NUM!", "設立日");
    expectError(dcStatementPeriods("2020-01-01", "2024-05-01", 13), "#NUM!", "決算月");
    expectError(dcStatementPeriods(null, "2024-05-01"), "#VALUE!", "設立日");
  });
});

describe("DC.REVENUEPAYBACK ★ (DCTECH-REV-01)", () => {
  it("DCTECH-REV-01: A=100, B=40, C=30, D=90, E=5 → 15; E omitted (null) → 20; full-width text", () => {
    expect(dcRevenuePayback(100, 40, 30, 90, 5)).toBe(15);
    expect(dcRevenuePayback(100, 40, 30, 90, null)).toBe(20);
    expect(dcRevenuePayback("１００", "４０", "３０", "９０")).toBe(20);
  });
  it("AMB-44: clamps at 0", () => {
    expect(dcRevenuePayback(100, 40, 30, 90, 50)).toBe(0);
    expect(dcRevenuePayback(10, 40, 30, 90)).toBe(0);
  });
  it("errors: D = 0 → #DIV/0!; negative B → #NUM!", () => {
    expectError(dcRevenuePayback(100, 40, 30, 0), "#DIV/0!", "支出額");
    expectError(dcRevenuePayback(100, -1, 30, 90), "#NUM!", "控除額");
  });
});

describe("metadata and Japanese help", () => {
  it("every DC function has JSDoc metadata and a Japanese help entry for each parameter", async () => {
    const r = await generateCustomFunctionsMetadata([path.resolve(__dirname, "dc.ts")], true);
    expect(r.errors).toEqual([]);
    const functions = JSON.parse(r.metadataJson).functions as { id: string; parameters: { name: string; description?: string }[] }[];
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(DC_HELP_JA).sort());
    expect(functions.map((f) => f.id)).toEqual(expect.arrayContaining(["DC.CO2COST", "DC.SUBSIDY", "DC.ADMINLIMIT", "DC.PUE", "DC.REVENUEPAYBACK"]));
    for (const f of functions) {
      expect([f.id, Object.keys(DC_HELP_JA[f.id].params)]).toEqual([f.id, f.parameters.map((p) => p.name)]);
      for (const p of f.parameters) expect([f.id, p.name, Boolean(p.description)]).toEqual([f.id, p.name, true]);
    }
  }, 30_000);
});
