import { gxChecklist } from "./checklist";
import { checklistContextOf } from "./checklistContext";
import type { ProcurementLine } from "./powerPlanTypes";

const line = (row: number, sourceType: string | null): ProcurementLine => ({
  row,
  sourceType,
  state: "新設",
  procurement: "CPPA",
  prefecture: "北海道",
  annualKWh: 1,
  contractYears: 15,
});

describe("checklistContextOf", () => {
  it("GX-DISC-01 / GX-DISC-02: source types of the plan, once each; certificates, grid and unreadable lines skipped; FIT/FIP not stated", () => {
    const ctx = checklistContextOf([line(1, "太陽光"), line(2, "メガソーラー"), line(3, "洋上風力"), line(4, "非化石証書"), line(5, "系統電力"), line(6, "石炭"), line(7, null)]);
    expect(ctx.sources).toEqual([
      { code: "a", fitFip: null },
      { code: "b", fitFip: null },
    ]);
    expect(ctx.tier).toBeUndefined();
  });

  it("GX-CONTRIB-02: the tier of the evaluation narrows the checklist (No1 → no commitment C)", () => {
    const ctx = checklistContextOf([line(1, "原子力")], { tier: 1 });
    expect(ctx.tier).toBe(1);
    const ruleIds = gxChecklist("manufacturing", ctx).map((i) => i.ruleId);
    expect(ruleIds).not.toContain("GX-CONTRIB-02");
    expect(ruleIds).not.toContain("GX-DISC-01");
    expect(ruleIds).not.toContain("GX-DISC-02");
  });

  it("GX-DISC-01: no lines → sources unknown (every conditional item kept); the PV capacity is passed on", () => {
    const ctx = checklistContextOf([], null, 15);
    expect(ctx.sources).toBeUndefined();
    expect(ctx.pvCapacityKW).toBe(15);
    expect(gxChecklist("datacenter", ctx).filter((i) => i.ruleId === "GX-DISC-01")).toHaveLength(2);
  });
});
