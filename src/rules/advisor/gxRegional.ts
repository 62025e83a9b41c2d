/**
 * 改善提案 for the GX地域共創補助金2026 電力調達計画: plan changes that the rules allow and that move the
 * project to a better 支援区分 (GX-MATRIX-01) or make an ineligible plan eligible. Each change is applied to
 * a copy of the plan and the copy is evaluated by evaluatePowerPlan — the same evaluator as the validation —
 * so no rate, cap or table row is restated here. Combinations are tried; only minimal ones are kept.
 */
import { Fraction, ZERO } from "../lib/fraction";
import {
  COMPANY_SIZE_JA,
  GX_CURRENT,
  citeRule,
  classifySource,
  contractYears,
  countsAsNew,
  evaluatePowerPlan,
  isNuclear,
  normalizePrefecture,
  parseLineProcurement,
  parseSourceState,
  readProcurementLine,
  regionalContribution,
  type GxParams,
  type PowerPlanEvaluation,
  type PowerPlanFacts,
  type ProcurementLine,
  type SourceState,
  type SourceTypeRow,
} from "../programs/gx-regional";
import { yenText } from "../programs/gx-regional/format";
import { planPower } from "../programs/gx-regional/powerPlanPower";
import { rankSuggestions, type AdviceState, type Suggestion } from "./types";

/** One change the applicant can make to the plan. */
interface PlanChange {
  readonly key: string;
  /** Rule that makes this change matter (first in the suggestion's rule ids). */
  readonly ruleId: string;
  readonly ruleIds: readonly string[];
  /** Japanese: what to change. */
  readonly text: string;
  readonly notes: readonly string[];
  readonly uncertain: readonly string[];
  readonly apply: (plan: Plan) => Plan;
}

interface Plan {
  readonly lines: readonly ProcurementLine[];
  readonly facts: PowerPlanFacts;
}

export interface GxAdviceOptions {
  /** Sheet name (shown with the suggestion). */
  readonly sheet?: string | null;
  readonly params?: GxParams;
}

const TIER_RANK = (t: PowerPlanEvaluation["tier"]): number => (t === null ? -1 : t === "対象外" ? 0 : 6 - t);
const tierText = (t: PowerPlanEvaluation["tier"]): string | null => (t === null ? null : t === "対象外" ? "対象外" : `No${t}`);

/** A line as the evaluator reads its source, procurement and state (null when it does not read them). */
function lineFacts(line: ProcurementLine, p: GxParams): { source: SourceTypeRow; procurement: "self" | "cppa" | "menu"; state: SourceState } | null {
  const cls = classifySource(line.sourceType, p);
  if (!cls.ok || cls.value.kind !== "source") return null;
  const proc = parseLineProcurement(line.procurement);
  if (!proc.ok || proc.value === "certificate") return null;
  // A menu line without a state is read as 既設 by the evaluator (readProcurementLine).
  const st = line.state === null || line.state === undefined || String(line.state).trim() === "" ? (proc.value === "menu" ? { ok: true as const, value: "existing" as SourceState } : null) : parseSourceState(line.state);
  if (!st || !st.ok) return null;
  return { source: cls.value.row, procurement: proc.value, state: st.value };
}

/** Contract years a CPPA / menu line needs (GX-CONTRACT-01), or null (自家発 has no contract). */
function minContract(procurement: "self" | "cppa" | "menu", state: SourceState, source: SourceTypeRow, line: ProcurementLine, p: GxParams): number | null {
  if (procurement === "self") return null;
  const r = contractYears(procurement, state, source, line.justifiedException === true, p);
  return r.ok ? r.value.minYears : null;
}

const withContract = (line: ProcurementLine, min: number | null): ProcurementLine =>
  min === null ? line : { ...line, contractYears: Math.max(typeof line.contractYears === "number" && Number.isFinite(line.contractYears) ? line.contractYears : 0, min) };

const rowText = (line: ProcurementLine): string => (line.row >= 0 ? `${line.row + 1}行目` : "追加行");

function inSourcePrefecture(line: ProcurementLine, sourcePrefecture: string | null): boolean {
  if (sourcePrefecture === null) return true;
  return line.prefecture !== null && normalizePrefecture(String(line.prefecture)).name === sourcePrefecture;
}

