/**
 * The facts the sheet checks need (SPEC §5), keyed by their canonical Japanese label — the keys
 * of ValidationOptions.facts ({ "事業区分": "新設" }). Labels are matched after normalizeLabel with
 * brackets removed, so "補助対象経費（千円）" and "再エネ率(%)" are found and scaled.
 */
import { aliasRank, parseLabel } from "./labels";
import type { FactSpec } from "./facts";

export const FACTS = {
  事業区分: { key: "事業区分", nameJa: "事業区分", labels: ["事業区分", "事業の区分", "応募事業区分"], type: "text" },
  PUE: { key: "PUE", nameJa: "PUE", labels: ["PUE", "想定PUE", "PUE値"], type: "number" },
  再エネ率: {
    key: "再エネ率",
    nameJa: "再エネ率",
    labels: ["再エネ率", "再生可能エネルギー率", "再エネ供給率", "再生可能エネルギー使用率", "再エネ比率"],
    type: "percent",
  },
  全再エネ率: {
    key: "全再エネ率",
    nameJa: "全再エネ率",
    labels: ["全再エネ率", "全再生可能エネルギー率", "全再エネ比率", "全再生可能エネルギー使用率"],
    type: "percent",
  },
  再エネ設備導入開始日: {
    key: "再エネ設備導入開始日",
    nameJa: "再エネ発電設備の設備導入開始日",
    labels: ["再エネ設備導入開始日", "再エネ発電設備の設備導入開始日", "再エネ設備の導入開始日", "設備導入開始日", "再エネ設備工事開始日"],
    type: "date",
  },
  想定稼働率: { key: "想定稼働率", nameJa: "想定稼働率", labels: ["想定稼働率", "稼働率"], type: "percent" },
  年間CO2削減量: {
    key: "年間CO2削減量",
    nameJa: "年間CO2削減量",
    labels: ["年間CO2削減量", "年間CO2排出削減量", "CO2削減量", "年間のエネルギー起源CO2削減量"],
    type: "t-co2",
  },
  法定耐用年数: { key: "法定耐用年数", nameJa: "法定耐用年数", labels: ["法定耐用年数", "耐用年数"], type: "years" },
  補助対象経費: { key: "補助対象経費", nameJa: "補助対象経費", labels: ["補助対象経費", "補助対象経費合計", "補助対象経費の支出予定額"], type: "yen" },
  投資類型: { key: "投資類型", nameJa: "投資類型", labels: ["投資類型", "類型", "補助事業の類型", "事業類型"], type: "text" },
  企業規模: { key: "企業規模", nameJa: "企業規模", labels: ["企業規模", "企業区分", "企業の規模"], type: "text" },
  事業実施場所: { key: "事業実施場所", nameJa: "事業実施場所", labels: ["事業実施場所", "事業実施場所の都道府県", "立地都道府県"], type: "text" },
  年間使用電力量: { key: "年間使用電力量", nameJa: "年間使用電力量", labels: ["年間使用電力量", "年間消費電力量", "年間電力使用量"], type: "kwh" },
  脱炭素電力供給地域: {
    key: "脱炭素電力供給地域",
    nameJa: "脱炭素電力供給地域",
    labels: ["脱炭素電力供給地域", "電源立地都道府県が脱炭素電力供給地域"],
    type: "yesno",
  },
  "立地要件②": { key: "立地要件②", nameJa: "立地要件②（地域貢献）", labels: ["立地要件②", "地域貢献", "地域貢献(立地要件②)"], type: "yesno" },
} as const satisfies Record<string, FactSpec>;

export type FactKey = keyof typeof FACTS;

export const FACT_SPECS: readonly FactSpec<FactKey>[] = Object.values(FACTS) as FactSpec<FactKey>[];

/** The labels of 実施計画書 指標 whose presence marks the sheet (事業区分 and 補助対象経費 appear elsewhere too). */
export const INDICATOR_KEYS: readonly FactKey[] = ["PUE", "再エネ率", "想定稼働率", "年間CO2削減量", "法定耐用年数"];

/** Facts of the 電力調達計画 facts block; they end the line table when met below it. */
export const POWER_PLAN_FACT_KEYS: readonly FactKey[] = ["投資類型", "企業規模", "事業実施場所", "年間使用電力量", "補助対象経費", "脱炭素電力供給地域", "立地要件②"];

/** The fact an option key names ("類型" → 投資類型), or null. */
export function factKeyOf(name: string): FactKey | null {
  const info = parseLabel(name);
  return FACT_SPECS.find((s) => aliasRank(info, s.labels) >= 0)?.key ?? null;
}
