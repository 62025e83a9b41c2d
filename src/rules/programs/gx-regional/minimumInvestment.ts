/** 支援対象となる投資額の下限 (GX-MININV-01): 10億円以上、大企業（みなし大企業を含む）は20億円以上. */
import { GX_CURRENT, type GxParams } from "./params";
import type { CompanySize } from "./types";

/**
 * Minimum investment in yen for a company size.
 * @example minimumInvestment("large") //=> 2_000_000_000
 */
export function minimumInvestment(size: CompanySize, p: GxParams = GX_CURRENT): number {
  const v = p.minimumInvestment.value;
  return size === "large" ? v.large : v.default;
}

/** 以上: an investment exactly at the minimum qualifies. */
export function meetsMinimumInvestment(size: CompanySize, investmentYen: number, p: GxParams = GX_CURRENT): boolean {
  return investmentYen >= minimumInvestment(size, p);
}