/** The changes that apply to this plan (each alone may or may not help; combinations are tried). */
function candidateChanges(plan: Plan, before: PowerPlanEvaluation, p: GxParams): PlanChange[] {
  const changes: PlanChange[] = [];
  const source = before.sourcePrefecture;
  const type = plan.facts.investmentType;

  // 脱炭素電力メニュー → CPPA (電源との紐づき, GX-MATRIX-01 / GX-PWR-08).
  const menuRows = plan.lines.filter((l) => inSourcePrefecture(l, source) && lineFacts(l, p)?.procurement === "menu");
  if (menuRows.length > 0) {
    changes.push({
      key: "menuToCppa",
      ruleId: "GX-MATRIX-01",
      ruleIds: ["GX-MATRIX-01", "GX-PWR-08", "GX-CONTRACT-01"],
      text: `脱炭素電力メニューでの調達（${menuRows.map(rowText).join("・")}）を、同じ電源からのCPPA（コーポレートPPA）に切り替える`,
      notes: [],
      uncertain: plan.facts.remoteContribution === true ? ["AMB-23: 立地要件②では「CPPAのみ」で電力要件②を満たす必要があると読んでいます（自家発電は数えない）。"] : [],
      apply: (pl) => ({
        ...pl,
        lines: pl.lines.map((l) => {
          if (!menuRows.some((m) => m.row === l.row)) return l;
          const f = lineFacts(l, p)!;
          return withContract({ ...l, procurement: "CPPA", state: f.state === "existing" && (l.state === null || l.state === undefined) ? "既設" : l.state, menuKind: null }, minContract("cppa", f.state, f.source, l, p));
        }),
      }),
    });
  }

  // 既設電源 → 新設・再稼働電源 (電源の種類, GX-MATRIX-01 / GX-SRC-01).
  const existingRows = plan.lines.filter((l) => {
    const f = lineFacts(l, p);
    return f !== null && inSourcePrefecture(l, source) && !countsAsNew(f.source, f.state) && countsAsNew(f.source, newStateOf(f.source));
  });
  if (existingRows.length > 0) {
    changes.push({
      key: "existingToNew",
      ruleId: "GX-MATRIX-01",
      ruleIds: ["GX-MATRIX-01", "GX-SRC-01", "GX-CONTRACT-01"],
      text: `既設電源からの調達（${existingRows.map(rowText).join("・")}）を、同じ電源種・同じ調達量の新設・再稼働電源（GX-SRC-01）からの調達に置き換える`,
      notes: ["新設・再稼働電源は公募開始年度以降に営業運転を開始するものに限られます（GX-SRC-01）。"],
      uncertain: ["AMB-12: No1/No4 では同じ電力量が自家発・CPPAかつ新設・再稼働である必要があると読んでいます。"],
      apply: (pl) => ({
        ...pl,
        lines: pl.lines.map((l) => {
          if (!existingRows.some((m) => m.row === l.row)) return l;
          const f = lineFacts(l, p)!;
          const state = newStateOf(f.source);
          return withContract({ ...l, state: state === "restart" ? "再稼働" : "新設" }, minContract(f.procurement, state, f.source, l, p));
        }),
      }),
    });
  }

  const site = plan.facts.sitePrefecture === null ? null : normalizePrefecture(String(plan.facts.sitePrefecture)).name;
  if (source !== null && site !== null && site !== source) {
    // 立地要件①: site the investment in the 電源立地都道府県 (the only route for a DC, GX-LOC-02).
    changes.push({
      key: "siteInSourcePrefecture",
      ruleId: type === "datacenter" ? "GX-LOC-02" : "GX-LOC-01",
      ruleIds: type === "datacenter" ? ["GX-LOC-02", "GX-LOC-01", "GX-MATRIX-01"] : ["GX-LOC-01", "GX-MATRIX-01"],
      text: `事業実施場所を ${site} から電源立地都道府県の ${source} に移す（立地要件①）`,
      notes: type === "datacenter" ? ["DC設備投資型は立地要件①のみ（地域貢献による立地要件②は認められません, GX-LOC-02）。"] : [],
      uncertain: [],
      apply: (pl) => ({ ...pl, facts: { ...pl.facts, sitePrefecture: source } }),
    });
    // 立地要件②: remote contribution — 製造設備投資型 only (never suggested for a DC: GX-LOC-02 forbids it).
    if (type === "manufacturing" && plan.facts.remoteContribution !== true) {
      changes.push({
        key: "remoteContribution",
        ruleId: "GX-LOC-01",
        ruleIds: ["GX-LOC-01", "GX-CONTRIB-01", "GX-CONTRIB-02", "GX-MATRIX-01"],
        text: `事業実施場所は ${site} のまま、電源立地都道府県（${source}）へ企業版ふるさと納税・地域共生基金等で地域貢献する（立地要件②）`,
        notes: ["立地要件②の支援区分（No4/No5）では、貢献の方法を自治体と合意する必要があります（GX-CONTRIB-02）。"],
        uncertain: ["AMB-17: 地域貢献の目安額の消費電力量は事業所の年間消費電力量と読んでいます。", "AMB-23: 立地要件②ではCPPAのみで電力要件②を満たす必要があると読んでいます。"],
        apply: (pl) => ({ ...pl, facts: { ...pl.facts, remoteContribution: true } }),
      });
    }
  }

  // 電力要件①: certificates fill the gap to 100% (GX-PWR-09); they never count for ② or the tier (AMB-28).
  const gap = certificateGap(plan, before, p);
  if (gap !== null && gap.gt(ZERO)) {
    const label = p.certificates.value[0].label;
    changes.push({
      key: "certificates",
      ruleId: "GX-PWR-01",
      ruleIds: ["GX-PWR-01", "GX-PWR-09"],
      text: `不足する脱炭素電力 ${gap.toNumber().toLocaleString("ja-JP")}kWh/年 を証書（${label} など）で補い、使用電力の全量を脱炭素電力にする（電力要件①）`,
      notes: ["証書は電力要件①（全量）の不足分にのみ使え、電力要件②と支援区分には数えません（GX-PWR-09）。"],
      uncertain: ["AMB-28: 証書は電力要件①の不足分を埋めるもので、電力要件②・支援区分には数えないと読んでいます。"],
      apply: (pl) => ({ ...pl, lines: [...pl.lines, { row: -1, sourceType: label, state: null, procurement: "証書", prefecture: null, annualKWh: gap.toNumber(), contractYears: null }] }),
    });
  }
  return changes;
}

