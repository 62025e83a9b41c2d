import fc from "fast-check";
import { determineTier } from "./tier";
import { tierByProcedure, type TierProcedureInput } from "./tierProcedure";
import type { InvestmentType, Linkage, LocationRequirement, SourceKind } from "./types";

const TYPES: readonly InvestmentType[] = ["manufacturing", "datacenter"];
const BOOLS = [true, false] as const;
const LOCATIONS: readonly LocationRequirement[] = ["site", "remote"];
const KINDS: readonly SourceKind[] = ["newOnly", "includesExisting"];
const LINKAGES: readonly Linkage[] = ["selfCppa", "menu"];

/** Every input combination the 17-row table distinguishes (2 × 2 × 2 × 2 × 2 × 2 = 64). */
const COMBINATIONS = TYPES.flatMap((type) =>
  BOOLS.flatMap((power2) =>
    BOOLS.flatMap((supplyRegion) =>
      LOCATIONS.flatMap((location) => KINDS.flatMap((sourceKind) => LINKAGES.map((linkage) => ({ type, power2, supplyRegion, location, sourceKind, linkage })))),
    ),
  ),
);

describe("tierByProcedure (GX-MATRIX-02)", () => {
  it("GX-MATRIX-02 ≡ GX-MATRIX-01: 64 combinations enumerated", () => {
    expect(COMBINATIONS).toHaveLength(64);
  });

  it.each(COMBINATIONS.map((c) => [`${c.type} power2=${c.power2} region=${c.supplyRegion} ${c.location} ${c.sourceKind} ${c.linkage}`, c] as const))(
    "GX-MATRIX-02 ≡ GX-MATRIX-01 (Ver1.1): %s — same outcome, the table's row is among the step's rows, same excluding rule",
    (_, c) => {
      const table = determineTier(c.type, c);
      const proc = tierByProcedure(c.type, { ...c, power1: true, trackedMenu: true });
      expect(proc.tier).toBe(table.tier);
      expect(proc.rows).toContain(table.row.no);
      if (table.tier === "対象外") expect(proc.ruleId).toBe(table.ruleId);
      else expect(["GX-MATRIX-02", "GX-SUPPLY-02"]).toContain(proc.ruleId);
      expect(proc.warning).toBeNull();
    },
  );

  it("GX-MATRIX-02 / GX-MATRIX-01 row #10: Ver1.1 corrected No3 ⇒ 対象外 (menu outside the supply regions, GX-PWR-03)", () => {
    for (const type of TYPES) {
      const r = tierByProcedure(type, { power1: true, power2: true, supplyRegion: false, location: "site", sourceKind: "newOnly", linkage: "menu", trackedMenu: true });
      expect(r.tier).toBe("対象外");
      expect(r.ruleId).toBe("GX-PWR-03");
      expect(r.rows).toContain(10);
    }
  });

  describe("GX-SUPPLY-02 at the edge of the supply region (AMB-14: 新設・再稼働)", () => {
    const base: TierProcedureInput = { power1: true, power2: true, supplyRegion: false, location: "site", sourceKind: "newOnly", linkage: "selfCppa" };
    it.each([
      ["manufacturing", "site", "newOnly", 1, "GX-SUPPLY-02"],
      ["datacenter", "site", "newOnly", 1, "GX-SUPPLY-02"],
      ["manufacturing", "remote", "newOnly", 4, "GX-SUPPLY-02"],
      ["manufacturing", "site", "includesExisting", "対象外", "GX-EXCL-01"],
      ["datacenter", "site", "includesExisting", "対象外", "GX-EXCL-01"],
      ["manufacturing", "remote", "includesExisting", "対象外", "GX-EXCL-01"],
    ] as const)("GX-SUPPLY-02: %s, 立地要件 %s, %s outside the supply regions → %s (%s)", (type, location, sourceKind, tier, ruleId) => {
      const r = tierByProcedure(type, { ...base, location, sourceKind });
      expect(r.tier).toBe(tier);
      expect(r.ruleId).toBe(ruleId);
      if (ruleId === "GX-SUPPLY-02") expect(r.reason).toContain("供給地域に限らず支援対象");
    });

    it("GX-SUPPLY-02: inside a supply region the same plan is decided by the procedure itself, not by the exception", () => {
      const r = tierByProcedure("manufacturing", { ...base, supplyRegion: true });
      expect(r.tier).toBe(1);
      expect(r.ruleId).toBe("GX-MATRIX-02");
      expect(r.reason).not.toContain("GX-SUPPLY-02");
    });
  });

  describe("GX-MATRIX-02: conditions the table does not hold", () => {
    const no1: TierProcedureInput = { power1: true, power2: true, supplyRegion: true, location: "site", sourceKind: "newOnly", linkage: "selfCppa" };
    const menu: TierProcedureInput = { ...no1, sourceKind: "includesExisting", linkage: "menu" };

    it("GX-MATRIX-02 / GX-PWR-01: 電力要件① not met → 対象外 for every other combination", () => {
      for (const c of COMBINATIONS) expect(tierByProcedure(c.type, { ...c, power1: false }).tier).toBe("対象外");
      const r = tierByProcedure("datacenter", { ...no1, power1: false });
      expect(r.ruleId).toBe("GX-PWR-01");
      expect(r.rows).toEqual([]);
    });

    it("GX-MATRIX-02 / GX-PWR-02: 電力要件② not met is row #17 even when ① also fails", () => {
      const r = tierByProcedure("manufacturing", { ...no1, power1: false, power2: false });
      expect(r).toMatchObject({ tier: "対象外", rows: [17], ruleId: "GX-PWR-02" });
    });

    it.each([
      ["manufacturing", null, "GX-LOC-01"],
      ["datacenter", null, "GX-LOC-02"],
    ] as const)("GX-MATRIX-02: %s with no 立地要件 met → 対象外 (%s)", (type, location, ruleId) => {
      expect(tierByProcedure(type, { ...no1, location })).toMatchObject({ tier: "対象外", ruleId });
    });

    it.each([
      ["manufacturing", true, 3, "GX-MATRIX-02", false],
      ["manufacturing", false, "対象外", "GX-EXCL-01", false],
      ["manufacturing", null, 3, "GX-MATRIX-02", true],
      ["datacenter", true, 3, "GX-MATRIX-02", false],
      ["datacenter", false, 3, "GX-MATRIX-02", true],
      ["datacenter", null, 3, "GX-MATRIX-02", true],
    ] as const)("GX-MATRIX-02 / GX-EXCL-01 C (AMB-13): %s, menu tracked=%s → %s (%s), warning %s", (type, trackedMenu, tier, ruleId, warns) => {
      const r = tierByProcedure(type, { ...menu, trackedMenu });
      expect(r.tier).toBe(tier);
      expect(r.ruleId).toBe(ruleId);
      expect(r.warning !== null).toBe(warns);
    });

    it("GX-MATRIX-02: the reason reads as the chain of answered questions", () => {
      const r = tierByProcedure("manufacturing", { ...no1, sourceKind: "includesExisting", location: "remote", supplyRegion: true });
      expect(r.tier).toBe(5);
      expect(r.reason).toBe(
        "GX-MATRIX-02: 電力要件①②を充足 → 立地要件② → 既設電源を含めて自家発・CPPAのみで電力要件②を充足 → 脱炭素電力供給地域に該当 → 製造設備投資型 No5（表 #7）",
      );
    });

    it("GX-MATRIX-02 property: the menu kind changes nothing off the menu route, and never the DC outcome (AMB-13)", () => {
      const arb = fc.record({
        type: fc.constantFrom(...TYPES),
        power1: fc.boolean(),
        power2: fc.boolean(),
        supplyRegion: fc.boolean(),
        location: fc.constantFrom<LocationRequirement | null>("site", "remote", null),
        sourceKind: fc.constantFrom(...KINDS),
        linkage: fc.constantFrom(...LINKAGES),
        trackedMenu: fc.constantFrom<boolean | null>(true, false, null),
      });
      fc.assert(
        fc.property(arb, ({ type, ...input }) => {
          const r = tierByProcedure(type, input);
          const tracked = tierByProcedure(type, { ...input, trackedMenu: true });
          const onMenuRoute = input.power1 && input.power2 && input.location === "site" && input.supplyRegion && input.linkage === "menu";
          if (!onMenuRoute || type === "datacenter") expect(r.tier).toBe(tracked.tier);
          if (!input.power1 || !input.power2 || input.location === null) expect(r.tier).toBe("対象外");
          if (type === "datacenter") expect([1, 2, 3, "対象外"]).toContain(r.tier);
        }),
      );
    });
  });
});
