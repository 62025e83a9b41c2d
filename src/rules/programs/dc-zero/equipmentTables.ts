/**
 * 補助対象設備 ① of each 事業区分 (DC-NEW-EQ-01, DC-RENO-EQ-01, DC-MOVE-EQ-01, DC-CONT-EQ-01) as keyword rows:
 * - ELIGIBLE_EQUIPMENT[type]: the items ア–エ (コンテナ ア–カ) — which item an expense text names;
 * - *_OUTSIDE_LIST: equipment named in another type's list but not in this one's. The lists say
 *   「…に限ります」, so such equipment is not eligible for the type (error where the item is plainly
 *   absent, warning where it may be a 付帯設備 of a listed item);
 * - RE_CONDITIONS (DC-EQ-06) and the ※5 新鋭 condition of ICT equipment.
 * Keywords are our reading of how the items are written in a 経費内訳.
 */
import { param } from "../../lib/param";
import { BATTERY_KEYWORDS, HVAC_KEYWORDS, ICT_KEYWORDS, ICT_UNLESS } from "./keywordTables";
import type { KeywordRow } from "./keywordMatch";

const SOURCE = "dc-zero-r6-koubo" as const;

/**
 * 再生可能エネルギー由来の発電設備 (DC-RE-01), as generator words: "太陽光用蓄電池" is a battery (イ), not ア,
 * while "太陽光発電用パワコン" is an ア 付帯設備.
 */
const RE_GENERATION = ["再エネ発電", "再生可能エネルギー発電", "太陽光発電", "太陽光パネル", "太陽光モジュール", "PV", "ソーラー", "太陽電池", "風力", "水力", "地熱発電", "バイオマス"];
/** Any mention of RE generation (for the DC-EQ-06 conditions, which read the surrounding words). */
const RE_MENTION = [...RE_GENERATION, "太陽光", "再エネ"];
/** 再生可能エネルギー由来の熱利用設備: 温度差エネルギー利用 (DC-RE-01). */
const RE_HEAT = ["地中熱", "地下水熱", "下水熱", "河川熱", "雪氷熱", "温度差エネルギー"];
/** 変動調整機能 (蓄電・蓄熱・EMS) and its 付帯設備 / 制御・運用機器 (イ). */
const ADJUSTMENT = [...BATTERY_KEYWORDS, "蓄熱", "EMS", "エネルギーマネジメント", "パワーコンディショナ", "パワコン", "PCS", "変圧器", "計測機器", "計測装置", "安全対策機器"];
/** 電力供給に必要な設備 (配電線、受変電設備、自営線等). */
const POWER_SUPPLY = ["配電線", "配電盤", "分電盤", "受変電", "受電設備", "キュービクル", "自営線"];
const UPS = ["無停電電源", "UPS"];
/** ICT機器等を収納する外装箱（コンテナ等）; a battery's or substation's housing is not one. */
const ENCLOSURE = ["外装箱", "コンテナ筐体", "コンテナ本体", "コンテナ外装", "モジュール筐体"];
const ENCLOSURE_UNLESS = ["蓄電", "電池", "変電", "キュービクル"];
const COOLING = ["空調", "冷却", "冷房"];

const re = (key: string, labelJa: string): KeywordRow => ({ key, labelJa, keywords: [...RE_GENERATION, ...RE_HEAT] });
const adjustment = (key: string): KeywordRow => ({
  key,
  labelJa: `${key} 再生可能エネルギーの変動調整機能及びその付帯設備（パワーコンディショナー、電線、変圧器等）並びに制御・運用に必要な機器及び設備（計測機器、安全対策機器等）`,
  keywords: ADJUSTMENT,
});
const hvac = (key: string, labelJa: string): KeywordRow => ({ key, labelJa, keywords: HVAC_KEYWORDS });
const ict = (key: string): KeywordRow => ({ key, labelJa: `${key} ICT機器（サーバー、ストレージ、通信機器等）及びその付帯設備`, keywords: ICT_KEYWORDS, unless: ICT_UNLESS });

/** ア–エ of 新設 and 改修 (identical wording). */
const NEW_OR_RENOVATION: readonly KeywordRow[] = [
  re("ア", "ア 再生可能エネルギーの使用に係る設備及びその付帯設備"),
  adjustment("イ"),
  hvac("ウ", "ウ データセンターの高効率空調・冷却に係る設備及びその付帯設備"),
  { key: "エ", labelJa: "エ 電力供給に必要な設備（配電線、受変電設備、自営線等）", keywords: POWER_SUPPLY },
];

const eligible = (ruleId: string, locator: string, description: string, value: readonly KeywordRow[], notes?: string[]) =>
  param({ ruleId, description, unit: "table", source: SOURCE, locator, value, ...(notes ? { notes } : {}) });

