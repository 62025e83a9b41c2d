/**
 * Requirements and documents of the GX program for the taskpane's チェックリスト (SPEC §6), per type.
 * Items the 電力調達計画 evaluation proves carry `autoRuleIds` (ticked when those checks ran with no error);
 * the rest are manual. The overview gives no list of application documents (GX-NA-01): only the
 * commitment documents of GX-COMMIT-01 and 様式（1） are named.
 * Some items hold only for some tiers (No2・3・5, No4・5) or sources (太陽光 / 風力・地熱・水力・バイオマス
 * without FIT/FIP): with a context (`GxChecklistContext`, e.g. from `checklistContextOf`) the list keeps
 * only the items that apply; without one every item is listed and its label states the condition.
 */
import type { ChecklistItem } from "../../lib/issue";
import { citeRule } from "./citations";
import { percentText, yenText } from "./format";
import { GX_DISCIPLINE } from "./discipline";
import { GX_CURRENT, type GxParams, type OtherDisciplineRow, type SolarDisciplineItem } from "./params";
import type { InvestmentType, SourceTypeCode, Tier, TierOutcome } from "./types";

/** FIT/FIP認定 of a source (GX-COMMIT-02): 取得済み / 取得予定 / 取得予定なし. */
export type FitFipStatus = "certified" | "planned" | "none";

export interface ChecklistSource {
  /** 電源種 a–m (GX-SRC-01). */
  readonly code: SourceTypeCode;
  /** null / omitted = not stated: the discipline items stay (they apply unless certified or planned). */
  readonly fitFip?: FitFipStatus | null;
}

/** What is known about the plan; every field optional (unknown = keep the conditional items). */
export interface GxChecklistContext {
  /** 支援区分 (e.g. PowerPlanEvaluation.tier); 対象外 / null keep every item. */
  readonly tier?: TierOutcome | null;
  /** The plan's 脱炭素電源 (source lines); omitted = not known. */
  readonly sources?: readonly ChecklistSource[];
  /** 太陽光の設備容量 kW (様式（1）, GX-SRC-03): E) applies from 20kW, K) L) from 10kW. */
  readonly pvCapacityKW?: number | null;
}

type Def = Omit<ChecklistItem, "citation" | "id"> & {
  readonly key: string;
  readonly types?: readonly InvestmentType[];
  /** Only for these tiers (when the tier is known). */
  readonly tiers?: readonly Tier[];
  /** Only when a source of these types may lack FIT/FIP (GX-COMMIT-02), when the sources are known. */
  readonly sources?: readonly SourceTypeCode[];
};

const req = (key: string, ruleId: string, label: string, labelEn: string, autoRuleIds: readonly string[] = [], extra: Partial<Def> = {}): Def => ({
  key,
  kind: "requirement",
  ruleId,
  label,
  labelEn,
  autoRuleIds,
  ...extra,
});

const tierText = (tiers: readonly Tier[]): string => tiers.map((t) => `No${t}`).join("・");

const NO_FIT_FIP = "FIT/FIP認定の取得予定がない";
const FIT_FIP_NOTE = "FIT/FIP認定取得済みなら追加確認不要、取得予定なら認定取得に向けた指導・確認（GX-COMMIT-02）";
const BRIEFING_NOTE =
  "「説明会及び事前周知措置実施ガイドライン」（資源エネルギー庁）に基づく。申請・選定との前後関係は問わない。実施を証する資料（同ガイドラインの付録様式）を発電事業者から自治体に提出し、自治体が確認";

/** A)–L) that apply at the PV capacity (all when unknown), as one note line. */
function solarItemsNote(items: readonly SolarDisciplineItem[], kW: number | null | undefined): string {
  const known = typeof kW === "number" && Number.isFinite(kW) && kW >= 0;
  const applies = (i: SolarDisciplineItem): boolean => !known || i.minKW === undefined || kW >= i.minKW;
  const text = items
    .filter(applies)
    .map((i) => `${i.key}) ${i.minKW !== undefined && !known ? `${i.minKW}kW以上: ` : ""}${i.textJa}${i.effort ? "（努める）" : ""}`)
    .join("／");
  const skipped = items.filter((i) => !applies(i));
  const skippedText = skipped.length > 0 ? `［設備容量 ${kW}kW のため ${skipped.map((i) => `${i.key})（${i.minKW}kW以上）`).join("・")} は対象外］` : "";
  return `${text}${skippedText}。${FIT_FIP_NOTE}`;
}

