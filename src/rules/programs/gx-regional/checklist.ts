/**
 * Requirements and documents of the GX program for the taskpane's チェックリスト (SPEC §6), per type.
 * Items the 電力調達計画 evaluation proves carry `autoRuleIds` (ticked when those checks ran with no error);
 * the rest are manual. The overview gives no list of application documents (GX-NA-01): only the
 * commitment documents of GX-COMMIT-01 and 様式（1） are named.
 */
import type { ChecklistItem } from "../../lib/issue";
import { citeRule } from "./citations";
import { percentText, yenText } from "./format";
import { GX_CURRENT, type GxParams } from "./params";
import type { InvestmentType } from "./types";

type Def = Omit<ChecklistItem, "citation" | "id"> & { readonly key: string; readonly types?: readonly InvestmentType[] };

const req = (key: string, ruleId: string, label: string, labelEn: string, autoRuleIds: readonly string[] = [], extra: Partial<Def> = {}): Def => ({
  key,
  kind: "requirement",
  ruleId,
  label,
  labelEn,
  autoRuleIds,
  ...extra,
});

/** The items; numbers in labels come from the edition's params. */
const items = (p: GxParams): readonly Def[] => [
  req("applicant", "GX-APPL-01", "申請主体は需要家企業（単独申請が原則。共同申請の場合は幹事会社を定める）", "The applicant is the electricity-consuming company (joint applications need a lead company)"),
  req("unit", "GX-APPL-02", "申請単位は原則として事業所ごと（一体的に実施する複数事業所は一つの申請単位）", "One application per establishment (integrated sites form one unit)"),
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
  req("supply-plan", "GX-SUPPLY-03", "既設電源を活用する場合（No2・3・5）、供給地域に脱炭素電源の供給増に係る計画があり履行の見込みがある", "Existing sources (No2/3/5): a supply-increase plan exists in the region"),
  req("contribution", "GX-CONTRIB-01", `立地要件②の場合、地域貢献額（目安: 消費電力量×${p.contributionYenPerKWh.value}円/kWh×${p.contributionYears.value}年 又は 補助額の${percentText(p.contributionSubsidyShare.value)} の低い方）を自治体と合意する`, "Remote route: agree the contribution with the municipality", [], {
    types: ["manufacturing"],
    note: "目安は GX.CONTRIBUTION で計算できます（AMB-17）。",
  }),
  req("commit-a", "GX-COMMIT-01", "自治体のコミットメント A) 電源規律の確保 を示す書類", "Municipal commitment A: source discipline", [], { kind: "document", note: "応募申請時・交付申請時に提出（GX-COMMIT-02 参照）" }),
  req("commit-b", "GX-COMMIT-01", "自治体のコミットメント B) 脱炭素電力供給増へのコミット（No2・3・5の場合のみ）", "Municipal commitment B: supply increase (No2/3/5 only)", [], { kind: "document" }),
  req("commit-c", "GX-CONTRIB-02", "自治体のコミットメント C) 需要家による地域貢献の合意（No4・5の場合のみ）", "Municipal commitment C: regional contribution (No4/5 only)", [], {
    kind: "document",
    types: ["manufacturing"],
    note: "目安貢献額（GX-CONTRIB-01）に基づき貢献方法を自治体と合意（GX-COMMIT-01 C）",
  }),
  req("discipline-pv", "GX-DISC-01", "FIT/FIP認定の取得予定がない太陽光: 事業計画策定ガイドラインの A)～L) と説明会等（自治体が確認）", "Solar without FIT/FIP: planning guideline items A–L and a briefing, checked by the municipality", [], {
    note: "GX-COMMIT-02: FIT/FIP認定取得済みなら追加確認不要",
  }),
  req("discipline-other", "GX-DISC-02", "FIT/FIP認定の取得予定がない風力・地熱・水力・バイオマス: 各事業計画策定ガイドライン等と説明会等", "Wind, geothermal, hydro, biomass without FIT/FIP: planning guidelines and a briefing"),
  req("form-1", "GX-SRC-03", "様式（1）（電源の設備容量・供給量の増加目標を記載）", "Form (1): source capacity and supply-increase target", [], {
    kind: "document",
    note: "太陽光の設備容量は系列ごとに min(太陽電池, PCS) の合計（GX.PVCAPACITY）。応募書類の一覧は概要説明資料にない（GX-NA-01）。",
  }),
];

/**
 * The checklist of one investment type.
 * @example gxChecklist("datacenter").some((i) => i.ruleId === "GX-LOC-02") //=> true
 */
export function gxChecklist(type: InvestmentType, p: GxParams = GX_CURRENT): ChecklistItem[] {
  return items(p).filter((d) => !d.types || d.types.includes(type)).map(({ key, types: _types, ...item }) => ({
    ...item,
    id: `gx-regional/${item.kind === "document" ? "doc" : "req"}/${key}`,
    citation: citeRule(item.ruleId),
  }));
}
