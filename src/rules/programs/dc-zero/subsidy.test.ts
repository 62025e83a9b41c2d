import fc from "fast-check";
import { Fraction } from "../../lib/fraction";
import { DC_ZERO_CURRENT } from "./params";
import { DC_PROJECT_TYPES } from "./projectType";
import { describeSubsidy, subsidyAmount, subsidyCap, subsidyRate } from "./subsidy";

const amountOf = (r: ReturnType<typeof subsidyAmount>): Fraction => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value.amount;
};

describe("subsidyRate", () => {
  it.each([
    ["new", "standard", "1/2"],
    ["new", "lower", "1/3"],
    ["renovation", "standard", "1/2"],
    ["renovation", "lower", "1/3"],
    ["relocation", "standard", "1/3"],
    ["relocation", "lower", "1/3"],
    ["container", "standard", "1/3"],
    ["container", "lower", "1/3"],
  ] as const)("DC-*-RATE-01: %s %s = %s", (type, cls, expected) => {
    expect(subsidyRate(type, cls).toString()).toBe(expected);
  });
});

describe("subsidyCap", () => {
  it.each([
    ["new", 300_000_000, true],
    ["renovation", 100_000_000, true],
    ["relocation", 100_000_000, false],
    ["container", 200_000_000, false],
  ] as const)("DC-*-CAP: %s cap %d (per fiscal year: %s)", (type, yen, perFy) => {
    expect(subsidyCap(type)).toEqual({ yen, perFiscalYear: perFy });
  });
});

describe("subsidyAmount", () => {
  it("DC-NEW-CAP-01: worked example PV 200M ×1/3 + battery 400M ×1/2 + HVAC 300M ×1/3 = 366,666,666.67 → 300,000,000", () => {
    const r = subsidyAmount("new", 900_000_000, 500_000_000);
    expect(r.ok && r.value.calculated.eq(Fraction.of(1_100_000_000, 3))).toBe(true);
    expect(r.ok && r.value.capped).toBe(true);
    expect(amountOf(r).toNumber()).toBe(300_000_000);
  });

  it("DC-NEW-CAP-01: exactly at the cap (600M at 1/2 = 300M) is not capped; 1 yen more is", () => {
    const at = subsidyAmount("new", 600_000_000);
    expect(at.ok && at.value.capped).toBe(false);
    expect(amountOf(at).toNumber()).toBe(300_000_000);
    const above = subsidyAmount("new", 600_000_002);
    expect(above.ok && above.value.capped).toBe(true);
    expect(amountOf(above).toNumber()).toBe(300_000_000);
    expect(amountOf(subsidyAmount("new", 599_999_998)).toNumber()).toBe(299_999_999);
  });

  it("DC-RENO-CAP-01: 1/2 of 150M = 75M, 1/2 of 250M → cap 100M", () => {
    expect(amountOf(subsidyAmount("renovation", 150_000_000)).toNumber()).toBe(75_000_000);
    expect(amountOf(subsidyAmount("renovation", 250_000_000)).toNumber()).toBe(100_000_000);
  });

  it("DC-MOVE-RATE-01 / DC-CONT-RATE-01: 1/3 of everything, part ignored, caps 1億 / 2億", () => {
    expect(amountOf(subsidyAmount("relocation", 240_000_000, 100_000_000)).toNumber()).toBe(80_000_000);
    expect(amountOf(subsidyAmount("relocation", 330_000_000)).toNumber()).toBe(100_000_000);
    expect(amountOf(subsidyAmount("container", 600_000_000)).toNumber()).toBe(200_000_000);
    expect(amountOf(subsidyAmount("container", 600_000_003)).toNumber()).toBe(200_000_000);
  });

  it("DC-NEW-RATE-01: part = total is all at 1/3; stays exact", () => {
    const r = subsidyAmount("new", 100, 100);
    expect(amountOf(r).eq(Fraction.of(100, 3))).toBe(true);
  });

  it("DC-NEW-RATE-01: part > total → OUT_OF_DOMAIN with a Japanese message", () => {
    const r = subsidyAmount("new", 100, 101);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("OUT_OF_DOMAIN");
      expect(r.error.message).toContain("うち太陽光・空調等");
    }
  });

  it("rejects negative and non-finite amounts", () => {
    const neg = subsidyAmount("new", -1);
    expect(!neg.ok && neg.error.code).toBe("OUT_OF_DOMAIN");
    const nan = subsidyAmount("new", Number.NaN);
    expect(!nan.ok && nan.error.code).toBe("INVALID_INPUT");
  });

  it("describeSubsidy states the cap when it applies", () => {
    const r = subsidyAmount("new", 900_000_000, 500_000_000);
    expect(r.ok && describeSubsidy("new", r.value)).toContain("各年度上限300,000,000円");
  });

  it("property: 0 ≤ subsidy ≤ cap and ≤ ½ × eligible, never NaN", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DC_PROJECT_TYPES), fc.nat({ max: 2_000_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (type, total, share) => {
        const part = Math.floor(total * share);
        const r = subsidyAmount(type, total, part);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const a = r.value.amount;
        expect(a.num >= 0n).toBe(true);
        expect(a.lte(Fraction.of(DC_ZERO_CURRENT.params.cap[type].value.yen))).toBe(true);
        expect(a.lte(Fraction.of(total, 2))).toBe(true);
        expect(Number.isFinite(a.toNumber())).toBe(true);
      }),
    );
  });

  it("property: moving cost to the lower-rate part never raises the subsidy", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000_000 }), fc.nat({ max: 1_000_000_000 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const total = 1_000_000_000;
        expect(amountOf(subsidyAmount("new", total, high)).lte(amountOf(subsidyAmount("new", total, low)))).toBe(true);
      }),
    );
  });
});
