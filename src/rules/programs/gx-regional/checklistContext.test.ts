import { gxChecklist } from "./checklist";
import { checklistContextOf, parseFitFip } from "./checklistContext";
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

describe("parseFitFip (the FIT/FIP column, GX-COMMIT-02)", () => {
  it.each([
    ["認定済", "certified"],
    ["FIP認定済", "certified"],
    ["ＦＩＴ", "certified"],
    ["FIT・FIP", "certified"],
    ["予定", "planned"],
    ["FIP申請中", "planned"],
    ["なし", "none"],
    ["無", "none"],
    ["非FIT", "none"],
    ["認定なし", "none"],
    ["予定なし", "none"],
    ["-", "none"],
    ["", null],
    ["   ", null],
    ["要確認", null],
  ] as const)("GX-DISC-01: %j → %s", (text, expected) => {
    expect(parseFitFip(text)).toBe(expected);
  });
  it("GX-DISC-01: a blank cell is not stated", () => expect(parseFitFip(null)).toBeNull());
});

describe("checklistContextOf with a FIT/FIP column", () => {
  const withFit = (row: number, sourceType: string, fitFip: string | null): ProcurementLine => ({ ...line(row, sourceType), fitFip });

  it("GX-DISC-02: a certified wind plant drops the wind discipline items; uncertified solar keeps GX-DISC-01", () => {
    const ctx = checklistContextOf([withFit(1, "太陽光", "なし"), withFit(2, "風力", "FIT認定済")]);
    expect(ctx.sources).toEqual([
      { code: "a", fitFip: "none" },
      { code: "b", fitFip: "certified" },
    ]);
    const items = gxChecklist("datacenter", ctx);
    expect(items.some((i) => i.ruleId === "GX-DISC-01")).toBe(true);
    expect(items.some((i) => i.ruleId === "GX-DISC-02")).toBe(false);
  });

  it("GX-DISC-01: two solar lines, one certified and one not stated → the type keeps its items (least covered wins)", () => {
    const ctx = checklistContextOf([withFit(1, "太陽光", "認定済"), withFit(2, "太陽光", null)]);
    expect(ctx.sources).toEqual([{ code: "a", fitFip: null }]);
    expect(gxChecklist("datacenter", ctx).some((i) => i.ruleId === "GX-DISC-01")).toBe(true);
  });

  it("GX-DISC-01: every solar line certified or planned → no solar discipline items", () => {
    const ctx = checklistContextOf([withFit(1, "太陽光", "認定済"), withFit(2, "太陽光", "予定")]);
    expect(ctx.sources).toEqual([{ code: "a", fitFip: "planned" }]);
    expect(gxChecklist("datacenter", ctx).some((i) => i.ruleId === "GX-DISC-01")).toBe(false);
  });
});
