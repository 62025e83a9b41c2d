import fc from "fast-check";
import { shoeneCap, shoeneRate, shoeneSubsidy } from "./shoene";

const R6 = { date: "2024-12-20" };
const R7 = { date: "2025-04-01" };

describe("shoeneRate", () => {
  describe.each([
    ["令和6年度補正", R6, "seed-002/shoene-r6-hosei"],
    ["令和7年度", R7, "seed-002/shoene-r7"],
  ])("%s edition", (_label, options, editionId) => {
    it.each([
      ["工場・事業場型", "中小企業", false, "1/2"],
      ["工場・事業場型", "大企業", false, "1/3"],
      ["工場・事業場型", "中小企業", true, "2/3"],
      ["工場・事業場型", "大企業", true, "1/2"],
      ["電化・脱炭素燃転型", "中小企業", false, "1/2"],
      ["電化・脱炭素燃転型", "大企業", false, "1/2"],
      ["エネルギー需要最適化型", "中小企業", false, "1/2"],
      ["エネルギー需要最適化型", "大企業", false, "1/3"],
    ])("S002-SHOENE-01: %s × %s × 一定の要件=%p → %s以内", (type, size, meetsRequirement, expected) => {
      const r = shoeneRate({ type, size, meetsRequirement }, options);
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.rateText).toBe(expected);
      expect(r.value.rate.toString()).toBe(expected);
      expect(r.value.upTo).toBe(true);
      expect(r.value.editionId).toBe(editionId);
      expect(r.value.citation).toMatch(/^002_082ecb27172b1189\.txt § L\d+–\d+ 省エネルギー投資促進/);
    });
  });

  it("S002-SHOENE-01: the newest edition by default; notes say the requirement is undefined and user-supplied", () => {
    const r = shoeneRate({ type: "1", size: "中小" });
    expect(r.ok && r.value.editionId).toBe("seed-002/shoene-r7");
    expect(r.ok && r.value.notes.some((n) => n.includes("一定の要件") && n.includes("定義がない"))).toBe(true);
  });

  it.each([
    [{ type: "工場", size: "中小企業", meetsRequirement: "はい" }, "2/3"],
    [{ type: " (1) ", size: "ＳＭＥ" }, "1/2"],
    [{ type: "EMS", size: "large", meetsRequirement: null }, "1/3"],
    [{ type: 2, size: "大" }, "1/2"],
  ])("S002-SHOENE-01: spellings %j are accepted", (input, expected) => {
    const r = shoeneRate(input);
    expect(r.ok && r.value.rateText).toBe(expected);
  });

  it.each([
    [{ type: "製造", size: "中小企業" }, "INVALID_INPUT", "事業類型"],
    [{ type: "工場・事業場型", size: "中堅企業" }, "INVALID_INPUT", "企業規模"],
    [{ type: "工場・事業場型", size: null }, "INVALID_INPUT", "企業規模"],
    [{ type: "工場・事業場型", size: "中小企業", meetsRequirement: "たぶん" }, "INVALID_INPUT", "一定の要件"],
    [{ type: "電化・脱炭素燃転型", size: "中小企業", meetsRequirement: true }, "INVALID_INPUT", "一定の要件"],
    [{ type: "エネルギー需要最適化型", size: "大企業", meetsRequirement: true }, "INVALID_INPUT", "一定の要件"],
  ])("S002-SHOENE-01: bad input %j → %s", (input, code, path) => {
    const r = shoeneRate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.path).toBe(path);
      expect(r.error.ruleId).toBe("S002-SHOENE-01");
    }
  });

  it.each([
    ["2024-03-31", "NO_RULE_IN_FORCE"],
    ["2024/12/01", "INVALID_INPUT"],
  ])("S002-SHOENE-01: date %s → %s", (date, code) => {
    const r = shoeneRate({ type: "1", size: "中小" }, { date });
    expect(!r.ok && r.error.code).toBe(code);
  });
});

describe("shoeneCap", () => {
  it.each([
    ["工場・事業場型", {}, 1_500_000_000],
    ["工場・事業場型", { nonFossil: true }, 2_000_000_000],
    ["電化・脱炭素燃転型", {}, 300_000_000],
    ["電化・脱炭素燃転型", { electrification: true }, 500_000_000],
    ["エネルギー需要最適化型", {}, 100_000_000],
  ])("S002-SHOENE-02: %s %j → %i円 (both editions)", (type, flags, cap) => {
    for (const options of [R6, R7]) {
      const r = shoeneCap({ type, ...flags }, options);
      expect(r.ok && r.value.capYen).toBe(cap);
    }
  });

  it.each([
    [{ type: "電化・脱炭素燃転型", nonFossil: true }, "非化石転換設備"],
    [{ type: "エネルギー需要最適化型", nonFossil: true }, "非化石転換設備"],
    [{ type: "工場・事業場型", electrification: true }, "電化"],
    [{ type: "エネルギー需要最適化型", electrification: "○" }, "電化"],
    [{ type: "不明" }, "事業類型"],
  ])("S002-SHOENE-02: a flag or type that does not apply %j → INVALID_INPUT", (input, path) => {
    const r = shoeneCap(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.path, r.error.ruleId]).toEqual(["INVALID_INPUT", path, "S002-SHOENE-02"]);
  });

  it("S002-SHOENE-02: FALSE flags are harmless on any type", () => {
    const r = shoeneCap({ type: "3", nonFossil: false, electrification: "いいえ" });
    expect(r.ok && r.value.capYen).toBe(100_000_000);
  });
});

