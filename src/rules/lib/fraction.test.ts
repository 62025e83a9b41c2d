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
