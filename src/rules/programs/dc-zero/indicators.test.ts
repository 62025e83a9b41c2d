import fc from "fast-check";
import { Fraction } from "../../lib/fraction";
import { evaluatedUtilization, meetsReShare, pue, reShare, totalReShare } from "./indicators";

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
  it("DC-RATIO-01: use 0 → DIVISION_BY_ZERO; negative → OUT_OF_DOMAIN", () => {
    const z = reShare(1, 0);
    expect(!z.ok && [z.error.code, z.error.ruleId]).toEqual(["DIVISION_BY_ZERO", "DC-RATIO-01"]);
    const n = reShare(-1, 10);
    expect(!n.ok && n.error.code).toBe("OUT_OF_DOMAIN");
  });
  it("DC-RATIO-01: RE equal to the use is 100%; 1 kWh more than the use → OUT_OF_DOMAIN (a share of the use)", () => {
    expect(reShare(1_000_000, 1_000_000)).toEqual({ ok: true, value: Fraction.of(1) });
    const over = reShare(1_000_001, 1_000_000);
    expect(!over.ok && over.error.code).toBe("OUT_OF_DOMAIN");
    expect(!over.ok && over.error.message).toContain("100%を超えません");
  });
});

describe("totalReShare (DC-RATIO-01)", () => {
  it.each([
    [100_000, 300_000, 100_000, 1_000_000, "1/2"],
    [100_000, 0, 0, 1_000_000, "1/10"],
    [0, 0, 0, 1_000_000, "0"],
    [1, 1, 1, 7, "3/7"],
    [400_000, 300_000, 300_000, 1_000_000, "1"],
  ])("DC-RATIO-01: (%d + %d + %d) ÷ %d = %s exactly", (n, p, c, use, expected) => {
    const r = totalReShare(n, p, c, use);
    expect(r.ok && r.value.eq(Fraction.parse(expected))).toBe(true);
  });

  it("DC-RATIO-01: keeps the fraction exact (no rounding): 1 ÷ 3", () => {
    const r = totalReShare(1, 0, 0, 3);
    expect(r.ok && r.value.toString()).toBe("1/3");
  });

  it.each([
    [[-1, 0, 0, 10], "OUT_OF_DOMAIN", "新規導入の再エネ電力量"],
    [[0, -1, 0, 10], "OUT_OF_DOMAIN", "再エネ由来の購入電力量"],
    [[0, 0, -1, 10], "OUT_OF_DOMAIN", "証書による再エネ電力量"],
    [[0, 0, 0, -1], "OUT_OF_DOMAIN", "使用電力量"],
    [[1, 0, 0, 0], "DIVISION_BY_ZERO", "使用電力量"],
    [[Number.NaN, 0, 0, 10], "INVALID_INPUT", "新規導入の再エネ電力量"],
    [[400_000, 300_000, 300_001, 1_000_000], "OUT_OF_DOMAIN", "使用電力量"],
  ] as const)("DC-RATIO-01: bad input %j → %s naming %s", (args, code, name) => {
    const r = totalReShare(args[0], args[1], args[2], args[3]);
    expect(!r.ok && r.error.code).toBe(code);
    expect(!r.ok && r.error.message).toContain(name);
    expect(!r.ok && r.error.ruleId).toBe("DC-RATIO-01");
  });

  it("DC-RATIO-01 property: 再エネ率 ≤ 全再エネ率 ≤ 1 whenever the parts fit in the use", () => {
    fc.assert(
      fc.property(fc.nat(1e9), fc.nat(1e9), fc.nat(1e9), fc.nat(1e9), (n, p, c, extra) => {
        const use = n + p + c + extra + 1;
        const total = totalReShare(n, p, c, use);
        const re = reShare(n, use);
        return total.ok && re.ok && re.value.lte(total.value) && total.value.lte(Fraction.of(1)) && total.value.gte(Fraction.of(0));
      }),
    );
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
