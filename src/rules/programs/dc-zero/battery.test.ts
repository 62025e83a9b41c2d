import { Fraction } from "../../lib/fraction";
import { batteryCheck, parseBatteryClass } from "./battery";

describe("batteryCheck (DC-BATT-01, DC-BATT-03)", () => {
  it("DC-BATT-03: RULES.md example 60,000,000 − 2万 × floor(99.7) over 500 kWh = 116,040 円/kWh → pass", () => {
    const r = batteryCheck(60_000_000, 500, "industrial", 99.7);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.deductionYen.toNumber()).toBe(1_980_000);
    expect(r.value.unitPriceYenPerKWh.toNumber()).toBe(116_040);
    expect(r.value.pass).toBe(true);
  });

  it("DC-BATT-01: exactly 120,000 円/kWh passes (以下); one yen more fails", () => {
    const at = batteryCheck(60_000_000, 500);
    expect(at.ok && at.value.pass).toBe(true);
    const over = batteryCheck(60_000_001, 500);
    expect(over.ok && over.value.pass).toBe(false);
  });

  it("DC-BATT-01: 家庭用 target 135,000 円/kWh", () => {
    const at = batteryCheck(67_500_000, 500, "household");
    expect(at.ok && at.value.pass).toBe(true);
    expect(at.ok && at.value.targetYenPerKWh).toBe(135_000);
    const over = batteryCheck(67_500_001, 500, "household");
    expect(over.ok && over.value.pass).toBe(false);
  });

  it("DC-BATT-03: the kW figure is truncated (99.99 kW → 99 kW), not rounded", () => {
    const r = batteryCheck(61_990_000, 500, "industrial", 99.99);
    expect(r.ok && r.value.deductionYen.toNumber()).toBe(1_980_000);
    expect(r.ok && r.value.pass).toBe(false);
  });

  it("DC-BATT-03: a separable conversion cost replaces the per-kW deduction", () => {
    const r = batteryCheck(62_000_000, 500, "industrial", 99.7, 2_000_000);
    expect(r.ok && r.value.deductionYen.eq(Fraction.of(2_000_000))).toBe(true);
    expect(r.ok && r.value.pass).toBe(true);
  });

  it("capacity 0 → DIVISION_BY_ZERO; negative price → OUT_OF_DOMAIN", () => {
    const z = batteryCheck(1, 0);
    expect(!z.ok && z.error.code).toBe("DIVISION_BY_ZERO");
    const n = batteryCheck(-1, 10);
    expect(!n.ok && n.error.code).toBe("OUT_OF_DOMAIN");
  });

  it.each([
    ["業務・産業用", "industrial"],
    ["産業用", "industrial"],
    ["業務用", "industrial"],
    ["業務･産業用", "industrial"],
    ["家庭用", "household"],
  ])("AMB-32: 区分 %s → %s", (text, expected) => {
    expect(parseBatteryClass(text)).toEqual({ ok: true, value: expected });
  });

  it("unknown 区分 → INVALID_INPUT listing accepted values", () => {
    const r = parseBatteryClass("車載用");
    expect(!r.ok && r.error.message).toContain("家庭用");
  });
});
