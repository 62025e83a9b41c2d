import { validateParams } from "../../lib/paramSchema";
import { BUILDING_EDITIONS, MICROGRID_EDITIONS, SCOPE3_EDITIONS, SHOENE_EDITIONS } from "./index";

const ALL = { SHOENE_EDITIONS, SCOPE3_EDITIONS, BUILDING_EDITIONS, MICROGRID_EDITIONS };

function paramsOf(bundle: unknown): { ruleId: string; locator: string; source: string }[] {
  const out: { ruleId: string; locator: string; source: string }[] = [];
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== "object") return;
    if ("ruleId" in n && "locator" in n) out.push(n as { ruleId: string; locator: string; source: string });
    else Object.values(n).forEach(visit);
  };
  visit(bundle);
  return out;
}

describe("seed-002 parameters and editions", () => {
  it("every parameter is a valid, cited Param", () => {
    expect(validateParams(ALL)).toEqual([]);
  });

  it("rule ids are S002-<PROGRAM>-<NN>; locators start with a line reference of seed 002", () => {
    for (const p of paramsOf(ALL)) {
      expect(p.ruleId).toMatch(/^S002-(SHOENE|SCOPE3|BLDG|MICROGRID)-\d\d$/);
      expect(p.locator).toMatch(/^L\d{3,4}(–\d{3,4})?(, L\d{3,4}(–\d{3,4})?)* \S/);
      expect(p.source).toBe("gx-budget-seminar-2025");
    }
  });

  it.each(Object.entries(ALL))("%s: editions do not overlap and are ordered", (_name, editions) => {
    for (let i = 1; i < editions.length; i++) {
      const prev = editions[i - 1];
      expect(prev.validTo).not.toBeNull();
      expect(prev.validTo! < editions[i].validFrom).toBe(true);
    }
    expect(editions.every((e) => e.program === "seed-002")).toBe(true);
  });
});
