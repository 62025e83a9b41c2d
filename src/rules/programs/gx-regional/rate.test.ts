import fc from "fast-check";
import { Fraction } from "../../lib/fraction";
import { meetsMinimumInvestment, minimumInvestment } from "./minimumInvestment";
import { GX_CURRENT, withPrintedLargeRates } from "./params";
import { rateCell, subsidyCap, subsidyRate } from "./rate";
import { subsidyAmount } from "./subsidy";
import type { CompanySize, InvestmentType, Tier, TierOutcome } from "./types";

const OKU = 100_000_000;

// GX-RATE-01 as printed: [No, 製造 headline, 製造 (large), DC headline, DC (large), cap 億円]; null = 対象外.
const RATES: [Tier, string, string, string | null, string | null, number][] = [
  [1, "1/2", "1/3", "1/2", "1/3", 250],
  [2, "2/5", "1/4", "2/5", "1/4", 250],
  [3, "2/5", "1/4", "3/10", "1/5", 100],
  [4, "2/5", "1/4", null, null, 50],
  [5, "3/10", "1/5", null, null, 50],
];
const SIZES: CompanySize[] = ["large", "mid", "sme"];

describe("subsidyRate", () => {
  for (const [no, mH, mL, dH, dL] of RATES) {
    for (const size of SIZES) {
      const mfg = size === "large" ? mL : mH;
      const dc = size === "large" ? dL : dH;
      it(`GX-RATE-01: 製造 No${no} ${size} = ${mfg}`, () => {
        expect(subsidyRate("manufacturing", no, size).toString()).toBe(mfg);
      });
      it(`GX-RATE-01${dc === null ? "/GX-RATE-03" : ""}: DC No${no} ${size} = ${dc ?? "0 (対象外)"}`, () => {
        expect(subsidyRate("datacenter", no, size).toString()).toBe(dc ?? "0");
      });
    }
  }

  it("GX-RATE-01: 対象外 → 0 for every type and size", () => {
    for (const type of ["manufacturing", "datacenter"] as InvestmentType[]) for (const size of SIZES) expect(subsidyRate(type, "対象外", size).isZero()).toBe(true);
  });

  it("GX-RATE-03: DC No4/No5 are 対象外 with a Japanese reason", () => {
    const c = rateCell("datacenter", 4);
    expect("kind" in c && c.ruleId).toBe("GX-RATE-03");
    expect("kind" in c && c.reason).toContain("DC設備投資型は No4 の対象外");
  });

  it("GX-RATE-01: the large-company rate is an exact third, not 0.33", () => {
    expect(subsidyRate("manufacturing", 1, "large").eq(Fraction.of(1, 3))).toBe(true);
  });
});

describe("subsidyCap", () => {
  for (const [no, , , , , capOku] of RATES) {
    it(`GX-RATE-01: No${no} cap = ${capOku}億円`, () => expect(subsidyCap(no)).toBe(capOku * OKU));
  }
  it("GX-RATE-01: 対象外 cap = 0", () => expect(subsidyCap("対象外")).toBe(0));
});

describe("minimumInvestment", () => {
  it("GX-MININV-01: 10億円 for 中堅 and 中小, 20億円 for 大企業", () => {
    expect(minimumInvestment("mid")).toBe(10 * OKU);
    expect(minimumInvestment("sme")).toBe(10 * OKU);
    expect(minimumInvestment("large")).toBe(20 * OKU);
  });
  it.each([
    ["sme", 999_999_999, false],
    ["sme", 1_000_000_000, true],
    ["mid", 999_999_999, false],
    ["mid", 1_000_000_000, true],
    ["large", 1_999_999_999, false],
    ["large", 2_000_000_000, true],
  ] as [CompanySize, number, boolean][])("GX-MININV-01: %s with %d yen meets the minimum: %s", (size, cost, expected) => {
    expect(meetsMinimumInvestment(size, cost)).toBe(expected);
  });
});

