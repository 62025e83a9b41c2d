/**
 * Parameters of the dc-zero call (公募要領 令和6年4月16日, 令和5年度補正 + 令和6年度), as one dated edition.
 * Every number of the source that the code uses is declared here once, with its rule id and locator.
 * A later call is a new edition beside this one, never an edit of it (AMB-52).
 */
import { editionAt, latestEdition, type Edition } from "../../lib/edition";
import { param, type Param } from "../../lib/param";
import type { Result } from "../../lib/result";
import { BIOMASS_CONDITION, ELIGIBLE_EQUIPMENT, CONTAINER_USED_ICT, NEW_OUTSIDE_LIST, RE_CONDITIONS, RELOCATION_OUTSIDE_LIST, RENOVATION_OUTSIDE_LIST } from "./equipmentTables";
import { ADMIN_NOT_CONTENT, ADMIN_SUB_ITEMS, EXPENSE_TAXONOMY, type TaxonomyCategory, type TaxonomySubItem } from "./expenseTables";
import type { KeywordRow } from "./keywordMatch";
import {
  BATTERY_ITEMS,
  CONTAINER_EXCLUSIONS,
  DESIGN_EXCLUSIONS,
  INELIGIBLE_EXAMPLES,
  LOWER_RATE_ITEMS,
  NEW_EXCLUSIONS,
  NEW_OFFSITE_EXCLUSION,
  RELOCATION_EXCLUSIONS,
  RENOVATION_EXCLUSIONS,
  STANDARD_RATE_ITEMS,
} from "./keywordTables";
import type { DcProjectType } from "./sheetTypes";

const SOURCE = "dc-zero-r6-koubo" as const;

/** 補助率 of one 事業区分: `standard` for every item, `lower` for 太陽光・空調等 where the type has such a rate. */
export interface RateRule {
  readonly standard: string;
  readonly lower: string | null;
}

/** 上限: yen, per 年度 (新設・改修) or per project (移設・コンテナ). */
export interface CapRule {
  readonly yen: number;
  readonly perFiscalYear: boolean;
}

/** One band of a marginal scale: `rate` applies to the part of the base above the previous band, up to `upTo` (null = no upper end). */
export interface ScaleBand {
  readonly upTo: number | null;
  readonly rate: string;
}

/** One form of the application workbook ア (様式1, 別紙1, 別紙2) and how it is recognised (DC-DOC-04). */
export interface ApplicationPartSpec {
  readonly key: "form1" | "plan" | "expenses";
  /** As printed in 表 提出書類一覧, e.g. "別紙2 経費内訳". */
  readonly labelJa: string;
  /** Words of a sheet name that show the form (matched after NFKC, spaces removed). */
  readonly sheetNames: readonly string[];
  /** Sheet kinds of the sheet engine (src/rules/sheets) that are this form. */
  readonly sheetKinds: readonly string[];
}

