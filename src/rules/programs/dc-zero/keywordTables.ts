/**
 * Ineligible expenses, per-type excluded equipment and the 1/3-rate items of the dc-zero call, as
 * keyword rows (keywordMatch.ts). The rows follow the source lists item by item; the keywords are
 * how those items are usually written in a 経費内訳 (our reading, recorded per row where it matters).
 */
import { param } from "../../lib/param";
import type { KeywordRow } from "./keywordMatch";

const SOURCE = "dc-zero-r6-koubo" as const;

export const EMERGENCY_GENERATOR: KeywordRow = {
  key: "emergency-generator",
  labelJa: "非常用発電設備",
  keywords: ["非常用発電", "非常用自家発", "非常用ディーゼル", "非常用ガスタービン"],
};

export const BATTERY_KEYWORDS = ["蓄電池", "蓄電システム", "バッテリー", "BESS"];

export const ICT_KEYWORDS = ["ICT機器", "ICT", "サーバー", "サーバ", "ストレージ", "通信機器", "ネットワーク機器", "ルーター", "GPU"];
/** "サーバー室の空調" is air-conditioning, not ICT equipment. */
export const ICT_UNLESS = ["サーバー室", "サーバ室", "サーバールーム", "空調", "冷却"];

/** 高効率空調・冷却 (補助対象設備 ウ; 移設 イ; コンテナ エ). */
export const HVAC_KEYWORDS = ["空調", "冷却", "チラー", "冷凍機", "冷水", "外気冷房", "フリークーリング", "液冷", "液浸", "HVAC", "CRAH", "CRAC"];

/** 蓄電池 is eligible only as 再生可能エネルギーの変動調整機能 (DC-RE-01); text naming that purpose passes. */
const BATTERY_NOT_RE: KeywordRow = {
  key: "battery-not-re",
  labelJa: "再生可能エネルギーの変動調整機能以外としての蓄電池",
  keywords: BATTERY_KEYWORDS,
  unless: ["再エネ", "再生可能エネルギー", "変動調整", "太陽光", "PV", "EMS"],
  severity: "warning",
  note: "Whether a battery serves RE fluctuation adjustment is not visible from its name: a warning asks the applicant to confirm unless the text says so.",
};

/** DC-EXP-02: 設計費 — 事前調査費 and 基本設計費 are not eligible (AMB-37: Ⅲ prevails over 別表第1 測量及試験費). */
export const DESIGN_EXCLUSIONS = param({
  ruleId: "DC-EXP-02",
  description: "設計費のうち補助対象外 (事前調査費、基本設計費)",
  unit: "table",
  source: SOURCE,
  locator: "Ⅲ 補助対象経費",
  notes: ["AMB-37: 別表第1 測量及試験費 names 基本設計, but Ⅲ excludes it expressly; the specific exclusion prevails."],
  value: [
    { key: "preliminary-survey", labelJa: "事前調査費", keywords: ["事前調査", "FS調査", "フィージビリティ"] },
    { key: "basic-design", labelJa: "基本設計費", keywords: ["基本設計"] },
  ] satisfies readonly KeywordRow[],
});

