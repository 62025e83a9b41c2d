import { evaluatePowerPlan } from "./powerPlan";
import type { PowerPlanEvaluation, PowerPlanFacts, ProcurementLine } from "./powerPlanTypes";

const OKU = 100_000_000;

const line = (row: number, over: Partial<ProcurementLine>): ProcurementLine => ({
  row,
  sourceType: "太陽光",
  state: "新設",
  procurement: "CPPA",
  prefecture: "北海道",
  annualKWh: 0,
  contractYears: 15,
  ...over,
});

const dcFacts: PowerPlanFacts = {
  investmentType: "datacenter",
  companySize: "sme",
  sitePrefecture: "北海道",
  annualUseKWh: 100_000_000,
  eligibleCostYen: 300 * OKU,
  supplyRegion: true,
  remoteContribution: false,
};

const errors = (e: PowerPlanEvaluation) => e.issues.filter((i) => i.severity === "error");
const ruleIdsOf = (e: PowerPlanEvaluation, severity: string) => e.issues.filter((i) => i.severity === severity).map((i) => i.ruleId);

describe("evaluatePowerPlan", () => {
  it("GX-MATRIX-01 #1 / GX-RATE-02: a clean DC No1 plan (CPPA new solar + on-site wind, same prefecture) → No1, 150億", () => {
    const e = evaluatePowerPlan(
      [line(5, { annualKWh: 60_000_000 }), line(6, { sourceType: "風力", procurement: "自家発", annualKWh: 40_000_000, contractYears: null })],
      dcFacts,
    );
    expect(errors(e)).toEqual([]);
    expect(e.power1).toBe(true);
    expect(e.power2).toBe(true);
    expect(e.sourcePrefecture).toBe("北海道");
    expect(e.tier).toBe(1);
    expect(e.tierReason).toContain("GX-MATRIX-01 #1");
    expect(e.rate).toBe(0.5);
    expect(e.rateText).toBe("1/2");
    expect(e.capYen).toBe(250 * OKU);
    expect(e.subsidyYen).toBe(150 * OKU);
    expect(e.minimumInvestmentYen).toBe(10 * OKU);
    expect(e.checksRun).toEqual(
      expect.arrayContaining(["GX-CONTRACT-01", "GX-EXCL-01", "GX-LOC-02", "GX-MATRIX-01", "GX-MININV-01", "GX-PWR-01", "GX-PWR-02", "GX-RATE-01", "GX-RATE-02", "GX-SRC-01"]),
    );
    // AMB-24: the self-generation line has no contract check even without 契約期間.
    expect(e.issues.filter((i) => i.row === 6 && i.field === "contractYears")).toEqual([]);
  });

  it("GX-MATRIX-01 #10 / GX-PWR-03: menu + non-supply region → 対象外 with the reason", () => {
    const e = evaluatePowerPlan(
      [line(1, { procurement: "メニュー", annualKWh: 100_000_000, contractYears: 8, menuKind: "非FIT非化石証書（トラッキングあり）" })],
      { ...dcFacts, investmentType: "manufacturing", supplyRegion: false },
    );
    expect(e.tier).toBe("対象外");
    expect(e.tierReason).toContain("#10");
    expect(e.tierReason).toContain("脱炭素電力供給地域に限られる");
    expect(ruleIdsOf(e, "error")).toContain("GX-PWR-03");
    expect(e.rate).toBe(0);
    expect(e.subsidyYen).toBe(0);
  });

  it("GX-CONTRACT-01: a CPPA too short is an error on its cell with the required minimum", () => {
    const e = evaluatePowerPlan([line(3, { annualKWh: 100_000_000, contractYears: 14 })], dcFacts);
    const c = e.issues.find((i) => i.ruleId === "GX-CONTRACT-01" && i.severity === "error");
    expect(c).toMatchObject({ row: 3, field: "contractYears" });
    expect(c?.message).toContain("15年以上");
    expect(c?.citation).toBe("001_bcc3ced3d61acfe1.txt § 電源の契約期間");
  });

  it("GX-CONTRACT-01: the justified exception lowers the minimum (14 years with 合理的例外 passes)", () => {
    const e = evaluatePowerPlan([line(3, { annualKWh: 100_000_000, contractYears: 10, justifiedException: true })], dcFacts);
    expect(ruleIdsOf(e, "error")).not.toContain("GX-CONTRACT-01");
  });

  it("GX-PWR-09 / AMB-28: certificates fill the gap for ① but not ②", () => {
    const lines = [line(1, { annualKWh: 60_000_000 }), line(2, { sourceType: "系統電力", procurement: "CPPA", annualKWh: 40_000_000, prefecture: "東京都", contractYears: null }), line(3, { sourceType: "非化石証書", procurement: "証書", annualKWh: 40_000_000, prefecture: null, contractYears: null })];
    const e = evaluatePowerPlan(lines, dcFacts);
    expect(e.power1).toBe(true);
    expect(e.power2).toBe(true);
    expect(e.tier).toBe(1);
    const without = evaluatePowerPlan(lines.slice(0, 2), dcFacts);
    expect(without.power1).toBe(false);
    expect(without.tier).toBe("対象外");
    expect(without.tierReason).toContain("GX-PWR-01");
    // Certificates do not make ② (40% physical + 20% certificates).
    const half = evaluatePowerPlan([line(1, { annualKWh: 40_000_000 }), line(2, { prefecture: "青森県", annualKWh: 40_000_000 }), line(3, { sourceType: "グリーン電力証書", procurement: "証書", annualKWh: 20_000_000, contractYears: null })], dcFacts);
    expect(half.power1).toBe(true);
    expect(half.power2).toBe(false);
    expect(half.tier).toBe("対象外");
    expect(half.issues.some((i) => i.severity === "warning" && i.message.includes("AMB-28"))).toBe(true);
  });

  it("GX-PWR-09: a 証書 line that is not an allowed certificate is an error naming the accepted ones", () => {
    const e = evaluatePowerPlan([line(4, { sourceType: "太陽光", procurement: "証書", annualKWh: 1 })], dcFacts);
    const i = e.issues.find((x) => x.row === 4 && x.ruleId === "GX-PWR-09");
    expect(i?.severity).toBe("error");
    expect(i?.message).toContain("非化石証書、グリーン電力証書、再エネ電力由来J-クレジット");
  });

  it("GX-LOC-02: a DC whose site is not the 電源立地都道府県 → 対象外, error on sitePrefecture", () => {
    const e = evaluatePowerPlan([line(1, { annualKWh: 100_000_000 })], { ...dcFacts, sitePrefecture: "東京" });
    expect(e.tier).toBe("対象外");
    const i = e.issues.find((x) => x.ruleId === "GX-LOC-02" && x.severity === "error");
    expect(i?.field).toBe("sitePrefecture");
    expect(i?.message).toContain("東京都");
    expect(i?.message).toContain("北海道");
  });

  it("GX-LOC-02 + GX-EXCL-01: a DC site outside the 電源立地都道府県 is also told that moving the site would not help (case A)", () => {
    // ② only with an 既設 menu, in a prefecture that is not a supply region: excluded by case A wherever the site is.
    const lines = [line(1, { state: "既設", procurement: "メニュー", annualKWh: 100_000_000, contractYears: 3 })];
    const e = evaluatePowerPlan(lines, { ...dcFacts, sitePrefecture: "東京", supplyRegion: false });
    expect(e.tier).toBe("対象外");
    expect(ruleIdsOf(e, "error")).toEqual(expect.arrayContaining(["GX-LOC-02", "GX-EXCL-01"]));
    const a = errors(e).find((i) => i.ruleId === "GX-EXCL-01");
    expect(a?.message).toMatch(/^事業実施場所を電源立地都道府県（北海道）にした場合でも: /);
    expect(a?.message).toContain("ケースA");
  });

  it("GX-LOC-02: when moving the site would make the plan eligible, no exclusion is reported", () => {
    const e = evaluatePowerPlan([line(1, { annualKWh: 100_000_000 })], { ...dcFacts, sitePrefecture: "東京", supplyRegion: false });
    expect(e.tier).toBe("対象外");
    expect(ruleIdsOf(e, "error")).toEqual(["GX-LOC-02"]);
  });

  it("GX-MATRIX-01 #13 / AMB-23: 製造 remote route counts CPPA only and warns on 自家発", () => {
    const facts: PowerPlanFacts = { ...dcFacts, investmentType: "manufacturing", sitePrefecture: "東京都", supplyRegion: false, remoteContribution: true };
    const cppa = evaluatePowerPlan([line(1, { annualKWh: 100_000_000 })], facts);
    expect(cppa.tier).toBe(4);
    expect(cppa.capYen).toBe(50 * OKU);
    const self = evaluatePowerPlan([line(1, { procurement: "自家発", annualKWh: 100_000_000, contractYears: null })], facts);
    expect(self.tier).toBe("対象外");
    expect(self.issues.some((i) => i.severity === "warning" && i.message.includes("AMB-23"))).toBe(true);
  });

  it("GX-MATRIX-01 / AMB-12: new and CPPA each ≥ 50% but not on the same kWh → 既設電源含めて (No2)", () => {
    const e = evaluatePowerPlan(
      [line(1, { state: "既設", annualKWh: 50_000_000, contractYears: 10 }), line(2, { procurement: "メニュー", annualKWh: 50_000_000, contractYears: 8, menuKind: "非FIT非化石証書（トラッキングあり）" })],
      dcFacts,
    );
    // CPPA 50% (existing) + menu 50% (new): linkage 自家発・CPPA, but the joint share is 0.
    expect(e.tier).toBe(2);
    expect(e.issues.some((i) => i.severity === "warning" && i.message.includes("AMB-12"))).toBe(true);
  });

  it("GX-EXCL-01 C: 製造 with a menu that is not tracked non-FIT → 対象外; DC only a warning (AMB-13)", () => {
    const lines = [line(1, { procurement: "メニュー", annualKWh: 100_000_000, contractYears: 8, menuKind: "FIT非化石証書" })];
    const m = evaluatePowerPlan(lines, { ...dcFacts, investmentType: "manufacturing" });
    expect(m.tier).toBe("対象外");
    expect(m.tierReason).toContain("ケースC");
    const dc = evaluatePowerPlan(lines, dcFacts);
    expect(dc.tier).toBe(3);
    expect(dc.rateText).toBe("3/10");
    expect(dc.issues.some((i) => i.ruleId === "GX-EXCL-01" && i.severity === "warning")).toBe(true);
  });

  it("GX-PWR-02: 49.99% from one prefecture fails ②, 50% passes", () => {
    const rest = (kWh: number) => (100_000_000 - kWh) / 2;
    const plan = (kWh: number) =>
      evaluatePowerPlan([line(1, { annualKWh: kWh }), line(2, { prefecture: "青森県", annualKWh: rest(kWh) }), line(3, { prefecture: "岩手県", annualKWh: rest(kWh) })], dcFacts);
    expect(plan(49_990_000).power2).toBe(false);
    expect(plan(49_990_000).tier).toBe("対象外");
    expect(plan(50_000_000).power2).toBe(true);
    expect(plan(50_000_000).sourcePrefecture).toBe("北海道");
    expect(plan(50_010_000).tier).toBe(1);
  });

  it("GX-MININV-01: 大企業 with 19.99…億 → error and subsidy 0; at 20億 the subsidy is paid", () => {
    const lines = [line(1, { annualKWh: 100_000_000 })];
    const below = evaluatePowerPlan(lines, { ...dcFacts, companySize: "large", eligibleCostYen: 1_999_999_999 });
    expect(below.issues.find((i) => i.ruleId === "GX-MININV-01")).toMatchObject({ severity: "error", field: "eligibleCostYen" });
    expect(below.subsidyYen).toBe(0);
    const at = evaluatePowerPlan(lines, { ...dcFacts, companySize: "large", eligibleCostYen: 20 * OKU });
    expect(ruleIdsOf(at, "error")).toEqual([]);
    expect(at.subsidyYen).toBeCloseTo((20 * OKU) / 3, 3);
    expect(at.rateText).toBe("1/3");
  });

  it("missing facts are info issues, never errors, and leave the results null", () => {
    const e = evaluatePowerPlan([line(1, { annualKWh: 100 })], {
      investmentType: null,
      companySize: null,
      sitePrefecture: null,
      annualUseKWh: null,
      eligibleCostYen: null,
      supplyRegion: null,
    });
    expect(errors(e)).toEqual([]);
    expect(e.tier).toBeNull();
    expect(e.power1).toBeNull();
    expect(e.rate).toBeNull();
    const infos = e.issues.filter((i) => i.severity === "info" && i.message.includes("が未記入のため"));
    expect(infos.map((i) => i.field)).toEqual(expect.arrayContaining(["investmentType", "companySize", "sitePrefecture", "annualUseKWh", "eligibleCostYen", "supplyRegion"]));
  });

  it("an unstated 脱炭素電力供給地域 does not block a tier that does not depend on it (#1 and #9 → No1)", () => {
    const e = evaluatePowerPlan([line(1, { annualKWh: 100_000_000 })], { ...dcFacts, supplyRegion: null });
    expect(e.tier).toBe(1);
    const existing = evaluatePowerPlan([line(1, { state: "既設", annualKWh: 100_000_000, contractYears: 10 })], { ...dcFacts, supplyRegion: null });
    expect(existing.tier).toBeNull();
  });

  it("GX-SRC-01 / GX-PWR-08: unknown 電源種, 状態 and 調達方法 are errors on their cells naming the accepted values", () => {
    const e = evaluatePowerPlan([line(7, { sourceType: "石炭", annualKWh: 1 }), line(8, { state: "古い", annualKWh: 1 }), line(9, { procurement: "相対", annualKWh: 1 })], dcFacts);
    expect(e.issues.find((i) => i.row === 7 && i.field === "sourceType")?.message).toContain("a.太陽光発電");
    expect(e.issues.find((i) => i.row === 8 && i.field === "state")?.message).toContain("リプレース");
    expect(e.issues.find((i) => i.row === 9 && i.field === "procurement")?.message).toContain("CPPA");
    for (const i of errors(e).filter((x) => x.row !== null)) expect(i.citation).toMatch(/^001_bcc3ced3d61acfe1\.txt § /);
  });

  it("GX-PWR-07: 再稼働 is only for nuclear; a nuclear restart CPPA needs 5 years", () => {
    const solar = evaluatePowerPlan([line(1, { state: "再稼働", annualKWh: 100_000_000, contractYears: 10 })], dcFacts);
    expect(solar.issues.find((i) => i.ruleId === "GX-PWR-07")?.severity).toBe("error");
    const nuclear = evaluatePowerPlan([line(1, { sourceType: "原子力", state: "再稼働", annualKWh: 100_000_000, contractYears: 5 })], dcFacts);
    expect(ruleIdsOf(nuclear, "error")).toEqual([]);
    expect(nuclear.tier).toBe(1);
  });

  describe("GX-SUPPLY-02 at the edge: outside the supply regions only 新設・再稼働 sources meeting ② alone are supported", () => {
    const outside: PowerPlanFacts = { ...dcFacts, supplyRegion: false };
    /** CPPA from 北海道: `newKWh` new solar + the rest existing solar (100% decarbonised, 100% same prefecture). */
    const plan = (newKWh: number, facts: PowerPlanFacts = outside) =>
      evaluatePowerPlan([line(1, { annualKWh: newKWh }), line(2, { state: "既設", annualKWh: 100_000_000 - newKWh, contractYears: 10 })], facts);

    it("GX-SUPPLY-02: new sources at exactly 50% → No1 (#9), the reason names the exception, no error", () => {
      const e = plan(50_000_000);
      expect(errors(e)).toEqual([]);
      expect(e.tier).toBe(1);
      expect(e.tierReason).toContain("#9");
      expect(e.tierReason).toContain("GX-SUPPLY-02");
    });

    it("GX-SUPPLY-02: 1 kWh below 50% new → 対象外 (#11, case A), the error says what the exception needs", () => {
      const e = plan(49_999_999);
      expect(e.tier).toBe("対象外");
      expect(e.tierReason).toContain("#11");
      const a = errors(e).find((i) => i.ruleId === "GX-EXCL-01");
      expect(a?.message).toContain("ケースA");
      expect(a?.message).toContain("GX-SUPPLY-02");
    });

    it("GX-SUPPLY-02: inside a supply region the same 49.99…% plan is No2 (#3) and the exception is not mentioned", () => {
      const e = plan(49_999_999, dcFacts);
      expect(e.tier).toBe(2);
      expect(e.tierReason).not.toContain("GX-SUPPLY-02");
    });

    it.each([
      ["原子力", "再稼働", 5, 1],
      ["原子力", "新設", 15, 1],
      ["水力", "大規模改修", 15, 1],
      ["原子力", "既設", 5, "対象外"],
      ["太陽光", "既設", 10, "対象外"],
    ] as const)("GX-SUPPLY-02 (AMB-14): %s %s outside the supply regions → %s", (sourceType, state, contractYears, tier) => {
      const e = evaluatePowerPlan([line(1, { sourceType, state, annualKWh: 100_000_000, contractYears })], outside);
      expect(e.tier).toBe(tier);
      expect(e.tierReason.includes("GX-SUPPLY-02")).toBe(tier !== "対象外");
    });
  });

  describe("GX-CONTRIB-02: No4 / No5 need the municipality's agreement on the contribution method", () => {
    const remote: PowerPlanFacts = { ...dcFacts, investmentType: "manufacturing", sitePrefecture: "東京都", remoteContribution: true };

    it("GX-CONTRIB-02: No4 → an info issue on 立地要件② with the 目安貢献額 from the plan's consumption and subsidy", () => {
      const e = evaluatePowerPlan([line(1, { annualKWh: 100_000_000 })], remote);
      expect(e.tier).toBe(4);
      expect(e.subsidyYen).toBe(50 * OKU);
      const i = e.issues.find((x) => x.ruleId === "GX-CONTRIB-02");
      expect(i).toMatchObject({ severity: "info", field: "remoteContribution", citation: "001_bcc3ced3d61acfe1.txt § 補助金の申請 ｜ コミットメントの提出、フォローアップへの対応" });
      // min(100,000,000 kWh × 3 × 3 = 9億, 50億 × 5% = 2.5億) = 2.5億
      expect(i?.message).toContain("目安貢献額 250,000,000円");
    });

    it("GX-CONTRIB-02: No5 (existing sources in a supply region) also gets it; No1 and 対象外 do not", () => {
      const no5 = evaluatePowerPlan([line(1, { state: "既設", annualKWh: 100_000_000, contractYears: 10 })], remote);
      expect(no5.tier).toBe(5);
      expect(no5.issues.filter((x) => x.ruleId === "GX-CONTRIB-02")).toHaveLength(1);
      const no1 = evaluatePowerPlan([line(1, { annualKWh: 100_000_000 })], dcFacts);
      expect(no1.issues.some((x) => x.ruleId === "GX-CONTRIB-02")).toBe(false);
      const out = evaluatePowerPlan([line(1, { state: "既設", annualKWh: 100_000_000, contractYears: 10 })], { ...remote, supplyRegion: false });
      expect(out.tier).toBe("対象外");
      expect(out.issues.some((x) => x.ruleId === "GX-CONTRIB-02")).toBe(false);
    });

    it("GX-CONTRIB-02: without 企業規模 (no subsidy amount) the issue shows the formula instead of an amount", () => {
      const e = evaluatePowerPlan([line(1, { annualKWh: 100_000_000 })], { ...remote, companySize: null });
      expect(e.tier).toBe(4);
      expect(e.issues.find((x) => x.ruleId === "GX-CONTRIB-02")?.message).toContain("の低い方, GX-CONTRIB-01");
    });
  });

  it("does not mutate its inputs", () => {
    const lines = [line(1, { annualKWh: 100_000_000 })];
    const copy = JSON.parse(JSON.stringify(lines));
    evaluatePowerPlan(lines, dcFacts);
    expect(lines).toEqual(copy);
  });
});