export interface DcZeroParams {
  readonly rate: Readonly<Record<DcProjectType, Param<RateRule>>>;
  readonly cap: Readonly<Record<DcProjectType, Param<CapRule>>>;
  /** 事業期間: maximum number of fiscal years (原則 for 新設・改修). */
  readonly maxFiscalYears: Readonly<Record<DcProjectType, Param<number>>>;
  /** 本年度の補助事業の実施期間 ends on this date (ISO). */
  readonly implementationPeriodEnd: Param<string>;
  readonly reShareMin: Param<string>;
  readonly co2CostMaxYenPerT: Param<number>;
  readonly adminScale: Param<readonly ScaleBand[]>;
  readonly batteryTargetYenPerKWh: Readonly<Record<"industrial" | "household", Param<number>>>;
  readonly hybridDeductionYenPerKW: Param<number>;
  readonly utilizationFloor: Param<string>;
  readonly financial: {
    readonly maxPeriods: Param<number>;
    readonly equityRatioMin: Param<string>;
    readonly currentRatioMin: Param<string>;
  };
  readonly bonus: {
    readonly salesPeriods: Param<number>;
    readonly salesMultiple: Param<number>;
    readonly equityRatioAbove: Param<string>;
    readonly wageIncrease: Readonly<Record<"sme" | "other", Param<string>>>;
  };
  readonly reports: {
    readonly completionWithinDays: Param<number>;
    /** "MM-DD" of the 事業実施年度's last allowed date. */
    readonly completionLatestMonthDay: Param<string>;
    readonly annualDueMonthDay: Param<string>;
    readonly annualReportYears: Param<number>;
    /** Completion on or before this "MM-DD" of the 年度 triggers the stub-period report (AMB-50). */
    readonly stubCutoffMonthDay: Param<string>;
  };
  readonly taxonomy: Param<readonly TaxonomyCategory[]>;
  readonly adminSubItems: Param<readonly TaxonomySubItem[]>;
  readonly ineligible: readonly Param<readonly KeywordRow[]>[];
  readonly exclusions: Readonly<Record<DcProjectType, readonly Param<readonly KeywordRow[]>[]>>;
  readonly lowerRateItems: Param<readonly KeywordRow[]>;
  readonly standardRateItems: Param<readonly KeywordRow[]>;
  readonly batteryItems: Param<readonly KeywordRow[]>;
  /** ① 補助対象設備 of each 事業区分 (which item ア–カ a text names). */
  readonly eligibleEquipment: Readonly<Record<DcProjectType, Param<readonly KeywordRow[]>>>;
  /** Per 事業区分 that requires new RE equipment: the requirement's rule id and the list item (ア) that is RE equipment. */
  readonly newReRequired: Readonly<Partial<Record<DcProjectType, { readonly ruleId: string; readonly item: string }>>>;
  /** 新規導入する再エネ発電設備: installation started on or after this ISO date (公募開始日). */
  readonly newReFrom: Param<string>;
  /** 家庭用蓄電池: SII registration list (DC-BATT-02). */
  readonly batterySiiRegistry: Param<string>;
  /** 事務費 content that is none of the allowed kinds (MOE-ADMIN-02). */
  readonly adminNotContent: Param<readonly KeywordRow[]>;
  /** 決算報告書: number of latest 決算期 required of an established company (DC-DOC-03). */
  readonly statementPeriods: Param<number>;
  /** The three forms of 提出書類 ア, kept in one workbook (DC-DOC-04). */
  readonly applicationWorkbook: Param<readonly ApplicationPartSpec[]>;
  /** Locators of rules the code cites that carry no number (for issue citations). */
  readonly locators: Readonly<Record<string, string>>;
}

const rate = (ruleId: string, locator: string, description: string, value: RateRule): Param<RateRule> =>
  param({ ruleId, description, unit: "rate", source: SOURCE, locator, value });