function newStateOf(source: SourceTypeRow): SourceState {
  return isNuclear(source) ? "restart" : "new";
}

/** kWh/year missing for 電力要件① after sources and certificates (null when not computable). */
function certificateGap(plan: Plan, before: PowerPlanEvaluation, p: GxParams): Fraction | null {
  const use = plan.facts.annualUseKWh;
  if (before.power1 !== false || use === null || !(use > 0)) return null;
  const counted = plan.lines.flatMap((l) => {
    const c = readProcurementLine(l, p).counted;
    return c ? [c] : [];
  });
  const site = plan.facts.sitePrefecture === null ? null : normalizePrefecture(String(plan.facts.sitePrefecture)).name;
  const power = planPower(counted, use, site, p);
  return Fraction.max(ZERO, power.use.sub(power.plan.decarbonised).sub(power.plan.certificates));
}

function stateOf(e: PowerPlanEvaluation): AdviceState {
  return { tier: tierText(e.tier), rate: e.rateText, capYen: e.capYen };
}

/** "MIN(1/2 × 300億円, 250億円) = 150億円" or why no amount. */
function formulaOf(e: PowerPlanEvaluation, costYen: number | null): string {
  if (e.tier === null) return `支援区分を判定できません（${e.tierReason}）`;
  if (e.tier === "対象外") return "対象外 → 0円";
  if (costYen === null || e.subsidyYen === null || e.rateText === null || e.capYen === null) return `No${e.tier}: 補助率 ${e.rateText ?? "—"}、上限 ${e.capYen === null ? "—" : yenText(e.capYen)}（補助対象経費が未記入のため金額は計算していません）`;
  if (e.minimumInvestmentYen !== null && costYen < e.minimumInvestmentYen) return `補助対象経費 ${yenText(costYen)} < 下限 ${yenText(e.minimumInvestmentYen)}（GX-MININV-01）→ 0円`;
  return `No${e.tier}: MIN(${e.rateText} × ${yenText(costYen)}, ${yenText(e.capYen)}) = ${yenText(e.subsidyYen)}`;
}

