/**
 * How a plan meets 電力要件② — the inputs of the 17-row table: 立地要件 (GX-LOC-01/02), 電源との紐づき
 * and 電源の種類 inside the 電源立地都道府県, with the readings AMB-12 (the same kWh must be both
 * 自家発・CPPA and 新設・再稼働) and AMB-23 (立地要件②: CPPA only, 自家発 not counted).
 */
import { Fraction } from "../../lib/fraction";
import { kwhText, percentText } from "./format";
import { locationRequirement } from "./location";
import type { GxParams } from "./params";
import { planIssue } from "./planIssue";
import { meetsPower2 } from "./power";
import type { PlanPower } from "./powerPlanPower";
import { prefectureKWh } from "./powerPlanShares";
import type { PowerPlanIssue } from "./powerPlanTypes";
import type { InvestmentType, Linkage, LocationRequirement, SourceKind } from "./types";

export interface PlanRoute {
  /** 立地要件 met; null when not met (`failure`) or not decidable (`undecided`). */
  readonly location: LocationRequirement | null;
  readonly failure: { readonly ruleId: string; readonly message: string } | null;
  readonly undecided: string | null;
  readonly linkage: Linkage;
  readonly sourceKind: SourceKind;
  /** ② is met by 新設・再稼働電源 only (any procurement). */
  readonly newOnlyMeetsPower2: boolean;
  /** ② is met by 自家発電・CPPA only (CPPA only on the remote route). */
  readonly selfCppaMeetsPower2: boolean;
  readonly issues: readonly PowerPlanIssue[];
}

/**
 * @param power the plan's ①② (② must hold: `power.sourcePrefecture` is set)
 * @param remoteContribution 立地要件② declared; null = not stated
 */
export function planRoute(
  type: InvestmentType,
  sitePrefecture: string | null,
  remoteContribution: boolean | null,
  power: PlanPower,
  p: GxParams,
): PlanRoute {
  const issues: PowerPlanIssue[] = [];
  const source = power.sourcePrefecture;
  if (source === null) throw new RangeError("planRoute: 電力要件② must hold");

  let location: LocationRequirement | null = null;
  let failure: PlanRoute["failure"] = null;
  let undecided: string | null = null;
  if (sitePrefecture === null) {
    undecided = "事業実施場所が未記入のため、立地要件と支援区分を判定していません。";
  } else if (type === "manufacturing" && sitePrefecture !== source && remoteContribution === null) {
    undecided = "立地要件②（企業版ふるさと納税・地域共生基金等による地域貢献）の有無が未記入のため、立地要件と支援区分を判定していません。";
    issues.push(planIssue(null, "remoteContribution", "info", "GX-LOC-01", `事業実施場所（${sitePrefecture}）が電源立地都道府県（${source}）ではありません。${undecided}`));
  } else {
    const d = locationRequirement(type, sitePrefecture, source, remoteContribution === true);
    if (d.met !== null) location = d.met;
    else {
      failure = { ruleId: d.ruleId, message: d.message };
      issues.push(planIssue(null, "sitePrefecture", "error", d.ruleId, d.message));
    }
  }
  if (type === "datacenter" && remoteContribution === true) {
    issues.push(planIssue(null, "remoteContribution", "warning", "GX-LOC-02", "DC設備投資型では立地要件②（企業版ふるさと納税等による地域貢献）は認められません。立地要件①のみで判定しました（GX-LOC-02）。"));
  }

  const k = prefectureKWh(power.plan, source);
  const share = (f: Fraction): boolean => meetsPower2(f.div(power.use), p);
  const remote = location === "remote";
  const selfCppaMeetsPower2 = share(remote ? k.cppa : k.self.add(k.cppa));
  const newOnlyMeetsPower2 = share(k.new);
  const jointMeetsPower2 = share(remote ? k.cppaNew : k.selfNew.add(k.cppaNew));
  const linkage: Linkage = selfCppaMeetsPower2 ? "selfCppa" : "menu";
  const sourceKind: SourceKind = (linkage === "selfCppa" ? jointMeetsPower2 : newOnlyMeetsPower2) ? "newOnly" : "includesExisting";

  if (linkage === "selfCppa" && newOnlyMeetsPower2 && !jointMeetsPower2) {
    const need = percentText(p.power2Share.value);
    issues.push(
      planIssue(null, null, "warning", "GX-MATRIX-01", `自家発・CPPAによる調達と新設・再稼働電源からの調達はそれぞれ${need}以上ですが、同じ電力量で両方を満たす部分は${need}未満です。同一の調達で両方を満たす必要があると読み、「既設電源含めて」として判定しました（AMB-12の読み方）。`),
    );
  }
  if (remote && k.self.gt(Fraction.of(0))) {
    issues.push(
      planIssue(null, null, "warning", "GX-MATRIX-01", `立地要件②の場合、支援強度表は「CPPAのみ」で電力要件②を満たすことを求めています。自家発電 ${kwhText(k.self.toNumber())} は電源との紐づきの集計に含めていません（AMB-23の読み方）。`),
    );
  }
  return { location, failure, undecided, linkage, sourceKind, newOnlyMeetsPower2, selfCppaMeetsPower2, issues };
}
