import fc from "fast-check";
import { Fraction } from "../../lib/fraction";
import { adminLimit, marginalScale } from "./adminLimit";

const limit = (base: number): number => {
  const r = adminLimit(base);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.toNumber();
};

describe("adminLimit (MOE-ADMIN-01)", () => {
  it.each([
    [0, 0],
    [30_000_000, 1_950_000],
    [49_999_999, 3_249_999.935],
    [50_000_000, 3_250_000],
    [50_000_001, 3_250_000.055],
    [80_000_000, 4_900_000],
    [100_000_000, 6_000_000],
    [100_000_001, 6_000_000.045],
    [250_000_000, 12_750_000],
  ])("MOE-ADMIN-01: base %d → %d", (base, expected) => {
    expect(limit(base)).toBeCloseTo(expected, 6);
  });

  it("MOE-ADMIN-01: band edges are exact fractions", () => {
    const r = adminLimit(49_999_999);
    expect(r.ok && r.value.eq(Fraction.of(3_249_999_935, 1000))).toBe(true);
  });

  it("rejects a negative base with OUT_OF_DOMAIN", () => {
    const r = adminLimit(-1);
    expect(!r.ok && r.error.code).toBe("OUT_OF_DOMAIN");
  });

  it("property: monotone and concave (marginal rate never rises)", () => {
    fc.assert(
      fc.property(fc.nat({ max: 400_000_000 }), fc.nat({ max: 400_000_000 }), fc.nat({ max: 400_000_000 }), (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q);
        const f = (v: number): Fraction => (adminLimit(v) as { ok: true; value: Fraction }).value;
        expect(f(a).lte(f(b)) && f(b).lte(f(c))).toBe(true);
        if (a < b && b < c) {
          const left = f(b).sub(f(a)).div(b - a);
          const right = f(c).sub(f(b)).div(c - b);
          expect(left.gte(right)).toBe(true);
        }
      }),
    );
  });

  it("marginalScale with a single open band is a flat rate", () => {
    expect(marginalScale(Fraction.of(1000), [{ upTo: null, rate: "10%" }]).toNumber()).toBe(100);
  });
});