/** ① 補助対象設備 per 事業区分: the item an expense text names (first match in list order). */
export const ELIGIBLE_EQUIPMENT = {
  new: eligible("DC-NEW-EQ-01", "1 (6) 補助対象設備", "新設の補助対象設備 ア–エ（当該事業にのみ利用する設備に限る）", NEW_OR_RENOVATION),
  renovation: eligible("DC-RENO-EQ-01", "2 (6) 補助対象設備 ①", "改修の補助対象設備 ア–エ（当該事業にのみ利用する設備に限る）", NEW_OR_RENOVATION),
  relocation: eligible(
    "DC-MOVE-EQ-01",
    "3 (6) 補助対象設備 ①",
    "移設の補助対象設備 ア–エ（当該事業にのみ利用する設備に限る）",
    [
      ict("ア"),
      hvac("イ", "イ ICT機器の高効率空調・冷却に係る設備及びその付帯設備"),
      { key: "ウ", labelJa: "ウ ICT機器の移設に伴う冗長構成費", keywords: ["冗長構成", "冗長化"] },
      { key: "エ", labelJa: "エ ICT機器の移設に伴う輸送費", keywords: ["輸送", "運搬", "移送"] },
    ],
    ["ウ及びエ以外の補助対象経費は Ⅲ 補助対象経費による (3 (6) ＊)."],
  ),
  container: eligible("DC-CONT-EQ-01", "4 (6) 補助対象設備", "コンテナの補助対象設備 ア–カ（当該事業にのみ利用する設備に限る）", [
    re("ア", "ア 再生可能エネルギー使用に係る設備及びその付帯設備"),
    adjustment("イ"),
    ict("ウ"),
    hvac("エ", "エ データセンターの高効率空調・冷却に係る設備及びその付帯設備"),
    { key: "オ", labelJa: "オ 電力供給に必要な設備（配電線、受変電設備、無停電電源装置、自営線等）", keywords: [...POWER_SUPPLY, ...UPS] },
    { key: "カ", labelJa: "カ ICT機器等を収納する外装箱（コンテナ等）", keywords: ENCLOSURE, unless: ENCLOSURE_UNLESS },
  ]),
} as const;

const outside = (ruleId: string, locator: string, description: string, value: readonly KeywordRow[], notes: string[]) =>
  param({ ruleId, description, unit: "table", source: SOURCE, locator, notes, value });

/** UPS and enclosures are named only in the コンテナ list; in the other lists they may still be a 付帯設備 — confirm. */
const notNamed = (typeJa: string, items: string): readonly KeywordRow[] => [
  { key: "ups", labelJa: `無停電電源装置（${typeJa}の補助対象設備${items}に明示なし。コンテナのみ オ に明記）`, keywords: UPS, severity: "warning" },
  {
    key: "enclosure",
    labelJa: `ICT機器等を収納する外装箱（${typeJa}の補助対象設備${items}になし。コンテナのみ カ に明記）`,
    keywords: ENCLOSURE,
    unless: ENCLOSURE_UNLESS,
    severity: "warning",
  },
];

const NOT_NAMED_NOTE = "UPS and ICT enclosures are named only in the コンテナ list (オ, カ); elsewhere they may be a 付帯設備 of a listed item, so a warning asks to confirm.";

/** 新設: equipment of other lists that ア–エ do not name (ICT is DC-NEW-EXCL-01). */
export const NEW_OUTSIDE_LIST = outside("DC-NEW-EQ-01", "1 (6) 補助対象設備", "新設: 補助対象設備ア–エに明示されていない設備", notNamed("新設", "ア–エ"), [NOT_NAMED_NOTE]);

/** 改修: as 新設 (ICT is DC-RENO-EXCL-01). */
export const RENOVATION_OUTSIDE_LIST = outside("DC-RENO-EQ-01", "2 (6) 補助対象設備 ①", "改修: 補助対象設備①ア–エに明示されていない設備", notNamed("改修", "①ア–エ"), [NOT_NAMED_NOTE]);

const MOVE = "移設の補助対象設備①ア–エ";

