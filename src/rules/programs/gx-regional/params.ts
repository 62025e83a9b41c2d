/**
 * GX地域共創補助金2026 (令和8年度 脱炭素電源地域貢献型投資促進事業): every number and table of the
 * 概要説明資料 Ver1.1 as dated, cited data (RULES.md §2). The document is partly 検討中 (AMB-22):
 * a revised overview or the 公募要領 becomes a new edition here, never an edit of this one.
 * The custom functions take no date, so they use the latest edition; the sheet validators may pick
 * the edition in force at the application date with `editionAt`.
 */
import { latestEdition, type Edition } from "../../lib/edition";
import { param } from "../../lib/param";
import { GX_OVERVIEW_SOURCE } from "./source";
import type { CertificateKind, InvestmentType, LocationRequirement, Linkage, SourceKind, SourceState, SourceTypeCode, Tier, TierOutcome } from "./types";

const SOURCE = GX_OVERVIEW_SOURCE;

// ---------- shapes of the tables ----------

/** One rate cell of GX-RATE-01: "50%（33%）" = headline rate (中堅・中小) and parenthesised rate (大企業). */
export interface RateCell {
  /** As printed in the table. */
  readonly asWritten: string;
  /** Headline rate (中堅・中小企業), parsed with Fraction.parse. */
  readonly headline: string;
  /** Parenthesised rate read as the 大企業 rate, as an exact fraction (SPEC §8). */
  readonly large: string;
}

export interface RateRow {
  readonly no: Tier;
  /** null = 対象外 for this type (GX-RATE-03). */
  readonly manufacturing: RateCell | null;
  readonly datacenter: RateCell | null;
  readonly capYen: number;
  readonly capAsWritten: string;
}

/** Why a matrix outcome is 対象外 (key into the reason catalogue of tier.ts). */
export type IneligibleBasis = "PWR-02" | "PWR-03" | "EXCL-A" | "EXCL-B" | "LOC-02";

/** One row of 【参考】電力要件・立地要件の組合せと支援強度 (GX-MATRIX-01). */
export interface MatrixRow {
  /** # of the table (1–17). */
  readonly no: number;
  /** Conditions of the row; an absent key is "—" in the table (any value). */
  readonly when: { readonly power2: boolean } & Partial<{
    readonly supplyRegion: boolean;
    readonly location: LocationRequirement;
    readonly sourceKind: SourceKind;
    readonly linkage: Linkage;
  }>;
  readonly outcome: Readonly<Record<InvestmentType, TierOutcome>>;
  /** For 対象外 outcomes: which rule excludes the case (derived reading, for the explanation). */
  readonly because?: Partial<Readonly<Record<InvestmentType, IneligibleBasis>>>;
  readonly note?: string;
}

/** One row of 電源の契約期間 (GX-CONTRACT-01). */
export interface ContractRow {
  readonly procurement: "cppa" | "menu";
  /** (原則) / 電源・事業の特性に照らし合理的と認められる場合 / 利用する電源が原子力発電の場合. */
  readonly pattern: "principle" | "justified" | "nuclear";
  readonly sourceClass: "newReplace" | "restart" | "existing" | "any";
  readonly minYears: number;
  readonly asWritten: string;
  readonly note?: string;
}

/** One row of 脱炭素電源と取り扱う電源種 (GX-SRC-01). */
export interface SourceTypeRow {
  readonly code: SourceTypeCode;
  /** As printed, without the footnote marks. */
  readonly label: string;
  readonly footnotes: readonly string[];
  /** States that count as 新設・再稼働 (「そのうち新設・再稼働と取り扱う電源」). */
  readonly newStates: readonly SourceState[];
  /** Only the non-fossil share counts as 脱炭素電力 (※4 co-firing, ※10 CCS / fuel cells). */
  readonly partialCount: boolean;
}

/** One item A)–L) of GX-DISC-01 (事業計画策定ガイドライン（太陽光発電）, FIT/FIP認定の取得予定がない場合). */
export interface SolarDisciplineItem {
  readonly key: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L";
  /** Japanese, abridged from the item. */
  readonly textJa: string;
  readonly textEn: string;
  /** The item applies from this PV capacity (kW, 以上 = inclusive); absent = every plant. */
  readonly minKW?: number;
  /** The item is written as 〜よう努めること (an effort obligation). */
  readonly effort?: boolean;
}