/** DC-EXP-03: 〈補助対象外の例〉 of Ⅲ 補助対象経費, in the order of the source. */
export const INELIGIBLE_EXAMPLES = param({
  ruleId: "DC-EXP-03",
  description: "補助対象外の例 (ineligible expense examples)",
  unit: "table",
  source: SOURCE,
  locator: "Ⅲ 補助対象経費 〈補助対象外の例〉",
  notes: [
    "その他事業の実施に直接関連のない経費 has no keywords: it cannot be detected from text.",
    "撤去: 共通仮設費・機械器具費 include the set-up and removal of construction machines (別表第1), so 仮設/設置撤去 text is not flagged; nor is the disposal of 残土/梱包材 of the new works.",
  ],
  value: [
    { key: "land", labelJa: "事業に必要な用地の確保に要する経費", keywords: ["用地", "土地", "借地", "地代"] },
    { key: "building", labelJa: "建屋の建設にかかる経費", keywords: ["建屋", "建物", "躯体", "上屋"], unless: ["建屋内", "建物内"] },
    {
      key: "accident",
      labelJa: "事業実施中に発生した事故・災害の処理に要する経費",
      keywords: ["事故", "災害", "被災"],
      unless: ["防災", "災害対策", "耐災害", "事故防止"],
    },
    { key: "spare", labelJa: "予備品、銘板費", keywords: ["予備品", "予備部品", "スペア", "銘板", "ネームプレート"] },
    { key: "option", labelJa: "補助対象設備以外のオプション品の工事費・購入費等", keywords: ["オプション"] },
    {
      key: "removal",
      labelJa: "既存施設・設備等の撤去費及び処分費",
      keywords: ["撤去", "処分", "解体", "廃棄"],
      unless: ["仮設", "設置撤去", "機械器具", "残土", "梱包材"],
    },
    { key: "raised-foundation", labelJa: "浸水対策などの嵩上げ基礎に係る経費", keywords: ["嵩上げ", "嵩上", "かさ上げ", "浸水対策"] },
    {
      key: "re-menu",
      labelJa: "再エネ電力メニュー及び再エネ電力証書の購入費用",
      keywords: ["電力メニュー", "証書", "グリーン電力", "J-クレジット", "Jクレジット"],
      // 保証書 (a warranty delivered with equipment) is not a certificate bought.
      unless: ["保証書"],
    },
    {
      key: "permits",
      labelJa: "官公庁等への申請・届出等に係る経費",
      keywords: ["申請・届出", "届出", "官公庁", "許認可", "確認申請"],
    },
    {
      key: "application",
      labelJa: "本補助金への応募・申請手続きに係る経費",
      keywords: ["申請手続", "応募", "補助金申請", "申請書作成", "申請支援"],
    },
  ] satisfies readonly KeywordRow[],
});

/** 新設: no 主な補助対象外設備 list; ICT equipment is outside the eligible list ア–エ (DC-NEW-EXCL-01). */
export const NEW_EXCLUSIONS = param({
  ruleId: "DC-NEW-EXCL-01",
  description: "新設: 補助対象設備 (ア–エ) に含まれない設備",
  unit: "table",
  source: SOURCE,
  locator: "1 (6) 補助対象設備",
  notes: ["非常用発電設備 is not named for 新設 either way: a warning, not an error."],
  value: [
    { key: "ict", labelJa: "ICT機器（新設の補助対象設備ア–エに含まれない）", keywords: ICT_KEYWORDS, unless: ICT_UNLESS },
    { ...EMERGENCY_GENERATOR, labelJa: "非常用発電設備（新設の補助対象設備ア–エに含まれない）", severity: "warning" },
  ] satisfies readonly KeywordRow[],
});

/** 新設: オフサイトの再エネ発電設備及びその付帯設備 are ineligible (DC-NEW-REQ-02). */
export const NEW_OFFSITE_EXCLUSION = param({
  ruleId: "DC-NEW-REQ-02",
  description: "新設: オフサイトの再エネ発電設備及びその付帯設備は補助対象外",
  unit: "table",
  source: SOURCE,
  locator: "1 (1) ＊",
  value: [{ key: "offsite-re", labelJa: "オフサイトの再エネ発電設備及びその付帯設備", keywords: ["オフサイト"] }] satisfies readonly KeywordRow[],
});

/** 改修 ②主な補助対象外設備 ア–ウ. */
export const RENOVATION_EXCLUSIONS = param({
  ruleId: "DC-RENO-EXCL-01",
  description: "改修: 主な補助対象外設備",
  unit: "table",
  source: SOURCE,
  locator: "2 ②主な補助対象外設備",
  value: [
    EMERGENCY_GENERATOR,
    BATTERY_NOT_RE,
    { key: "ict", labelJa: "ICT機器", keywords: ICT_KEYWORDS, unless: ICT_UNLESS },
  ] satisfies readonly KeywordRow[],
});