/** 移設: ① lists only ICT equipment, its cooling, 冗長構成費 and 輸送費 (再エネ発電・蓄電池・制御システム are DC-MOVE-EXCL-01). */
export const RELOCATION_OUTSIDE_LIST = outside(
  "DC-MOVE-EQ-01",
  "3 (6) 補助対象設備 ①",
  "移設: 補助対象設備①ア–エに含まれない設備",
  [
    { key: "grid-supply", labelJa: `受変電設備・自営線等の電力供給設備（${MOVE}に含まれない）`, keywords: ["受変電", "受電設備", "キュービクル", "自営線"] },
    { key: "pcs", labelJa: `パワーコンディショナー（再エネ・蓄電池用。${MOVE}に含まれない）`, keywords: ["パワーコンディショナ", "パワコン", "PCS"] },
    { key: "re-heat", labelJa: `再エネ熱利用設備（${MOVE}に含まれない）`, keywords: RE_HEAT, unless: COOLING, severity: "warning" },
    { key: "heat-storage", labelJa: `蓄熱システム（再エネの変動調整機能。${MOVE}に含まれない）`, keywords: ["蓄熱"], unless: COOLING, severity: "warning" },
    { key: "distribution", labelJa: `配電盤・分電盤・変圧器（ICT機器の付帯設備に当たるか確認。${MOVE}）`, keywords: ["配電線", "配電盤", "分電盤", "変圧器"], severity: "warning" },
    { key: "metering", labelJa: `計測機器・安全対策機器（${MOVE}に明示なし）`, keywords: ["計測機器", "計測装置", "安全対策機器"], severity: "warning" },
    ...notNamed("移設", "①ア–エ"),
    {
      key: "used-ict",
      labelJa: "中古・再生品のICT機器（※5 高効率の新鋭ICT機器に限る）",
      keywords: ["中古", "再生品", "リファービッシュ", "リファブ", "リユース"],
      requiresAll: [ICT_KEYWORDS],
      severity: "warning",
    },
  ],
  [
    "受変電・自営線 and PCS serve the building or RE/battery equipment, which 移設 does not fund: error.",
    "配電盤・変圧器・UPS・計測機器 may feed the relocated ICT equipment (its 付帯設備): warning.",
    "RE heat use or heat storage that cools the ICT equipment is item イ: text naming 空調/冷却/冷房 passes.",
  ],
);

/** コンテナ 要件ア: 高効率の新鋭ICT機器 — used equipment is asked about (DC-CONT-REQ-01). */
export const CONTAINER_USED_ICT = param({
  ruleId: "DC-CONT-REQ-01",
  description: "コンテナ 要件ア: 高効率の新鋭ICT機器等を導入すること",
  unit: "table",
  source: SOURCE,
  locator: "4 (1) ア",
  value: [
    {
      key: "used-ict",
      labelJa: "中古・再生品のICT機器（要件ア: 高効率の新鋭ICT機器）",
      keywords: ["中古", "再生品", "リファービッシュ", "リファブ", "リユース"],
      requiresAll: [ICT_KEYWORDS],
      severity: "warning",
    },
  ] satisfies readonly KeywordRow[],
});

/**
 * DC-RE-01: バイオマス発電 counts as 再生可能エネルギー only with a 依存率 of 60% or more on a generation basis
 * (定義, ※). A line cannot show the 依存率, so a biomass plant is asked about (GX.BIOMASSDEPENDENCY computes it).
 */
export const BIOMASS_CONDITION = param({
  ruleId: "DC-RE-01",
  description: "バイオマス発電は依存率が発電量ベースで60%以上のものに限り再生可能エネルギー（発電設備）に当たる",
  unit: "table",
  source: SOURCE,
  locator: "(6) 補助対象設備 ※2/※3 (新設), ※3/※4 (改修, コンテナ)",
  value: [
    {
      key: "biomass-dependency",
      labelJa: "バイオマス発電（依存率が発電量ベースで60%以上のものに限る。依存率の根拠を確認）",
      keywords: ["バイオマス"],
      severity: "warning",
    },
  ] satisfies readonly KeywordRow[],
});

/**
 * DC-EQ-06 (新設・改修・コンテナ): RE equipment that also supplies other demand is ineligible, and
 * 新規導入 means installation started on/after the 公募開始日 — an existing (既設) plant is asked about.
 */
export const RE_CONDITIONS = param({
  ruleId: "DC-EQ-06",
  description: "新規導入する再エネ発電設備: 原則公募開始日以降に設備導入を開始；当該DC以外へも供給する場合は当該設備及び付帯設備は補助対象外",
  unit: "table",
  source: SOURCE,
  locator: "1 (1) ＊; 2 (1) ＊; 4 (1) ＊",
  notes: ["Text cannot prove either condition: both rows are warnings asking the applicant to confirm."],
  value: [
    {
      key: "partial-supply",
      labelJa: "当該データセンター以外の需要設備等へも供給する再エネ発電設備（当該設備及び付帯設備は補助対象外）",
      keywords: ["売電", "他の需要", "外部供給", "外部へ供給", "外部にも供給", "他施設", "他の施設", "近隣施設", "近隣へ供給", "余剰電力"],
      requiresAll: [RE_MENTION],
      severity: "warning",
    },
    {
      key: "existing-re",
      labelJa: "既設の再エネ発電設備（新規導入は原則公募開始日以降に設備導入を開始した設備）",
      keywords: ["既設", "既存"],
      requiresAll: [RE_MENTION],
      unless: BATTERY_KEYWORDS,
      severity: "warning",
    },
  ] satisfies readonly KeywordRow[],
});