/** One row of the GX-DISC-02 table (風力・地熱・水力・バイオマス, FIT/FIP認定の取得予定がない場合). */
export interface OtherDisciplineRow {
  /** Source types of GX-SRC-01 the row covers. */
  readonly codes: readonly SourceTypeCode[];
  readonly sourceJa: string;
  readonly sourceEn: string;
  /** ① of the row, abridged. */
  readonly requirementJa: string;
}

export interface CertificateRow {
  readonly kind: CertificateKind;
  readonly label: string;
}

// ---------- the edition ----------

const RATE_LOCATOR = "支援強度（補助率・補助上限額）";
const PWR_LOCATOR = "補助対象事業の要件 (電力要件)";
const SRC2_LOCATOR = "脱炭素電源と取り扱う電源種等（2/2）";

const cell = (asWritten: string, headline: string, large: string): RateCell => ({ asWritten, headline, large });

const mrow = (
  no: number,
  supplyRegion: boolean,
  location: LocationRequirement,
  sourceKind: SourceKind,
  linkage: Linkage,
  manufacturing: TierOutcome,
  datacenter: TierOutcome,
  because?: MatrixRow["because"],
  note?: string,
): MatrixRow => ({
  no,
  when: { power2: true, supplyRegion, location, sourceKind, linkage },
  outcome: { manufacturing, datacenter },
  ...(because ? { because } : {}),
  ...(note ? { note } : {}),
});

const X = "対象外" as const;