const better = (after: PowerPlanEvaluation, before: PowerPlanEvaluation): boolean =>
  after.subsidyYen !== null && before.subsidyYen !== null ? after.subsidyYen > before.subsidyYen : TIER_RANK(after.tier) > TIER_RANK(before.tier);

const atLeastAsGood = (a: PowerPlanEvaluation, b: PowerPlanEvaluation): boolean =>
  a.subsidyYen !== null && b.subsidyYen !== null ? a.subsidyYen >= b.subsidyYen : TIER_RANK(a.tier) >= TIER_RANK(b.tier);

function citationOf(ruleId: string): string {
  try {
    return citeRule(ruleId);
  } catch {
    return "";
  }
}

/**
 * 改善提案 for one 電力調達計画.
 * @example adviseGxPlan(lines, facts)[0].change // "脱炭素電力メニューでの調達（…）を、同じ電源からのCPPA…に切り替える"
 */
export function adviseGxPlan(lines: readonly ProcurementLine[], stated: PowerPlanFacts, options: GxAdviceOptions = {}): Suggestion[] {
  const p = options.params ?? GX_CURRENT;
  const sheet = options.sheet ?? null;
  // 製造 sited outside the 電源立地都道府県 with 立地要件② not stated: compared as "no 地域貢献" (the plan as written),
  // so that both routes (siting, 地域貢献) can be shown; the note says so.
  const assumeNoContribution = stated.investmentType === "manufacturing" && (stated.remoteContribution === null || stated.remoteContribution === undefined);
  const facts: PowerPlanFacts = assumeNoContribution ? { ...stated, remoteContribution: false } : stated;
  const plan: Plan = { lines, facts };
  const before = evaluatePowerPlan(lines, facts, p);
  const out: Suggestion[] = [];
  const common = [
    "概要説明資料 Ver1.1 は一部「検討中」です（AMB-22）。公募要領で確定した内容を確認してください。",
    ...(assumeNoContribution && before.sourcePrefecture !== null && facts.sitePrefecture !== before.sourcePrefecture
      ? ["立地要件②（地域貢献）が未記入のため、地域貢献なしの計画として比較しました。"]
      : []),
  ];
  const inputs = {
    投資類型: facts.investmentType === null ? null : facts.investmentType === "datacenter" ? "DC設備投資型" : "製造設備投資型",
    企業規模: facts.companySize === null ? null : COMPANY_SIZE_JA[facts.companySize],
    事業実施場所: facts.sitePrefecture,
    電源立地都道府県: before.sourcePrefecture,
    年間使用電力量kWh: facts.annualUseKWh,
    補助対象経費: facts.eligibleCostYen,
    脱炭素電力供給地域: facts.supplyRegion,
  };

  if (before.tier !== null && facts.investmentType !== null) {
    const changes = candidateChanges(plan, before, p);
    const tried: { set: PlanChange[]; changed: Plan; e: PowerPlanEvaluation }[] = [];
    for (let mask = 1; mask < 1 << changes.length; mask++) {
      const set = changes.filter((_, i) => mask & (1 << i));
      const changed = set.reduce((pl, c) => c.apply(pl), plan);
      tried.push({ set, changed, e: evaluatePowerPlan(changed.lines, changed.facts, p) });
    }
    const improving = tried.filter((t) => better(t.e, before));
    // Minimal sets only: drop a set when a proper subset does at least as well.
    const minimal = improving.filter((t) => !improving.some((o) => o.set.length < t.set.length && o.set.every((c) => t.set.includes(c)) && atLeastAsGood(o.e, t.e)));
    for (const t of minimal) {
      const ruleIds = [...new Set([...t.set.flatMap((c) => c.ruleIds), "GX-RATE-01", "GX-RATE-02"])];
      const after = t.e;
      const contribution = contributionNote(after, facts, p);
      out.push({
        id: `gx.${sheet ?? "plan"}.${t.set.map((c) => c.key).join("+")}`,
        program: "gx-regional",
        kind: "tier",
        ruleId: t.set[0].ruleId,
        change: t.set.map((c) => c.text).join("。さらに、") + "。",
        subsidyBefore: before.subsidyYen,
        subsidyAfter: after.subsidyYen,
        gain: before.subsidyYen !== null && after.subsidyYen !== null ? after.subsidyYen - before.subsidyYen : null,
        before: stateOf(before),
        after: stateOf(after),
        ruleIds,
        citations: ruleIds.map(citationOf),
        inputs,
        formula: `補助金額 = MIN(補助率 × 補助対象経費, 上限)（GX-RATE-02）。変更前 ${formulaOf(before, facts.eligibleCostYen)}／変更後 ${formulaOf(after, facts.eligibleCostYen)}`,
        notes: [`変更後の判定: ${after.tierReason}`, ...t.set.flatMap((c) => c.notes), ...contractNotes(plan, t.changed), ...contribution],
        uncertain: [...common, ...new Set(t.set.flatMap((c) => c.uncertain))],
        sheet,
      });
    }
  }
  out.push(...contractSuggestions(plan, before, p, sheet, inputs));
  return rankSuggestions(out);
}

