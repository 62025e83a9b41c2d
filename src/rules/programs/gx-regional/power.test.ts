import fc from "fast-check";
import { powerCheck } from "./power";

const check = (use: number, dec: number, pref: number) => {
  const r = powerCheck(use, dec, pref);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("powerCheck", () => {
  it.each([
    [4_999, false],
    [5_000, true],
    [5_001, true],
  ])("GX-PWR-02: %d of 10,000 kWh (49.99% / 50% / 50.01%) from one prefecture → ② %s", (pref, expected) => {
    expect(check(10_000, 10_000, pref).power2).toBe(expected);
  });

  it("GX-PWR-01: ① needs the whole annual use (9,999 of 10,000 fails; 10,000 passes)", () => {
    expect(check(10_000, 9_999, 6_000).power1).toBe(false);
    expect(check(10_000, 10_000, 6_000).power1).toBe(true);
  });

  it("GX-PWR-01/02: 0 kWh use is DIVISION_BY_ZERO; negatives are OUT_OF_DOMAIN", () => {
    const z = powerCheck(0, 0, 0);
    expect(z.ok || z.error.code).toBe("DIVISION_BY_ZERO");
    for (const r of [powerCheck(-1, 0, 0), powerCheck(1, -1, 0), powerCheck(1, 0, -1)]) expect(r.ok || r.error.code).toBe("OUT_OF_DOMAIN");
  });

  it("GX-PWR-02 property: exact comparison — ② holds iff 2 × pref ≥ use", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 0, max: 10 ** 9 }), (use, pref) => {
        expect(check(use, use, pref).power2).toBe(2 * pref >= use);
      }),
    );
  });
});
