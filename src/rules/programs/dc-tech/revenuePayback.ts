/**
 * 収益納付 (DCTECH-REV-01/02): 収益納付額 = (A − B) × C / D − E, only when A − B > 0 (注1);
 * never below 0 (AMB-44). For multi-year projects B, C, D are cumulative (注4, AMB-44).
 */
import { Fraction } from "../../lib/fraction";
import { fail, ok, type Result } from "../../lib/result";
import { exact, nonNegatives } from "../dc-zero/amounts";

const RULE = "DCTECH-REV-01";

export interface RevenuePaybackInput {
  /** A 収益額: cumulative revenue attributable to the project, net of related costs (yen; may be negative). */
  readonly revenueYen: number;
  /** B 控除額: the grantee's own share of the project costs (yen). */
  readonly deductionYen: number;
  /** C 補助金確定額 (yen). */
  readonly grantYen: number;
  /** D 補助事業に係る支出額: project costs + costs added after the project (yen). */
  readonly expenditureYen: number;
  /** E 納付額: amounts already paid back in earlier years (yen). */
  readonly alreadyPaidYen?: number;
}

/**
 * 収益納付額 in yen, exact.
 * @example revenuePayback({ revenueYen: 100, deductionYen: 40, grantYen: 30, expenditureYen: 90, alreadyPaidYen: 5 }).value // 15
 */
export function revenuePayback(input: RevenuePaybackInput): Result<Fraction> {
  const a = exact(input.revenueYen, "A 収益額", RULE);
  if (!a.ok) return a;
  const rest = nonNegatives(RULE, [input.deductionYen, "B 控除額"], [input.grantYen, "C 補助金確定額"], [input.expenditureYen, "D 補助事業に係る支出額"], [input.alreadyPaidYen ?? 0, "E 納付額"]);
  if (!rest.ok) return rest;
  const [b, c, d, e] = rest.value;
  if (d.isZero()) return fail("DIVISION_BY_ZERO", `D 補助事業に係る支出額が0のため、収益納付額を計算できません（${RULE}）。`, { ruleId: RULE, path: "D 補助事業に係る支出額" });
  const profit = a.value.sub(b);
  if (profit.num <= 0n) return ok(Fraction.of(0));
  return ok(Fraction.max(profit.mul(c).div(d).sub(e), Fraction.of(0)));
}
