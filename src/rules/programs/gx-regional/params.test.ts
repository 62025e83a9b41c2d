import { editionAt, latestEdition } from "../../lib/edition";
import { validateParams } from "../../lib/paramSchema";
import { GX_DISCIPLINE_2026_V11 } from "./discipline";
import { GX_2026_V11, GX_CURRENT, GX_EDITIONS } from "./params";
import type { InvestmentType, TierConditions } from "./types";

describe("gx-regional params", () => {
  it("validateParams finds no problem in any edition", () => {
    for (const e of GX_EDITIONS) expect(validateParams(e.params, e.id)).toEqual([]);
  });

  it("validateParams finds no problem in the GX-DISC-01/02 discipline tables (their own table, not in the edition)", () => {
    expect(validateParams(GX_DISCIPLINE_2026_V11, "gx-regional/discipline-2026-v1.1")).toEqual([]);
  });

  it("GX-OVR-02: the 2026 Ver1.1 edition applies FY2026–FY2030 and nowhere else", () => {
    expect(GX_2026_V11.validFrom).toBe("2026-04-01");
    expect(GX_2026_V11.validTo).toBe("2031-03-31");
    expect(editionAt(GX_EDITIONS, "2026-04-01").ok).toBe(true);
    expect(editionAt(GX_EDITIONS, "2031-03-31").ok).toBe(true);
    const before = editionAt(GX_EDITIONS, "2026-03-31");
    expect(before.ok || before.error.code).toBe("NO_RULE_IN_FORCE");
    const after = editionAt(GX_EDITIONS, "2031-04-01");
    expect(after.ok || after.error.code).toBe("NO_RULE_IN_FORCE");
    expect(latestEdition(GX_EDITIONS).params).toBe(GX_CURRENT);
  });

  it("GX-MATRIX-01: the 17 rows are numbered 1–17 and cover every combination exactly once", () => {
    const rows = GX_CURRENT.matrix.value;
    expect(rows.map((r) => r.no)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    const bools = [true, false];
    for (const power2 of bools)
      for (const supplyRegion of bools)
        for (const location of ["site", "remote"] as const)
          for (const sourceKind of ["newOnly", "includesExisting"] as const)
            for (const linkage of ["selfCppa", "menu"] as const) {
              const c: TierConditions = { power2, supplyRegion, location, sourceKind, linkage };
              const hits = rows.filter((r) => (Object.keys(r.when) as (keyof TierConditions)[]).every((k) => r.when[k] === c[k]));
              expect(hits).toHaveLength(1);
            }
  });

  it("GX-MATRIX-01: every 対象外 outcome of rows 5–17 names its excluding basis", () => {
    for (const r of GX_CURRENT.matrix.value)
      for (const t of ["manufacturing", "datacenter"] as InvestmentType[])
        if (r.outcome[t] === "対象外") expect(r.because?.[t]).toBeDefined();
  });

  it("GX-RATE-01: five tiers, DC cells of No4/No5 are 対象外 (GX-RATE-03)", () => {
    const t = GX_CURRENT.rateTable.value;
    expect(t.map((r) => r.no)).toEqual([1, 2, 3, 4, 5]);
    expect(t.filter((r) => r.datacenter === null).map((r) => r.no)).toEqual([4, 5]);
  });

  it("GX-SRC-01: thirteen source types a–m; GX-PWR-09: three certificates", () => {
    expect(GX_CURRENT.sourceTypes.value.map((s) => s.code).join("")).toBe("abcdefghijklm");
    expect(GX_CURRENT.certificates.value).toHaveLength(3);
  });
});