/** The rows of GX-DISC-02 the plan's sources need (all when the sources are unknown). */
function otherRows(rows: readonly OtherDisciplineRow[], ctx: GxChecklistContext): readonly OtherDisciplineRow[] {
  return ctx.sources === undefined ? rows : rows.filter((r) => r.codes.some((c) => mayLackFitFip(ctx.sources!, [c])));
}

const mayLackFitFip = (sources: readonly ChecklistSource[], codes: readonly SourceTypeCode[]): boolean =>
  sources.some((s) => codes.includes(s.code) && s.fitFip !== "certified" && s.fitFip !== "planned");

/** The items; numbers in labels come from the edition's params. */
const items = (p: GxParams, ctx: GxChecklistContext): readonly Def[] => {
  const supplyTiers = p.supplyIncreaseTiers.value;
  const contribTiers = p.contributionAgreementTiers.value;
  const rows = otherRows(GX_DISCIPLINE.otherDiscipline.value, ctx);
  const otherCodes = GX_DISCIPLINE.otherDiscipline.value.flatMap((r) => r.codes);
  const otherNames = rows.map((r) => r.sourceJa.replace(/発電$/, "")).join("・");
  const otherEn = rows.map((r) => r.sourceEn).join(", ").replace(/^./, (c) => c.toUpperCase());
  return [
    req("applicant", "GX-APPL-01", "申請主体は需要家企業（単独申請が原則。共同申請の場合は幹事会社を定める）", "The applicant is the electricity-consuming company (joint applications need a lead company)", [], {
      note: "発電事業者や自治体とのコンソーシアム申請ではない。単独では計画が成立しない場合のみ共同申請可（リース会社、法人格を有するJV、コンソーシアム等）。幹事会社は申請・事業実施に関して共同実施者の管理義務を負う",
    }),
    req("unit", "GX-APPL-02", "申請単位は原則として事業所ごと（一体的に実施する複数事業所は一つの申請単位）", "One application per establishment (integrated sites form one unit)", [], {
      note: "投資額の下限（GX-MININV-01）も申請単位ごとの補助対象経費で判定（AMB-20）",
    }),
    req("ghg", "GX-ELIG-01", "温室効果ガス排出削減のための取組を実施している", "Implementing GHG-reduction efforts", [], { note: "詳細は検討中（概要説明資料）" }),
    req("gx-league", "GX-ELIG-02", "令和9年度以降 GXフューチャー・リーグ会員となる（中堅・中小企業は他の排出削減の取組で代替可）", "Join the GX Future League from FY2027 (mid/SME: other efforts allowed)"),
    req("corp", "GX-ELIG-03", "日本国内で登記された法人で、国内に事業実施場所を有する", "Corporation registered in Japan with a project site in Japan", [], { note: "個人事業主は申請できない読み方（AMB-21）" }),
    req("org", "GX-ELIG-04", "本事業を的確に遂行する組織・人員等を有する", "Organisation and staff to carry out the project"),
    req("finance", "GX-ELIG-05", "経営基盤を有し、資金等について十分な管理能力を有する", "Management base and fund-management capacity"),
    req("suspension", "GX-ELIG-06", "補助金交付等停止措置・指名停止措置を受けていない", "Not under METI subsidy or bidding suspension"),
    req("antisocial", "GX-ELIG-07", "暴力団員等に関係する事業所（一～八）に該当しない", "No links to organised crime (items 1–8)"),
    req("min-invest", "GX-MININV-01", `支援対象となる投資額が${yenText(p.minimumInvestment.value.default)}以上（大企業・みなし大企業は${yenText(p.minimumInvestment.value.large)}以上）`, "Eligible investment at or above the minimum (higher for large companies)", ["GX-MININV-01"]),
    req("biz-m-1", "GX-BIZ-M-01", "高付加価値な製品を製造し、産業競争力の強化に繋がる事業である", "Manufactures high-value-added products", [], { types: ["manufacturing"] }),
    req("biz-m-2", "GX-BIZ-M-02", "当該製品を製造する中核となる設備への設備投資を含む", "Includes capex on the core manufacturing equipment", [], { types: ["manufacturing"] }),
    req("biz-dc-1", "GX-BIZ-DC-01", `計算資源分野の競争力強化に資し、稼働開始から${p.pueWithinYears.value}年以内にPUE ${p.pueMax.value}以下を達成する`, "Strengthens computing competitiveness; PUE target within the deadline after operation start", [], {
      types: ["datacenter"],
      note: "PUE = 施設全体 ÷ ICT機器 のエネルギー（年間, AMB-16）。GX.PUECHECK で確認できます。",
    }),
    req("biz-dc-2", "GX-BIZ-DC-02", "2026年度以降、省エネ・非化石転換法の定期報告内容等を毎年度ホームページ等で公表する", "Publish the energy-law periodic report every year from FY2026", [], { types: ["datacenter"] }),
    req("biz-dc-3", "GX-BIZ-DC-03", "事業終了後も計算資源分野の競争力を維持できる計画を有する", "Plan to stay competitive after the project", [], { types: ["datacenter"] }),
    req("power-1", "GX-PWR-01", "電力要件①: 事業実施場所で通年使用する電力の全量を脱炭素電力とする", "Power ①: 100% of the site's annual electricity is decarbonised", ["GX-PWR-01"]),
    req("power-2", "GX-PWR-02", `電力要件②: 通年使用する電力の${percentText(p.power2Share.value)}以上を同一都道府県（電源立地都道府県）から調達する`, "Power ②: the required share from one prefecture", ["GX-PWR-02"]),
    req("sources", "GX-SRC-01", "調達する電源が脱炭素電源として取り扱う電源種（a～m）である", "Sources are decarbonised source types a–m", ["GX-SRC-01"]),
    req("certificates", "GX-PWR-09", "証書は非化石証書・グリーン電力証書・再エネ電力由来J-クレジットに限る", "Certificates limited to non-fossil, green-power and RE J-credits", ["GX-PWR-09"]),
    req("contract", "GX-CONTRACT-01", "CPPAの契約期間・脱炭素電力メニューの調達期間が定める年数以上", "CPPA contract / menu period at least the minimum", ["GX-CONTRACT-01"], { note: "自家発電は契約期間の確認対象外（AMB-24）" }),
    req("supply-region", "GX-PWR-03", "既設電源を含む自家発・CPPA、またはメニューを含む場合、電源立地都道府県が脱炭素電力供給地域である", "With existing sources or menus, the source prefecture is a supply region", ["GX-PWR-03"]),
    req("location-m", "GX-LOC-01", "立地要件: ①事業実施場所が電源立地都道府県、または②企業版ふるさと納税等による地域貢献", "Location: site in the source prefecture, or remote contribution", ["GX-LOC-01"], { types: ["manufacturing"] }),
    req("location-dc", "GX-LOC-02", "立地要件①: 事業実施場所が電源立地都道府県である（DCは立地要件②不可）", "Location ①: the DC site is in the source prefecture", ["GX-LOC-02"], { types: ["datacenter"] }),
    req("exclusions", "GX-EXCL-01", "補助対象外となるケースA～Cに該当しない", "None of the ineligible cases A–C", ["GX-EXCL-01"]),
    req("supply-plan", "GX-SUPPLY-03", `既設電源を活用する場合（${tierText(supplyTiers)}）、供給地域に脱炭素電源の供給増に係る計画があり履行の見込みがある`, `Existing sources (${tierText(supplyTiers)}): a supply-increase plan exists in the region`, [], { tiers: supplyTiers }),
    req("contribution", "GX-CONTRIB-01", `立地要件②の場合（${tierText(contribTiers)}）、地域貢献額（目安: 消費電力量×${p.contributionYenPerKWh.value}円/kWh×${p.contributionYears.value}年 又は 補助額の${percentText(p.contributionSubsidyShare.value)} の低い方）を基に貢献方法を自治体と合意する`, `Remote route (${tierText(contribTiers)}): agree the contribution with the municipality`, [], {
      types: ["manufacturing"],
      tiers: contribTiers,
      note: "目安は GX.CONTRIBUTION で計算できます。目安であり上限・下限ではない（AMB-17）。合意は GX-CONTRIB-02",
    }),
    req("commit-a", "GX-COMMIT-01", "自治体のコミットメント A) 電源規律の確保 を示す書類", "Municipal commitment A: source discipline", [], { kind: "document", note: "応募申請時・交付申請時に提出（GX-COMMIT-02 参照）" }),
    req("commit-b", "GX-COMMIT-01", `自治体のコミットメント B) 脱炭素電力供給増へのコミット（${tierText(supplyTiers)}の場合のみ）`, `Municipal commitment B: supply increase (${tierText(supplyTiers)} only)`, [], { kind: "document", tiers: supplyTiers }),
    req("commit-c", "GX-CONTRIB-02", `自治体のコミットメント C) 需要家による地域貢献: 目安貢献額を基にした電源立地都道府県への貢献方法の合意（${tierText(contribTiers)}の場合のみ）`, `Municipal commitment C: agreed method of regional contribution (${tierText(contribTiers)} only)`, [], {
      kind: "document",
      types: ["manufacturing"],
      tiers: contribTiers,
      note: "目安貢献額（GX-CONTRIB-01）を基に、自治体が需要家と調整のうえ合意（GX-COMMIT-01 C）。応募申請時・交付申請時に提出",
    }),
    req("discipline-pv", "GX-DISC-01", `太陽光発電（${NO_FIT_FIP}場合）: 事業計画策定ガイドライン（太陽光発電）の遵守事項 A)～L) をすべて遵守（自治体が確認）`, "Solar without FIT/FIP: all items A–L of the solar planning guideline (checked by the municipality)", [], {
      sources: ["a"],
      note: solarItemsNote(GX_DISCIPLINE.solarDiscipline.value, ctx.pvCapacityKW),
    }),
    req("discipline-pv-briefing", "GX-DISC-01", `太陽光発電（${NO_FIT_FIP}場合）: 工事の着工までに説明会又は事前周知措置を実施`, "Solar without FIT/FIP: hold a briefing or give prior notice before construction starts", [], {
      sources: ["a"],
      note: BRIEFING_NOTE,
    }),
    req("discipline-other", "GX-DISC-02", `${otherNames}発電（${NO_FIT_FIP}場合）: 事業計画策定ガイドライン等に沿った措置`, `${otherEn} plants without FIT/FIP: measures of the planning guidelines`, [], {
      sources: otherCodes,
      note: `${rows.map((r) => `${r.sourceJa}: ${r.requirementJa}`).join("／")}。${FIT_FIP_NOTE}`,
    }),
    req("discipline-briefing", "GX-DISC-02", `${otherNames}発電（${NO_FIT_FIP}場合）: 工事の着工までに説明会又は事前周知措置を実施`, `${otherEn} plants without FIT/FIP: hold a briefing or give prior notice before construction starts`, [], {
      sources: otherCodes,
      note: BRIEFING_NOTE,
    }),
    req("form-1", "GX-SRC-03", "様式（1）（電源の設備容量・供給量の増加目標を記載）", "Form (1): source capacity and supply-increase target", [], {
      kind: "document",
      note: "太陽光の設備容量は系列ごとに min(太陽電池, PCS) の合計（GX.PVCAPACITY）。応募書類の一覧は概要説明資料にない（GX-NA-01）。",
    }),
  ];
};

