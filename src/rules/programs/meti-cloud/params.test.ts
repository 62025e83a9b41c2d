import { editionAt, latestEdition } from "../../lib/edition";
import { validateParams } from "../../lib/paramSchema";
import { cloudChecklist } from "./checklist";
import { METI_CLOUD_EDITIONS } from "./params";

describe("meti-cloud parameters and edition", () => {
  it("every parameter is a valid, cited Param", () => {
    expect(validateParams(METI_CLOUD_EDITIONS)).toEqual([]);
  });

  it("every CLOUD-* parameter records the secondary-source reading (AMB-01)", () => {
    for (const p of Object.values(latestEdition(METI_CLOUD_EDITIONS).params)) {
      expect(p.source).toBe("meti-cloud-report");
      expect(p.notes?.some((n) => n.startsWith("AMB-01"))).toBe(true);
    }
  });

  it.each([
    ["2024-04-14", false],
    ["2024-04-15", true],
    ["2030-01-01", true],
  ])("edition meti-cloud/2024-round1 in force at %s: %p", (date, inForce) => {
    const r = editionAt(METI_CLOUD_EDITIONS, date);
    expect(r.ok).toBe(inForce);
    if (!r.ok) expect(r.error.code).toBe("NO_RULE_IN_FORCE");
  });
});

describe("cloudChecklist", () => {
  it("CLOUD-DOC-01: the three documents of the 正式申請, manual, with citations", () => {
    const docs = cloudChecklist().filter((i) => i.kind === "document");
    expect(docs.map((d) => d.id)).toEqual(["meti-cloud/doc/様式第一", "meti-cloud/doc/別紙1", "meti-cloud/doc/別紙2"]);
    for (const d of docs) {
      expect(d.ruleId).toBe("CLOUD-DOC-01");
      expect(d.autoRuleIds).toEqual([]);
      expect(d.citation).toBe("000_98b116c15d754bfb.txt § 5-4 申請程序");
    }
  });

  it("CLOUD-TECH-01 / CLOUD-ENV-01 / CLOUD-SEC-01: requirements are listed, manual, ids unique", () => {
    const items = cloudChecklist();
    expect(items.filter((i) => i.kind === "requirement").map((i) => i.ruleId)).toEqual(["CLOUD-TECH-01", "CLOUD-ENV-01", "CLOUD-SEC-01"]);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items.find((i) => i.ruleId === "CLOUD-TECH-01")?.label).toContain("400Gbps");
  });
});
