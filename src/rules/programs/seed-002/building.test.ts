import { buildingRetrofitEligibility, buildingRetrofitRateRange } from "./building";

const R6 = { date: "2024-12-20" };
const R7 = { date: "2025-06-01" };
const office = { use: "事務所", bpi: 0.9, primaryEnergyCut: 0.45, bems: true };

describe("buildingRetrofitEligibility", () => {
  it.each([
    [0.99, true],
    [1.0, true],
    [1.01, false],
  ])("S002-BLDG-01: BPI %p (≤ 1.0) → eligible %p", (bpi, eligible) => {
    const r = buildingRetrofitEligibility({ ...office, bpi }, R6);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.eligible).toBe(eligible);
    if (!eligible) expect(r.value.reasons.map((x) => x.ruleId)).toEqual(["S002-BLDG-01"]);
  });

  it.each([
    ["事務所", 0.39, false],
    ["事務所", 0.4, true],
    ["学校", 0.41, true],
    ["事務所・学校等", 0.3, false],
    ["ホテル", 0.29, false],
    ["病院", 0.3, true],
    ["百貨店", 0.31, true],
    ["飲食店", 0.2999, false],
    ["ホテル・病院・百貨店・飲食店等", 0.3, true],
  ])("S002-BLDG-02: %s with a %p primary-energy cut (≥ 30%% / ≥ 40%% by use) → eligible %p", (use, primaryEnergyCut, eligible) => {
    const r = buildingRetrofitEligibility({ ...office, use, primaryEnergyCut }, R6);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.eligible).toBe(eligible);
    if (!eligible) expect(r.value.reasons.map((x) => x.ruleId)).toEqual(["S002-BLDG-02"]);
  });

  it.each([
    [false, false],
    ["×", false],
    [null, false],
    [true, true],
  ])("S002-BLDG-03: BEMS %p → eligible %p", (bems, eligible) => {
    const r = buildingRetrofitEligibility({ ...office, bems }, R6);
    expect(r.ok && r.value.eligible).toBe(eligible);
  });

  it.each([
    [false, false],
    [true, true],
  ])("S002-BLDG-05: 令和7年度 (1) is 継続案件のみ — continuing %p → eligible %p", (continuingCase, eligible) => {
    const r = buildingRetrofitEligibility({ ...office, continuingCase }, R7);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.eligible).toBe(eligible);
    expect(r.value.checksRun).toContain("S002-BLDG-05");
  });

  it("S002-BLDG-05: unstated continuing status in 令和7年度 is a note, not a failure; 令和6年度補正 has no such rule", () => {
    const r7 = buildingRetrofitEligibility(office, R7);
    expect(r7.ok && r7.value.eligible).toBe(true);
    expect(r7.ok && r7.value.notes.some((n) => n.includes("継続案件"))).toBe(true);
    const r6 = buildingRetrofitEligibility({ ...office, continuingCase: false }, R6);
    expect(r6.ok && r6.value.eligible).toBe(true);
    expect(r6.ok && r6.value.checksRun).not.toContain("S002-BLDG-05");
  });

  it("S002-BLDG-05: 令和7年度 (2) 先進モデル導入事業 is not 継続案件のみ, and (1)'s 主な要件 are not applied to it", () => {
    const r = buildingRetrofitEligibility({ use: "事務所", bpi: 1.2, primaryEnergyCut: 0.1, bems: false, continuingCase: false, track: "advancedModel" }, { date: "2025-06-01" });
    expect(r.ok && r.value.eligible).toBe(true);
    expect(r.ok && r.value.checksRun).toEqual([]);
    expect(r.ok && r.value.notes.join("")).toContain("モデル実証 2/3");
  });

  it("S002-BLDG-04: (2) 先進モデル導入事業 does not exist in 令和6年度補正 → NOT_APPLICABLE", () => {
    const r = buildingRetrofitEligibility({ use: "事務所", bpi: 1.0, primaryEnergyCut: 0.4, bems: true, track: "advancedModel" }, { date: "2024-12-01" });
    expect(!r.ok && r.error.code).toBe("NOT_APPLICABLE");
  });

  it("S002-BLDG-01/02/03: all failures are listed", () => {
    const r = buildingRetrofitEligibility({ use: "ホテル", bpi: 1.2, primaryEnergyCut: 0.1, bems: false }, R6);
    expect(r.ok && r.value.reasons.map((x) => x.ruleId)).toEqual(["S002-BLDG-01", "S002-BLDG-02", "S002-BLDG-03"]);
  });

  it.each([
    [{ use: "データセンター" }, "INVALID_INPUT"],
    [{ use: null }, "INVALID_INPUT"],
    [{ bpi: 0 }, "OUT_OF_DOMAIN"],
    [{ bpi: "0.9" }, "INVALID_INPUT"],
    [{ primaryEnergyCut: 40 }, "OUT_OF_DOMAIN"],
    [{ primaryEnergyCut: -0.1 }, "OUT_OF_DOMAIN"],
    [{ bems: "導入予定" }, "INVALID_INPUT"],
    [{ continuingCase: "継続" }, "INVALID_INPUT"],
  ])("S002-BLDG-01/02: bad input %j → %s", (patch, code) => {
    const r = buildingRetrofitEligibility({ ...office, ...patch }, R7);
    expect(!r.ok && r.error.code).toBe(code);
  });

  it("S002-BLDG-02: an unlisted use (データセンター) lists the accepted classes", () => {
    const r = buildingRetrofitEligibility({ ...office, use: "データセンター" });
    expect(!r.ok && r.error.message).toContain("事務所・学校等");
  });
});

describe("buildingRetrofitRateRange", () => {
  it("S002-BLDG-04: 令和6年度補正 定額 ≈ 1/3–1/2, no model demonstration", () => {
    const r = buildingRetrofitRateRange(R6);
    if (!r.ok) throw new Error(r.error.message);
    expect([r.value.lowest.toString(), r.value.highest.toString(), r.value.modelDemonstration]).toEqual(["1/3", "1/2", null]);
  });

  it("S002-BLDG-04: 令和7年度 adds モデル実証 2/3", () => {
    const r = buildingRetrofitRateRange(R7);
    expect(r.ok && r.value.modelDemonstration?.toString()).toBe("2/3");
  });
});
