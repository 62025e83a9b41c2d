import fc from "fast-check";
import { contributionAgreement, regionalContribution } from "./contribution";

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

describe("contributionAgreement", () => {
  it.each([
    [1, false],
    [2, false],
    [3, false],
    [4, true],
    [5, true],
    ["対象外", false],
  ] as const)("GX-CONTRIB-02: No%s needs the municipality's agreement on the contribution method: %s", (tier, required) => {
    const a = contributionAgreement(tier, 50_000_000, 4_000_000_000);
    expect(a !== null).toBe(required);
    if (a) {
      expect(a.message).toContain("GX-CONTRIB-02");
      expect(a.message).toContain(`No${tier}`);
      expect(a.message).toContain("コミットメント C)");
    }
  });

  it("GX-CONTRIB-02: the message states the 目安貢献額 of GX-CONTRIB-01 and both branches", () => {
    const a = contributionAgreement(4, 50_000_000, 4_000_000_000)!;
    expect(a.guideline?.amount.toNumber()).toBe(200_000_000);
    expect(a.message).toContain("目安貢献額 2億円");
    expect(a.message).toContain("50,000,000kWh×3円/kWh×3年 = 450,000,000円");
    expect(a.message).toContain("補助額 40億円×5% = 2億円");
  });

  it("GX-CONTRIB-02: unknown consumption or subsidy still requires the agreement, with the formula instead of an amount", () => {
    for (const [kWh, subsidy] of [
      [null, 4_000_000_000],
      [50_000_000, null],
      [-1, 4_000_000_000],
    ] as const) {
      const a = contributionAgreement(5, kWh, subsidy)!;
      expect(a.guideline).toBeNull();
      expect(a.message).toContain("消費電力量×3円/kWh×3年 又は 補助額の5% の低い方");
    }
  });
});
