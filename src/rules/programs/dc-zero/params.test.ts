import { DC_ZERO_CHECKLIST } from "./checklist";
import { validateParams } from "../../lib/paramSchema";
import { DC_TECH_EDITIONS } from "../dc-tech/params";
import { citeRule } from "./cite";
import { evaluateExpenses } from "./evaluateExpenses";
import { evaluatePlanIndicators } from "./evaluatePlanIndicators";
import { DC_ZERO_CURRENT, DC_ZERO_EDITIONS, dcZeroEditionAt } from "./params";
import { DC_PROJECT_TYPES } from "./projectType";
import { CLEAN_NEW } from "./testdata/expenseSheets";
import { checkApplicationWorkbook } from "./workbookIntegrity";

describe("dc-zero parameters", () => {
  it("every parameter of every edition is valid (rule id, unit, source, locator)", () => {
    expect(validateParams(DC_ZERO_EDITIONS, "dc-zero")).toEqual([]);
    expect(validateParams(DC_TECH_EDITIONS, "dc-tech")).toEqual([]);
  });

  it("DC-SCHED-01: the R6 edition applies from the call opening 2024-04-16, with no end until a later call", () => {
    const e = DC_ZERO_CURRENT;
    expect([e.id, e.source, e.validFrom, e.validTo]).toEqual(["dc-zero/2024-r6", "dc-zero-r6-koubo", "2024-04-16", null]);
    expect(e.validityNote).toContain("AMB-52");
    expect(dcZeroEditionAt("2024-04-16").ok).toBe(true);
    const before = dcZeroEditionAt("2024-04-15");
    expect(!before.ok && before.error.code).toBe("NO_RULE_IN_FORCE");
  });

  it("citeRule resolves every rule id the evaluators cite, and throws on an unknown one", () => {
    for (const id of [
      "MOE-ADMIN-01", "DC-EXP-01", "DC-EXP-09", "DC-REV-04", "DC-MOVE-REQ-02", "DC-BATT-01", "DC-NEW-CAP-01", "DC-CONT-RATE-01",
      "DC-RATIO-01", "DC-EQ-06", "DC-BATT-02", "MOE-ADMIN-02", "DC-DOC-03", "DC-DOC-04", "DC-RENO-REQ-01", "DC-CONT-REQ-02",
      "DC-NEW-EQ-01", "DC-RENO-EQ-01", "DC-MOVE-EQ-01", "DC-CONT-EQ-01", "DC-CONT-REQ-01",
    ]) {
      expect(citeRule(DC_ZERO_CURRENT.params, id)).toMatch(/^004_83a32f419551a032\.txt § .+/);
    }
    expect(() => citeRule(DC_ZERO_CURRENT.params, "DC-NOPE-01")).toThrow(RangeError);
  });
});

describe("dc-zero checklist (DC-DOC-01)", () => {
  // The checklist lives in its own table (checklist.ts), not in the edition: the functions bundle does not carry it.
  const checklist = DC_ZERO_CHECKLIST;

  it("DC-DOC-01: documents ア–ト for 新設 (ア = 様式1, 別紙1, 別紙2); セ 賃上げ表明 only for 新設・改修", () => {
    const docs = (type: (typeof DC_PROJECT_TYPES)[number]) => checklist[type].filter((i) => i.kind === "document").map((i) => i.label[0]);
    expect(docs("new").join("")).toBe("アアアイウエオカキクケコサシスセソタチツテト");
    expect(docs("renovation")).toContain("セ");
    expect(docs("relocation")).not.toContain("セ");
    expect(docs("container")).not.toContain("セ");
  });

  it("ids are unique per type and every item cites the call", () => {
    for (const type of DC_PROJECT_TYPES) {
      const ids = checklist[type].map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const i of checklist[type]) expect(i.citation).toMatch(/^004_83a32f419551a032\.txt § /);
    }
  });

  it("every autoRuleId is a check the sheet evaluations actually run for that type", () => {
    for (const type of DC_PROJECT_TYPES) {
      const ran = new Set([
        ...evaluateExpenses({ ...CLEAN_NEW, projectType: type }).checksRun,
        ...evaluatePlanIndicators({ projectType: type, pue: 1.3, reShare: 0.2, expectedUtilization: 0.8, annualCo2ReductionT: 10_000, usefulLifeYears: 10, eligibleCostYen: 1_000_000 }).checksRun,
        ...checkApplicationWorkbook(["dc-expenses", "dc-plan-indicators"]).checksRun,
      ]);
      for (const item of checklist[type]) for (const id of item.autoRuleIds) expect([type, item.id, ran.has(id)]).toEqual([type, item.id, true]);
    }
  });
});
