import { Fraction } from "../../lib/fraction";
import { batteryCheck, parseBatteryClass } from "./battery";
import { evaluateExpenses } from "./evaluateExpenses";
import { DC_ZERO_CURRENT } from "./params";
import type { DcProjectType, ExpenseLine, ExpenseSheetInput } from "./sheetTypes";
import { line } from "./testdata/expenseSheets";

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

describe("DC-BATT-02: 家庭用蓄電池 must be registered by SII (経費内訳)", () => {
  const sheet = (type: DcProjectType, fields: Partial<ExpenseLine>): ExpenseSheetInput => ({
    projectType: type,
    lines: [
      line(3, { category: "設備費", item: "設備費", description: "太陽光発電設備", amountYen: 10_000_000, eligibleYen: 10_000_000 }),
      line(4, { category: "設備費", item: "設備費", description: "家庭用蓄電池 10kWh（太陽光用）", amountYen: 1_000_000, eligibleYen: 1_000_000, ...fields }),
    ],
    declared: {},
  });
  const batt02 = (input: ExpenseSheetInput) => evaluateExpenses(input).issues.filter((i) => i.ruleId === "DC-BATT-02");

  it.each(["new", "renovation", "container"] as const)("DC-BATT-02: a 家庭用 battery line in a %s sheet → warning on 内容 naming SII", (type) => {
    const issues = batt02(sheet(type, {}));
    expect(issues.map((i) => [i.row, i.field, i.severity])).toEqual([[4, "description", "warning"]]);
    expect(issues[0].message).toContain("環境共創イニシアチブ（SII）");
    expect(issues[0].message).toContain(DC_ZERO_CURRENT.params.batterySiiRegistry.value);
    expect(issues[0].citation).toBe("004_83a32f419551a032.txt § (6) 補助対象設備 (蓄電池)");
  });

  it("DC-BATT-02: 家庭用 also gets the 13.5万円/kWh target (DC-BATT-01): 1,350,000円 for 10kWh passes, 1,350,001円 fails", () => {
    const at = evaluateExpenses(sheet("new", { amountYen: 1_350_000, eligibleYen: 1_350_000 })).issues;
    expect(at.filter((i) => i.ruleId === "DC-BATT-01")).toEqual([]);
    const over = evaluateExpenses(sheet("new", { amountYen: 1_350_001, eligibleYen: 1_350_001 })).issues;
    expect(over.filter((i) => i.ruleId === "DC-BATT-01").map((i) => i.severity)).toEqual(["error"]);
  });

  it.each([
    ["industrial battery", "new", { description: "蓄電池 10kWh（太陽光用）" }],
    ["not counted as eligible", "new", { eligibleYen: 0 }],
    ["移設 (batteries are excluded altogether)", "relocation", {}],
  ] as const)("DC-BATT-02: no warning for %s", (_what, type, fields) => {
    expect(batt02(sheet(type, fields))).toEqual([]);
  });
});
