import { determineTier } from "./tier";
import type { InvestmentType, LocationRequirement, Linkage, SourceKind, TierOutcome } from "./types";

type Case = [no: number, supplyRegion: boolean, location: LocationRequirement, sourceKind: SourceKind, linkage: Linkage, mfg: TierOutcome, dc: TierOutcome];

// Transcribed from 001 § 【参考】電力要件・立地要件の組合せと支援強度 (Ver1.1), independently of params.ts.
const TABLE: Case[] = [
  [1, true, "site", "newOnly", "selfCppa", 1, 1],
  [2, true, "site", "newOnly", "menu", 3, 3],
  [3, true, "site", "includesExisting", "selfCppa", 2, 2],
  [4, true, "site", "includesExisting", "menu", 3, 3],
  [5, true, "remote", "newOnly", "selfCppa", 4, "対象外"],
  [6, true, "remote", "newOnly", "menu", "対象外", "対象外"],
  [7, true, "remote", "includesExisting", "selfCppa", 5, "対象外"],
  [8, true, "remote", "includesExisting", "menu", "対象外", "対象外"],
  [9, false, "site", "newOnly", "selfCppa", 1, 1],
  [10, false, "site", "newOnly", "menu", "対象外", "対象外"],
  [11, false, "site", "includesExisting", "selfCppa", "対象外", "対象外"],
  [12, false, "site", "includesExisting", "menu", "対象外", "対象外"],
  [13, false, "remote", "newOnly", "selfCppa", 4, "対象外"],
  [14, false, "remote", "newOnly", "menu", "対象外", "対象外"],
  [15, false, "remote", "includesExisting", "selfCppa", "対象外", "対象外"],
  [16, false, "remote", "includesExisting", "menu", "対象外", "対象外"],
];

describe("determineTier", () => {
  for (const [no, supplyRegion, location, sourceKind, linkage, mfg, dc] of TABLE) {
    for (const [type, expected] of [
      ["manufacturing", mfg],
      ["datacenter", dc],
    ] as [InvestmentType, TierOutcome][]) {
      it(`GX-MATRIX-01 row #${no}: ${type} → ${expected}`, () => {
        const d = determineTier(type, { power2: true, supplyRegion, location, sourceKind, linkage });
        expect(d.row.no).toBe(no);
        expect(d.tier).toBe(expected);
        expect(d.reason).toContain(`GX-MATRIX-01 #${no}`);
      });
    }
  }

  for (const type of ["manufacturing", "datacenter"] as InvestmentType[]) {
    it(`GX-MATRIX-01 row #17: ${type} → 対象外 whenever 電力要件② is not met, whatever the other conditions`, () => {
      for (const supplyRegion of [true, false])
        for (const location of ["site", "remote"] as const) {
          const d = determineTier(type, { power2: false, supplyRegion, location, sourceKind: "newOnly", linkage: "selfCppa" });
          expect(d.row.no).toBe(17);
          expect(d.tier).toBe("対象外");
          expect(d.ruleId).toBe("GX-PWR-02");
          expect(d.reason).toContain("電力要件②を未充足");
        }
    });
  }

  it("GX-SUPPLY-02 (AMB-14): 新設・再稼働 via 自家発・CPPA is supported outside the supply region (rows #9, #13)", () => {
    const c = { power2: true, supplyRegion: false, sourceKind: "newOnly", linkage: "selfCppa" } as const;
    expect(determineTier("datacenter", { ...c, location: "site" }).tier).toBe(1);
    expect(determineTier("manufacturing", { ...c, location: "remote" }).tier).toBe(4);
  });

  it("GX-SUPPLY-02: the reason of rows #9 and #13 names the exception; rows #1, #5 (inside a region) and #11 (existing sources) do not", () => {
    const c = { power2: true, sourceKind: "newOnly", linkage: "selfCppa" } as const;
    for (const [type, location, supplyRegion, cites] of [
      ["datacenter", "site", false, true],
      ["manufacturing", "remote", false, true],
      ["manufacturing", "site", true, false],
      ["manufacturing", "remote", true, false],
    ] as const) {
      const d = determineTier(type, { ...c, location, supplyRegion });
      expect([type, location, supplyRegion, d.reason.includes("GX-SUPPLY-02")]).toEqual([type, location, supplyRegion, cites]);
    }
    const existing = determineTier("manufacturing", { ...c, sourceKind: "includesExisting", location: "site", supplyRegion: false });
    expect(existing.tier).toBe("対象外");
    expect(existing.reason).not.toContain("GX-SUPPLY-02");
  });

  it("GX-MATRIX-01 row #10: Ver1.1 correction (No3 ⇒ 対象外) is noted and explained by GX-PWR-03", () => {
    const d = determineTier("manufacturing", { power2: true, supplyRegion: false, location: "site", sourceKind: "newOnly", linkage: "menu" });
    expect(d.tier).toBe("対象外");
    expect(d.ruleId).toBe("GX-PWR-03");
    expect(d.reason).toContain("Ver1.1");
    expect(d.reason).toContain("脱炭素電力供給地域に限られる");
  });

  it("GX-MATRIX-01 row #5: the DC reason cites GX-LOC-02 in Japanese", () => {
    const d = determineTier("datacenter", { power2: true, supplyRegion: true, location: "remote", sourceKind: "newOnly", linkage: "selfCppa" });
    expect(d.ruleId).toBe("GX-LOC-02");
    expect(d.reason).toMatch(/DC設備投資型 対象外：DC設備投資型では立地要件②/);
    expect(d.citation).toBe("001_bcc3ced3d61acfe1.txt § 【参考】電力要件・立地要件の組合せと支援強度");
  });

  it("GX-MATRIX-01: a tier row cites the table itself", () => {
    const d = determineTier("manufacturing", { power2: true, supplyRegion: true, location: "site", sourceKind: "includesExisting", linkage: "selfCppa" });
    expect(d.ruleId).toBe("GX-MATRIX-01");
    expect(d.reason).toContain("製造設備投資型 No2");
  });
});
