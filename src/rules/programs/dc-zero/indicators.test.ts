import { Fraction } from "../../lib/fraction";
import { evaluatedUtilization, meetsReShare, pue, reShare } from "./indicators";

describe("pue (DC-MOVE-REQ-02)", () => {
  it("DC-MOVE-REQ-02: 1,300,000 ÷ 1,000,000 = 1.3", () => {
    const r = pue(1_300_000, 1_000_000);
    expect(r.ok && r.value.eq(Fraction.parse("1.3"))).toBe(true);
  });
  it("DC-MOVE-REQ-02: equal energies give PUE 1", () => {
    expect(pue(5, 5)).toEqual({ ok: true, value: Fraction.of(1) });
  });
  it("DC-MOVE-REQ-02: ICT 0 → DIVISION_BY_ZERO; facility < ICT → OUT_OF_DOMAIN (swapped arguments)", () => {
    const zero = pue(10, 0);
    expect(!zero.ok && zero.error.code).toBe("DIVISION_BY_ZERO");
    const swapped = pue(1_000_000, 1_300_000);
    expect(!swapped.ok && swapped.error.code).toBe("OUT_OF_DOMAIN");
    expect(!swapped.ok && swapped.error.message).toContain("PUE は1以上");
  });
});

describe("reShare (DC-NEW-REQ-01)", () => {
  it("DC-NEW-REQ-01: 100,000 / 1,000,000 = 10% meets the minimum (以上); 99,999 does not", () => {
    const at = reShare(100_000, 1_000_000);
    expect(at.ok && meetsReShare(at.value)).toBe(true);
    const below = reShare(99_999, 1_000_000);
    expect(below.ok && meetsReShare(below.value)).toBe(false);
    const above = reShare(100_001, 1_000_000);
    expect(above.ok && meetsReShare(above.value)).toBe(true);
  });
  it("use 0 → DIVISION_BY_ZERO; negative → OUT_OF_DOMAIN", () => {
    const z = reShare(1, 0);
    expect(!z.ok && z.error.code).toBe("DIVISION_BY_ZERO");
    const n = reShare(-1, 10);
    expect(!n.ok && n.error.code).toBe("OUT_OF_DOMAIN");
  });
});

describe("evaluatedUtilization (DC-REV-03)", () => {
  it.each([
    [0, 0.5],
    [0.49, 0.5],
    [0.5, 0.5],
    [0.51, 0.51],
    [1, 1],
  ])("DC-REV-03: 想定稼働率 %d → evaluated %d", (u, expected) => {
    const r = evaluatedUtilization(u);
    expect(r.ok && r.value.toNumber()).toBe(expected);
  });
  it("DC-REV-03: above 100% or negative → OUT_OF_DOMAIN", () => {
    const high = evaluatedUtilization(1.01);
    expect(!high.ok && high.error.code).toBe("OUT_OF_DOMAIN");
    const neg = evaluatedUtilization(-0.1);
    expect(!neg.ok && neg.error.code).toBe("OUT_OF_DOMAIN");
  });
});