export const GX_2026_V11_PARAMS = {
  rateTable: param({
    ruleId: "GX-RATE-01",
    description: "支援強度（補助率・補助金額の上限） No1–No5 (support-intensity table: rate per type, cap)",
    unit: "table",
    source: SOURCE,
    locator: RATE_LOCATOR,
    notes: [
      "AMB-11 / SPEC §8: the parenthesised rate is read as the 大企業 (incl. みなし大企業) rate, the headline rate as the 中堅・中小企業 rate.",
      "SPEC §8: 33% / 25% / 20% are read as the exact fractions 1/3, 1/4, 1/5 (news reports: 大企業 up to 1/3). The seed prints 33%; RULES GX-RATE-02 computes with 0.33. That reading is withPrintedLargeRates(): on DC No1, 大企業, 300億円 it gives 99億円 instead of 100億円.",
      "GX-RATE-03: DC設備投資型 is 対象外 for No4 and No5 (null cells).",
      "AMB-26 / GX-RATE-04: one cap per application; no per-year cap, split or rounding is stated.",
    ],
    value: [
      { no: 1, manufacturing: cell("50%（33%）", "50%", "1/3"), datacenter: cell("50%（33%）", "50%", "1/3"), capYen: 25_000_000_000, capAsWritten: "250億円" },
      { no: 2, manufacturing: cell("40%（25%）", "40%", "1/4"), datacenter: cell("40%（25%）", "40%", "1/4"), capYen: 25_000_000_000, capAsWritten: "250億円" },
      { no: 3, manufacturing: cell("40%（25%）", "40%", "1/4"), datacenter: cell("30%（20%）", "30%", "1/5"), capYen: 10_000_000_000, capAsWritten: "100億円" },
      { no: 4, manufacturing: cell("40%（25%）", "40%", "1/4"), datacenter: null, capYen: 5_000_000_000, capAsWritten: "50億円" },
      { no: 5, manufacturing: cell("30%（20%）", "30%", "1/5"), datacenter: null, capYen: 5_000_000_000, capAsWritten: "50億円" },
    ] as readonly RateRow[],
  }),

  minimumInvestment: param({
    ruleId: "GX-MININV-01",
    description: "支援対象となる投資額の下限 (minimum investment): 10億円以上、大企業は20億円以上",
    unit: "yen",
    source: SOURCE,
    locator: "「GX戦略地域制度」の類型 (支援事業者)",
    notes: [
      "以上 = inclusive (RULES.md §0.3).",
      "AMB-20: the base is the 補助対象経費 total of one application unit (申請単位); tax basis as the sheet.",
      "GX-SIZE-01: みなし大企業 is 大企業, so it needs 20億円.",
    ],
    value: { default: 1_000_000_000, large: 2_000_000_000 },
  }),

  contributionYenPerKWh: param({
    ruleId: "GX-CONTRIB-01",
    description: "地域貢献額の目安: 消費電力量×3円/kWh (contribution guideline, yen per kWh)",
    unit: "yen/kWh",
    source: SOURCE,
    locator: "事業の要件 ｜ 立地要件について (注意事項)",
    notes: ["AMB-17: 消費電力量 read as the annual total consumption of the site (kWh/year); a 目安 (guideline), not a hard minimum."],
    value: 3,
  }),
  contributionYears: param({
    ruleId: "GX-CONTRIB-01",
    description: "地域貢献額の目安: ×3年 (number of years)",
    unit: "years",
    source: SOURCE,
    locator: "事業の要件 ｜ 立地要件について (注意事項)",
    value: 3,
  }),
  contributionSubsidyShare: param({
    ruleId: "GX-CONTRIB-01",
    description: "地域貢献額の目安: 補助額の5% (share of the subsidy)",
    unit: "rate",
    source: SOURCE,
    locator: "事業の要件 ｜ 立地要件について (注意事項)",
    notes: ["AMB-17: 補助額 read as the planned (requested) subsidy amount."],
    value: "5%",
  }),

  contributionAgreementTiers: param({
    ruleId: "GX-CONTRIB-02",
    description: "C) 需要家による地域貢献【No4,5の場合のみ】: 目安貢献額を基に電源立地都道府県への貢献方法を自治体と需要家が合意 (tiers that need the agreement)",
    unit: "table",
    source: SOURCE,
    locator: "補助金の申請 ｜ コミットメントの提出、フォローアップへの対応",
    notes: ["No4 / No5 are the 立地要件② tiers (製造設備投資型 only; DC is 対象外 there, GX-RATE-03)."],
    value: [4, 5] as readonly Tier[],
  }),
  supplyIncreaseTiers: param({
    ruleId: "GX-COMMIT-01",
    description: "B) 脱炭素電力供給増へのコミット【No2,3,5の場合のみ】; 既設電源を活用する場合(No.2,3,5) の供給増計画 (tiers that need the supply-increase plan)",
    unit: "table",
    source: SOURCE,
    locator: "補助金の申請 ｜ コミットメントの提出、フォローアップへの対応",
    notes: ["GX-SUPPLY-03 names the same tiers (脱炭素電力供給地域 (既設電源を活用する場合(No.2,3,5))); No1 / No4 use new sources and need no plan."],
    value: [2, 3, 5] as readonly Tier[],
  }),

  contractPeriods: param({
    ruleId: "GX-CONTRACT-01",
    description: "電源の契約期間 (minimum contract periods per procurement method and source)",
    unit: "table",
    source: SOURCE,
    locator: "電源の契約期間",
    notes: [
      "AMB-24: the nuclear row's 5年以上 is one merged cell across 新設・リプレース / 再稼働 / 既設.",
      "AMB-24: every non-nuclear 新設・再稼働 category (大規模改修, conversions of thermal plants) uses the 新設・リプレース row.",
      "AMB-24: 自家発電 has no contract, so no period is checked on self-generation lines; the custom function GX.CONTRACTYEARS reads 自家発 as CPPA (SPEC §4).",
      "Two different things: the 「電源・事業の特性に照らし合理的と認められる場合」 rows (10年 / 5年) apply when the user declares that pattern; the general 「外的要因等によりこれが困難であると認められる場合は例外を認める可能性がある」 has no term and is the secretariat's decision (never applied automatically).",
    ],
    value: [
      { procurement: "cppa", pattern: "principle", sourceClass: "newReplace", minYears: 15, asWritten: "15年以上" },
      { procurement: "cppa", pattern: "principle", sourceClass: "existing", minYears: 10, asWritten: "10年以上" },
      { procurement: "cppa", pattern: "justified", sourceClass: "newReplace", minYears: 10, asWritten: "10年以上" },
      { procurement: "cppa", pattern: "justified", sourceClass: "existing", minYears: 5, asWritten: "5年以上" },
      { procurement: "cppa", pattern: "nuclear", sourceClass: "newReplace", minYears: 5, asWritten: "5年以上" },
      { procurement: "cppa", pattern: "nuclear", sourceClass: "restart", minYears: 5, asWritten: "5年以上", note: "AMB-24: blank cell read as the merged 5年以上" },
      { procurement: "cppa", pattern: "nuclear", sourceClass: "existing", minYears: 5, asWritten: "5年以上", note: "AMB-24: blank cell read as the merged 5年以上" },
      { procurement: "menu", pattern: "principle", sourceClass: "any", minYears: 8, asWritten: "8年以上" },
    ] as readonly ContractRow[],
  }),

  power1Share: param({
    ruleId: "GX-PWR-01",
    description: "電力要件① 通年で使用する電力の全量を脱炭素電力とすること (share that must be decarbonised)",
    unit: "rate",
    source: SOURCE,
    locator: PWR_LOCATOR,
    notes: ["AMB-28: certificates (GX-PWR-09) count for ①, filling the gap to 100%."],
    value: "100%",
  }),
  power2Share: param({
    ruleId: "GX-PWR-02",
    description: "電力要件② 通年で使用する電力の50%以上を同一都道府県（電源立地都道府県）から調達 (minimum same-prefecture share)",
    unit: "rate",
    source: SOURCE,
    locator: PWR_LOCATOR,
    notes: [
      "以上 = inclusive: exactly 50% satisfies ②.",
      "AMB-28: certificates never count for ② nor for the tier; physical / contracted procurement only.",
      "AMB-12: for No1/No4 the same kWh must be both 自家発・CPPA and 新設・再稼働 (joint share ≥ 50%).",
    ],
    value: "50%",
  }),

  largeCompanyEmployees: param({
    ruleId: "GX-SIZE-01",
    description: "大企業: 常時使用する従業員の数が2,000人超 (employees above which a company is large)",
    unit: "persons",
    source: SOURCE,
    locator: "補助対象者の要件について",
    notes: [
      "超 = exclusive: 2,000 is 中堅 or 中小, 2,001 is 大企業.",
      "Order: みなし大企業 → 大企業; > 2,000 → 大企業; 中小企業 (declared, AMB-21: thresholds of 中小企業基本法 are not in the source) → 中小; else 中堅.",
    ],
    value: 2000,
  }),

  pueMax: param({
    ruleId: "GX-BIZ-DC-01",
    description: "DC設備投資型: 稼働開始から2年以内にPUE（電力使用効率）＝1.3以下 (maximum PUE)",
    unit: "ratio",
    source: SOURCE,
    locator: "補助対象事業の要件 (II. データセンター設備投資型)",
    notes: ["AMB-16: PUE = facility energy ÷ ICT energy on an annual basis (004's definition); 以下 = inclusive."],
    value: "1.3",
  }),
  pueWithinYears: param({
    ruleId: "GX-BIZ-DC-01",
    description: "PUE 1.3以下の達成期限: 稼働開始から2年以内 (years after start of operation)",
    unit: "years",
    source: SOURCE,
    locator: "補助対象事業の要件 (II. データセンター設備投資型)",
    value: 2,
  }),

  biomassMinDependency: param({
    ruleId: "GX-SRC-04",
    description: "バイオマス依存率（発熱量ベース）60%以上 (minimum biomass dependency)",
    unit: "rate",
    source: SOURCE,
    locator: `${SRC2_LOCATOR} ※5`,
    notes: ["以上 = inclusive. Biogas only from 家畜糞尿・食品残渣・下水汚泥等 counts as 100% (「等」: the list is open)."],
    value: "60%",
  }),
  hydrogenCofiringMin: param({
    ruleId: "GX-SRC-02",
    description: "水素混焼: 高位発熱量ベースで水素を10%以上混焼 (minimum hydrogen co-firing share, HHV)",
    unit: "rate",
    source: SOURCE,
    locator: `${SRC2_LOCATOR} ※7`,
    value: "10%",
  }),
  ammoniaCofiringMin: param({
    ruleId: "GX-SRC-02",
    description: "アンモニア混焼: 高位発熱量ベースでアンモニアを20%以上混焼 (minimum ammonia co-firing share, HHV)",
    unit: "rate",
    source: SOURCE,
    locator: `${SRC2_LOCATOR} ※8`,
    value: "20%",
  }),
  ccsCaptureMin: param({
    ruleId: "GX-SRC-02",
    description: "CCS付火力: 定格出力時のCO2回収率20%以上 (minimum capture rate at rated output)",
    unit: "rate",
    source: SOURCE,
    locator: `${SRC2_LOCATOR} ※9`,
    notes: ["The rate must also be the plant's maximum feasible capture rate (not checkable from a number)."],
    value: "20%",
  }),

  matrix: param({
    ruleId: "GX-MATRIX-01",
    description: "【参考】電力要件・立地要件の組合せと支援強度 (17-row combination table → tier per type)",
    unit: "table",
    source: SOURCE,
    locator: "【参考】電力要件・立地要件の組合せと支援強度",
    notes: [
      "Ver1.1 (2026/5/26, 改訂履歴): row #10 corrected from No3 to 対象外.",
      "AMB-19: 需要要件② in the linkage column means 電力要件②.",
      "GX-SUPPLY-02 / AMB-14: 新設 and 再稼働 sources are both allowed outside the 脱炭素電力供給地域 (rows 9, 13).",
      "AMB-23: rows 5, 7, 13 say 自家発・CPPA; No4/No5 say CPPAのみ — the power-plan evaluator counts CPPA only for 立地要件② and warns on 自家発.",
      "`because` is a derived reading (GX-MATRIX-02 / GX-EXCL-01) used only to explain an 対象外 outcome.",
    ],
    value: [
      mrow(1, true, "site", "newOnly", "selfCppa", 1, 1),
      mrow(2, true, "site", "newOnly", "menu", 3, 3),
      mrow(3, true, "site", "includesExisting", "selfCppa", 2, 2),
      mrow(4, true, "site", "includesExisting", "menu", 3, 3),
      mrow(5, true, "remote", "newOnly", "selfCppa", 4, X, { datacenter: "LOC-02" }),
      mrow(6, true, "remote", "newOnly", "menu", X, X, { manufacturing: "EXCL-B", datacenter: "LOC-02" }),
      mrow(7, true, "remote", "includesExisting", "selfCppa", 5, X, { datacenter: "LOC-02" }),
      mrow(8, true, "remote", "includesExisting", "menu", X, X, { manufacturing: "EXCL-B", datacenter: "LOC-02" }),
      mrow(9, false, "site", "newOnly", "selfCppa", 1, 1),
      mrow(10, false, "site", "newOnly", "menu", X, X, { manufacturing: "PWR-03", datacenter: "PWR-03" }, "Ver1.1 で No3 ⇒ 対象外 に修正（改訂履歴）"),
      mrow(11, false, "site", "includesExisting", "selfCppa", X, X, { manufacturing: "EXCL-A", datacenter: "EXCL-A" }),
      mrow(12, false, "site", "includesExisting", "menu", X, X, { manufacturing: "EXCL-A", datacenter: "EXCL-A" }),
      mrow(13, false, "remote", "newOnly", "selfCppa", 4, X, { datacenter: "LOC-02" }),
      mrow(14, false, "remote", "newOnly", "menu", X, X, { manufacturing: "EXCL-B", datacenter: "LOC-02" }),
      mrow(15, false, "remote", "includesExisting", "selfCppa", X, X, { manufacturing: "EXCL-A", datacenter: "LOC-02" }),
      mrow(16, false, "remote", "includesExisting", "menu", X, X, { manufacturing: "EXCL-B", datacenter: "LOC-02" }),
      { no: 17, when: { power2: false }, outcome: { manufacturing: X, datacenter: X }, because: { manufacturing: "PWR-02", datacenter: "PWR-02" } },
    ] as readonly MatrixRow[],
  }),

  sourceTypes: param({
    ruleId: "GX-SRC-01",
    description: "脱炭素電源と取り扱う電源種 a–m と、そのうち新設・再稼働と取り扱う電源 (source types; states counted as new/restarted)",
    unit: "table",
    source: SOURCE,
    locator: "脱炭素電源と取り扱う電源種等（1/2）",
    notes: [
      "公募開始年度以降に営業運転開始 (AMB-27: call-opening fiscal year, FY2026 for both planned calls) — the sheet has no date column, so the declared state is trusted.",
      "GX-PWR-07: 再稼働電源 = existing nuclear plant restarting for the first time after the July-2013 standards; only g. counts 再稼働.",
      "A state not listed for a type (e.g. 太陽光 + 大規模改修) is counted as 既設 (still 脱炭素電力, not 新設・再稼働).",
    ],
    value: [
      { code: "a", label: "太陽光発電", footnotes: ["※2"], newStates: ["new", "replace"], partialCount: false },
      { code: "b", label: "風力発電", footnotes: ["※14"], newStates: ["new", "replace"], partialCount: false },
      { code: "c", label: "水力発電", footnotes: ["※15", "※16"], newStates: ["new", "replace", "majorRefurbishment"], partialCount: false },
      { code: "d", label: "地熱発電", footnotes: ["※17"], newStates: ["new", "replace"], partialCount: false },
      { code: "e", label: "バイオマス発電（専焼）", footnotes: ["※3"], newStates: ["new", "conversion"], partialCount: false },
      { code: "f", label: "バイオマス発電（混焼）", footnotes: ["※3", "※4", "※5"], newStates: ["new", "conversion"], partialCount: true },
      { code: "g", label: "原子力発電", footnotes: [], newStates: ["new", "replace", "restart"], partialCount: false },
      { code: "h", label: "火力発電（水素専焼）", footnotes: ["※6"], newStates: ["new", "replace", "conversion"], partialCount: false },
      { code: "i", label: "火力発電（水素混焼）", footnotes: ["※4", "※6", "※7"], newStates: ["new", "replace", "conversion"], partialCount: true },
      { code: "j", label: "火力発電（アンモニア専焼）", footnotes: ["※6"], newStates: ["new", "replace", "conversion"], partialCount: false },
      { code: "k", label: "火力発電（アンモニア混焼）", footnotes: ["※4", "※6", "※8"], newStates: ["new", "replace", "conversion"], partialCount: true },
      { code: "l", label: "CCS付火力発電", footnotes: ["※9", "※10"], newStates: ["conversion"], partialCount: true },
      { code: "m", label: "燃料電池", footnotes: ["※6", "※10", "※11"], newStates: ["new"], partialCount: true },
    ] as readonly SourceTypeRow[],
  }),

  certificates: param({
    ruleId: "GX-PWR-09",
    description: "活用可能な証書: 非化石証書、グリーン電力証書、再エネ電力由来「クレジット」 (certificates allowed to reach 100%)",
    unit: "table",
    source: SOURCE,
    locator: `${SRC2_LOCATOR} ※13`,
    notes: [
      "The seed text prints 再エネ電力由来「クレジット」; SPEC §5 writes 再エネ電力由来J-クレジット — read as the J-クレジット (both spellings accepted).",
      "AMB-28: certificates only fill the gap to 100% (電力要件①); they never count for ② or the tier.",
    ],
    value: [
      { kind: "nonFossil", label: "非化石証書" },
      { kind: "greenPower", label: "グリーン電力証書" },
      { kind: "reJCredit", label: "再エネ電力由来J-クレジット" },
    ] as readonly CertificateRow[],
  }),

  menuKindRequired: param({
    ruleId: "GX-EXCL-01",
    description: "補助対象外となるケースC: 利用する脱炭素電力メニューは非FIT非化石証書トラッキングあり (menu kind required with 立地要件① + menu)",
    unit: "text",
    source: SOURCE,
    locator: "【補足】脱炭素要件について、補助対象外となるケース",
    notes: ["AMB-13: the source lists only I. 製造設備投資型 for case C — a hard rule for 製造, a warning for DC."],
    value: "非FIT非化石証書トラッキングあり",
  }),
} as const;

