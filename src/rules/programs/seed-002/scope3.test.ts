import { scope3Cap, scope3Eligibility, scope3Rate, scope3Subsidy } from "./scope3";

describe("scope3Rate", () => {
  it.each([
    [{ size: "中小企業" }, "1/2"],
    [{ size: "中小企業", gxDeclaration: true, annualReductionT: 10 }, "1/2"],
    [{ size: "大企業" }, "1/3"],
    [{ size: "大企業", gxDeclaration: false, annualReductionT: 50_000 }, "1/3"],
    [{ size: "大企業", gxDeclaration: true, annualReductionT: 2999 }, "1/3"],
    [{ size: "大企業", gxDeclaration: true, annualReductionT: 2999.99 }, "1/3"],
    [{ size: "大企業", gxDeclaration: true, annualReductionT: 3000 }, "1/2"],
    [{ size: "大企業", gxDeclaration: true, annualReductionT: 3001 }, "1/2"],
    [{ size: "large", gxDeclaration: "○", annualReductionT: 1e6 }, "1/2"],
  ])("S002-SCOPE3-01: %j → %s (3,000 t-CO2/年 at, below, above)", (input, expected) => {
    const r = scope3Rate(input);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.rateText).toBe(expected);
    expect(r.value.upTo).toBe(false);
    expect(r.value.citation).toBe("002_082ecb27172b1189.txt § L3168–3172 Scope3排出量削減のための企業間連携による省CO2設備投資促進事業 補助率");
  });

  it("S002-SCOPE3-01: the note records that the 3,000 t basis is ambiguous", () => {
    const r = scope3Rate({ size: "大企業", gxDeclaration: true, annualReductionT: 3000 });
    expect(r.ok && r.value.notes.some((n) => n.includes("3,000t-CO2/年の基準") && n.includes("判別できない"))).toBe(true);
  });

  it.each([
    [{ size: "大企業", gxDeclaration: true }, "INVALID_INPUT"],
    [{ size: "大企業", gxDeclaration: true, annualReductionT: -1 }, "OUT_OF_DOMAIN"],
    [{ size: "大企業", gxDeclaration: true, annualReductionT: "3000t" }, "INVALID_INPUT"],
    [{ size: "中堅" }, "INVALID_INPUT"],
    [{ size: "大企業", gxDeclaration: "宣言済み" }, "INVALID_INPUT"],
  ])("S002-SCOPE3-01: bad input %j → %s", (input, code) => {
    const r = scope3Rate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.ruleId).toBe("S002-SCOPE3-01");
    }
  });

  it("S002-SCOPE3-01: before 令和7年度 no edition is in force", () => {
    const r = scope3Rate({ size: "中小企業" }, { date: "2025-03-31" });
    expect(!r.ok && r.error.code).toBe("NO_RULE_IN_FORCE");
  });
});

describe("scope3Cap / scope3Subsidy", () => {
  it("S002-SCOPE3-02: 15億円 per company", () => {
    const r = scope3Cap();
    expect(r.ok && r.value.capYen).toBe(1_500_000_000);
  });

  it.each([
    [{ size: "中小企業" }, 2_999_999_998, 1_499_999_999, false],
    [{ size: "中小企業" }, 3_000_000_000, 1_500_000_000, false],
    [{ size: "中小企業" }, 3_000_000_002, 1_500_000_000, true],
    [{ size: "大企業" }, 4_500_000_000, 1_500_000_000, false],
    [{ size: "大企業" }, 4_500_000_003, 1_500_000_000, true],
    [{ size: "大企業", gxDeclaration: true, annualReductionT: 3000 }, 3_000_000_002, 1_500_000_000, true],
  ])("S002-SCOPE3-02: %j, cost %i → %i (capped %p)", (input, cost, expected, capped) => {
    const r = scope3Subsidy({ ...input, eligibleCostYen: cost });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.subsidyYen).toBe(expected);
    expect(r.value.capped).toBe(capped);
  });

  it("S002-SCOPE3-02: negative cost → OUT_OF_DOMAIN", () => {
    const r = scope3Subsidy({ size: "中小企業", eligibleCostYen: -5 });
    expect(!r.ok && r.error.code).toBe("OUT_OF_DOMAIN");
  });
});