/** 移設 ②主な補助対象外設備 ア–オ. */
export const RELOCATION_EXCLUSIONS = param({
  ruleId: "DC-MOVE-EXCL-01",
  description: "移設: 主な補助対象外設備",
  unit: "table",
  source: SOURCE,
  locator: "3 ②主な補助対象外設備",
  notes: ["エ: only air-conditioning for the whole data center is excluded; cooling of the relocated ICT equipment is eligible (① イ), so the text must say 全体/全館."],
  value: [
    EMERGENCY_GENERATOR,
    {
      key: "re-generation",
      labelJa: "再生可能エネルギー発電設備",
      keywords: ["再エネ発電", "再生可能エネルギー発電", "太陽光", "PV", "風力", "水力", "地熱", "バイオマス"],
    },
    { key: "battery", labelJa: "蓄電池", keywords: BATTERY_KEYWORDS },
    {
      key: "dc-wide-hvac",
      labelJa: "本事業で移設するICT機器以外を冷却するデータセンター全体の空調設備",
      keywords: ["全体", "全館", "館内"],
      requiresAll: [["空調", "冷却"]],
    },
    {
      key: "control-system",
      labelJa: "制御、運用するためのシステム及び関連設備",
      keywords: ["制御システム", "運用システム", "監視システム", "管理システム", "DCIM", "EMS", "BEMS"],
    },
  ] satisfies readonly KeywordRow[],
});

/** コンテナ ②主な補助対象外設備 ア–イ. */
export const CONTAINER_EXCLUSIONS = param({
  ruleId: "DC-CONT-EXCL-01",
  description: "コンテナ: 主な補助対象外設備",
  unit: "table",
  source: SOURCE,
  locator: "4 ②主な補助対象外設備",
  value: [EMERGENCY_GENERATOR, BATTERY_NOT_RE] satisfies readonly KeywordRow[],
});

/** 新設・改修: 太陽光発電設備及び空調設備等の省CO2型設備 are subsidised at 1/3 (DC-NEW-RATE-01, DC-RENO-RATE-01). */
export const LOWER_RATE_ITEMS = param({
  ruleId: "DC-NEW-RATE-01",
  description: "補助率3分の1の設備: 太陽光発電設備及び空調設備等の省CO2型設備 (新設・改修)",
  unit: "table",
  source: SOURCE,
  locator: "1 (4) 補助金の交付額",
  notes: [
    "AMB-35: PV and its 付帯設備 (PCS, wiring) → 1/3 — a PCS line counts as PV when its text names 太陽光/PV; a battery or hybrid PCS alone stays at 1/2.",
    "AMB-35: 空調設備等の省CO2型設備 = 補助対象設備 ウ (データセンターの高効率空調・冷却に係る設備及びその付帯設備).",
    "Same rows for 改修 (DC-RENO-RATE-01, 2 (4) 補助金の交付額).",
  ],
  value: [
    { key: "pv", labelJa: "太陽光発電設備", keywords: ["太陽光", "PV", "ソーラー", "太陽電池"] },
    {
      key: "hvac",
      labelJa: "空調設備等の省CO2型設備（高効率空調・冷却）",
      keywords: HVAC_KEYWORDS,
    },
  ] satisfies readonly KeywordRow[],
});

/** Words that name 2分の1 equipment of the eligible lists (DC-NEW-EQ-01 ア, イ, エ), for DC.SUBSIDYRATE's 設備区分. */
export const STANDARD_RATE_ITEMS = param({
  ruleId: "DC-NEW-EQ-01",
  description: "補助率2分の1の設備の例 (太陽光・空調等以外の補助対象設備)",
  unit: "table",
  source: SOURCE,
  locator: "1 (6) 補助対象設備",
  value: [
    {
      key: "other",
      labelJa: "その他の補助対象設備（再エネ発電・熱利用、変動調整機能、電力供給設備等）",
      keywords: [
        "その他", "標準", "蓄電", "蓄熱", "EMS", "風力", "水力", "地熱", "バイオマス", "熱利用", "地中熱", "受変電", "配電",
        "自営線", "変圧器", "パワーコンディショナ", "パワコン", "PCS", "計測", "安全対策", "無停電", "UPS", "ICT", "サーバ",
        "ストレージ", "通信機器", "コンテナ", "外装", "冗長", "輸送",
      ],
    },
  ] satisfies readonly KeywordRow[],
});

/** What marks an expense line as a stationary battery for the target-price check (DC-BATT-01). */
export const BATTERY_ITEMS = param({
  ruleId: "DC-BATT-01",
  description: "定置用蓄電池の行の判定語",
  unit: "table",
  source: SOURCE,
  locator: "(6) 補助対象設備 (蓄電池)",
  value: [{ key: "battery", labelJa: "定置用蓄電池", keywords: BATTERY_KEYWORDS }] satisfies readonly KeywordRow[],
});
