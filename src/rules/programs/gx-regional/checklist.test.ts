import { gxChecklist } from "./checklist";

describe("gxChecklist", () => {
  it("GX-LOC-02 for DC, GX-LOC-01, GX-BIZ-M-01/02 and GX-CONTRIB-02 (commitment C) for 製造 only", () => {
    const dc = gxChecklist("datacenter").map((i) => i.ruleId);
    const m = gxChecklist("manufacturing").map((i) => i.ruleId);
    expect(dc).toContain("GX-LOC-02");
    expect(dc).toContain("GX-BIZ-DC-01");
    expect(dc).not.toContain("GX-LOC-01");
    expect(m).toContain("GX-LOC-01");
    expect(m).toContain("GX-BIZ-M-02");
    expect(m).not.toContain("GX-BIZ-DC-01");
    expect(m).toContain("GX-CONTRIB-02");
    expect(dc).not.toContain("GX-CONTRIB-02");
  });
  it("ids are unique, citations point at seed 001, commitments are documents", () => {
    for (const type of ["manufacturing", "datacenter"] as const) {
      const items = gxChecklist(type);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      for (const i of items) expect(i.citation).toMatch(/^001_bcc3ced3d61acfe1\.txt § /);
      expect(items.filter((i) => i.ruleId === "GX-COMMIT-01").every((i) => i.kind === "document")).toBe(true);
      // GX-APPL-01, GX-APPL-02, GX-DISC-01, GX-DISC-02: manual requirements of both types.
      for (const id of ["GX-APPL-01", "GX-APPL-02", "GX-DISC-01", "GX-DISC-02"]) expect(items.find((i) => i.ruleId === id)?.autoRuleIds).toEqual([]);
    }
  });
  it("GX-MININV-01 / GX-PWR-02: labels take their numbers from the params and are proved by the power plan", () => {
    const items = gxChecklist("manufacturing");
    const min = items.find((i) => i.ruleId === "GX-MININV-01")!;
    expect(min.label).toContain("10億円以上");
    expect(min.label).toContain("20億円以上");
    expect(min.autoRuleIds).toEqual(["GX-MININV-01"]);
    expect(items.find((i) => i.ruleId === "GX-PWR-02")!.label).toContain("50%以上");
  });
});
