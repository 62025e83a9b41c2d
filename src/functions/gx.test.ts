import fc from "fast-check";
import {
  gxBiomassDependency,
  gxCompanySize,
  gxContractYears,
  gxContribution,
  gxIsNewSource,
  gxMinInvestment,
  gxPowerCheck,
  gxPueCheck,
  gxPvCapacity,
  gxSubsidy,
  gxSubsidyCap,
  gxSubsidyRate,
  gxTier,
} from "./gx";
import { GX_HELP_JA } from "./i18n/gx.ja";
import { expectError } from "../../test/helpers/excelErrors";
import { FunctionError } from "./runtime";

const OKU = 100_000_000;


describe("GX.TIER ★ (GX-MATRIX-01)", () => {
  it("GX-MATRIX-01 #1: DC, ①, 新設, CPPA, supply region → 1; power2Met omitted (null) is TRUE", () => {
    expect(gxTier("DC", 1, "新設", "CPPA", true, null)).toBe(1);
    expect(gxTier("DC", 1, "新設", "CPPA", true)).toBe(1);
  });
  it("GX-MATRIX-01: full-width and alias spellings (ＤＣ, ①, １, ｃｐｐａ, 該当/非該当)", () => {
    expect(gxTier("ＤＣ", "①", "新設・再稼働", "ｃｐｐａ", "該当")).toBe(1);
    expect(gxTier("ＤＣ設備投資型", "１", "ｎｅｗ", "自家発", "はい")).toBe(1);
    expect(gxTier(" 製造設備投資型 ", "②", "既設含む", "CPPA", "○")).toBe(5);
    expect(gxTier("manufacturing", 2, "existing", "self", "非該当")).toBe("対象外");
  });
  it("GX-MATRIX-01 #10 (Ver1.1): 新設 via メニュー outside the supply region → 対象外", () => {
    expect(gxTier("製造", "①", "新設", "脱炭素電力メニュー", false)).toBe("対象外");
  });
  it("GX-MATRIX-01 #17: 電力要件② FALSE → 対象外", () => {
    expect(gxTier("製造", 1, "新設", "CPPA", true, false)).toBe("対象外");
  });
  it("errors: unknown text → #VALUE! listing the accepted values; missing 脱炭素電力供給地域 → #VALUE!", () => {
    expectError(gxTier("農業", 1, "新設", "CPPA", true), "#VALUE!", "製造");
    expectError(gxTier("DC", 3, "新設", "CPPA", true), "#VALUE!", "立地要件");
    expectError(gxTier("DC", 1, "中古", "CPPA", true), "#VALUE!", "既設");
    expectError(gxTier("DC", 1, "新設", "入札", true), "#VALUE!", "CPPA");
    expectError(gxTier("DC", 1, "新設", "CPPA", null), "#VALUE!", "脱炭素電力供給地域");
    expectError(gxTier("DC", 1, "新設", "CPPA", "たぶん"), "#VALUE!", "TRUE/FALSE");
  });
});

describe("GX.SUBSIDYRATE ★ (GX-RATE-01)", () => {
  it("GX-RATE-01: 支援区分 spellings 1, No1, No.1, ＮＯ１", () => {
    for (const t of [1, "1", "No1", "No.1", "ＮＯ１", "１"]) expect(gxSubsidyRate("製造", t, "中小")).toBe(0.5);
  });
  it("GX-RATE-01: 企業規模 omitted (null) → 中小; 大企業 gets the parenthesised rate as an exact fraction", () => {
    expect(gxSubsidyRate("DC", 3, null)).toBe(0.3);
    expect(gxSubsidyRate("DC", 3)).toBe(0.3);
    expect(gxSubsidyRate("DC", 3, "大企業")).toBe(0.2);
    expect(gxSubsidyRate("製造", "No.1", "large")).toBe(1 / 3);
  });
  it("GX-RATE-03 / GX-MATRIX-01: DC No4, DC No5 and 対象外 → 0", () => {
    expect(gxSubsidyRate("DC", 4, "中小")).toBe(0);
    expect(gxSubsidyRate("ＤＣ", "No5", "中堅")).toBe(0);
    expect(gxSubsidyRate("製造", "対象外")).toBe(0);
  });
  it("errors: unknown 支援区分 / 企業規模 → #VALUE!", () => {
    expectError(gxSubsidyRate("製造", 6), "#VALUE!", "対象外");
    expectError(gxSubsidyRate("製造", 1.5), "#VALUE!", "支援区分");
    expectError(gxSubsidyRate("製造", 1, "巨大企業"), "#VALUE!", "大企業");
  });
});

