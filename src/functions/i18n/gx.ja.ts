/**
 * Japanese help of the GX.* custom functions (descriptions and parameters), keyed by function id and
 * by TypeScript parameter name of src/functions/gx.ts.
 */
import type { FunctionHelpTable } from "./types";

const INVESTMENT_TYPE = { name: "投資類型", description: "製造 / 製造設備投資型 / manufacturing、または DC / DC設備投資型 / datacenter" };
const TIER = { name: "支援区分", description: "1～5、No1、No.1、または 対象外" };
const COMPANY_SIZE = { name: "企業規模", description: "大企業 / large、中堅 / 中堅企業 / mid、中小 / 中小企業 / sme" };
const STATE = { name: "電源の状態", description: "新設、リプレース、再稼働（原子力）、既設（大規模改修、改修 も可）" };

export const GX_HELP_JA: FunctionHelpTable = {
  "GX.TIER": {
    description: "電力要件・立地要件の組合せ（17行の表, Ver1.1）から支援区分 1～5 又は \"対象外\" を返します（GX-MATRIX-01）。",
    params: {
      investmentType: INVESTMENT_TYPE,
      location: { name: "立地要件", description: "1 又は ①（事業実施場所が電源立地都道府県）、2 又は ②（企業版ふるさと納税・地域共生基金等による地域貢献）" },
      sourceKind: { name: "電源の種類", description: "新設・再稼働 / 新設 / new（新設・再稼働電源のみ）、又は 既設含む / 既設 / existing" },
      linkage: { name: "電源との紐づき", description: "CPPA / 自家発・CPPA / 自家発 / self、又は メニュー / 脱炭素電力メニュー / menu" },
      supplyRegion: { name: "脱炭素電力供給地域", description: "電源立地都道府県が脱炭素電力供給地域なら TRUE（該当/非該当、はい/いいえ も可）" },
      power2Met: { name: "電力要件②充足", description: "年間使用電力の50%以上を同一都道府県から調達していれば TRUE（省略時 TRUE）" },
    },
  },
  "GX.SUBSIDYRATE": {
    description: "補助率を小数で返します（GX-RATE-01）。中堅・中小は表の補助率、大企業は括弧内の補助率（1/3、1/4、1/5）。対象外、DCのNo4・No5は 0。",
    params: {
      investmentType: INVESTMENT_TYPE,
      tier: TIER,
      companySize: { ...COMPANY_SIZE, description: `${COMPANY_SIZE.description}（省略時 中小）` },
    },
  },
  "GX.SUBSIDYCAP": {
    description: "補助金額の上限（円）を返します（GX-RATE-01）: No1・No2 250億円、No3 100億円、No4・No5 50億円、対象外 0。",
    params: { tier: TIER },
  },
  "GX.SUBSIDY": {
    description: "補助金額（円）= MIN(補助率 × 補助対象経費, 上限) を返します（GX-RATE-02）。対象外又は投資額の下限未満（GX-MININV-01）は 0。端数処理はしません。",
    params: {
      investmentType: INVESTMENT_TYPE,
      tier: TIER,
      companySize: COMPANY_SIZE,
      eligibleCost: { name: "補助対象経費", description: "補助対象経費（円）。\"300億円\"、\"１２，０００\" などの文字列も可" },
    },
  },
  "GX.MININVESTMENT": {
    description: "支援対象となる投資額の下限（円）を返します（GX-MININV-01）: 10億円、大企業（みなし大企業を含む）は20億円。",
    params: { companySize: COMPANY_SIZE },
  },
  "GX.CONTRIBUTION": {
    description: "立地要件②の地域貢献額の目安（円）= MIN(消費電力量 × 3円/kWh × 3年, 補助額 × 5%) を返します（GX-CONTRIB-01）。",
    params: {
      annualKWh: { name: "年間消費電力量", description: "事業実施場所の年間消費電力量（kWh/年）" },
      subsidyYen: { name: "補助額", description: "補助金額（予定額, 円）" },
    },
  },
  "GX.CONTRACTYEARS": {
    description: "電源の契約期間の下限（年）を返します（GX-CONTRACT-01）: CPPA 新設・リプレース 15（合理的例外 10）、既設 10（合理的例外 5）、原子力 5、脱炭素電力メニュー 8。",
    params: {
      procurement: { name: "調達方法", description: "CPPA 又は 自家発（CPPAとして扱います）、メニュー" },
      state: STATE,
      sourceType: { name: "電源種", description: "太陽光、風力、水力、地熱、原子力 など（原子力は状態によらず5年）。省略可" },
      justifiedException: { name: "合理的例外", description: "電源・事業の特性に照らし合理的と認められる場合 TRUE（省略時 FALSE）" },
    },
  },
  "GX.POWERCHECK": {
    description: "電力要件①（全量が脱炭素電力）と②（50%以上を同一都道府県から調達）をともに満たせば TRUE を返します（GX-PWR-01, GX-PWR-02）。",
    params: {
      annualUseKWh: { name: "年間使用電力量", description: "事業実施場所で通年使用する電力量（kWh/年）。0 は #DIV/0!" },
      decarbonisedKWh: { name: "脱炭素電力量", description: "脱炭素電力量（kWh/年, 証書で脱炭素化した分を含む）" },
      samePrefectureKWh: { name: "同一都道府県調達量", description: "電源立地都道府県（同一都道府県）からの調達量（kWh/年, 証書は含めない）" },
    },
  },
  "GX.COMPANYSIZE": {
    description: "企業規模を \"大企業\"、\"中堅\"、\"中小\" で返します（GX-SIZE-01）: みなし大企業又は従業員2,000人超は大企業、中小企業者は中小、それ以外は中堅。",
    params: {
      employees: { name: "従業員数", description: "常時使用する従業員の数（人）" },
      deemedLarge: { name: "みなし大企業", description: "みなし大企業（ア）～（オ）に該当すれば TRUE（省略時 FALSE）" },
      sme: { name: "中小企業者", description: "中小企業者等（GX-SIZE-01 の中小企業）に該当すれば TRUE（省略時 FALSE）" },
    },
  },
  "GX.BIOMASSDEPENDENCY": {
    description: "バイオマス依存率 = バイオマスの発熱量 ÷（バイオマスと非バイオマスの発熱量）を小数で返します（GX-SRC-04, 60%以上が必要）。",
    params: {
      biomassHeat: { name: "バイオマスの発熱量", description: "バイオマス燃料の発熱量（非バイオマスと同じ単位）" },
      nonBiomassHeat: { name: "非バイオマスの発熱量", description: "非バイオマス燃料の発熱量" },
      wasteBiogasOnly: { name: "家畜糞尿等のみ", description: "家畜糞尿・食品残渣・下水汚泥等のみをバイオガスの原料にする場合 TRUE（依存率 100%）。省略時 FALSE" },
    },
  },
  "GX.PUECHECK": {
    description: "PUE = 施設全体のエネルギー使用量 ÷ ICT機器のエネルギー使用量 が 1.3以下なら TRUE を返します（GX-BIZ-DC-01, 稼働開始から2年以内に達成）。",
    params: {
      facilityEnergy: { name: "施設全体のエネルギー使用量", description: "データセンター全体の年間エネルギー使用量（ICT機器と同じ単位）" },
      ictEnergy: { name: "ICT機器のエネルギー使用量", description: "ICT機器の年間エネルギー使用量。0 は #DIV/0!" },
    },
  },
  "GX.PVCAPACITY": {
    description: "様式（1）の太陽光の設備容量（kW）= 系列ごとの MIN(太陽電池の合計出力, パワーコンディショナーの出力) の合計を返します（GX-SRC-03）。",
    params: {
      moduleOutputsKW: { name: "太陽電池の合計出力", description: "パワーコンディショナーの系列ごとの太陽電池の合計出力（kW, セル範囲又は数値）" },
      pcsOutputsKW: { name: "パワーコンディショナーの出力", description: "系列ごとのパワーコンディショナーの出力（kW, 太陽電池と同じ大きさの範囲）" },
    },
  },
  "GX.ISNEWSOURCE": {
    description: "電源種と状態が本事業で「新設・再稼働電源」として扱われるなら TRUE を返します（GX-SRC-01）。",
    params: {
      sourceType: { name: "電源種", description: "太陽光、風力、水力、地熱、バイオマス（専焼）、原子力、火力発電（水素専焼）、CCS付火力発電、燃料電池 など" },
      state: STATE,
    },
  },
};
