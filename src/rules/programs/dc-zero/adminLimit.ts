/**
 * 事務費の上限 (MOE-ADMIN-01): a marginal scale — each band's rate applies to the part of the base
 * inside that band (5,000万円以下 6.5%, 5,000万円超1億円以下 5.5%, 1億円超 4.5%).
 */
import { Fraction, ZERO } from "../../lib/fraction";
import { ok, type Result } from "../../lib/result";
import { nonNegative } from "../../lib/amounts";
import { DC_ZERO_CURRENT, type DcZeroParams, type ScaleBand } from "./params";

/**
 * Generic marginal scale: Σ over bands of rate × (part of `base` between the previous band's end and `upTo`).
 * Bands must be in ascending order with the last one open (upTo null).
 * @example marginalScale(Fraction.of(80_000_000), bands) // 0.065 × 50M + 0.055 × 30M = 4,900,000
 */
export function marginalScale(base: Fraction, bands: readonly ScaleBand[]): Fraction {
  let total = ZERO;
  let lower = ZERO;
  for (const band of bands) {
    const upper = band.upTo === null ? null : Fraction.of(band.upTo);
    const top = upper === null ? base : Fraction.min(base, upper);
    if (top.gt(lower)) total = total.add(top.sub(lower).mul(Fraction.parse(band.rate)));
    if (upper === null || base.lte(upper)) break;
    lower = upper;
  }
  return total;
}

/**
 * 事務費 ceiling on 工事費 + 設備費 + 業務費 (yen).
 * @example adminLimit(100_000_000).value // 6,000,000
 * @see params.adminScale
 */
export function adminLimit(baseYen: number | Fraction, params: DcZeroParams = DC_ZERO_CURRENT.params): Result<Fraction> {
  const base = nonNegative(baseYen, "工事費＋設備費＋業務費", params.adminScale.ruleId);
  return base.ok ? ok(marginalScale(base.value, params.adminScale.value)) : base;
}