describe("subsidyAmount", () => {
  const value = (type: InvestmentType, tier: TierOutcome, size: CompanySize, cost: number) => {
    const r = subsidyAmount(type, tier, size, cost);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  it("GX-RATE-02: worked example — DC No1, 300億 → MIN(150億, 250億) = 150億", () => {
    const v = value("datacenter", 1, "sme", 300 * OKU);
    expect(v.amount.toNumber()).toBe(150 * OKU);
    expect(v.capped).toBe(false);
  });

  it("GX-RATE-02: the cap decides above it (製造 No3 中小, 300億 × 2/5 = 120億 → 100億)", () => {
    const v = value("manufacturing", 3, "sme", 300 * OKU);
    expect(v.amount.toNumber()).toBe(100 * OKU);
    expect(v.capped).toBe(true);
  });

  it("GX-RATE-02: large DC No1 at 300億 gets exactly 100億 (1/3, no rounding)", () => {
    expect(value("datacenter", 1, "large", 300 * OKU).amount.eq(Fraction.of(100 * OKU))).toBe(true);
    expect(value("datacenter", 1, "large", 2_000_000_002).amount.toString()).toBe("2000000002/3");
  });

  it.each<[InvestmentType, Tier, string]>([
    ["datacenter", 1, "33/100"],
    ["manufacturing", 1, "33/100"],
    ["manufacturing", 2, "1/4"],
    ["datacenter", 3, "1/5"],
    ["manufacturing", 5, "1/5"],
  ])("GX-RATE-01 (AMB-11 other reading): %s No%d 大企業 as printed = %s; 中堅・中小 unchanged", (type, tier, printed) => {
    const p = withPrintedLargeRates(GX_CURRENT);
    expect(subsidyRate(type, tier, "large", p).toString()).toBe(printed);
    expect(subsidyRate(type, tier, "sme", p).eq(subsidyRate(type, tier, "sme"))).toBe(true);
  });

  it("GX-RATE-02 (AMB-11 other reading): RULES' worked example — large DC No1 at 300億 × 33% = 99億", () => {
    const r = subsidyAmount("datacenter", 1, "large", 300 * OKU, withPrintedLargeRates(GX_CURRENT));
    expect(r.ok && r.value.amount.eq(Fraction.of(99 * OKU))).toBe(true);
  });

  it("GX-MININV-01: below the minimum the amount is 0 with the reason; at the minimum it is paid", () => {
    const below = value("manufacturing", 1, "large", 1_999_999_999);
    expect(below.amount.isZero()).toBe(true);
    expect(below.ineligible?.ruleId).toBe("GX-MININV-01");
    expect(below.ineligible?.reason).toContain("20億円以上");
    expect(value("manufacturing", 1, "large", 2_000_000_000).amount.toString()).toBe("2000000000/3");
    expect(value("manufacturing", 1, "sme", 999_999_999).amount.isZero()).toBe(true);
    expect(value("manufacturing", 1, "sme", 1_000_000_000).amount.toNumber()).toBe(500_000_000);
  });

  it("GX-MATRIX-01 / GX-RATE-03: 対象外 and DC No5 give 0 with their rule", () => {
    expect(value("manufacturing", "対象外", "sme", 50 * OKU).ineligible?.ruleId).toBe("GX-MATRIX-01");
    expect(value("datacenter", 5, "sme", 50 * OKU).ineligible?.ruleId).toBe("GX-RATE-03");
  });

  it("GX-RATE-02: a negative cost is OUT_OF_DOMAIN, NaN is INVALID_INPUT", () => {
    const neg = subsidyAmount("manufacturing", 1, "sme", -1);
    expect(neg.ok || neg.error.code).toBe("OUT_OF_DOMAIN");
    const nan = subsidyAmount("manufacturing", 1, "sme", Number.NaN);
    expect(nan.ok || nan.error.code).toBe("INVALID_INPUT");
  });

  it("GX-RATE-02 property: never negative, never above the cap, never above rate × cost", () => {
    const tier = fc.constantFrom<TierOutcome>(1, 2, 3, 4, 5, "対象外");
    fc.assert(
      fc.property(
        fc.constantFrom<InvestmentType>("manufacturing", "datacenter"),
        tier,
        fc.constantFrom<CompanySize>("large", "mid", "sme"),
        fc.integer({ min: 0, max: 10 ** 12 }),
        (type, t, size, cost) => {
          const v = value(type, t, size, cost);
          expect(v.amount.gte(Fraction.of(0))).toBe(true);
          expect(v.amount.lte(Fraction.of(subsidyCap(t)))).toBe(true);
          expect(v.amount.lte(subsidyRate(type, t, size).mul(cost))).toBe(true);
        },
      ),
    );
  });
});