describe("scope3Eligibility", () => {
  const base = { baselineCo2T: 1000, postCo2T: 700, partnerCount: 2, leadDeclared: true, co2Agreement: true, projectYears: 3 };

  it("S002-SCOPE3-03/04/05: a project meeting every condition is eligible", () => {
    const r = scope3Eligibility(base);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ eligible: true, reasons: [], checksRun: ["S002-SCOPE3-03", "S002-SCOPE3-04", "S002-SCOPE3-05"] });
  });

  it.each([
    [701, false],
    [700.1, false],
    [700, true],
    [699.9, true],
    [0, true],
    [1200, false],
  ])("S002-SCOPE3-03: 1,000 → %p t-CO2/年 (≥ 30%% saving): eligible %p", (post, eligible) => {
    const r = scope3Eligibility({ ...base, postCo2T: post });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.eligible).toBe(eligible);
    if (!eligible) expect(r.value.reasons.map((x) => x.ruleId)).toEqual(["S002-SCOPE3-03"]);
  });

  it.each([
    [0, false],
    [1, false],
    [2, true],
    [3, true],
  ])("S002-SCOPE3-04: %i partner companies → eligible %p", (partnerCount, eligible) => {
    const r = scope3Eligibility({ ...base, partnerCount });
    expect(r.ok && r.value.eligible).toBe(eligible);
  });

  it.each([
    [{ leadDeclared: false }],
    [{ leadDeclared: null }],
    [{ co2Agreement: "いいえ" }],
  ])("S002-SCOPE3-04: missing declaration or agreement %j → 対象外 (a value)", (patch) => {
    const r = scope3Eligibility({ ...base, ...patch });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.eligible).toBe(false);
    expect(r.value.reasons[0]).toMatchObject({ kind: "ineligible", ruleId: "S002-SCOPE3-04" });
  });

  it.each([
    [1, true],
    [3, true],
    [4, false],
  ])("S002-SCOPE3-05: %i fiscal years (≤ 3) → eligible %p", (projectYears, eligible) => {
    const r = scope3Eligibility({ ...base, projectYears });
    expect(r.ok && r.value.eligible).toBe(eligible);
  });

  it("S002-SCOPE3-03/04/05: every failed condition is reported", () => {
    const r = scope3Eligibility({ baselineCo2T: 100, postCo2T: 90, partnerCount: 1, leadDeclared: false, co2Agreement: false, projectYears: 5 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.reasons.map((x) => x.ruleId)).toEqual(["S002-SCOPE3-03", "S002-SCOPE3-04", "S002-SCOPE3-04", "S002-SCOPE3-04", "S002-SCOPE3-05"]);
    expect(r.value.reasons[0].reason).toContain("10%");
  });

  it.each([
    [{ baselineCo2T: 0, postCo2T: 0 }, "DIVISION_BY_ZERO"],
    [{ baselineCo2T: -1 }, "OUT_OF_DOMAIN"],
    [{ postCo2T: "700" }, "INVALID_INPUT"],
    [{ partnerCount: 2.5 }, "INVALID_INPUT"],
    [{ projectYears: 0 }, "OUT_OF_DOMAIN"],
    [{ projectYears: 1.5 }, "INVALID_INPUT"],
    [{ leadDeclared: "maybe" }, "INVALID_INPUT"],
  ])("S002-SCOPE3-03/04/05: bad input %j → %s", (patch, code) => {
    const r = scope3Eligibility({ ...base, ...patch });
    expect(!r.ok && r.error.code).toBe(code);
  });
});
