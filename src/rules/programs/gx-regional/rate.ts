/**
 * 補助率 and 補助金額の上限 of the support-intensity table (GX-RATE-01, GX-RATE-03).
 * Rates are exact fractions: 大企業 gets the parenthesised rate, 中堅・中小 the headline rate (SPEC §8, AMB-11).
 */
import { Fraction, ZERO } from "../../lib/fraction";
import { cite } from "../../lib/param";
import { ineligible, type Ineligible } from "../../lib/result";
import { GX_CURRENT, type GxParams, type RateCell, type RateRow } from "./params";
import { INVESTMENT_TYPE_JA, type CompanySize, type InvestmentType, type Tier, type TierOutcome } from "./types";

/** The row of GX-RATE-01 for a tier. */
export function rateRow(tier: Tier, p: GxParams = GX_CURRENT): RateRow {
  const row = p.rateTable.value.find((r) => r.no === tier);
  if (!row) throw new RangeError(`GX-RATE-01: no row for No${tier}`);
  return row;
}

/** The rate cell for a type and tier, or 対象外 with its reason (支援区分 対象外; DC No4/No5 — GX-RATE-03). */
export function rateCell(type: InvestmentType, tier: TierOutcome, p: GxParams = GX_CURRENT): RateCell | Ineligible {
  if (tier === "対象外") return ineligible("支援区分が対象外のため、補助はありません。", "GX-MATRIX-01");
  const c = rateRow(tier, p)[type];
  if (c === null) {
    return ineligible(`${INVESTMENT_TYPE_JA[type]}は No${tier} の対象外です（${cite(p.rateTable)}）。`, "GX-RATE-03");
  }
  return c;
}

/**
 * 補助率 as an exact fraction; 0 when 対象外.
 * @example subsidyRate("datacenter", 3, "large").toString() //=> "1/5"
 */
export function subsidyRate(type: InvestmentType, tier: TierOutcome, size: CompanySize, p: GxParams = GX_CURRENT): Fraction {
  const c = rateCell(type, tier, p);
  if ("kind" in c) return ZERO;
  return Fraction.parse(size === "large" ? c.large : c.headline);
}

/**
 * 補助金額の上限 in yen (the same for both types); 0 when 対象外.
 * @example subsidyCap(3) //=> 10_000_000_000
 */
export function subsidyCap(tier: TierOutcome, p: GxParams = GX_CURRENT): number {
  return tier === "対象外" ? 0 : rateRow(tier, p).capYen;
}
