import fc from "fast-check";
import { regionalContribution } from "./contribution";

const get = (kWh: number, subsidy: number) => {
  const r = regionalContribution(kWh, subsidy);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("regionalContribution", () => {
  it("GX-CONTRIB-01: RULES.md example — 50,000,000 kWh, 補助額 40億 → MIN(4.5億, 2億) = 2億", () => {
    const v = get(50_000_000, 4_000_000_000);
    expect(v.byConsumption.toNumber()).toBe(450_000_000);
    expect(v.bySubsidy.toNumber()).toBe(200_000_000);
    expect(v.amount.toNumber()).toBe(200_000_000);
    expect(v.decidedBy).toBe("subsidy");
  });

  it("GX-CONTRIB-01: consumption branch — 1,000,000 kWh, 補助額 40億 → 9,000,000円", () => {
    const v = get(1_000_000, 4_000_000_000);
    expect(v.amount.toNumber()).toBe(9_000_000);
    expect(v.decidedBy).toBe("consumption");
  });

  it("GX-CONTRIB-01: negative inputs are OUT_OF_DOMAIN", () => {
    for (const r of [regionalContribution(-1, 1), regionalContribution(1, -1)]) expect(r.ok || r.error.code).toBe("OUT_OF_DOMAIN");
  });

  it("GX-CONTRIB-01 property: the guideline is the smaller branch and never negative", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 10 }), fc.integer({ min: 0, max: 10 ** 11 }), (kWh, s) => {
        const v = get(kWh, s);
        expect(v.amount.lte(v.byConsumption) && v.amount.lte(v.bySubsidy)).toBe(true);
        expect(v.amount.eq(v.byConsumption) || v.amount.eq(v.bySubsidy)).toBe(true);
        expect(v.amount.toNumber()).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