describe("GX.SUBSIDYCAP ★ (GX-RATE-01)", () => {
  it.each([
    [1, 250],
    ["No2", 250],
    ["No.3", 100],
    ["ＮＯ４", 50],
    [5, 50],
  ])("GX-RATE-01: 支援区分 %s → %d億円", (t, oku) => expect(gxSubsidyCap(t)).toBe(oku * OKU));
  it("GX-RATE-01: 対象外 → 0; empty → #VALUE!", () => {
    expect(gxSubsidyCap("対象外")).toBe(0);
    expectError(gxSubsidyCap(null), "#VALUE!", "支援区分");
  });
});

describe("GX.SUBSIDY ★ (GX-RATE-02, GX-MININV-01)", () => {
  it("GX-RATE-02: DC No1 300億 → 150億, also from \"300億円\" and full-width digits", () => {
    expect(gxSubsidy("DC", 1, "中小", 300 * OKU)).toBe(150 * OKU);
    expect(gxSubsidy("DC", 1, "中小", "300億円")).toBe(150 * OKU);
    expect(gxSubsidy("ＤＣ", "ＮＯ１", "中小", "３０，０００，０００，０００")).toBe(150 * OKU);
  });
  it("GX-RATE-02: capped at 250億; GX-MININV-01 boundaries for 大企業 (1,999,999,999 → 0; 2,000,000,000 paid)", () => {
    expect(gxSubsidy("DC", 1, "中小", 600 * OKU)).toBe(250 * OKU);
    expect(gxSubsidy("製造", 1, "大企業", 1_999_999_999)).toBe(0);
    expect(gxSubsidy("製造", 1, "大企業", 2_000_000_000)).toBeCloseTo(2_000_000_000 / 3, 4);
    expect(gxSubsidy("製造", 1, "中小", 999_999_999)).toBe(0);
    expect(gxSubsidy("製造", 1, "中小", 1_000_000_000)).toBe(500_000_000);
  });
  it("GX-RATE-03: DC No4 → 0; 対象外 → 0", () => {
    expect(gxSubsidy("DC", 4, "中小", 200 * OKU)).toBe(0);
    expect(gxSubsidy("製造", "対象外", "中小", 200 * OKU)).toBe(0);
  });
  it("errors: negative cost #NUM!, text #VALUE!, TRUE #VALUE!, missing 企業規模 #VALUE!", () => {
    expectError(gxSubsidy("DC", 1, "中小", -1), "#NUM!", "補助対象経費");
    expectError(gxSubsidy("DC", 1, "中小", "たくさん"), "#VALUE!", "補助対象経費");
    expectError(gxSubsidy("DC", 1, "中小", true), "#VALUE!");
    expectError(gxSubsidy("DC", 1, null, 1), "#VALUE!", "企業規模");
  });
});

describe("GX.MININVESTMENT ★ (GX-MININV-01)", () => {
  it("GX-MININV-01: 大企業 / みなし大企業 20億, 中堅 / 中小 10億 (aliases and full width)", () => {
    expect(gxMinInvestment("大企業")).toBe(20 * OKU);
    expect(gxMinInvestment("みなし大企業")).toBe(20 * OKU);
    expect(gxMinInvestment("　ｌａｒｇｅ　")).toBe(20 * OKU);
    expect(gxMinInvestment("中堅企業")).toBe(10 * OKU);
    expect(gxMinInvestment("sme")).toBe(10 * OKU);
    expectError(gxMinInvestment("巨大企業"), "#VALUE!", "中小");
  });
});

describe("GX.CONTRIBUTION ★ (GX-CONTRIB-01)", () => {
  it("GX-CONTRIB-01: RULES.md example (5% branch) and the kWh branch, full-width text", () => {
    expect(gxContribution(50_000_000, 4_000_000_000)).toBe(200_000_000);
    expect(gxContribution(1_000_000, 4_000_000_000)).toBe(9_000_000);
    expect(gxContribution("５０，０００，０００", "40億円")).toBe(200_000_000);
  });
  it("errors: negative → #NUM!, missing → #VALUE!", () => {
    expectError(gxContribution(-1, 1), "#NUM!", "年間消費電力量");
    expectError(gxContribution(1, null), "#VALUE!", "補助額");
  });
});

