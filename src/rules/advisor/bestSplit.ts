/**
 * The best 年度 split of a dc-zero eligible cost under the per-年度 cap (DC-*-CAP-01, DC-*-PERIOD-01), through
 * subsidyAmount with the edition's params. Apart from the 経費内訳 advisor (./dcZero) so that the custom functions
 * DC.BESTSPLIT / DC.BESTSPLITYEARS carry only this, not the whole expense evaluation.
 */
import { Fraction, ZERO } from "../lib/fraction";
import { DC_ZERO_CURRENT, subsidyAmount, subsidyCap, type DcProjectType, type DcZeroParams } from "../programs/dc-zero";

/** One 年度 of a split: its eligible cost and the part at the lower rate. */
export interface YearPart {
  readonly eligibleYen: number;
  readonly lowerRateYen: number;
}

export interface BestSplit {
  /** Number of 年度 of the best split (the smallest count that reaches the best amount). */
  readonly years: number;
  readonly parts: readonly YearPart[];
  readonly subsidyYen: Fraction;
  /** Subsidy of each 年度 of the split. */
  readonly perYear: readonly Fraction[];
  readonly maxYears: number;
  readonly capYen: number;
  readonly perFiscalYear: boolean;
}

/** Splits an amount in yen into n whole-yen parts (the first ones rounded down, the last takes the rest). */
function splitYen(total: Fraction, n: number): Fraction[] {
  const each = Fraction.of(total.div(n).floor());
  return Array.from({ length: n }, (_, i) => (i < n - 1 ? each : total.sub(each.mul(n - 1))));
}

/**
 * The best 年度 split of an eligible cost within the 事業期間 of the 事業区分 (DC-*-PERIOD-01): for 1 … max 年度,
 * the cost (and its lower-rate part) spread evenly, each 年度 through subsidyAmount (per-年度 cap, DC-*-CAP-01).
 * Even spreading is optimal: each 年度's amount is linear in its cost until the cap, so Σ MIN(xᵢ, cap) reaches
 * MIN(Σ x, n × cap) when no 年度 is above the others.
 * @example bestSplit("new", 900_000_000, 0).subsidyYen // 450,000,000 over 2 年度 (one 年度: 300,000,000)
 */
export function bestSplit(type: DcProjectType, eligibleYen: number, lowerRateYen = 0, params: DcZeroParams = DC_ZERO_CURRENT.params): BestSplit | { error: string; ruleId: string } {
  const cap = subsidyCap(type, params);
  const maxYears = params.maxFiscalYears[type].value;
  const whole = subsidyAmount(type, eligibleYen, lowerRateYen, params);
  if (!whole.ok) return { error: whole.error.message, ruleId: whole.error.ruleId ?? params.cap[type].ruleId };
  let best: BestSplit | null = null;
  for (let n = 1; n <= (cap.perFiscalYear ? maxYears : 1); n++) {
    const e = splitYen(Fraction.fromDecimal(eligibleYen), n);
    const l = splitYen(Fraction.fromDecimal(lowerRateYen), n);
    const perYear = e.map((ei, i) => {
      const r = subsidyAmount(type, ei, Fraction.min(l[i], ei), params);
      return r.ok ? r.value.amount : ZERO;
    });
    const total = Fraction.sum(perYear);
    if (best === null || total.gt(best.subsidyYen)) {
      best = { years: n, parts: e.map((ei, i) => ({ eligibleYen: ei.toNumber(), lowerRateYen: Fraction.min(l[i], ei).toNumber() })), subsidyYen: total, perYear, maxYears, capYen: cap.yen, perFiscalYear: cap.perFiscalYear };
    }
  }
  return best!;
}
