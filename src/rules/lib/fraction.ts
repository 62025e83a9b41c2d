/**
 * Exact rational numbers for rates (1/2, 1/3, 50%) and money × rate.
 * The documents state rates as fractions and no rounding (RULES.md §0.3, AMB-30),
 * so amounts stay exact until they leave the core (`toNumber`).
 */
export class Fraction {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static of(num: number | bigint, den: number | bigint = 1): Fraction {
    const n = toBigInt(num);
    const d = toBigInt(den);
    if (d === 0n) throw new RangeError("Fraction: zero denominator");
    const sign = d < 0n ? -1n : 1n;
    const g = gcd(abs(n), abs(d)) || 1n;
    return new Fraction((sign * n) / g, (sign * d) / g);
  }

  /**
   * Parses a rate as the documents write it: "1/2", "3分の1", "50%", "4.5%", "0.065", 12000.
   * Throws RangeError on malformed text: parameter tables are programmer input.
   */
  static parse(text: string | number): Fraction {
    if (typeof text === "number") return Fraction.fromDecimal(text);
    const s = text.normalize("NFKC").replace(/\s/g, "");
    let m = /^(-?\d+)\/(\d+)$/.exec(s);
    if (m) return Fraction.of(BigInt(m[1]), BigInt(m[2]));
    m = /^(\d+)分の(\d+)$/.exec(s);
    if (m) return Fraction.of(BigInt(m[2]), BigInt(m[1]));
    m = /^(-?\d+(?:\.\d+)?)%$/.exec(s);
    if (m) return Fraction.fromDecimal(m[1]).div(Fraction.of(100));
    m = /^-?\d+(?:\.\d+)?$/.exec(s);
    if (m) return Fraction.fromDecimal(s);
    throw new RangeError(`Fraction: cannot parse "${text}"`);
  }

  /** Exact conversion of a finite decimal (as written in base 10). */
  static fromDecimal(value: number | string): Fraction {
    const s = typeof value === "number" ? decimalString(value) : value;
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
    if (!m) throw new RangeError(`Fraction: not a finite decimal: ${s}`);
    const frac = m[3] ?? "";
    const n = BigInt(m[2] + frac) * (m[1] === "-" ? -1n : 1n);
    return Fraction.of(n, 10n ** BigInt(frac.length));
  }

  add(o: Fraction): Fraction {
    // Whole amounts (yen) are most sums: already in lowest terms, no common factor to look for.
    if (this.den === 1n && o.den === 1n) return new Fraction(this.num + o.num, 1n);
    return Fraction.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Fraction): Fraction {
    if (this.den === 1n && o.den === 1n) return new Fraction(this.num - o.num, 1n);
    return Fraction.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Fraction | number): Fraction {
    const f = o instanceof Fraction ? o : Fraction.fromDecimal(o);
    return Fraction.of(this.num * f.num, this.den * f.den);
  }
  div(o: Fraction | number): Fraction {
    const f = o instanceof Fraction ? o : Fraction.fromDecimal(o);
    if (f.num === 0n) throw new RangeError("Fraction: division by zero");
    return Fraction.of(this.num * f.den, this.den * f.num);
  }
  compare(o: Fraction): -1 | 0 | 1 {
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  lte(o: Fraction): boolean {
    return this.compare(o) <= 0;
  }
  lt(o: Fraction): boolean {
    return this.compare(o) < 0;
  }
  gte(o: Fraction): boolean {
    return this.compare(o) >= 0;
  }
  gt(o: Fraction): boolean {
    return this.compare(o) > 0;
  }
  eq(o: Fraction): boolean {
    return this.compare(o) === 0;
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }
  /** Largest integer ≤ this (切り捨て for positive values). */
  floor(): bigint {
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }
  /**
   * The nearest double. Numerator and denominator beyond 1.8e308 (a 400-digit input, a subnormal such as
   * 5e-324 read exactly) are divided in bigint first: Number(num) / Number(den) would be ∞/∞ = NaN.
   * A value beyond the double range is ±Infinity, which callers report (never NaN).
   */
  toNumber(): number {
    const n = Number(this.num);
    const d = Number(this.den);
    if (Number.isFinite(n) && Number.isFinite(d)) return n / d;
    const negative = this.num < 0n;
    const a = negative ? -this.num : this.num;
    // Scale so that the integer quotient keeps about 20 significant digits, then let Number() round.
    const shift = Math.max(0, 20 - (a.toString().length - this.den.toString().length));
    const q = (a * 10n ** BigInt(shift)) / this.den;
    const v = Number(`${q}e-${shift}`);
    return negative ? -v : v;
  }
  /** "1/2", "-3/4", "12" */
  toString(): string {
    return this.den === 1n ? `${this.num}` : `${this.num}/${this.den}`;
  }
  static min(a: Fraction, b: Fraction): Fraction {
    return a.lte(b) ? a : b;
  }
  static max(a: Fraction, b: Fraction): Fraction {
    return a.gte(b) ? a : b;
  }
  static sum(values: readonly Fraction[]): Fraction {
    return values.reduce((acc, v) => acc.add(v), ZERO);
  }
}

export const ZERO = Fraction.of(0);
export const ONE = Fraction.of(1);

function toBigInt(v: number | bigint): bigint {
  if (typeof v === "bigint") return v;
  if (!Number.isInteger(v)) throw new RangeError(`Fraction: not an integer: ${v}`);
  return BigInt(v);
}

function abs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

/** Shortest decimal text of a finite number without exponent ("1e-7" → "0.0000001"). */
function decimalString(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Fraction: not finite: ${n}`);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const [mant, expText] = s.toLowerCase().split("e");
  const exp = Number(expText);
  const neg = mant.startsWith("-");
  const [int, frac = ""] = mant.replace("-", "").split(".");
  const digits = int + frac;
  const point = int.length + exp;
  let out: string;
  if (point <= 0) out = "0." + "0".repeat(-point) + digits;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = digits.slice(0, point) + "." + digits.slice(point);
  return (neg ? "-" : "") + out;
}
