/**
 * Evaluates a 電力調達計画 (SPEC §5): per-line checks, 電力要件①②, 立地要件, 補助対象外ケース, the tier
 * of the 17-row table with its reason, and rate / cap / subsidy / minimum investment.
 * Facts that are not stated give `info` issues ("… が未記入のため判定していません"), never errors.
 */
import { contributionAgreement } from "./contribution";
import { exclusionCases } from "./exclusions";
import { percentText, yenText } from "./format";
import { isOmitted } from "./isOmitted";
import { minimumInvestment } from "./minimumInvestment";
import { GX_CURRENT, type GxParams } from "./params";
import { planIssue } from "./planIssue";
import { readProcurementLine, type CountedLine } from "./powerPlanLines";
import { planPower, type PlanPower } from "./powerPlanPower";
import { planRoute, type PlanRoute } from "./powerPlanRoute";
import type { PowerPlanEvaluation, PowerPlanFactField, PowerPlanFacts, PowerPlanIssue, ProcurementLine } from "./powerPlanTypes";
import { normalizePrefecture } from "./prefectures";
import { subsidyCap, subsidyRate } from "./rate";
import { subsidyAmount } from "./subsidy";
import { determineTier, type TierDecision } from "./tier";
import { COMPANY_SIZE_JA, type InvestmentType, type TierConditions, type TierOutcome } from "./types";

/** What each missing fact prevents (info issues). */
const MISSING_FACT: Readonly<Partial<Record<PowerPlanFactField, { ruleId: string; text: string }>>> = {
  investmentType: { ruleId: "GX-MATRIX-01", text: "投資類型（製造 / DC）が未記入のため、支援区分と補助率を判定していません。" },
  companySize: { ruleId: "GX-RATE-01", text: "企業規模（大企業 / 中堅 / 中小）が未記入のため、補助率と投資額の下限を判定していません。" },
  sitePrefecture: { ruleId: "GX-LOC-01", text: "事業実施場所が未記入のため、立地要件を判定していません。" },
  annualUseKWh: { ruleId: "GX-PWR-01", text: "年間使用電力量が未記入のため、電力要件①②を判定していません。" },
  eligibleCostYen: { ruleId: "GX-RATE-02", text: "補助対象経費が未記入のため、補助金額と投資額の下限を判定していません。" },
  supplyRegion: { ruleId: "GX-SUPPLY-01", text: "脱炭素電力供給地域（該当 / 非該当）が未記入のため、支援区分がそれに左右される場合は判定していません。" },
};

interface Decision {
  readonly tier: TierOutcome | null;
  readonly reason: string;
  readonly ruleId: string | null;
}

interface Context {
  readonly facts: PowerPlanFacts;
  readonly p: GxParams;
  readonly issues: PowerPlanIssue[];
  readonly checks: Set<string>;
}

function readLines(lines: readonly ProcurementLine[], ctx: Context): CountedLine[] {
  const counted: CountedLine[] = [];
  let contractsComplete = true;
  for (const line of lines) {
    const r = readProcurementLine(line, ctx.p);
    ctx.issues.push(...r.issues);
    if (r.counted) counted.push(r.counted);
    if (r.contractChecked === false) contractsComplete = false;
  }
  if (lines.length === 0) {
    ctx.issues.push(planIssue(null, null, "info", "GX-PWR-01", "電力調達の行がないため、電力要件①②と支援区分を判定していません。"));
  } else {
    ctx.checks.add("GX-SRC-01");
    ctx.checks.add("GX-PWR-09");
    if (contractsComplete) ctx.checks.add("GX-CONTRACT-01");
  }
  return counted;
}

function readFacts(ctx: Context): { site: string | null; useKWh: number | null } {
  const f = ctx.facts;
  for (const [field, m] of Object.entries(MISSING_FACT) as [PowerPlanFactField, { ruleId: string; text: string }][]) {
    if (isOmitted(f[field])) ctx.issues.push(planIssue(null, field, "info", m.ruleId, m.text));
  }
  let site: string | null = null;
  if (!isOmitted(f.sitePrefecture)) {
    const n = normalizePrefecture(String(f.sitePrefecture));
    if (!n.known) ctx.issues.push(planIssue(null, "sitePrefecture", "warning", "GX-LOC-01", `事業実施場所「${f.sitePrefecture}」を都道府県名として認識できません。表記のまま比較しました。`));
    site = n.name;
  }
  let useKWh: number | null = null;
  if (f.annualUseKWh !== null && f.annualUseKWh !== undefined) {
    if (Number.isFinite(f.annualUseKWh) && f.annualUseKWh > 0) useKWh = f.annualUseKWh;
    else ctx.issues.push(planIssue(null, "annualUseKWh", "error", "GX-PWR-01", `年間使用電力量は0より大きいkWhで入力してください（入力値: ${f.annualUseKWh}）。`));
  }
  return { site, useKWh };
}