const isTier = (t: TierOutcome | null | undefined): t is Tier => typeof t === "number";

/** Whether an item applies given what is known. */
function applies(d: Def, type: InvestmentType, ctx: GxChecklistContext): boolean {
  if (d.types && !d.types.includes(type)) return false;
  if (d.tiers && isTier(ctx.tier) && !d.tiers.includes(ctx.tier)) return false;
  if (d.sources && ctx.sources !== undefined && !mayLackFitFip(ctx.sources, d.sources)) return false;
  return true;
}

/**
 * The checklist of one investment type, narrowed by what is known of the plan.
 * @example gxChecklist("datacenter").some((i) => i.ruleId === "GX-LOC-02") //=> true
 * @example gxChecklist("manufacturing", { tier: 1 }).some((i) => i.ruleId === "GX-CONTRIB-02") //=> false (No4・5 only)
 */
export function gxChecklist(type: InvestmentType, context: GxChecklistContext = {}, p: GxParams = GX_CURRENT): ChecklistItem[] {
  return items(p, context).filter((d) => applies(d, type, context)).map(({ key, types: _types, tiers: _tiers, sources: _sources, ...item }) => ({
    ...item,
    id: `gx-regional/${item.kind === "document" ? "doc" : "req"}/${key}`,
    citation: citeRule(item.ruleId),
  }));
}
