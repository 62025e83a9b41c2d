/**
 * 別表第1 (区分 → 費目 → 細分 of the 経費内訳) and 別表第2 (細目 of 事務費) as data, with the spellings
 * found in filled-in forms (及 / 及び, 細分 prefixed by （直接工事費）).
 */
import { param } from "../../lib/param";
import type { KeywordRow } from "./keywordMatch";

export type ExpenseCategory = "工事費" | "設備費" | "業務費" | "事務費";

export interface TaxonomySubItem {
  /** 細分 (別表第1) or 細目 (別表第2) as printed; aliases include a 細目's own 細分 (印刷製本費 → 需用費). */
  readonly name: string;
  /** 別表第1 groups the 本工事費 細分 under 直接工事費 / 間接工事費. */
  readonly group?: string;
  readonly aliases?: readonly string[];
}

export interface TaxonomyItem {
  /** 費目 as printed. */
  readonly name: string;
  readonly aliases?: readonly string[];
  /** Allowed 細分 / 細目; empty = the 費目 has none (別表第1 shows "–"). */
  readonly subItems: readonly TaxonomySubItem[];
}

export interface TaxonomyCategory {
  readonly name: ExpenseCategory;
  readonly items: readonly TaxonomyItem[];
}

const SOURCE = "dc-zero-r6-koubo" as const;

/** 別表第2: the 細目 of 事務費 (MOE-ADMIN-02/03). */
export const ADMIN_SUB_ITEMS = param({
  ruleId: "MOE-ADMIN-03",
  description: "別表第2 事務費の細目・細分 (breakdown of administrative expenses)",
  unit: "table",
  source: SOURCE,
  locator: "別表第2",
  notes: ["需用費 → 細分 印刷製本費、役務費 → 細分 通信運搬費、社会保険料 → 細分 社会保険料; the 細分 is accepted in place of its 細目."],
  value: [
    { name: "社会保険料" },
    { name: "賃金 報酬・給料・職員手当", aliases: ["賃金", "報酬", "給料", "職員手当", "報酬・給料・職員手当", "賃金・報酬・給料・職員手当"] },
    { name: "諸謝金", aliases: ["謝金"] },
    { name: "旅費" },
    { name: "需用費", aliases: ["印刷製本費"] },
    { name: "役務費", aliases: ["通信運搬費"] },
    { name: "委託料" },
    { name: "使用料及賃借料", aliases: ["使用料及び賃借料", "使用料", "賃借料", "会場使用料"] },
    { name: "消耗品費及備品購入費", aliases: ["消耗品費及び備品購入費", "消耗品費", "備品購入費"] },
  ] satisfies readonly TaxonomySubItem[],
});

/** 別表第1: 区分 → 費目 → 細分 (DC-EXP-04). */
export const EXPENSE_TAXONOMY = param({
  ruleId: "DC-EXP-04",
  description: "別表第1 区分・費目・細分 (expense classification of the 経費内訳)",
  unit: "table",
  source: SOURCE,
  locator: "別表第1",
  notes: ["事務費 の細分は別表第2 の細目 (ADMIN_SUB_ITEMS)."],
  value: [
    {
      name: "工事費",
      items: [
        {
          name: "本工事費",
          subItems: [
            { name: "材料費", group: "直接工事費" },
            { name: "労務費", group: "直接工事費" },
            { name: "直接経費", group: "直接工事費" },
            { name: "共通仮設費", group: "間接工事費" },
            { name: "現場管理費", group: "間接工事費" },
            { name: "一般管理費", group: "間接工事費" },
          ],
        },
        { name: "付帯工事費", subItems: [] },
        { name: "機械器具費", subItems: [] },
        { name: "測量及試験費", aliases: ["測量及び試験費"], subItems: [] },
      ],
    },
    { name: "設備費", items: [{ name: "設備費", subItems: [] }] },
    { name: "業務費", items: [{ name: "業務費", subItems: [] }] },
    { name: "事務費", items: [{ name: "事務費", subItems: ADMIN_SUB_ITEMS.value }] },
  ] satisfies readonly TaxonomyCategory[],
});

/**
 * MOE-ADMIN-02: 事務費 is 事業を行うために直接必要な事務に要する 社会保険料、賃金、報酬・給料・職員手当、諸謝金、旅費、
 * 需用費、役務費、委託料、使用料及賃借料、消耗品費及備品購入費 only. These rows name expenses that are plainly none
 * of those kinds (error) or that usually are not (warning).
 */
export const ADMIN_NOT_CONTENT = param({
  ruleId: "MOE-ADMIN-02",
  description: "事務費の内容（事業を行うために直接必要な事務に要する経費に限る）に当たらない経費",
  unit: "table",
  source: SOURCE,
  locator: "別表第1 (事務費)",
  notes: [
    "Only plainly foreign kinds are errors (接待・飲食・贈答・罰金・役員報酬); 広告宣伝 and bank fees are warnings (別表第2 役務費 names only 通信運搬費).",
    "報酬・給料・職員手当 are limited to 地方公共団体 paying 会計年度任用職員: a 細目 naming them without 賃金 is a warning (adminContent.ts).",
  ],
  value: [
    { key: "entertainment", labelJa: "接待・交際に係る経費", keywords: ["接待", "交際費", "懇親", "宴会", "会食"] },
    { key: "food", labelJa: "飲食に係る経費", keywords: ["飲食", "弁当", "茶菓", "飲料", "お茶代", "ケータリング"] },
    { key: "gifts", labelJa: "贈答・慶弔に係る経費", keywords: ["贈答", "手土産", "土産", "お歳暮", "お中元", "慶弔", "祝儀", "香典", "花輪"] },
    { key: "penalties", labelJa: "罰金・延滞金・違約金", keywords: ["罰金", "延滞金", "違約金", "反則金"] },
    { key: "officer-pay", labelJa: "役員報酬・役員賞与", keywords: ["役員報酬", "役員賞与"] },
    { key: "advertising", labelJa: "広告宣伝費", keywords: ["広告", "宣伝"], severity: "warning" },
    { key: "bank-fees", labelJa: "振込・送金手数料", keywords: ["振込手数料", "送金手数料"], severity: "warning" },
  ] satisfies readonly KeywordRow[],
});