/** The 17-row table, trying both values of an unstated 脱炭素電力供給地域: the tier stands when both agree. */
function tierWithSupplyRegion(type: InvestmentType, cond: Omit<TierConditions, "supplyRegion">, supplyRegion: boolean | null, p: GxParams): TierDecision | null {
  if (supplyRegion !== null) return determineTier(type, { ...cond, supplyRegion }, p);
  const yes = determineTier(type, { ...cond, supplyRegion: true }, p);
  const no = determineTier(type, { ...cond, supplyRegion: false }, p);
  if (yes.tier !== no.tier) return null;
  return { ...yes, reason: `脱炭素電力供給地域は未記入ですが、該当（#${yes.row.no}）・非該当（#${no.row.no}）のどちらでも同じ結果です。${yes.reason}` };
}

/**
 * @param hypothesis Japanese clause prefixed to each message when the route is assumed rather than met
 *   (a DC that fails GX-LOC-02, checked as if its site were in the 電源立地都道府県).
 */
function checkExclusions(type: InvestmentType, route: PlanRoute, counted: readonly CountedLine[], ctx: Context, hypothesis = ""): { hardC: string | null } {
  if (route.location === null) return { hardC: null };
  const supplyRegion = ctx.facts.supplyRegion ?? null;
  const aDecidable = supplyRegion !== null || route.newOnlyMeetsPower2;
  const found = exclusionCases(
    {
      type,
      supplyRegion: supplyRegion ?? true,
      location: route.location,
      newOnlyMeetsPower2: route.newOnlyMeetsPower2,
      selfCppaMeetsPower2: route.selfCppaMeetsPower2,
      menuKinds: counted.filter((l) => l.kind === "source" && l.procurement === "menu").map((l) => l.menuKind),
    },
    ctx.p,
  );
  for (const e of found) ctx.issues.push(planIssue(null, null, e.severity, "GX-EXCL-01", hypothesis + e.message));
  if (!aDecidable) {
    ctx.issues.push(planIssue(null, "supplyRegion", "info", "GX-EXCL-01", "脱炭素電力供給地域が未記入のため、補助対象外となるケースA（供給地域外で新設・再稼働電源のみでは電力要件②を満たさない）を判定していません。"));
  }
  if (aDecidable && !found.some((e) => e.severity === "info")) ctx.checks.add("GX-EXCL-01");
  const hard = found.find((e) => e.exclusionCase === "C" && e.severity === "error");
  return { hardC: hard ? hard.message : null };
}

function decideTier(type: InvestmentType | null, site: string | null, power: PlanPower | null, counted: readonly CountedLine[], ctx: Context): Decision {
  if (type === null) return { tier: null, reason: "投資類型が未記入のため判定していません。", ruleId: null };
  if (power === null) return { tier: null, reason: "電力調達の行または年間使用電力量がないため判定していません。", ruleId: null };
  const p = ctx.p;
  if (!power.power2) {
    // Row 17: only 電力要件② is a condition; the other values are placeholders.
    const d = determineTier(type, { power2: false, supplyRegion: false, location: "site", sourceKind: "newOnly", linkage: "selfCppa" }, p);
    ctx.checks.add("GX-MATRIX-01");
    return { tier: d.tier, reason: d.reason, ruleId: d.ruleId };
  }
  const route = planRoute(type, site, ctx.facts.remoteContribution ?? null, power, p);
  ctx.issues.push(...route.issues);
  if (site !== null) ctx.checks.add(type === "datacenter" ? "GX-LOC-02" : "GX-LOC-01");
  if (route.failure) {
    // The only remedy for GX-LOC-02 is a site in the 電源立地都道府県: say now whether the plan would still be
    // excluded then (補助対象外ケース), so the applicant sees every obstacle at once, not one per fix.
    if (type === "datacenter" && route.failure.ruleId === "GX-LOC-02") {
      checkExclusions(type, { ...route, location: "site" }, counted, ctx, `事業実施場所を電源立地都道府県（${power.sourcePrefecture}）にした場合でも: `);
    }
    return { tier: "対象外", reason: route.failure.message, ruleId: route.failure.ruleId };
  }
  if (route.location === null) return { tier: null, reason: route.undecided ?? "立地要件を判定していません。", ruleId: null };

  const { hardC } = checkExclusions(type, route, counted, ctx);
  const d = tierWithSupplyRegion(type, { power2: true, location: route.location, sourceKind: route.sourceKind, linkage: route.linkage }, ctx.facts.supplyRegion ?? null, p);
  if (d === null) return { tier: null, reason: "脱炭素電力供給地域（該当 / 非該当）が未記入で、支援区分がそれによって変わるため判定していません。", ruleId: null };
  ctx.checks.add("GX-MATRIX-01");
  ctx.checks.add("GX-PWR-03");
  if (hardC !== null && d.tier !== "対象外") return { tier: "対象外", reason: `${hardC}（表の判定: ${d.reason}）`, ruleId: "GX-EXCL-01" };
  return { tier: d.tier, reason: d.reason, ruleId: d.ruleId };
}

interface Money {
  readonly rate: number | null;
  readonly rateText: string | null;
  readonly capYen: number | null;
  readonly subsidyYen: number | null;
  readonly minimumInvestmentYen: number | null;
}

