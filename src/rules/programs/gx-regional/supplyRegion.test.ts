import { exclusionCases } from "./exclusions";
import { supplyRegionStanding } from "./supplyRegion";

describe("supplyRegionStanding (GX-SUPPLY-02)", () => {
  it.each([
    [true, true, true, false],
    [true, false, true, false],
    [false, true, true, true],
    [false, false, false, false],
  ] as const)("GX-SUPPLY-02: supply region %s, ② by 新設・再稼働 only %s → allowed %s, by the exception %s", (supplyRegion, newOnly, allowed, byException) => {
    const s = supplyRegionStanding(supplyRegion, newOnly);
    expect([s.allowed, s.byException]).toEqual([allowed, byException]);
    if (s.byException) expect(s.ruleId).toBe("GX-SUPPLY-02");
  });

  it("GX-SUPPLY-02 / GX-EXCL-01 A: case A is exactly the plans the exception does not save, and its message names the exception", () => {
    for (const supplyRegion of [true, false])
      for (const newOnlyMeetsPower2 of [true, false]) {
        const found = exclusionCases({ type: "datacenter", supplyRegion, location: "site", newOnlyMeetsPower2, selfCppaMeetsPower2: true, menuKinds: [] });
        const a = found.find((e) => e.exclusionCase === "A");
        expect(a !== undefined).toBe(!supplyRegionStanding(supplyRegion, newOnlyMeetsPower2).allowed);
        if (a) expect(a.message).toContain("GX-SUPPLY-02");
      }
  });
});
