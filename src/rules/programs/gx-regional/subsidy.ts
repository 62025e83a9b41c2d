/**
 * 補助金額 = MIN(補助率 × 補助対象経費, 補助金額の上限) (GX-RATE-02); 0 when 対象外 (GX-MATRIX-01,
 * GX-RATE-03) or below the minimum investment (GX-MININV-01). Exact: no rounding is stated (AMB-26).
 */
import { Fraction, ZERO } from "../../lib/fraction";
import { cite } from "../../lib/param";
import { fail, ineligible, ok, type Ineligible, type Result } from "../../lib/result";
import { yenText } from "./format";
import { minimumInvestment } from "./minimumInvestment";
import { GX_CURRENT, type GxParams } from "./params";
import { rateCell, subsidyCap, subsidyRate } from "./rate";
import { COMPANY_SIZE_JA, type CompanySize, type InvestmentType, type TierOutcome } from "./types";

export interface SubsidyComputation {
  /** 補助金額 in yen, exact. */
  readonly amount: Fraction;
  /** 補助率 applied (0 when 対象外). */
  readonly rate: Fraction;
  readonly capYen: number;
  readonly minimumYen: number;
  /** True when the cap decided the amount. */
  readonly capped: boolean;
  /** Why the amount is 0, or null when a subsidy is computed. */
  readonly ineligible: Ineligible | null;
}

/**
 * Computes the subsidy of one application.
 * @param eligibleCostYen 補助対象経費 in yen (≥ 0)
 * @example subsidyAmount("datacenter", 1, "sme", 30_000_000_000) // amount 15,000,000,000 (GX-RATE-02 example)
 */
export function subsidyAmount(
  type: InvestmentType,
  tier: TierOutcome,
  size: CompanySize,
  eligibleCostYen: number,
  p: GxParams = GX_CURRENT,
): Result<SubsidyComputation> {
  if (!Number.isFinite(eligibleCostYen)) return fail("INVALID_INPUT", "補助対象経費が数値ではありません。", { path: "補助対象経費" });
  if (eligibleCostYen < 0) {
    return fail("OUT_OF_DOMAIN", `補助対象経費は0以上で指定してください（入力値: ${eligibleCostYen}）。`, { path: "補助対象経費", ruleId: "GX-RATE-02" });
  }
  const minimumYen = minimumInvestment(size, p);
  const capYen = subsidyCap(tier, p);
  const none = (why: Ineligible): Result<SubsidyComputation> => ok({ amount: ZERO, rate: ZERO, capYen, minimumYen, capped: false, ineligible: why });

  const cellOrWhy = rateCell(type, tier, p);
  if ("kind" in cellOrWhy) return none(cellOrWhy);
  if (eligibleCostYen < minimumYen) {
    return none(
      ineligible(
        `補助対象経費 ${yenText(eligibleCostYen)} が支援対象となる投資額の下限（${COMPANY_SIZE_JA[size]}: ${yenText(minimumYen)}以上）に達していません（${cite(p.minimumInvestment)}）。`,
        "GX-MININV-01",
      ),
    );
  }
  const rate = subsidyRate(type, tier, size, p);
  const byRate = rate.mul(Fraction.fromDecimal(eligibleCostYen));
  const cap = Fraction.of(capYen);
  const capped = byRate.gt(cap);
  return ok({ amount: capped ? cap : byRate, rate, capYen, minimumYen, capped, ineligible: null });
}