export type GxParams = typeof GX_2026_V11_PARAMS;

export const GX_2026_V11: Edition<GxParams> = {
  program: "gx-regional",
  id: "gx-regional/2026-v1.1",
  source: SOURCE,
  validFrom: "2026-04-01",
  validTo: "2031-03-31",
  validityNote:
    "令和8年度から12年度の事業（GX-OVR-02 成果目標）: FY2026 (2026-04-01) – FY2030 (2031-03-31). 概要説明資料 Ver1.1 (2026/5/26); 検討中 parts may be revised — a revision or the 公募要領 is a new edition. Ver1.0 is not among the sources, so dates before 2026-05-26 also get Ver1.1 (row #10 as corrected).",
  params: GX_2026_V11_PARAMS,
};

/** Every edition of the program, oldest first. */
export const GX_EDITIONS: readonly Edition<GxParams>[] = [GX_2026_V11];

/** The parameters the evaluators use when none are passed: the latest edition (custom functions take no date). */
export const GX_CURRENT: GxParams = latestEdition(GX_EDITIONS).params;

/**
 * AMB-11, the other reading of the parenthesised rates: as printed, 33% = 33/100 (not 1/3), 25%, 20%.
 * SPEC §8 reads 33% as 1/3 (the default); pass `withPrintedLargeRates(GX_CURRENT)` as `p` to any GX evaluator
 * to compute with the printed figures instead. On DC No1, 大企業, 300億円: 99億円 instead of 100億円.
 */
export function withPrintedLargeRates(p: GxParams): GxParams {
  const printed = (c: RateCell | null): RateCell | null => {
    if (c === null) return null;
    const inBrackets = /[（(]([^）)]+)[）)]/.exec(c.asWritten);
    return inBrackets ? { ...c, large: inBrackets[1] } : c;
  };
  const rows = p.rateTable.value.map((r) => ({ ...r, manufacturing: printed(r.manufacturing), datacenter: printed(r.datacenter) }));
  return {
    ...p,
    rateTable: { ...p.rateTable, notes: [...(p.rateTable.notes ?? []), "AMB-11 other reading: parenthesised rates as printed (33/100, 1/4, 1/5)."], value: rows },
  };
}