const DC_ZERO_R6: DcZeroParams = {
  rate: {
    new: rate("DC-NEW-RATE-01", "1 (4) 補助金の交付額", "新設 補助率 2分の1（太陽光発電設備及び空調設備等の省CO2型設備は3分の1）", {
      standard: "1/2",
      lower: "1/3",
    }),
    renovation: rate("DC-RENO-RATE-01", "2 (4) 補助金の交付額", "改修 補助率 2分の1（太陽光発電設備及び空調設備等の省CO2型設備は3分の1）", {
      standard: "1/2",
      lower: "1/3",
    }),
    relocation: rate("DC-MOVE-RATE-01", "3 (4) 補助金の交付額", "移設 補助率 3分の1", { standard: "1/3", lower: null }),
    container: rate("DC-CONT-RATE-01", "4 (4) 補助金の交付額", "コンテナ 補助率 3分の1", { standard: "1/3", lower: null }),
  },
  cap: {
    new: param({
      ruleId: "DC-NEW-CAP-01",
      description: "新設 上限は各年度3億円 (cap per fiscal year)",
      unit: "yen",
      source: SOURCE,
      locator: "1 (4) 補助金の交付額",
      notes: ["複数年度: 算出された額が各年度3億円を超えた場合は3億円を該当する年度の交付額とする."],
      value: { yen: 300_000_000, perFiscalYear: true },
    }),
    renovation: param({
      ruleId: "DC-RENO-CAP-01",
      description: "改修 上限は各年度1億円 (cap per fiscal year)",
      unit: "yen",
      source: SOURCE,
      locator: "2 (4) 補助金の交付額",
      value: { yen: 100_000_000, perFiscalYear: true },
    }),
    relocation: param({
      ruleId: "DC-MOVE-RATE-01",
      description: "移設 上限は1億円 (cap per project)",
      unit: "yen",
      source: SOURCE,
      locator: "3 (4) 補助金の交付額",
      value: { yen: 100_000_000, perFiscalYear: false },
    }),
    container: param({
      ruleId: "DC-CONT-RATE-01",
      description: "コンテナ 上限は2億円 (cap per project)",
      unit: "yen",
      source: SOURCE,
      locator: "4 (4) 補助金の交付額",
      value: { yen: 200_000_000, perFiscalYear: false },
    }),
  },
  maxFiscalYears: {
    new: param({ ruleId: "DC-NEW-PERIOD-01", description: "新設 事業期間：原則2年度以内", unit: "years", source: SOURCE, locator: "1 (5) 補助事業期間", notes: ["AMB-51: 原則 — more years is a warning, not an error."], value: 2 }),
    renovation: param({ ruleId: "DC-RENO-PERIOD-01", description: "改修 事業期間：原則2年度以内", unit: "years", source: SOURCE, locator: "2 (5) 補助事業期間", notes: ["AMB-51: 原則 — more years is a warning, not an error."], value: 2 }),
    relocation: param({ ruleId: "DC-MOVE-PERIOD-01", description: "移設 事業期間：単年度", unit: "years", source: SOURCE, locator: "3 (5) 補助事業期間", value: 1 }),
    container: param({ ruleId: "DC-CONT-PERIOD-01", description: "コンテナ 事業期間：単年度", unit: "years", source: SOURCE, locator: "4 (5) 補助事業期間", value: 1 }),
  },
  implementationPeriodEnd: param({
    ruleId: "DC-SCHED-05",
    description: "本年度の補助事業の実施期間の終期（令和7年2月28日）",
    unit: "date",
    source: SOURCE,
    locator: "1–4 (5) 補助事業期間",
    value: "2025-02-28",
  }),
  reShareMin: param({
    ruleId: "DC-NEW-REQ-01",
    description: "新設 要件ア: 再エネ発電設備がデータセンターの使用電力量の10%以上を供給",
    unit: "rate",
    source: SOURCE,
    locator: "1 データセンター新設支援事業 (1) ア",
    notes: ["AMB-34: grid-delivered RE from a newly introduced off-site plant counts toward the 10%."],
    value: "10%",
  }),
  co2CostMaxYenPerT: param({
    ruleId: "DC-CONT-REQ-06",
    description: "コンテナ 要件カ: CO2削減コストが230,000円/t-CO2以下",
    unit: "yen/t-CO2",
    source: SOURCE,
    locator: "4 (1) カ",
    notes: ["AMB-36: stated for コンテナ only; other types get the cost as information (審査項目オ)."],
    value: 230_000,
  }),
  adminScale: param({
    ruleId: "MOE-ADMIN-01",
    description: "事務費の上限: 工事費・設備費・業務費の金額に対する区分毎の率 (6.5% / 5.5% / 4.5%)",
    unit: "table",
    source: SOURCE,
    locator: "別表第1 (事務費)",
    notes: ["AMB-38: base = eligible 工事費+設備費+業務費 of the 経費内訳, per fiscal year for multi-year sheets."],
    value: [
      { upTo: 50_000_000, rate: "6.5%" },
      { upTo: 100_000_000, rate: "5.5%" },
      { upTo: null, rate: "4.5%" },
    ],
  }),
  batteryTargetYenPerKWh: {
    industrial: param({
      ruleId: "DC-BATT-01",
      description: "定置用蓄電池 目標価格（工事費込み） 業務・産業用（4800Ah・セル以上）12.0万円/kWh",
      unit: "yen/kWh",
      source: SOURCE,
      locator: "(6) 補助対象設備 (蓄電池)",
      notes: ["AMB-33: capacity as stated in the application; tax basis as the sheet."],
      value: 120_000,
    }),
    household: param({
      ruleId: "DC-BATT-01",
      description: "定置用蓄電池 目標価格（工事費込み） 家庭用（4800Ah・セル未満）13.5万円/kWh",
      unit: "yen/kWh",
      source: SOURCE,
      locator: "(6) 補助対象設備 (蓄電池)",
      notes: ["AMB-32: the 新設 text says 家庭用 = 4800Ah・セル以上 (typo); 改修/コンテナ say 未満."],
      value: 135_000,
    }),
  },
  hybridDeductionYenPerKW: param({
    ruleId: "DC-BATT-03",
    description: "ハイブリッド: 電力変換装置の定格出力（系統側）1kWあたり2万円を控除（定格出力の小数点以下は切り捨て）",
    unit: "yen/kW",
    source: SOURCE,
    locator: "(6) 補助対象設備 (蓄電池)",
    value: 20_000,
  }),
  utilizationFloor: param({
    ruleId: "DC-REV-03",
    description: "想定稼働率が50%を下回る場合は稼働率50%として評価",
    unit: "rate",
    source: SOURCE,
    locator: "IV (4) 審査項目",
    value: "50%",
  }),
  financial: {
    maxPeriods: param({ ruleId: "DC-FIN-01", description: "直近の3決算期（当期純利益の連続赤字の判定期間）", unit: "count", source: SOURCE, locator: "(2) 補助事業の応募者", value: 3 }),
    equityRatioMin: param({
      ruleId: "DC-FIN-01",
      description: "③ 自己資本比率（純資産÷総資産×100）が10%未満",
      unit: "rate",
      source: SOURCE,
      locator: "(2) 補助事業の応募者",
      notes: ["AMB-31: 0 is neither 赤字 nor 債務超過."],
      value: "10%",
    }),
    currentRatioMin: param({ ruleId: "DC-FIN-01", description: "③ 流動比率（流動資産÷流動負債×100）が100%未満", unit: "rate", source: SOURCE, locator: "(2) 補助事業の応募者", value: "100%" }),
  },
  bonus: {
    salesPeriods: param({ ruleId: "DC-BONUS-03", description: "運営主体の過去3期の売上高の平均", unit: "count", source: SOURCE, locator: "コ 事業継続性", value: 3 }),
    salesMultiple: param({ ruleId: "DC-BONUS-03", description: "売上高の平均が総事業費の10倍以上でさらに加点", unit: "ratio", source: SOURCE, locator: "コ 事業継続性", value: 10 }),
    equityRatioAbove: param({
      ruleId: "DC-BONUS-04",
      description: "代表申請者・共同申請者・共同事業者の自己資本率が30%を超える",
      unit: "rate",
      source: SOURCE,
      locator: "コ 事業継続性",
      notes: ["AMB-31: 自己資本率 = 自己資本比率 = 純資産 ÷ 総資産.", "AMB-39: every listed party must exceed 30%."],
      value: "30%",
    }),
    wageIncrease: {
      sme: param({ ruleId: "DC-BONUS-05", description: "賃金増加率（対前年度比）中小企業 1.5%以上", unit: "rate", source: SOURCE, locator: "(その他の加点項目)", notes: ["AMB-40: rate = (this − previous) ÷ previous on the applicant's measure."], value: "1.5%" }),
      other: param({ ruleId: "DC-BONUS-05", description: "賃金増加率（対前年度比）その他 3%以上", unit: "rate", source: SOURCE, locator: "(その他の加点項目)", value: "3%" }),
    },
  },
  reports: {
    completionWithinDays: param({ ruleId: "DC-PROC-06", description: "完了実績報告書: 完了後30日以内", unit: "days", source: SOURCE, locator: "V (7) 完了実績報告及び書類審査等", value: 30 }),
    completionLatestMonthDay: param({ ruleId: "DC-PROC-06", description: "完了実績報告書: 又は事業実施年度の3月10日のいずれか早い日", unit: "date", source: SOURCE, locator: "V (7) 完了実績報告及び書類審査等", value: "03-10" }),
    annualDueMonthDay: param({ ruleId: "DC-POST-01", description: "事業報告書: 当該年度の翌年度の4月30日まで", unit: "date", source: SOURCE, locator: "V (10) 事業報告書の提出", value: "04-30" }),
    annualReportYears: param({ ruleId: "DC-POST-01", description: "事業報告書: 完了の日の属する年度の翌年度から3年間", unit: "years", source: SOURCE, locator: "V (10) 事業報告書の提出", value: 3 }),
    stubCutoffMonthDay: param({
      ruleId: "DC-POST-01",
      description: "補助事業が3月30日以前に完了した場合は完了日から3月31日までの事業報告書を翌々年度の4月30日まで",
      unit: "date",
      source: SOURCE,
      locator: "V (10) 事業報告書の提出",
      notes: ["AMB-50: literal — completion on 3月31日 gives no stub report."],
      value: "03-30",
    }),
  },
  taxonomy: EXPENSE_TAXONOMY,
  adminSubItems: ADMIN_SUB_ITEMS,
  ineligible: [DESIGN_EXCLUSIONS, INELIGIBLE_EXAMPLES],
  exclusions: {
    new: [NEW_EXCLUSIONS, NEW_OFFSITE_EXCLUSION, NEW_OUTSIDE_LIST, RE_CONDITIONS, BIOMASS_CONDITION],
    renovation: [RENOVATION_EXCLUSIONS, RENOVATION_OUTSIDE_LIST, RE_CONDITIONS, BIOMASS_CONDITION],
    relocation: [RELOCATION_EXCLUSIONS, RELOCATION_OUTSIDE_LIST],
    container: [CONTAINER_EXCLUSIONS, CONTAINER_USED_ICT, RE_CONDITIONS, BIOMASS_CONDITION],
  },
  lowerRateItems: LOWER_RATE_ITEMS,
  standardRateItems: STANDARD_RATE_ITEMS,
  batteryItems: BATTERY_ITEMS,
  eligibleEquipment: ELIGIBLE_EQUIPMENT,
  newReRequired: {
    new: { ruleId: "DC-NEW-REQ-01", item: "ア" },
    renovation: { ruleId: "DC-RENO-REQ-01", item: "ア" },
    container: { ruleId: "DC-CONT-REQ-02", item: "ア" },
  },
  newReFrom: param({
    ruleId: "DC-EQ-06",
    description: "新規導入する再エネ発電設備とは原則公募開始日（令和6年4月16日）以降に設備導入が開始された設備",
    unit: "date",
    source: SOURCE,
    locator: "1 (1) ＊; 2 (1) ＊; 4 (1) ＊",
    notes: ["公募開始日 = 公募期間の初日 令和6年4月16日 (Ⅶ (2) 公募期間, DC-SCHED-02).", "原則: a later start is required; an exception is the 協会's decision, so an earlier start is reported as an error to resolve with the 協会."],
    value: "2024-04-16",
  }),
  batterySiiRegistry: param({
    ruleId: "DC-BATT-02",
    description: "家庭用の蓄電池は申請時点で国の補助事業の補助対象機器として一般社団法人 環境共創イニシアチブ（SII）により登録されている製品",
    unit: "text",
    source: SOURCE,
    locator: "(6) 補助対象設備 (蓄電池)",
    value: "https://sii.or.jp/zeh/battery/search/",
  }),
  adminNotContent: ADMIN_NOT_CONTENT,
  statementPeriods: param({
    ruleId: "DC-DOC-03",
    description: "決算報告書: 直近3決算期の貸借対照表及び損益計算書（設立から1会計年度未満は申請年度の事業計画及び収支予算、1以上2未満は直近1決算期、2以上3未満は直近2決算期）",
    unit: "count",
    source: SOURCE,
    locator: "Ⅶ (1) ※10",
    notes: [
      "The 1/2 会計年度 thresholds are min(経過した会計年度, 3): one number.",
      "経過した会計年度 = 決算期 closed before the application date when the 決算月 is known; otherwise full years since founding (our reading).",
    ],
    value: 3,
  }),
  applicationWorkbook: param({
    ruleId: "DC-DOC-04",
    description: "提出書類ア（様式1 応募申請書、別紙1 実施計画書、別紙2 経費内訳）: 複数シートに分かれている。ばらさず Excel 形式のまま提出",
    unit: "table",
    source: SOURCE,
    locator: "Ⅶ (1) ※1",
    value: [
      { key: "form1", labelJa: "様式1 応募申請書", sheetNames: ["様式1", "様式第1", "応募申請書"], sheetKinds: [] },
      { key: "plan", labelJa: "別紙1 実施計画書", sheetNames: ["別紙1", "実施計画書"], sheetKinds: ["dc-plan-indicators"] },
      { key: "expenses", labelJa: "別紙2 経費内訳", sheetNames: ["別紙2", "経費内訳"], sheetKinds: ["dc-expenses"] },
    ],
  }),
  locators: {
    "DC-RATIO-01": "キ データセンターの再生可能エネルギー使用率; Ⅶ (1) ※5 ※6",
    "DC-RENO-REQ-01": "2 データセンター改修支援事業 (1)",
    "DC-CONT-REQ-02": "4 (1) イ",
    "DC-EXP-01": "Ⅲ 補助対象経費",
    "DC-EXP-09": "1 (5); 2 (5)",
    "DC-MOVE-REQ-02": "3 ＊1–＊4",
    "DC-REV-04": "IV (4) 審査項目",
  },
};

/** The editions of the dc-zero program (one per call). */
export const DC_ZERO_EDITIONS: readonly Edition<DcZeroParams>[] = [
  {
    program: "dc-zero",
    id: "dc-zero/2024-r6",
    source: SOURCE,
    validFrom: "2024-04-16",
    validTo: null,
    validityNote:
      "公募要領 令和6年4月16日（公募開始日, DC-SCHED-01）から、後の公募の公募要領が公表されるまで（AMB-52: 日付・連絡先・率は公募ごとに変わり得るため、新しい公募は新しい版として追加する）。",
    params: DC_ZERO_R6,
  },
];

/** The edition the custom functions use (they take no date argument). */
export const DC_ZERO_CURRENT: Edition<DcZeroParams> = latestEdition(DC_ZERO_EDITIONS);

/** The dc-zero edition in force at an ISO date (NO_RULE_IN_FORCE before 2024-04-16). */
export function dcZeroEditionAt(date: string): Result<Edition<DcZeroParams>> {
  return editionAt(DC_ZERO_EDITIONS, date);
}
