/** Japanese display of amounts and rates in messages (values come from params, never restated). */
import { Fraction } from "../../lib/fraction";

const HUNDRED_MILLION = 100_000_000; // 1億 = 10^8 (unit conversion, RULES.md §0.3)

/** "50%" for "50%" / "1/2"; "1/3" when the percentage is not a whole number. */
export function percentText(rate: string | Fraction): string {
  const f = typeof rate === "string" ? Fraction.parse(rate) : rate;
  const pct = f.mul(100);
  return pct.isInteger() ? `${pct.toString()}%` : f.toString();
}

/** 1,234,567 (comma-grouped, no locale dependency). */
export function groupDigits(n: number | bigint): string {
  const s = typeof n === "bigint" ? n.toString() : String(Math.trunc(n));
  const neg = s.startsWith("-");
  const digits = neg ? s.slice(1) : s;
  return (neg ? "-" : "") + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "250億円" when a whole number of 億, else "1,234,567円" (fractions of a yen shown as a fraction). */
export function yenText(amount: number | Fraction): string {
  const f = amount instanceof Fraction ? amount : Fraction.fromDecimal(amount);
  if (!f.isInteger()) return `${f.toNumber()}円`;
  const n = f.num;
  if (n !== 0n && n % BigInt(HUNDRED_MILLION) === 0n) return `${groupDigits(n / BigInt(HUNDRED_MILLION))}億円`;
  return `${groupDigits(n)}円`;
}

/** kWh with digit grouping. */
export const kwhText = (kwh: number): string => `${groupDigits(kwh)}${Number.isInteger(kwh) ? "" : String(kwh).replace(/^-?\d+/, "")}kWh`;

/** A share for display only (the comparison stays exact): 0.4999 → "49.99%", 1/3 → "33.33%". */
export function shareText(share: Fraction): string {
  const pct = share.toNumber() * 100;
  return `${Number(pct.toFixed(2))}%`;
}
