import fc from "fast-check";
import { Fraction } from "../../lib/fraction";
import { revenuePayback, type RevenuePaybackInput } from "./revenuePayback";

const base: RevenuePaybackInput = { revenueYen: 100, deductionYen: 40, grantYen: 30, expenditureYen: 90, alreadyPaidYen: 5 };
const value = (input: Partial<RevenuePaybackInput>): number => {
  const r = revenuePayback({ ...base, ...input });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.toNumber();
};

describe("revenuePayback (DCTECH-REV-01/02)", () => {
  it("DCTECH-REV-01: RULES.md example A=100, B=40, C=30, D=90, E=5 → 15", () => {
    expect(value({})).toBe(15);
  });

  it("DCTECH-REV-02 注1: A − B = 0 → 0; A − B = 1 → (1 × 30 / 90) − 0", () => {
    expect(value({ revenueYen: 40 })).toBe(0);
    const r = revenuePayback({ ...base, revenueYen: 41, alreadyPaidYen: 0 });
    expect(r.ok && r.value.eq(Fraction.of(1, 3))).toBe(true);
  });

  it("AMB-44: a result below 0 (E large) is clamped at 0", () => {
    expect(value({ alreadyPaidYen: 21 })).toBe(0);
    expect(value({ alreadyPaidYen: 20 })).toBe(0);
    expect(value({ alreadyPaidYen: 19 })).toBe(1);
  });

  it("a negative revenue is allowed and gives 0", () => {
    expect(value({ revenueYen: -100 })).toBe(0);
  });

  it("DCTECH-REV-01: D = 0 → DIVISION_BY_ZERO; negative B/C/D/E → OUT_OF_DOMAIN", () => {
    const z = revenuePayback({ ...base, expenditureYen: 0 });
    expect(!z.ok && z.error.code).toBe("DIVISION_BY_ZERO");
    for (const k of ["deductionYen", "grantYen", "expenditureYen", "alreadyPaidYen"] as const) {
      const r = revenuePayback({ ...base, [k]: -1 });
      expect([k, !r.ok && r.error.code]).toEqual([k, "OUT_OF_DOMAIN"]);
    }
  });

  it("property: never negative, never NaN", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.nat(1e9), fc.nat(1e9), fc.integer({ min: 1, max: 1e9 }), fc.nat(1e9), (a, b, c, d, e) => {
        const r = revenuePayback({ revenueYen: a, deductionYen: b, grantYen: c, expenditureYen: d, alreadyPaidYen: e });
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value.num >= 0n).toBe(true);
          expect(Number.isFinite(r.value.toNumber())).toBe(true);
        }
      }),
    );
  });
});
