import fc from "fast-check";
import { Fraction } from "../../lib/fraction";
import { revenuePayback, revenuePaybackBreakdown, type RevenuePaybackInput } from "./revenuePayback";

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

  it("DCTECH-REV-02 注1: a negative revenue (赤字) is allowed and gives 0", () => {
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

  it("DCTECH-REV-01 property: never negative, never NaN", () => {
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

  describe("DCTECH-REV-02 notes 注1–注5", () => {
    const breakdown = (input: Partial<RevenuePaybackInput>) => {
      const r = revenuePaybackBreakdown({ ...base, ...input });
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const errorOf = (input: Partial<RevenuePaybackInput>) => {
      const r = revenuePayback({ ...base, ...input });
      return r.ok ? null : r.error;
    };

    it.each([
      ["margin −1", 39, false, 0],
      ["margin 0", 40, false, 0],
      ["margin +1", 41, true, 0],
      ["margin +60 (RULES.md example)", 100, true, 15],
    ] as const)("DCTECH-REV-02 注1: %s → 相当の収益 %s, payment %s", (_, revenueYen, considerable, payment) => {
      const b = breakdown({ revenueYen });
      expect(b.considerableRevenue).toBe(considerable);
      expect(b.payment.toNumber()).toBe(payment);
      expect(b.margin.eq(Fraction.of(revenueYen - 40))).toBe(true);
      if (!considerable) expect(b.explanation).toContain("注1");
    });

    it.each([
      ["1/2", Fraction.of(1, 2)],
      ["50%", Fraction.of(1, 2)],
      ["3分の1", Fraction.of(1, 3)],
      [0.25, Fraction.of(1, 4)],
      [Fraction.of(2, 3), Fraction.of(2, 3)],
      ["1", Fraction.of(1)],
    ] as const)("DCTECH-REV-02 注2: 寄与率 %s is read exactly", (rate, expected) => {
      expect(breakdown({ contributionRate: rate }).contributionRate.eq(expected)).toBe(true);
    });

    it("DCTECH-REV-02 注2: 寄与率 1/2 halves the revenue before B is deducted — 200 × 1/2 = 100 → (100 − 40) × 30 / 90 − 5 = 15, exact", () => {
      const b = breakdown({ revenueYen: 200, contributionRate: "1/2" });
      expect(b.revenue.eq(Fraction.of(100))).toBe(true);
      expect(b.payment.eq(Fraction.of(15))).toBe(true);
      expect(b.explanation).toContain("× 寄与率 1/2");
      // 寄与率 1/3 on 121: A = 121/3, (121/3 − 40) × 30 / 90 = 1/9, no rounding.
      const third = breakdown({ revenueYen: 121, contributionRate: "1/3", alreadyPaidYen: 0 });
      expect(third.payment.eq(Fraction.of(1, 9))).toBe(true);
    });

    it("DCTECH-REV-02 注2: 寄与率 1 (and omitted) leaves A unchanged", () => {
      expect(breakdown({ contributionRate: 1 }).payment.eq(breakdown({}).payment)).toBe(true);
    });

    it.each([
      ["0", 0, "OUT_OF_DOMAIN"],
      ["0%", "0%", "OUT_OF_DOMAIN"],
      ["negative", "-1/2", "OUT_OF_DOMAIN"],
      ["just above 1", "1000001/1000000", "OUT_OF_DOMAIN"],
      ["1.5", 1.5, "OUT_OF_DOMAIN"],
      ["150%", "150%", "OUT_OF_DOMAIN"],
      ["text", "半分", "INVALID_INPUT"],
      ["zero denominator", "1/0", "INVALID_INPUT"],
      ["NaN", Number.NaN, "INVALID_INPUT"],
      ["Infinity", Number.POSITIVE_INFINITY, "INVALID_INPUT"],
    ] as const)("DCTECH-REV-02 注2: 寄与率 %s is rejected (%s)", (_, contributionRate, code) => {
      const e = errorOf({ contributionRate });
      expect(e?.code).toBe(code);
      expect(e?.ruleId).toBe("DCTECH-REV-02");
      expect(e?.path).toBe("寄与率");
      expect(e?.message).toContain("寄与率");
    });

    it("DCTECH-REV-02 注3: 関係経費等 are deducted after the 寄与率 (収益 × 寄与率 − 関係経費等)", () => {
      // 240 × 1/2 − 20 = 100 → (100 − 40) × 30 / 90 − 5 = 15
      const b = breakdown({ revenueYen: 240, contributionRate: "1/2", relatedCostsYen: 20 });
      expect(b.revenue.eq(Fraction.of(100))).toBe(true);
      expect(b.payment.eq(Fraction.of(15))).toBe(true);
      expect(b.explanation).toContain("− 関係経費等 20");
      const e = errorOf({ relatedCostsYen: -1 });
      expect(e).toMatchObject({ code: "OUT_OF_DOMAIN", ruleId: "DCTECH-REV-02", path: "関係経費等" });
    });

    it("DCTECH-REV-02 注4: per-年度 amounts are cumulated — the same as their totals", () => {
      const perYear = breakdown({
        revenueYen: [150, -30, 80],
        relatedCostsYen: [10, 0, 10],
        contributionRate: "1/2",
        deductionYen: [25, 15],
        grantYen: [20, 10],
        expenditureYen: [60, 30],
        alreadyPaidYen: [2, 3],
      });
      const totals = breakdown({ revenueYen: 200, relatedCostsYen: 20, contributionRate: "1/2", deductionYen: 40, grantYen: 30, expenditureYen: 90, alreadyPaidYen: 5 });
      for (const k of ["revenue", "deduction", "grant", "expenditure", "alreadyPaid", "payment"] as const) expect([k, perYear[k].eq(totals[k])]).toEqual([k, true]);
      // (200 × 1/2 − 20 − 40) × 30 / 90 − 5 = 40/3 − 5 = 25/3, exact
      expect(perYear.payment.eq(Fraction.of(25, 3))).toBe(true);
    });

    it("DCTECH-REV-02 注4: an empty 年度 list and a bad 年度 value are rejected on the named input", () => {
      expect(errorOf({ grantYen: [] })).toMatchObject({ code: "INVALID_INPUT", path: "C 補助金確定額" });
      expect(errorOf({ expenditureYen: [90, -1] })).toMatchObject({ code: "OUT_OF_DOMAIN", path: "D 補助事業に係る支出額" });
      expect(errorOf({ deductionYen: [40, Number.NaN] })).toMatchObject({ code: "INVALID_INPUT", path: "B 控除額" });
      expect(errorOf({ expenditureYen: [0, 0] })).toMatchObject({ code: "DIVISION_BY_ZERO" });
    });

    it("DCTECH-REV-02 注5 / AMB-44: a payable amount mentions the possible deferral or exemption; a clamped one says why it is 0", () => {
      expect(breakdown({}).explanation).toContain("注5");
      const clamped = breakdown({ alreadyPaidYen: 21 });
      expect(clamped.payment.isZero()).toBe(true);
      expect(clamped.explanation).toContain("AMB-44");
    });

    it("DCTECH-REV-02 property: with 0 < 寄与率 ≤ 1 the payment never exceeds the payment at 寄与率 1 and is never negative", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 1e9 }),
          fc.integer({ min: 1, max: 1000 }),
          fc.integer({ min: 1, max: 1000 }),
          fc.nat(1e9),
          fc.nat(1e9),
          fc.integer({ min: 1, max: 1e9 }),
          (revenue, a, b, deduction, grant, expenditure) => {
            const rate = Fraction.of(Math.min(a, b), Math.max(a, b));
            const input = { revenueYen: revenue, deductionYen: deduction, grantYen: grant, expenditureYen: expenditure };
            const partial = breakdown({ ...input, contributionRate: rate });
            const whole = breakdown(input);
            expect(partial.payment.lte(whole.payment)).toBe(true);
            expect(partial.payment.num >= 0n).toBe(true);
            expect(partial.considerableRevenue).toBe(partial.revenue.sub(partial.deduction).num > 0n);
          },
        ),
      );
    });
  });
});