describe("shoeneSubsidy", () => {
  it.each([
    // 工場・事業場型 中小 2/3, cap 15億: the cap binds from 22.5億.
    [{ type: "1", size: "中小", meetsRequirement: true }, 2_249_999_997, 1_499_999_998, false],
    [{ type: "1", size: "中小", meetsRequirement: true }, 2_250_000_000, 1_500_000_000, false],
    [{ type: "1", size: "中小", meetsRequirement: true }, 2_250_000_003, 1_500_000_000, true],
    // 非化石転換設備: cap 20億.
    [{ type: "1", size: "大", nonFossil: true }, 9_000_000_000, 2_000_000_000, true],
    // 電化 5億 at 1/2: the cap binds above 10億.
    [{ type: "2", size: "大", electrification: true }, 1_000_000_000, 500_000_000, false],
    [{ type: "2", size: "大", electrification: true }, 1_000_000_002, 500_000_000, true],
    // EMS 大 1/3, cap 1億.
    [{ type: "3", size: "大" }, 300_000_000, 100_000_000, false],
    [{ type: "3", size: "大" }, 300_000_003, 100_000_000, true],
    [{ type: "3", size: "大" }, 0, 0, false],
  ])("S002-SHOENE-03: min(rate × cost, cap) for %j, cost %i → %i (capped %p)", (input, cost, expected, capped) => {
    const r = shoeneSubsidy({ ...input, eligibleCostYen: cost });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.subsidyYen).toBe(expected);
    expect(r.value.capped).toBe(capped);
  });

  it("S002-SHOENE-03: exact thirds (no rounding stated)", () => {
    const r = shoeneSubsidy({ type: "3", size: "大", eligibleCostYen: 100 });
    expect(r.ok && r.value.subsidyYen).toBeCloseTo(100 / 3, 12);
  });

  it.each([
    [-1, "OUT_OF_DOMAIN"],
    [Number.NaN, "INVALID_INPUT"],
    ["1000", "INVALID_INPUT"],
    [null, "INVALID_INPUT"],
  ])("S002-SHOENE-03: 補助対象経費 %p → %s", (cost, code) => {
    const r = shoeneSubsidy({ type: "1", size: "中小", eligibleCostYen: cost });
    expect(!r.ok && r.error.code).toBe(code);
  });

  it("S002-SHOENE-03: property — never above the cap or the rate share, non-decreasing in cost", () => {
    const typeSize = fc.constantFrom(
      { type: "1", size: "中小", meetsRequirement: true },
      { type: "1", size: "大" },
      { type: "2", size: "中小", electrification: true },
      { type: "3", size: "大" },
    );
    fc.assert(
      fc.property(typeSize, fc.integer({ min: 0, max: 1e13 }), fc.integer({ min: 0, max: 1e12 }), (input, cost, extra) => {
        const a = shoeneSubsidy({ ...input, eligibleCostYen: cost });
        const b = shoeneSubsidy({ ...input, eligibleCostYen: cost + extra });
        if (!a.ok || !b.ok) throw new Error("unexpected failure");
        expect(a.value.subsidyYen).toBeLessThanOrEqual(a.value.cap.capYen);
        expect(a.value.subsidyYen).toBeLessThanOrEqual(cost * a.value.rate.rate.toNumber() + 1e-6);
        expect(b.value.subsidyYen).toBeGreaterThanOrEqual(a.value.subsidyYen);
      }),
    );
  });
});

describe("令和7年度: 継続分のみ (S002-SHOENE-03)", () => {
  const r7 = { date: "2025-06-01" };
  const r6 = { date: "2024-12-01" };
  const input = { type: "工場・事業場型", size: "中小企業" };

  it("S002-SHOENE-03: a new project in 令和7年度 is NOT_APPLICABLE; a continuing one gets the rate", () => {
    const fresh = shoeneRate({ ...input, continuingCase: false }, r7);
    expect(!fresh.ok && [fresh.error.code, fresh.error.ruleId]).toEqual(["NOT_APPLICABLE", "S002-SHOENE-03"]);
    const continuing = shoeneRate({ ...input, continuingCase: "はい" }, r7);
    expect(continuing.ok && continuing.value.rateText).toBe("1/2");
  });

  it("S002-SHOENE-03: unstated in 令和7年度 → the rate with a note; 令和6年度補正 has no such restriction", () => {
    const unstated = shoeneRate(input, r7);
    expect(unstated.ok && unstated.value.notes.join("")).toContain("継続分のみ");
    const r6fresh = shoeneRate({ ...input, continuingCase: false }, r6);
    expect(r6fresh.ok && r6fresh.value.rateText).toBe("1/2");
  });

  it("S002-SHOENE-03: the subsidy follows the rate's decision", () => {
    const s = shoeneSubsidy({ ...input, continuingCase: false, eligibleCostYen: 100_000_000 }, r7);
    expect(!s.ok && s.error.ruleId).toBe("S002-SHOENE-03");
  });

  it("S002-SHOENE-03: an unreadable answer is INVALID_INPUT", () => {
    const r = shoeneRate({ ...input, continuingCase: "たぶん" }, r7);
    expect(!r.ok && r.error.code).toBe("INVALID_INPUT");
  });
});
