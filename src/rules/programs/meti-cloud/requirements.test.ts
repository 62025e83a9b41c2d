import { evaluateCloudRequirements } from "./requirements";

describe("evaluateCloudRequirements", () => {
  it.each([
    [1.29, 0],
    [1.3, 0],
    [1.31, 1],
    [1.0, 0],
  ])("CLOUD-ENV-01: PUE %p vs the recommended ≤ 1.3 → %i warning(s)", (pue, n) => {
    const r = evaluateCloudRequirements({ pue });
    expect(r.checksRun).toEqual(["CLOUD-ENV-01"]);
    const w = r.issues.filter((i) => i.ruleId === "CLOUD-ENV-01" && i.severity === "warning");
    expect(w).toHaveLength(n);
    if (n) expect(w[0].message).toContain("推奨");
  });

  it.each([0.9, Number.NaN, -1])("CLOUD-ENV-01: PUE %p is not a valid PUE → warning, check not counted", (pue) => {
    const r = evaluateCloudRequirements({ pue });
    expect(r.checksRun).toEqual([]);
    expect(r.issues.find((i) => i.field === "pue")?.severity).toBe("warning");
  });

  it.each([
    [399, 1],
    [400, 0],
    [401, 0],
    [800, 0],
  ])("CLOUD-TECH-01: interconnect %p Gbps vs ≥ 400 → %i warning(s)", (gbps, n) => {
    const r = evaluateCloudRequirements({ interconnectGbps: gbps });
    expect(r.checksRun).toEqual(["CLOUD-TECH-01"]);
    expect(r.issues.filter((i) => i.ruleId === "CLOUD-TECH-01" && i.severity === "warning")).toHaveLength(n);
  });

  it.each([0, -400, Number.POSITIVE_INFINITY])("CLOUD-TECH-01: bandwidth %p is invalid → warning", (gbps) => {
    const r = evaluateCloudRequirements({ interconnectGbps: gbps });
    expect(r.checksRun).toEqual([]);
    expect(r.issues.find((i) => i.field === "interconnectGbps")?.severity).toBe("warning");
  });

  it("CLOUD-ENV-01 / CLOUD-TECH-01: unstated facts → info only, nothing checked, never an error", () => {
    const r = evaluateCloudRequirements({});
    expect(r.checksRun).toEqual([]);
    expect(r.issues.map((i) => [i.ruleId, i.severity])).toEqual([
      ["CLOUD-ENV-01", "info"],
      ["CLOUD-TECH-01", "info"],
    ]);
    expect(r.issues.every((i) => i.message.includes("二次資料"))).toBe(true);
  });
});