describe("GX.CONTRACTYEARS ★ (GX-CONTRACT-01)", () => {
  it.each([
    ["CPPA", "新設", null, null, 15],
    ["自家発", "新設", null, null, 15],
    ["ＣＰＰＡ", "リプレース", null, false, 15],
    ["CPPA", "リプレイス", null, true, 10],
    ["CPPA", "既設", null, null, 10],
    ["CPPA", "既設", null, "TRUE", 5],
    ["CPPA", "新設", "原子力", null, 5],
    ["CPPA", "既設", "原子力", true, 5],
    ["CPPA", "再稼働", null, null, 5],
    ["CPPA", "再稼働", "原子力", null, 5],
    ["メニュー", "既設", null, null, 8],
    ["脱炭素電力メニュー", "新設", "太陽光", true, 8],
    ["CPPA", "大規模改修", "水力", null, 15],
  ])("GX-CONTRACT-01: %s %s (電源種 %s, 例外 %s) → %d", (proc, state, src, exc, expected) => {
    expect(gxContractYears(proc, state, src, exc)).toBe(expected);
  });
  it("errors: 再稼働 for solar (GX-PWR-07), a certificate as 電源種, unknown 調達方法 / 状態 → #VALUE!", () => {
    expectError(gxContractYears("CPPA", "再稼働", "太陽光"), "#VALUE!", "原子力発電に限られます");
    expectError(gxContractYears("CPPA", "新設", "非化石証書"), "#VALUE!", "契約期間");
    expectError(gxContractYears("入札", "新設"), "#VALUE!", "CPPA");
    expectError(gxContractYears("CPPA", "中古"), "#VALUE!", "リプレース");
  });
});

describe("GX.POWERCHECK (GX-PWR-01, GX-PWR-02)", () => {
  it.each([
    [4_999, false],
    [5_000, true],
    [5_001, true],
  ])("GX-PWR-02: %d of 10,000 kWh from one prefecture → %s", (pref, expected) => {
    expect(gxPowerCheck(10_000, 10_000, pref)).toBe(expected);
  });
  it("GX-PWR-01: 99.99% decarbonised → FALSE; full-width text １２０００ accepted", () => {
    expect(gxPowerCheck(10_000, 9_999, 10_000)).toBe(false);
    expect(gxPowerCheck("１２０００", "１２，０００", "６０００")).toBe(true);
  });
  it("errors: 0 kWh → #DIV/0!, negative → #NUM!, text → #VALUE!", () => {
    expectError(gxPowerCheck(0, 0, 0), "#DIV/0!", "年間使用電力量");
    expectError(gxPowerCheck(10, -1, 0), "#NUM!", "脱炭素電力量");
    expectError(gxPowerCheck("多い", 1, 1), "#VALUE!", "年間使用電力量");
  });
});

describe("GX.COMPANYSIZE (GX-SIZE-01)", () => {
  it("GX-SIZE-01: 2,000 → 中堅, 2,001 → 大企業, みなし → 大企業, 中小企業者 → 中小; optionals null", () => {
    expect(gxCompanySize(2000, null, null)).toBe("中堅");
    expect(gxCompanySize(2001)).toBe("大企業");
    expect(gxCompanySize("２００１")).toBe("大企業");
    expect(gxCompanySize(50, true)).toBe("大企業");
    expect(gxCompanySize(50, false, "該当")).toBe("中小");
    expect(gxCompanySize(2001, false, true)).toBe("大企業");
  });
  it("errors: negative → #NUM!, fractional → #NUM!, text → #VALUE!", () => {
    expectError(gxCompanySize(-1), "#NUM!", "従業員数");
    expectError(gxCompanySize(10.5), "#NUM!", "整数");
    expectError(gxCompanySize("大勢"), "#VALUE!", "従業員数");
  });
});

describe("GX.BIOMASSDEPENDENCY (GX-SRC-04)", () => {
  it("GX-SRC-04: 60 : 40 → 0.6; 家畜糞尿等のみ → 1 whatever the heats", () => {
    expect(gxBiomassDependency(60, 40)).toBe(0.6);
    expect(gxBiomassDependency(null, null, true)).toBe(1);
    expect(gxBiomassDependency("６０", "４０", null)).toBe(0.6);
  });
  it("errors: both 0 → #DIV/0!, negative → #NUM!", () => {
    expectError(gxBiomassDependency(0, 0), "#DIV/0!", "バイオマス依存率");
    expectError(gxBiomassDependency(-1, 1), "#NUM!");
  });
});

