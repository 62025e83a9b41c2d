import fc from "fast-check";
import { display } from "./amounts";
import { Fraction } from "./fraction";

describe("Fraction", () => {
  it.each([
    ["1/2", 1n, 2n],
    ["3分の1", 1n, 3n],
    ["50%", 1n, 2n],
    ["6.5%", 13n, 200n],
    ["0.065", 13n, 200n],
    ["２分の１", 1n, 2n],
  ])("parses %s as written in the documents", (text, num, den) => {
    const f = Fraction.parse(text);
    expect([f.num, f.den]).toEqual([num, den]);
  });

  it("keeps 1/3 of a yen amount exact and compares it with a cap", () => {
    const third = Fraction.parse("1/3").mul(200_000_000);
    expect(third.toString()).toBe("200000000/3");
    expect(Fraction.min(third, Fraction.of(300_000_000))).toBe(third);
  });

  it("adds and subtracts in lowest terms, whole amounts and fractions alike", () => {
    const big = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n });
    const den = fc.bigInt({ min: 1n, max: 12n });
    fc.assert(
      fc.property(big, den, big, den, (a, b, c, d) => {
        const [sum, diff] = [Fraction.of(a, b).add(Fraction.of(c, d)), Fraction.of(a, b).sub(Fraction.of(c, d))];
        const [wantSum, wantDiff] = [Fraction.of(a * d + c * b, b * d), Fraction.of(a * d - c * b, b * d)];
        expect([sum.num, sum.den, diff.num, diff.den]).toEqual([wantSum.num, wantSum.den, wantDiff.num, wantDiff.den]);
      }),
    );
    expect(Fraction.of(3).add(Fraction.of(-3)).toString()).toBe("0");
    expect(Fraction.of(1, 2).add(Fraction.of(1, 2)).isInteger()).toBe(true);
  });

  it("floors towards minus infinity (切り捨て of a positive kW value)", () => {
    expect(Fraction.fromDecimal(99.7).floor()).toBe(99n);
    expect(Fraction.fromDecimal(-0.5).floor()).toBe(-1n);
  });

  it("reads numbers written with an exponent exactly", () => {
    expect(Fraction.fromDecimal(1e-7).toString()).toBe("1/10000000");
    expect(Fraction.fromDecimal(2.5e21).toString()).toBe("2500000000000000000000");
  });

  it("rejects malformed rate text and zero denominators", () => {
    expect(() => Fraction.parse("half")).toThrow(RangeError);
    expect(() => Fraction.of(1, 0)).toThrow(RangeError);
    expect(() => Fraction.of(1).div(0)).toThrow(RangeError);
  });
});

describe("Fraction.toNumber never gives NaN (issue 11)", () => {
  it.each([
    [5e-324, 5e-324],
    [Number.MIN_VALUE * 3, Number.MIN_VALUE * 3],
    [1e-310, 1e-310],
    [1.7976931348623157e308, 1.7976931348623157e308],
    [-2.5e-320, -2.5e-320],
    [0.1, 0.1],
  ])("round-trips %p through the exact decimal", (input, expected) => {
    expect(Fraction.fromDecimal(input).toNumber()).toBe(expected);
  });

  it("divides 400-digit numerators and denominators exactly enough", () => {
    const big = 10n ** 400n;
    expect(Fraction.of(3n * big, 4n * big).toNumber()).toBe(0.75);
    expect(Fraction.of(big, 3n).toNumber()).toBe(Infinity);
    expect(Fraction.of(-big, 3n).toNumber()).toBe(-Infinity);
    expect(Fraction.of(1n, big).toNumber()).toBe(0);
  });

  it("property: a sum of finite decimals converts to a number, never NaN", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 6 }), (xs) => {
        const n = Fraction.sum(xs.map((x) => Fraction.fromDecimal(x))).toNumber();
        expect(Number.isNaN(n)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe("display (amounts.ts) never prints ∞ or NaN", () => {
  it("shows an exact sum beyond the double range in scientific form", () => {
    const huge = Fraction.fromDecimal(1.7976931348623157e308).mul(10);
    expect(display(huge)).toBe("1.797×10^309");
    expect(display(huge.mul(-1))).toBe("-1.797×10^309");
    expect(display(Infinity)).toBe("（数値の範囲外）");
    expect(display(Fraction.fromDecimal(5e-324))).toBe("0");
  });
});
