/**
 * Technical and energy requirements of the METI cloud program as reported (RULES.md §1.5):
 * PUE ≤ 1.3 recommended (CLOUD-ENV-01), interconnect ≥ 400 Gbps (CLOUD-TECH-01). The source is
 * secondary and not clear on what is mandatory (AMB-05): shortfalls are warnings.
 */
import { Fraction } from "../../lib/fraction";
import type { RuleIssue } from "../../lib/issue";
import { cite } from "../../lib/param";
import { latestEdition, type Edition } from "../../lib/edition";
import { METI_CLOUD_EDITIONS, type MetiCloudParams } from "./params";

/** Facts of the plan. null/undefined = not stated. */
export interface CloudRequirementFacts {
  /** PUE of the facility (design value). */
  readonly pue?: number | null;
  /** GPU interconnect bandwidth in Gbps (per link, as the plan states it). */
  readonly interconnectGbps?: number | null;
}

export type CloudRequirementField = keyof CloudRequirementFacts;

export interface CloudRequirementEvaluation {
  readonly issues: readonly RuleIssue<CloudRequirementField>[];
  /** Rule ids whose check ran on a stated value. */
  readonly checksRun: readonly string[];
}

/**
 * Checks the stated PUE and interconnect bandwidth against the reported targets.
 * @example evaluateCloudRequirements({ pue: 1.4 }).issues[0].ruleId // "CLOUD-ENV-01"
 */
export function evaluateCloudRequirements(
  facts: CloudRequirementFacts,
  edition: Edition<MetiCloudParams> = latestEdition(METI_CLOUD_EDITIONS),
): CloudRequirementEvaluation {
  const p = edition.params;
  const issues: RuleIssue<CloudRequirementField>[] = [];
  const checksRun: string[] = [];
  const { pue, interconnectGbps } = facts;

  if (pue === null || pue === undefined) {
    issues.push(mk("pue", "info", p.pueRecommended, "PUE が記載されていないため、推奨値（PUE ≤ 1.3）との比較は行っていません。"));
  } else if (!Number.isFinite(pue) || pue < 1) {
    issues.push(mk("pue", "warning", p.pueRecommended, `PUE「${pue}」は 1 以上の数値で記入してください（PUE = 施設全体のエネルギー ÷ ICT機器のエネルギー）。`));
  } else {
    checksRun.push(p.pueRecommended.ruleId);
    if (Fraction.fromDecimal(pue).gt(Fraction.fromDecimal(p.pueRecommended.value))) {
      issues.push(mk("pue", "warning", p.pueRecommended,
        `PUE ${pue} は報告書の推奨値 PUE ≤ ${p.pueRecommended.value} を上回っています（推奨であり必須ではありません。AMB-05）。`));
    }
  }

  const minGbps = p.interconnect.value.minGbps;
  if (interconnectGbps === null || interconnectGbps === undefined) {
    issues.push(mk("interconnectGbps", "info", p.interconnect, `インターコネクト帯域が記載されていないため、${minGbps}Gbps 以上かの確認は行っていません。`));
  } else if (!Number.isFinite(interconnectGbps) || interconnectGbps <= 0) {
    issues.push(mk("interconnectGbps", "warning", p.interconnect, `インターコネクト帯域「${interconnectGbps}」は正の数値（Gbps）で記入してください。`));
  } else {
    checksRun.push(p.interconnect.ruleId);
    if (interconnectGbps < minGbps) {
      const tech = p.interconnect.value.technologies.join(" または ");
      issues.push(mk("interconnectGbps", "warning", p.interconnect,
        `インターコネクト帯域 ${interconnectGbps}Gbps は報告書の技術要件（${tech}、帯域 ≥ ${minGbps}Gbps）を下回っています。`));
    }
  }
  return { issues, checksRun };
}

function mk(
  field: CloudRequirementField,
  severity: "warning" | "info",
  src: { ruleId: string; source: MetiCloudParams["rate"]["source"]; locator: string },
  text: string,
): RuleIssue<CloudRequirementField> {
  return {
    row: null,
    field,
    severity,
    ruleId: src.ruleId,
    message: `${text}出典は第三者レポート（二次資料）です（${src.ruleId}）。`,
    citation: cite(src),
  };
}
