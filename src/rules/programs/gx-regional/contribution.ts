/**
 * 地域貢献額の目安 for 立地要件② (GX-CONTRIB-01): the lower of 消費電力量 × 3円/kWh × 3年 and 補助額 × 5%.
 * A guideline (目安), agreed with the municipality — not a hard minimum (AMB-17).
 */
import { Fraction } from "../../lib/fraction";
import { fail, ok, type Result } from "../../lib/result";
import { GX_CURRENT, type GxParams } from "./params";

export interface ContributionGuideline {
  /** 目安 in yen (exact). */
  readonly amount: Fraction;
  /** 消費電力量 × 円/kWh × 年. */
  readonly byConsumption: Fraction;
  /** 補助額 × 5%. */
  readonly bySubsidy: Fraction;
  readonly decidedBy: "consumption" | "subsidy";
}

/**
 * @param annualKWh annual electricity consumption of the site, kWh/year (AMB-17)
 * @param subsidyYen planned subsidy, yen
 * @example regionalContribution(50_000_000, 4_000_000_000).amount.toNumber() //=> 200_000_000 (RULES.md example)
 */
export function regionalContribution(annualKWh: number, subsidyYen: number, p: GxParams = GX_CURRENT): Result<ContributionGuideline> {
  for (const [v, name] of [
    [annualKWh, "年間消費電力量"],
    [subsidyYen, "補助額"],
  ] as const) {
    if (!Number.isFinite(v)) return fail("INVALID_INPUT", `${name}が数値ではありません。`, { path: name });
    if (v < 0) return fail("OUT_OF_DOMAIN", `${name}は0以上で指定してください（入力値: ${v}）。`, { path: name, ruleId: "GX-CONTRIB-01" });
  }
  const byConsumption = Fraction.fromDecimal(annualKWh).mul(p.contributionYenPerKWh.value).mul(p.contributionYears.value);
  const bySubsidy = Fraction.fromDecimal(subsidyYen).mul(Fraction.parse(p.contributionSubsidyShare.value));
  const consumptionLower = byConsumption.lte(bySubsidy);
  return ok({
    amount: consumptionLower ? byConsumption : bySubsidy,
    byConsumption,
    bySubsidy,
    decidedBy: consumptionLower ? "consumption" : "subsidy",
  });
}
