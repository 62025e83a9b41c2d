import { biomassDependency, cofiringCheck, pvCapacity } from "./sourceMetrics";
import { pueCheck } from "./pue";

describe("biomassDependency", () => {
  it.each([
    [59.99, 40.01, false],
    [60, 40, true],
    [60.01, 39.99, true],
  ])("GX-SRC-04: %d : %d → meets 60%%: %s", (b, n, expected) => {
    const r = biomassDependency(b, n);
    expect(r.ok && r.value.meets).toBe(expected);
  });
  it("GX-SRC-04: biogas only from 家畜糞尿・食品残渣・下水汚泥 is 100%", () => {
    const r = biomassDependency(0, 0, true);
    expect(r.ok && r.value.ratio.toString()).toBe("1");
  });
  it("GX-SRC-04: zero heat is DIVISION_BY_ZERO, negative heat OUT_OF_DOMAIN", () => {
    const z = biomassDependency(0, 0);
    expect(z.ok || z.error.code).toBe("DIVISION_BY_ZERO");
    const n = biomassDependency(-1, 2);
    expect(n.ok || n.error.code).toBe("OUT_OF_DOMAIN");
  });
});

describe("pvCapacity", () => {
  it("GX-SRC-03: Σ min(module, PCS) per line", () => {
    const r = pvCapacity([
      { moduleKW: 120, pcsKW: 100 },
      { moduleKW: 80, pcsKW: 100 },
    ]);
    expect(r.ok && r.value.toNumber()).toBe(180);
  });
  it("GX-SRC-03: a negative output is OUT_OF_DOMAIN", () => {
    const r = pvCapacity([{ moduleKW: -1, pcsKW: 1 }]);
    expect(r.ok || r.error.code).toBe("OUT_OF_DOMAIN");
  });
});

describe("cofiringCheck", () => {
  it.each([
    ["hydrogen", 0.0999, false],
    ["hydrogen", 0.1, true],
    ["ammonia", 0.1999, false],
    ["ammonia", 0.2, true],
    ["ccs", 0.2, true],
    ["ccs", 0.19, false],
  ] as const)("GX-SRC-02: %s at %d meets the threshold: %s", (kind, share, expected) => {
    const r = cofiringCheck(kind, share);
    expect(r.ok && r.value).toBe(expected);
  });
  it("GX-SRC-02: shares above 1 are OUT_OF_DOMAIN", () => {
    const r = cofiringCheck("hydrogen", 1.5);
    expect(r.ok || r.error.code).toBe("OUT_OF_DOMAIN");
  });
});

describe("pueCheck", () => {
  it.each([
    [129, 100, true],
    [130, 100, true],
    [131, 100, false],
  ])("GX-BIZ-DC-01: PUE %d/%d ≤ 1.3: %s", (f, i, expected) => {
    const r = pueCheck(f, i);
    expect(r.ok && r.value.meets).toBe(expected);
  });
  it("GX-BIZ-DC-01: ICT energy 0 is DIVISION_BY_ZERO", () => {
    const r = pueCheck(1, 0);
    expect(r.ok || r.error.code).toBe("DIVISION_BY_ZERO");
  });
});