/** The contract years the changed lines need (GX-CONTRACT-01), as "14行目 8年 → 15年以上". */
function contractNotes(plan: Plan, changed: Plan): string[] {
  const moved = changed.lines.flatMap((l) => {
    const was = plan.lines.find((o) => o.row === l.row);
    if (!was || was.contractYears === l.contractYears || typeof l.contractYears !== "number") return [];
    return [`${rowText(l)} ${typeof was.contractYears === "number" ? `${was.contractYears}年` : "未記入"} → ${l.contractYears}年以上`];
  });
  return moved.length === 0 ? [] : [`契約期間は電源の契約期間の表の年数以上にします: ${moved.join("、")}（GX-CONTRACT-01）。`];
}

/** No4/No5: the 目安貢献額 (GX-CONTRIB-01) to weigh against the gain. */
function contributionNote(after: PowerPlanEvaluation, facts: PowerPlanFacts, p: GxParams): string[] {
  if (after.tier === null || after.tier === "対象外" || !p.contributionAgreementTiers.value.includes(after.tier)) return [];
  if (facts.annualUseKWh === null || after.subsidyYen === null) return ["地域貢献の目安額（GX-CONTRIB-01）は年間消費電力量と補助額から計算します。"];
  const g = regionalContribution(facts.annualUseKWh, after.subsidyYen, p);
  if (!g.ok) return [];
  return [`地域貢献の目安額: ${yenText(g.value.amount)}（MIN(消費電力量による額 ${yenText(g.value.byConsumption)}, 補助額による額 ${yenText(g.value.bySubsidy)}), GX-CONTRIB-01）。補助金の増加と比べて判断してください。`];
}

/** Lines below the contract years of GX-CONTRACT-01: a requirement (the computed amount does not change). */
function contractSuggestions(plan: Plan, before: PowerPlanEvaluation, p: GxParams, sheet: string | null, inputs: Suggestion["inputs"]): Suggestion[] {
  return plan.lines.flatMap((line) => {
    const f = lineFacts(line, p);
    if (f === null || f.procurement === "self" || typeof line.contractYears !== "number") return [];
    const min = minContract(f.procurement, f.state, f.source, line, p);
    if (min === null || line.contractYears >= min) return [];
    const what = f.procurement === "menu" ? "脱炭素電力メニューの調達継続期間" : "CPPAの契約期間";
    return [
      {
        id: `gx.${sheet ?? "plan"}.contract.${line.row}`,
        program: "gx-regional" as const,
        kind: "requirement" as const,
        ruleId: "GX-CONTRACT-01",
        change: `${rowText(line)}（${f.source.label}）の${what}を ${line.contractYears}年 から ${min}年以上にする（要件を満たさない申請は補助対象になりません）。`,
        subsidyBefore: before.subsidyYen,
        subsidyAfter: before.subsidyYen,
        gain: before.subsidyYen === null ? null : 0,
        before: stateOf(before),
        after: stateOf(before),
        ruleIds: ["GX-CONTRACT-01"],
        citations: [citationOf("GX-CONTRACT-01")],
        inputs: { ...inputs, 電源種: f.source.label, 契約期間: line.contractYears, 必要な年数: min },
        formula: `契約期間 ${line.contractYears}年 ≥ ${min}年（電源の契約期間の表, GX-CONTRACT-01）を満たすこと`,
        notes: ["補助金額の計算は変わりませんが、満たさないと要件違反です。"],
        uncertain: isNuclear(f.source) ? (p.contractPeriods.notes?.filter((n) => n.startsWith("AMB-24") && n.includes("merged")) ?? []) : [],
        sheet,
      },
    ];
  });
}
