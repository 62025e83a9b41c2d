import { exclusionCases, isTrackedNonFitMenu, type ExclusionInput } from "./exclusions";
import { dcSiteMatchesSource, locationRequirement } from "./location";

const base: ExclusionInput = { type: "manufacturing", supplyRegion: true, location: "site", newOnlyMeetsPower2: true, selfCppaMeetsPower2: true, menuKinds: [] };
const cases = (over: Partial<ExclusionInput>) => exclusionCases({ ...base, ...over }).map((e) => `${e.exclusionCase}:${e.severity}`);

describe("exclusionCases", () => {
  it("GX-EXCL-01: none applies to a clean plan", () => expect(cases({})).toEqual([]));
  it("GX-EXCL-01 A: outside the supply region without ② by new sources only — both types", () => {
    expect(cases({ supplyRegion: false, newOnlyMeetsPower2: false })).toEqual(["A:error"]);
    expect(cases({ type: "datacenter", supplyRegion: false, newOnlyMeetsPower2: false })).toEqual(["A:error"]);
    expect(cases({ supplyRegion: false, newOnlyMeetsPower2: true })).toEqual([]);
  });
  it("GX-EXCL-01 B: remote route without ② by 自家発・CPPA only (製造)", () => {
    expect(cases({ location: "remote", selfCppaMeetsPower2: false })).toEqual(["B:error"]);
    expect(cases({ location: "remote", selfCppaMeetsPower2: true })).toEqual([]);
  });
  it("GX-EXCL-01 C: menu not 非FIT非化石証書トラッキングあり — error for 製造, warning for DC (AMB-13)", () => {
    const menu = { selfCppaMeetsPower2: false, menuKinds: ["FIT非化石証書"] };
    expect(cases(menu)).toEqual(["C:error"]);
    expect(cases({ ...menu, type: "datacenter" })).toEqual(["C:warning"]);
    expect(cases({ ...menu, menuKinds: ["非FIT非化石証書（トラッキング付き）"] })).toEqual([]);
    expect(cases({ ...menu, menuKinds: [null] })).toEqual(["C:info"]);
  });
  it("GX-EXCL-01 C: menu spellings", () => {
    expect(isTrackedNonFitMenu("非FIT非化石証書トラッキングあり")).toBe(true);
    expect(isTrackedNonFitMenu("トラッキング付非FIT非化石証書")).toBe(true);
    expect(isTrackedNonFitMenu("非FIT非化石証書（トラッキングなし）")).toBe(false);
  });
});

describe("locationRequirement", () => {
  it("GX-LOC-01: site in the source prefecture → ①; else remote contribution → ②; else not met", () => {
    expect(locationRequirement("manufacturing", "北海道", "北海道", false)).toEqual({ met: "site" });
    expect(locationRequirement("manufacturing", "東京都", "北海道", true)).toEqual({ met: "remote" });
    const none = locationRequirement("manufacturing", "東京都", "北海道", false);
    expect(none.met === null && none.ruleId).toBe("GX-LOC-01");
  });
  it("GX-LOC-02: a DC outside the source prefecture fails even with a remote contribution", () => {
    const d = locationRequirement("datacenter", "東京都", "北海道", true);
    expect(d.met === null && d.ruleId).toBe("GX-LOC-02");
    expect(d.met === null && d.message).toContain("DC設備投資型");
    expect(dcSiteMatchesSource("北海道", "北海道")).toBe(true);
  });
});
