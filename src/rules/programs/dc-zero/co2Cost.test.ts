import { Fraction } from "../../lib/fraction";
import { co2CostLimit, co2ReductionCost } from "./co2Cost";

describe("co2ReductionCost (DC-CONT-REQ-06)", () => {
  it("DC-CONT-REQ-06: RULES.md example 460,000,000 ÷ (200 × 10) = 230,000", () => {
    const r = co2ReductionCost(460_000_000, 200, 10);
    expect(r.ok && r.value.eq(Fraction.of(230_000))).toBe(true);
  });

  it("DC-CONT-REQ-06: 460,002,000 ÷ (200 × 10) = 230,001 (just above the limit)", () => {
    const r = co2ReductionCost(460_002_000, 200, 10);
    expect(r.ok && r.value.toNumber()).toBe(230_001);
  });

  it("keeps non-integer results exact", () => {
    const r = co2ReductionCost(100, 3, 1);
    expect(r.ok && r.value.eq(Fraction.of(100, 3))).toBe(true);
  });

  it.each([
    [100, 0, 10],
    [100, 10, 0],
  ])("DC-CONT-REQ-06: zero divisor (%d, %d, %d) → DIVISION_BY_ZERO", (cost, t, years) => {
    const r = co2ReductionCost(cost, t, years);
    expect(!r.ok && r.error.code).toBe("DIVISION_BY_ZERO");
  });

  it("negative inputs → OUT_OF_DOMAIN naming the input", () => {
    const r = co2ReductionCost(100, -5, 10);
    expect(!r.ok && r.error.code).toBe("OUT_OF_DOMAIN");
    expect(!r.ok && r.error.message).toContain("年間CO2削減量");
  });
});

describe("co2CostLimit (DC-CONT-REQ-06, AMB-36)", () => {
  it("DC-CONT-REQ-06: コンテナ → 230,000", () => {
    expect(co2CostLimit("container")).toEqual({ ok: true, value: 230_000 });
  });

  it.each(["new", "renovation", "relocation"] as const)("DC-CONT-REQ-06: %s → NOT_APPLICABLE 上限の定めなし", (type) => {
    const r = co2CostLimit(type);
    expect(!r.ok && r.error.code).toBe("NOT_APPLICABLE");
    expect(!r.ok && r.error.message).toContain("上限の定めなし");
  });
});
