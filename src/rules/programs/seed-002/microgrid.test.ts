import { microgridRate } from "./microgrid";

describe("microgridRate", () => {
  it.each([
    [false, false, "2/3"],
    [true, false, "2/3"],
    [false, true, "2/3"],
    [true, true, "3/4"],
  ])("S002-MICROGRID-01: 財政力指数が一定未満=%p, 過疎地域=%p → %s (both editions)", (fiscalIndexBelowThreshold, depopulatedArea, expected) => {
    for (const date of ["2024-12-20", "2025-04-01"]) {
      const r = microgridRate({ fiscalIndexBelowThreshold, depopulatedArea }, { date });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.rateText).toBe(expected);
      expect(r.value.citation).toContain("自営線マイクログリッド等事業交付金");
    }
  });

  it("S002-MICROGRID-01: unstated flags give the standard 2/3; the note says the threshold is not in the text", () => {
    const r = microgridRate({});
    expect(r.ok && r.value.rateText).toBe("2/3");
    expect(r.ok && r.value.notes.some((n) => n.includes("財政力指数"))).toBe(true);
  });

  it.each([
    [{ fiscalIndexBelowThreshold: "低い" }, "INVALID_INPUT"],
    [{ depopulatedArea: 2 }, "INVALID_INPUT"],
  ])("S002-MICROGRID-01: bad flag %j → %s", (input, code) => {
    const r = microgridRate(input);
    expect(!r.ok && [r.error.code, r.error.ruleId]).toEqual([code, "S002-MICROGRID-01"]);
  });

  it("S002-MICROGRID-01: before 令和6年度 → NO_RULE_IN_FORCE", () => {
    const r = microgridRate({}, { date: "2024-03-31" });
    expect(!r.ok && r.error.code).toBe("NO_RULE_IN_FORCE");
  });
});
