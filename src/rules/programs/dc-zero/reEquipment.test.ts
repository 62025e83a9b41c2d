import { evaluateIndicators } from "./testdata/planIndicators";
import { DC_ZERO_CURRENT } from "./params";
import { isNewlyIntroducedRe } from "./reEquipment";
import type { PlanIndicatorsInput } from "./sheetTypes";
import { isoToExcelSerial } from "../../lib/dates";

const evaluate = evaluateIndicators;
const byRule = (fields: Partial<PlanIndicatorsInput>, ruleId: string) => evaluate(fields).issues.filter((i) => i.ruleId === ruleId);

describe("isNewlyIntroducedRe (DC-EQ-06: 新規導入 = installation started on/after the 公募開始日)", () => {
  it("DC-EQ-06: the 公募開始日 is the first day of the 公募期間, 2024-04-16", () => {
    expect(DC_ZERO_CURRENT.params.newReFrom.value).toBe("2024-04-16");
  });

  it.each([
    ["2024-04-15", false],
    ["2024-04-16", true],
    ["2024-04-17", true],
    ["令和6年4月15日", false],
    ["令和6年4月16日", true],
    ["2024/4/16", true],
    ["2019-01-01", false],
  ] as const)("DC-EQ-06: started %s → %s", (date, expected) => {
    expect(isNewlyIntroducedRe(date)).toEqual({ ok: true, value: expected });
  });

  it("DC-EQ-06: an Excel date serial is read as a date (the day before and the day itself)", () => {
    expect(isNewlyIntroducedRe(isoToExcelSerial("2024-04-15"))).toEqual({ ok: true, value: false });
    expect(isNewlyIntroducedRe(isoToExcelSerial("2024-04-16"))).toEqual({ ok: true, value: true });
  });

  it.each([
    ["来年の春", "INVALID_INPUT"],
    ["2024-02-30", "INVALID_INPUT"],
    [-5, "OUT_OF_DOMAIN"],
  ] as const)("DC-EQ-06: bad date %j → %s citing the rule", (date, code) => {
    const r = isNewlyIntroducedRe(date);
    expect(!r.ok && [r.error.code, r.error.ruleId]).toEqual([code, "DC-EQ-06"]);
    expect(!r.ok && r.error.message).toContain("設備導入開始日");
  });
});

describe("evaluatePlanIndicators: 再エネ発電設備の設備導入開始日 (DC-EQ-06)", () => {
  it.each(["new", "renovation", "container"] as const)("DC-EQ-06: %s — 2024-04-15 → error; 2024-04-16 → none; the check ran", (projectType) => {
    const before = byRule({ projectType, reInstallationStart: "2024-04-15" }, "DC-EQ-06");
    expect(before.map((i) => [i.field, i.severity])).toEqual([["reInstallationStart", "error"]]);
    expect(before[0].message).toContain("公募開始日 2024-04-16 より前");
    expect(byRule({ projectType, reInstallationStart: "2024-04-16" }, "DC-EQ-06")).toEqual([]);
    expect(evaluate({ projectType, reInstallationStart: "2024-04-16" }).checksRun).toContain("DC-EQ-06");
  });

  it("DC-EQ-06: 移設 has no new-RE requirement → info, check not run", () => {
    const r = evaluate({ projectType: "relocation", reInstallationStart: "2020-01-01" });
    expect(r.issues.filter((i) => i.ruleId === "DC-EQ-06").map((i) => i.severity)).toEqual(["info"]);
    expect(r.checksRun).not.toContain("DC-EQ-06");
  });

  it("DC-EQ-06: unreadable date → error; no date or no 事業区分 → nothing", () => {
    expect(byRule({ projectType: "new", reInstallationStart: "そのうち" }, "DC-EQ-06").map((i) => i.severity)).toEqual(["error"]);
    expect(byRule({ projectType: "new" }, "DC-EQ-06")).toEqual([]);
    expect(byRule({ reInstallationStart: "2020-01-01" }, "DC-EQ-06")).toEqual([]);
  });
});

describe("evaluatePlanIndicators: 全再エネ率 vs 再エネ率 (DC-RATIO-01)", () => {
  it.each([
    [0.2, 0.2, 0],
    [0.2, 0.21, 0],
    [0.2, 0.1999, 1],
    [null, 0.5, 0],
  ] as const)("DC-RATIO-01: 再エネ率 %j, 全再エネ率 %j → %d error(s)", (reShare, totalReShare, n) => {
    const e = byRule({ projectType: "new", reShare, totalReShare }, "DC-RATIO-01").filter((i) => i.severity === "error");
    expect(e).toHaveLength(n);
    if (n) expect(e[0].message).toContain("再エネ率以上");
  });

  it.each([-0.01, 1.01, 12, Number.NaN])("DC-RATIO-01: 全再エネ率 %d outside 0–1 → error, check not run", (totalReShare) => {
    const r = evaluate({ projectType: "container", totalReShare });
    expect(r.issues.filter((i) => i.ruleId === "DC-RATIO-01").map((i) => i.severity)).toEqual(["error"]);
    expect(r.checksRun).not.toContain("DC-RATIO-01");
  });

  it("DC-RATIO-01: recorded as run when 全再エネ率 is given; absent → not run", () => {
    expect(evaluate({ projectType: "relocation", totalReShare: 0.4 }).checksRun).toContain("DC-RATIO-01");
    expect(evaluate({ projectType: "relocation" }).checksRun).not.toContain("DC-RATIO-01");
  });
});
