import { evaluateIndicators } from "./testdata/planIndicators";
import type { PlanIndicatorsInput } from "./sheetTypes";

const evaluate = evaluateIndicators;
const errors = (fields: Partial<PlanIndicatorsInput>) => evaluate(fields).issues.filter((i) => i.severity === "error");

describe("evaluatePlanIndicators: 新設 再エネ率 (DC-NEW-REQ-01)", () => {
  it.each([
    [0.0999, 1],
    [0.1, 0],
    [0.12, 0],
  ])("DC-NEW-REQ-01: 再エネ率 %d → %d errors", (share, n) => {
    const e = errors({ projectType: "new", reShare: share });
    expect(e).toHaveLength(n);
    if (n) expect([e[0].field, e[0].ruleId]).toEqual(["reShare", "DC-NEW-REQ-01"]);
  });
  it("DC-NEW-REQ-01: the check is recorded as run; other types do not test the share", () => {
    expect(evaluate({ projectType: "new", reShare: 0.2 }).checksRun).toContain("DC-NEW-REQ-01");
    expect(errors({ projectType: "renovation", reShare: 0.01 })).toEqual([]);
  });
  it("DC-NEW-REQ-01: a share above 1 is an input error", () => {
    expect(errors({ projectType: "new", reShare: 12 })[0].message).toContain("0〜1");
  });
});

describe("evaluatePlanIndicators: コンテナ CO2削減コスト (DC-CONT-REQ-06, AMB-36)", () => {
  const container = { projectType: "container" as const, eligibleCostYen: 460_000_000, annualCo2ReductionT: 200, usefulLifeYears: 10 };

  it("DC-CONT-REQ-06: 230,000 without 想定稼働率 passes; the limit is reported", () => {
    const r = evaluate(container);
    expect(r.co2CostYenPerT).toBe(230_000);
    expect(r.co2CostLimitYenPerT).toBe(230_000);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.checksRun).toContain("DC-CONT-REQ-06");
  });

  it("DC-CONT-REQ-06: 230,001 fails", () => {
    const e = errors({ ...container, eligibleCostYen: 460_002_000 });
    expect(e.map((i) => i.ruleId)).toEqual(["DC-CONT-REQ-06"]);
  });

  it("AMB-36: with 想定稼働率 100%, the 50% case doubles the cost → fails although the stated case passes", () => {
    const e = errors({ ...container, eligibleCostYen: 230_002_000, expectedUtilization: 1 });
    expect(e).toHaveLength(1);
    expect(e[0].message).toContain("想定稼働率 100%: 115,001円/t-CO2、稼働率 50%: 230,002円/t-CO2");
    expect(errors({ ...container, eligibleCostYen: 230_000_000, expectedUtilization: 1 })).toEqual([]);
  });

  it("AMB-36 / DC-REV-03: 想定稼働率 below 50% is evaluated at 50% (reduction scaled up)", () => {
    const r = evaluate({ ...container, eligibleCostYen: 460_000_000, annualCo2ReductionT: 80, expectedUtilization: 0.4 });
    // stated cost 575,000 at 40%; at 50% the reduction is 100 t → 460,000,000 ÷ (100 × 10) = 460,000 > 230,000.
    expect(r.issues.find((i) => i.ruleId === "DC-CONT-REQ-06")?.message).toContain("460,000円/t-CO2");
    expect(r.evaluatedUtilization).toBe(0.5);
  });

  it("DC-CONT-REQ-06: missing figures → info 'not checked'", () => {
    const r = evaluate({ projectType: "container", eligibleCostYen: 1 });
    expect(r.issues.map((i) => i.severity)).toEqual(["info"]);
    expect(r.checksRun).not.toContain("DC-CONT-REQ-06");
  });

  it("DC-CONT-REQ-06: zero reduction → error, not a crash", () => {
    expect(errors({ ...container, annualCo2ReductionT: 0 })[0].field).toBe("annualCo2ReductionT");
  });

  it("AMB-36: other types get the cost as info and no limit", () => {
    const r = evaluate({ ...container, projectType: "new", eligibleCostYen: 999_000_000 });
    expect(r.co2CostLimitYenPerT).toBeNull();
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.issues.find((i) => i.ruleId === "DC-REV-04")?.message).toContain("上限の定めがなく");
  });
});

describe("evaluatePlanIndicators: 稼働率 and PUE", () => {
  it.each([
    [0.49, 0.5, true],
    [0.5, 0.5, false],
    [0.51, 0.51, false],
  ])("DC-REV-03: 想定稼働率 %d → evaluated %d (info: %s)", (u, evaluated, info) => {
    const r = evaluate({ projectType: "new", expectedUtilization: u });
    expect(r.evaluatedUtilization).toBe(evaluated);
    expect(r.issues.some((i) => i.ruleId === "DC-REV-03" && i.severity === "info")).toBe(info);
  });
  it("DC-REV-03: 想定稼働率 above 100% → error on the field", () => {
    expect(errors({ expectedUtilization: 80 })[0].field).toBe("expectedUtilization");
  });
  it("PUE given → info; PUE below 1 → warning", () => {
    expect(evaluate({ projectType: "relocation", pue: 1.3 }).issues.find((i) => i.field === "pue")?.severity).toBe("info");
    expect(evaluate({ projectType: "relocation", pue: 0.9 }).issues.find((i) => i.field === "pue")?.severity).toBe("warning");
  });
  it("missing 事業区分 → info that the type requirements were not checked", () => {
    expect(evaluate({ reShare: 0.01 }).issues.map((i) => i.severity)).toEqual(["info"]);
  });
});
