/**
 * 電力要件①② of a 電力調達計画 (GX-PWR-01, GX-PWR-02) with the AMB-28 reading: certificates fill
 * the gap to 100% for ①, never count for ②. Also names the 電源立地都道府県.
 */
import { Fraction, ZERO } from "../../lib/fraction";
import { acceptedCertificatesText } from "./sourceTypes";
import { kwhText, percentText, shareText } from "./format";
import type { GxParams } from "./params";
import { planIssue } from "./planIssue";
import { meetsPower1, meetsPower2 } from "./power";
import type { CountedLine } from "./powerPlanLines";
import { sumPlan, type PlanKWh } from "./powerPlanShares";
import type { PowerPlanIssue } from "./powerPlanTypes";

export interface PlanPower {
  readonly use: Fraction;
  readonly plan: PlanKWh;
  readonly power1: boolean;
  readonly power2: boolean;
  /** 電源立地都道府県: the top prefecture when ② holds, else null. */
  readonly sourcePrefecture: string | null;
  readonly issues: readonly PowerPlanIssue[];
}

const kwh = (f: Fraction): string => kwhText(f.toNumber());

/**
 * Evaluates ① and ② for an annual use (kWh/year, > 0).
 * @param sitePrefecture breaks a tie between two prefectures at the same kWh in the site's favour
 */
export function planPower(lines: readonly CountedLine[], annualUseKWh: number, sitePrefecture: string | null, p: GxParams): PlanPower {
  const issues: PowerPlanIssue[] = [];
  const use = Fraction.fromDecimal(annualUseKWh);
  const plan = sumPlan(lines, sitePrefecture);

  // ① 全量: sources + certificates (certificates only fill the gap, AMB-28).
  const gap = Fraction.max(ZERO, use.sub(plan.decarbonised));
  const power1 = meetsPower1(plan.decarbonised.add(plan.certificates).div(use), p);
  const full = percentText(p.power1Share.value);
  if (!power1) {
    const missing = gap.sub(plan.certificates);
    issues.push(
      planIssue(
        null,
        null,
        "error",
        "GX-PWR-01",
        `脱炭素電力は ${kwh(plan.decarbonised)}、証書は ${kwh(plan.certificates)} で、年間使用電力量 ${kwh(use)} の${full}（全量）に ${kwh(missing)} 足りません（電力要件①, GX-PWR-01）。不足分は脱炭素電源か証書（${acceptedCertificatesText(p)}）で補ってください。`,
      ),
    );
  } else if (plan.certificates.gt(gap)) {
    issues.push(
      planIssue(null, null, "info", "GX-PWR-09", `証書 ${kwh(plan.certificates)} のうち、電力要件①に必要なのは不足分 ${kwh(gap)} のみです。証書は電力要件②・支援区分の算定には含めません。`),
    );
  }
  if (plan.nonDecarbonised.gt(plan.certificates)) {
    issues.push(
      planIssue(null, null, "warning", "GX-PWR-09", `脱炭素電力ではない調達 ${kwh(plan.nonDecarbonised)} に対して、証書は ${kwh(plan.certificates)} です。使用する電力の全量を証書等で脱炭素電力とする必要があります（GX-PWR-09）。`),
    );
  }

  // ② ≥ 50% from one prefecture (physical / contracted procurement only).
  const top = plan.topPrefecture;
  const topKWh = top === null ? ZERO : plan.byPrefecture.get(top)!.total;
  const topShare = topKWh.div(use);
  const power2 = meetsPower2(topShare, p);
  const need = percentText(p.power2Share.value);
  if (power2) {
    issues.push(planIssue(null, null, "info", "GX-PWR-02", `電源立地都道府県: ${top}（${kwh(topKWh)}、年間使用電力量の ${shareText(topShare)}）。電力要件②（${need}以上）を満たしています。`));
  } else {
    const best = top === null ? "都道府県ごとの脱炭素電源の調達がありません" : `同一都道府県からの調達は最大で ${top} の ${kwh(topKWh)}（${shareText(topShare)}）です`;
    issues.push(planIssue(null, null, "error", "GX-PWR-02", `${best}。電力要件②では年間使用電力量の${need}以上を同一都道府県から調達する必要があります（GX-PWR-02）。`));
    if (plan.certificates.gt(ZERO) && meetsPower2(topKWh.add(plan.certificates).div(use), p)) {
      issues.push(planIssue(null, null, "warning", "GX-PWR-02", `証書を含めれば${need}に届きますが、証書は電力要件②の算定に含めません（AMB-28の読み方）。`));
    }
  }
  return { use, plan, power1, power2, sourcePrefecture: power2 ? top : null, issues };
}
