/**
 * 地域貢献額の目安 for 立地要件② (GX-CONTRIB-01): the lower of 消費電力量 × 3円/kWh × 3年 and 補助額 × 5%.
 * A guideline (目安), agreed with the municipality — not a hard minimum (AMB-17). For No4 / No5 that
 * agreement is a requirement (GX-CONTRIB-02, `contributionAgreement`).
 */
import { nonNegatives } from "../../lib/amounts";
import { Fraction } from "../../lib/fraction";
import { ok, type Result } from "../../lib/result";
import { kwhText, percentText, yenText } from "./format";
import { GX_CURRENT, type GxParams } from "./params";
import type { Tier, TierOutcome } from "./types";

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
  const inputs = nonNegatives("GX-CONTRIB-01", [annualKWh, "年間消費電力量"], [subsidyYen, "補助額"]);
  if (!inputs.ok) return inputs;
  const [kwh, subsidy] = inputs.value;
  const byConsumption = kwh.mul(p.contributionYenPerKWh.value).mul(p.contributionYears.value);
  const bySubsidy = subsidy.mul(Fraction.parse(p.contributionSubsidyShare.value));
  const consumptionLower = byConsumption.lte(bySubsidy);
  return ok({
    amount: consumptionLower ? byConsumption : bySubsidy,
    byConsumption,
    bySubsidy,
    decidedBy: consumptionLower ? "consumption" : "subsidy",
  });
}

export interface ContributionAgreement {
  readonly tier: Tier;
  /** 目安貢献額 (GX-CONTRIB-01), null when 年間消費電力量 or 補助額 is unknown. */
  readonly guideline: ContributionGuideline | null;
  /** Japanese: what must be agreed, with whom, on which basis. */
  readonly message: string;
}

/**
 * GX-CONTRIB-02: for No4 / No5 the municipality and the applicant must agree, based on the 目安貢献額
 * (GX-CONTRIB-01), how the applicant contributes to the 電源立地都道府県 (commitment C of GX-COMMIT-01).
 * @returns null for the other tiers (and 対象外)
 * @example contributionAgreement(4, 50_000_000, 4_000_000_000)?.guideline?.amount.toNumber() //=> 200_000_000
 */
export function contributionAgreement(tier: TierOutcome, annualKWh: number | null, subsidyYen: number | null, p: GxParams = GX_CURRENT): ContributionAgreement | null {
  if (tier === "対象外" || !p.contributionAgreementTiers.value.includes(tier)) return null;
  const g = annualKWh !== null && subsidyYen !== null ? regionalContribution(annualKWh, subsidyYen, p) : null;
  const guideline = g !== null && g.ok ? g.value : null;
  const basis =
    guideline === null
      ? `目安貢献額（消費電力量×${p.contributionYenPerKWh.value}円/kWh×${p.contributionYears.value}年 又は 補助額の${percentText(p.contributionSubsidyShare.value)} の低い方, GX-CONTRIB-01）`
      : `目安貢献額 ${yenText(guideline.amount)}（${kwhText(annualKWh ?? 0)}×${p.contributionYenPerKWh.value}円/kWh×${p.contributionYears.value}年 = ${yenText(guideline.byConsumption)} と 補助額 ${yenText(subsidyYen ?? 0)}×${percentText(p.contributionSubsidyShare.value)} = ${yenText(guideline.bySubsidy)} の低い方, GX-CONTRIB-01）`;
  return {
    tier,
    guideline,
    message: `支援区分 No${tier} のため、${basis}を基に、電源立地都道府県への貢献方法を自治体と調整のうえ合意し、合意を示す書類（自治体のコミットメント C) 需要家による地域貢献）を事務局に提出してください（GX-CONTRIB-02）。目安は上限・下限ではありません（AMB-17）。`,
  };
}