function computeMoney(type: InvestmentType | null, tier: TierOutcome | null, ctx: Context): Money {
  const { facts, p, issues, checks } = ctx;
  const size = facts.companySize;
  let cost = facts.eligibleCostYen;
  if (cost !== null && cost !== undefined && (!Number.isFinite(cost) || cost < 0)) {
    issues.push(planIssue(null, "eligibleCostYen", "error", "GX-RATE-02", `補助対象経費は0以上の円で入力してください（入力値: ${cost}）。`));
    cost = null;
  }
  const minimumInvestmentYen = size ? minimumInvestment(size, p) : null;
  if (size && cost !== null && cost !== undefined && minimumInvestmentYen !== null) {
    checks.add("GX-MININV-01");
    if (cost < minimumInvestmentYen) {
      issues.push(
        planIssue(null, "eligibleCostYen", "error", "GX-MININV-01", `補助対象経費 ${yenText(cost)} が、支援対象となる投資額の下限（${COMPANY_SIZE_JA[size]}: ${yenText(minimumInvestmentYen)}以上）に達していません（GX-MININV-01）。`),
      );
    }
  }
  if (type === null || tier === null) return { rate: null, rateText: null, capYen: null, subsidyYen: null, minimumInvestmentYen };
  if (tier === "対象外") return { rate: 0, rateText: "0", capYen: 0, subsidyYen: 0, minimumInvestmentYen };
  const capYen = subsidyCap(tier, p);
  if (!size) return { rate: null, rateText: null, capYen, subsidyYen: null, minimumInvestmentYen };
  const rate = subsidyRate(type, tier, size, p);
  checks.add("GX-RATE-01");
  let subsidyYen: number | null = null;
  if (cost !== null && cost !== undefined) {
    const s = subsidyAmount(type, tier, size, cost, p);
    if (s.ok) {
      subsidyYen = s.value.amount.toNumber();
      checks.add("GX-RATE-02");
      const how = s.value.ineligible
        ? s.value.ineligible.reason
        : `補助率 ${rate.toString()}（${COMPANY_SIZE_JA[size]}）× 補助対象経費 ${yenText(cost)}${s.value.capped ? ` が上限 ${yenText(capYen)} を超えるため上限額` : `、上限 ${yenText(capYen)}`}`;
      issues.push(planIssue(null, "eligibleCostYen", "info", "GX-RATE-02", `補助金額: ${yenText(s.value.amount)}（${how}）。`));
    }
  }
  return { rate: rate.toNumber(), rateText: rate.toString(), capYen, subsidyYen, minimumInvestmentYen };
}

/**
 * Evaluates a 電力調達計画.
 * @param lines one line per source or certificate purchase
 * @param facts the facts block (null = not stated)
 */
export function evaluatePowerPlan(lines: readonly ProcurementLine[], facts: PowerPlanFacts, p: GxParams = GX_CURRENT): PowerPlanEvaluation {
  const ctx: Context = { facts, p, issues: [], checks: new Set<string>() };
  const counted = readLines(lines, ctx);
  const { site, useKWh } = readFacts(ctx);
  const type = facts.investmentType;

  let power: PlanPower | null = null;
  if (lines.length > 0 && useKWh !== null) {
    power = planPower(counted, useKWh, site, p);
    ctx.issues.push(...power.issues);
    ctx.checks.add("GX-PWR-01");
    ctx.checks.add("GX-PWR-02");
  }

  let decision = decideTier(type, site, power, counted, ctx);
  if (decision.tier !== null && decision.tier !== "対象外" && power !== null && !power.power1) {
    decision = {
      tier: "対象外",
      reason: `電力要件①（通年で使用する電力の${percentText(p.power1Share.value)}を脱炭素電力とすること）を満たしていません（GX-PWR-01）。電力要件①を満たした場合の判定: ${decision.reason}`,
      ruleId: "GX-PWR-01",
    };
  }
  if (decision.tier === "対象外" && decision.ruleId !== null && !ctx.issues.some((i) => i.severity === "error" && i.ruleId === decision.ruleId)) {
    ctx.issues.push(planIssue(null, null, "error", decision.ruleId, decision.reason));
  }
  if (decision.tier !== null) {
    const label = decision.tier === "対象外" ? "対象外" : `No${decision.tier}`;
    ctx.issues.push(planIssue(null, "investmentType", "info", "GX-MATRIX-01", `支援区分: ${label}。${decision.reason}`));
  }

  const money = computeMoney(type, decision.tier, ctx);
  // No4 / No5: the contribution method must be agreed with the municipality (GX-CONTRIB-02) — a step to do, not a fault.
  const agreement = decision.tier === null ? null : contributionAgreement(decision.tier, useKWh, money.subsidyYen, p);
  if (agreement) ctx.issues.push(planIssue(null, "remoteContribution", "info", "GX-CONTRIB-02", agreement.message));
  return {
    issues: ctx.issues,
    power1: power?.power1 ?? null,
    power2: power?.power2 ?? null,
    sourcePrefecture: power?.sourcePrefecture ?? null,
    tier: decision.tier,
    tierReason: decision.reason,
    ...money,
    checksRun: [...ctx.checks].sort(),
  };
}
