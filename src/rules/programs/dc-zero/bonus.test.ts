import { equityBonus, salesBonus, wageBonus } from "./bonus";

describe("salesBonus (DC-BONUS-03)", () => {
  it.each([
    [[100, 100, 100], 100, false, false],
    [[100, 100, 101], 100, true, false],
    [[1000, 1000, 1000], 100, true, true],
    [[999, 1000, 1000], 100, true, false],
  ])("DC-BONUS-03: sales %j vs 総事業費 %d → exceeds %s, ×10 %s", (sales, cost, exceeds, tenfold) => {
    const r = salesBonus(sales, cost);
    expect(r.ok && [r.value.exceedsProjectCost, r.value.tenfold]).toEqual([exceeds, tenfold]);
  });
  it("DC-BONUS-03: exactly 3 periods are required", () => {
    expect(salesBonus([1, 2], 1).ok).toBe(false);
  });
});

describe("equityBonus (DC-BONUS-04, AMB-39)", () => {
  it("DC-BONUS-04: 30% exactly is not above 30%; 30.01% is", () => {
    const at = equityBonus([{ netAssets: 30, totalAssets: 100 }]);
    expect(at.ok && at.value.pass).toBe(false);
    const r = equityBonus([{ netAssets: 30.01, totalAssets: 100 }]);
    expect(r.ok && r.value.pass).toBe(true);
  });
  it("AMB-39: every party must exceed 30%", () => {
    const r = equityBonus([
      { netAssets: 50, totalAssets: 100 },
      { netAssets: 20, totalAssets: 100 },
    ]);
    expect(r.ok && r.value.pass).toBe(false);
    expect(r.ok && r.value.ratios.map((x) => x.toNumber())).toEqual([0.5, 0.2]);
  });
  it("no parties → INVALID_INPUT; total assets 0 → DIVISION_BY_ZERO", () => {
    expect(equityBonus([]).ok).toBe(false);
    const z = equityBonus([{ netAssets: 1, totalAssets: 0 }]);
    expect(!z.ok && z.error.code).toBe("DIVISION_BY_ZERO");
  });
});

describe("wageBonus (DC-BONUS-05)", () => {
  it.each([
    [true, 1_015_000, true],
    [true, 1_014_999, false],
    [false, 1_030_000, true],
    [false, 1_029_999, false],
  ])("DC-BONUS-05: 中小企業 %s, 1,000,000 → %d: pass %s", (sme, current, pass) => {
    const r = wageBonus("new", 1_000_000, current, sme);
    expect(r.ok && r.value.pass).toBe(pass);
  });
  it.each(["relocation", "container"] as const)("DC-BONUS-05: %s has no wage bonus → NOT_APPLICABLE", (type) => {
    const r = wageBonus(type, 100, 110, false);
    expect(!r.ok && r.error.code).toBe("NOT_APPLICABLE");
  });
});
