/**
 * Checked conversion of user amounts (yen, kWh, t-CO2, years) to exact fractions: finite and ≥ 0,
 * else a typed failure (INVALID_INPUT / OUT_OF_DOMAIN) naming the input in Japanese.
 */
import { Fraction } from "./fraction";
import { fail, ok, type Result } from "./result";

/** A non-negative amount as an exact fraction. `nameJa` names the input in the message. */
export function nonNegative(value: number | Fraction, nameJa: string, ruleId?: string): Result<Fraction> {
  const f = exact(value, nameJa, ruleId);
  if (!f.ok) return f;
  if (f.value.num < 0n) {
    return fail("OUT_OF_DOMAIN", `${nameJa}は0以上で指定してください（入力値: ${display(f.value)}）。`, { path: nameJa, ...(ruleId ? { ruleId } : {}) });
  }
  return f;
}

/**
 * Several non-negative amounts at once, in order; the first bad one fails.
 * @example const r = nonNegatives("DC-CONT-REQ-06", [cost, "補助対象経費"], [t, "年間CO2削減量"]); const [c, tt] = r.value;
 */
export function nonNegatives(ruleId: string | undefined, ...inputs: readonly (readonly [number | Fraction, string])[]): Result<Fraction[]> {
  const values: Fraction[] = [];
  for (const [value, nameJa] of inputs) {
    const f = nonNegative(value, nameJa, ruleId);
    if (!f.ok) return f;
    values.push(f.value);
  }
  return ok(values);
}

/** Any finite number as an exact fraction. */
export function exact(value: number | Fraction, nameJa: string, ruleId?: string): Result<Fraction> {
  if (value instanceof Fraction) return ok(value);
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return fail("INVALID_INPUT", `${nameJa}が数値ではありません。`, { path: nameJa, ...(ruleId ? { ruleId } : {}) });
  }
  return ok(Fraction.fromDecimal(value));
}

/** What `toLocaleString("ja-JP", { maximumFractionDigits: 2 })` gives, with one formatter instead of one per call. */
const JA_AMOUNT = new Intl.NumberFormat("ja-JP", { maximumFractionDigits: 2 });

/** "12,345" / "0.5" for messages. */
export function display(value: Fraction | number): string {
  const n = value instanceof Fraction ? value.toNumber() : value;
  if (Number.isFinite(n)) return JA_AMOUNT.format(n);
  // Beyond the double range (sums of 1e308 amounts): scientific text from the exact value, never "∞" or "NaN".
  if (!(value instanceof Fraction)) return "（数値の範囲外）";
  const int = value.floor();
  const digits = (int < 0n ? -int : int).toString();
  return `${int < 0n ? "-" : ""}${digits[0]}.${digits.slice(1, 4)}×10^${digits.length - 1}`;
}

/** Yen for messages: "300,000,000円". */
export function yen(value: Fraction | number): string {
  return `${display(value)}円`;
}
