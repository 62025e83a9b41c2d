/**
 * Parameters of the MOE 環境配慮技術 開発・実証事業 (実施要領, 令和8年4月7日施行). The 実施要領 states no
 * rate, cap, call dates or documents (DCTECH-NA-01, AMB-46): only the ineligible expenses, the reports
 * and 収益納付 are data here.
 */
import { editionAt, latestEdition, type Edition } from "../../lib/edition";
import { param, type Param } from "../../lib/param";
import type { Result } from "../../lib/result";
import type { KeywordRow } from "../dc-zero/keywordMatch";

const SOURCE = "dctech-r8-youryou" as const;

/** The 建屋 exception: minimum buildings for the project's equipment, used only by it, not convertible. */
const BUILDING_EXCEPTION = ["専用", "専ら", "転用", "設備収納", "維持管理用", "必要最小限"];

export const DCTECH_EXCLUSIONS = param({
  ruleId: "DCTECH-EXCL-01",
  description: "補助対象外経費 ア–ク",
  unit: "table",
  source: SOURCE,
  locator: "第2 (2) 補助対象外経費",
  notes: [
    "イ: a building described as dedicated / minimum / not convertible may fall under the exception — a warning asks to confirm instead of an error.",
    "ク その他、事業の実施に関連性のない経費 has no keywords: it cannot be detected from text.",
  ],
  value: [
    { key: "land", labelJa: "ア 事業に必要な用地の確保に要する経費", keywords: ["用地", "土地", "借地", "地代"] },
    { key: "building", labelJa: "イ 建屋の建設にかかる経費", keywords: ["建屋", "建物", "躯体", "上屋"], unless: ["建屋内", "建物内", ...BUILDING_EXCEPTION] },
    {
      key: "building-exception",
      labelJa: "イ 建屋の建設にかかる経費（設備等の維持、管理に必要な必要最小限度で、専ら補助事業にのみ使用し他用途へ転用できないものは除く）",
      keywords: ["建屋", "建物", "躯体", "上屋"],
      requiresAll: [BUILDING_EXCEPTION],
      unless: ["建屋内", "建物内"],
      severity: "warning",
    },
    {
      key: "general-purpose",
      labelJa: "ウ 当然備えているべき機器及び汎用性の高い備品等（パソコン、机、椅子、事務機器等）の購入費",
      keywords: ["パソコン", "PC", "ノートPC", "タブレット", "机", "椅子", "事務機器", "複合機", "プリンタ", "汎用"],
    },
    { key: "conference-travel", labelJa: "エ 学会、講演会等、事業に直接関係のない会議の参加のための旅費", keywords: ["学会", "講演会"] },
    {
      key: "accident",
      labelJa: "オ 事業実施中に発生した事故・災害の処理に要する経費",
      keywords: ["事故", "災害", "被災"],
      unless: ["防災", "災害対策", "耐災害", "事故防止"],
    },
    { key: "patent", labelJa: "カ 事業に係る特許出願料等の登録免許に関する経費", keywords: ["特許出願", "出願料", "登録免許", "特許登録"] },
    { key: "removal", labelJa: "キ 既存施設・設備等の撤去費", keywords: ["撤去", "解体"], unless: ["仮設", "設置撤去", "機械器具"] },
  ] satisfies readonly KeywordRow[],
});

export interface DcTechParams {
  readonly exclusions: Param<readonly KeywordRow[]>;
  /** 収益納付: 補助事業をすべて終了した年度以降の3年間. */
  readonly revenuePaybackYears: Param<number>;
  /** 事業終了後に係る報告: 終了した年度の翌年度から3年間. */
  readonly postReportYears: Param<number>;
  /** Each post-project report is due on this "MM-DD" of the following 年度. */
  readonly postReportDueMonthDay: Param<string>;
}

const DCTECH_R8: DcTechParams = {
  exclusions: DCTECH_EXCLUSIONS,
  revenuePaybackYears: param({
    ruleId: "DCTECH-REV-01",
    description: "収益納付: 補助事業をすべて終了した年度以降の3年間",
    unit: "years",
    source: SOURCE,
    locator: "第3 収益納付",
    notes: ["AMB-43: 以降 includes the completion 年度 — window = completion 年度 and the next two (configurable)."],
    value: 3,
  }),
  postReportYears: param({
    ruleId: "DCTECH-REPORT-03",
    description: "事業終了後に係る報告: 総事業期間を終了した年度の翌年度から3年間",
    unit: "years",
    source: SOURCE,
    locator: "第2 (4) ウ",
    value: 3,
  }),
  postReportDueMonthDay: param({
    ruleId: "DCTECH-REPORT-03",
    description: "事業終了後に係る報告: 各年度の翌年度の4月30日まで",
    unit: "date",
    source: SOURCE,
    locator: "第2 (4) ウ",
    value: "04-30",
  }),
};

export const DC_TECH_EDITIONS: readonly Edition<DcTechParams>[] = [
  {
    program: "dc-tech",
    id: "dc-tech/2026-r8",
    source: SOURCE,
    validFrom: "2026-04-07",
    validTo: null,
    validityNote: "附則: この実施要領は、令和8年4月7日から施行する（DCTECH-DATE-01）。改正されるまで有効。",
    params: DCTECH_R8,
  },
];

export const DC_TECH_CURRENT: Edition<DcTechParams> = latestEdition(DC_TECH_EDITIONS);

/** The dc-tech edition in force at an ISO date (NO_RULE_IN_FORCE before 2026-04-07). */
export function dcTechEditionAt(date: string): Result<Edition<DcTechParams>> {
  return editionAt(DC_TECH_EDITIONS, date);
}