describe("GX.PUECHECK (GX-BIZ-DC-01)", () => {
  it("GX-BIZ-DC-01: PUE 1.3 → TRUE, 1.31 → FALSE", () => {
    expect(gxPueCheck(130, 100)).toBe(true);
    expect(gxPueCheck(131, 100)).toBe(false);
    expect(gxPueCheck("1,300,000", "1,000,000")).toBe(true);
  });
  it("errors: ICT 0 → #DIV/0!, negative → #NUM!", () => {
    expectError(gxPueCheck(1, 0), "#DIV/0!", "ICT");
    expectError(gxPueCheck(-1, 1), "#NUM!");
  });
});

describe("GX.PVCAPACITY (GX-SRC-03)", () => {
  it("GX-SRC-03: Σ min(module, PCS) over ranges, blank rows skipped; a single number works", () => {
    expect(gxPvCapacity([[120], [80], [null]], [[100], [100], [null]])).toBe(180);
    expect(gxPvCapacity([[50]], [[40]])).toBe(40);
  });
  it("errors: ranges of different size → #VALUE!, negative → #NUM!", () => {
    expectError(gxPvCapacity([[1], [2]], [[1]]), "#VALUE!", "同じ大きさ");
    expectError(gxPvCapacity([[-1]], [[1]]), "#NUM!");
  });
});

describe("GX.ISNEWSOURCE (GX-SRC-01)", () => {
  it("GX-SRC-01: 新設太陽光 TRUE, 既設 FALSE, 大規模改修 only for 水力, 再稼働 only for 原子力", () => {
    expect(gxIsNewSource("太陽光", "新設")).toBe(true);
    expect(gxIsNewSource("太陽光", "既設")).toBe(false);
    expect(gxIsNewSource("水力発電", "大規模改修")).toBe(true);
    expect(gxIsNewSource("太陽光", "大規模改修")).toBe(false);
    expect(gxIsNewSource("原子力", "再稼働")).toBe(true);
    expect(gxIsNewSource("ＣＣＳ付火力発電", "新設")).toBe(false);
  });
  it("errors: a certificate or unknown source → #VALUE!", () => {
    expectError(gxIsNewSource("グリーン電力証書", "新設"), "#VALUE!", "発電所");
    expectError(gxIsNewSource("石炭", "新設"), "#VALUE!", "a.太陽光発電");
  });
});

describe("all GX wrappers", () => {
  const wrappers: [string, (...a: unknown[]) => unknown][] = [
    ["GX.TIER", gxTier as (...a: unknown[]) => unknown],
    ["GX.SUBSIDYRATE", gxSubsidyRate],
    ["GX.SUBSIDYCAP", gxSubsidyCap],
    ["GX.SUBSIDY", gxSubsidy],
    ["GX.MININVESTMENT", gxMinInvestment],
    ["GX.CONTRIBUTION", gxContribution],
    ["GX.CONTRACTYEARS", gxContractYears],
    ["GX.POWERCHECK", gxPowerCheck],
    ["GX.COMPANYSIZE", gxCompanySize],
    ["GX.BIOMASSDEPENDENCY", gxBiomassDependency],
    ["GX.PUECHECK", gxPueCheck],
    ["GX.PVCAPACITY", gxPvCapacity as (...a: unknown[]) => unknown],
    ["GX.ISNEWSOURCE", gxIsNewSource],
  ];

  it("never throw and never return NaN or Infinity, whatever Excel passes", () => {
    const arg = fc.oneof(fc.double(), fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.constantFrom("１２０００", "ＤＣ", "①", "No1", "大企業", "新設", "CPPA", "-1", ""));
    fc.assert(
      fc.property(fc.constantFrom(...wrappers), fc.array(arg, { minLength: 0, maxLength: 6 }), ([, fn], args) => {
        const v = fn(...args);
        if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
        else if (typeof v !== "string" && typeof v !== "boolean") expect(v).toBeInstanceOf(FunctionError);
      }),
    );
  });

  it("every wrapper has Japanese help", () => {
    for (const [id] of wrappers) expect(GX_HELP_JA[id]?.description).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
