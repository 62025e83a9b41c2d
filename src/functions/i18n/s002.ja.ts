/**
 * Japanese help of the seed-002 GX.* custom functions (src/functions/s002.ts), keyed by function id and
 * by TypeScript parameter name.
 */
import type { FunctionHelpTable } from "./types";

const SHOENE_TYPE = { name: "事業類型", description: "工場・事業場型（1）、電化・脱炭素燃転型（2）、エネルギー需要最適化型（3）" };
const SIZE = { name: "企業規模", description: "中小企業 / 中小 / sme、又は 大企業 / 大 / large（中小企業の定義は資料に記載なし）" };
const DATE = { name: "基準日", description: "版を選ぶ日付（日付のセル、2024/12/1、令和6年12月1日 など）。省略時は最新の版（令和7年度）" };
const COST = { name: "補助対象経費", description: "補助対象経費（円）。\"3億円\"、\"１２，０００\" などの文字列も可" };
const GX_DECLARATION = { name: "GX率先実行宣言", description: "「GX率先実行宣言」を行っていれば TRUE（省略時 FALSE）" };
const REDUCTION = { name: "CO2削減量", description: "対策による CO2 削減量（t-CO2/年）。宣言した大企業の補助率の判定に必要" };

export const S002_HELP_JA: FunctionHelpTable = {
  "GX.SHOENERATE": {
    description: "省エネ補助金の補助率（以内）を小数で返します（S002-SHOENE-01）: 工場・事業場型 中小1/2・大1/3（一定の要件で 2/3・1/2）、電化・脱炭素燃転型 1/2、エネルギー需要最適化型 中小1/2・大1/3。",
    params: {
      type: SHOENE_TYPE,
      size: SIZE,
      meetsRequirement: { name: "一定の要件", description: "補助率の引上げの「一定の要件」を満たせば TRUE（工場・事業場型のみ, 省略時 FALSE）。要件の内容は資料に記載なし" },
      date: DATE,
    },
  },
  "GX.SHOENECAP": {
    description: "省エネ補助金の上限額（円）を返します（S002-SHOENE-02）: 工場・事業場型 15億円（非化石転換設備 20億円）、電化・脱炭素燃転型 3億円（電化 5億円）、エネルギー需要最適化型 1億円。",
    params: {
      type: SHOENE_TYPE,
      nonFossil: { name: "非化石転換設備", description: "非化石転換設備なら TRUE（工場・事業場型のみ, 省略時 FALSE）" },
      electrification: { name: "電化", description: "電化なら TRUE（電化・脱炭素燃転型のみ, 省略時 FALSE）" },
      date: DATE,
    },
  },
  "GX.SHOENESUBSIDY": {
    description: "省エネ補助金の補助金額（円）= MIN(補助率 × 補助対象経費, 上限額) を返します（S002-SHOENE-03）。端数処理はしません。",
    params: {
      type: SHOENE_TYPE,
      size: SIZE,
      eligibleCost: COST,
      meetsRequirement: { name: "一定の要件", description: "補助率の引上げの要件を満たせば TRUE（工場・事業場型のみ）" },
      nonFossil: { name: "非化石転換設備", description: "非化石転換設備なら TRUE（工場・事業場型のみ）" },
      electrification: { name: "電化", description: "電化なら TRUE（電化・脱炭素燃転型のみ）" },
      date: DATE,
    },
  },
  "GX.SCOPE3RATE": {
    description: "Scope3 企業間連携 省CO2設備投資の補助率を小数で返します（S002-SCOPE3-01）: 中小 1/2、大企業 1/3（GX率先実行宣言かつ 3,000t-CO2/年以上の削減で 1/2）。",
    params: { size: SIZE, gxDeclaration: GX_DECLARATION, annualReductionT: REDUCTION, date: DATE },
  },
  "GX.SCOPE3SUBSIDY": {
    description: "Scope3 企業間連携の1事業者の補助金額（円）= MIN(補助率 × 補助対象経費, 1事業者あたり15億円) を返します（S002-SCOPE3-01, S002-SCOPE3-02）。",
    params: { size: SIZE, eligibleCost: { ...COST, description: "この事業者の補助対象経費（円）" }, gxDeclaration: GX_DECLARATION, annualReductionT: REDUCTION, date: DATE },
  },
  "GX.SCOPE3ELIGIBLE": {
    description: "Scope3 企業間連携の要件（省CO2効果30%以上、連携企業2者以上、代表企業のGX率先実行宣言、合意、事業期間3年度以内）をすべて満たせば TRUE を返します（S002-SCOPE3-03～05）。",
    params: {
      baselineCo2T: { name: "現在のCO2排出量", description: "現在の設備の CO2 排出量（t-CO2/年）。0 は #DIV/0!" },
      postCo2T: { name: "導入後のCO2排出量", description: "導入後の設備の CO2 排出量見込み（t-CO2/年）" },
      partnerCount: { name: "連携企業数", description: "本事業の合意を締結した連携企業の数" },
      leadDeclared: { name: "代表企業の宣言", description: "代表企業が「GX率先実行宣言」を行っていれば TRUE" },
      co2Agreement: { name: "CO2排出量の合意", description: "連携企業の事業後の CO2 排出量について合意していれば TRUE" },
      projectYears: { name: "事業期間", description: "事業期間（年度数）" },
    },
  },
  "GX.BLDGELIGIBLE": {
    description: "業務用建築物の脱炭素改修の要件（改修後 BPI 1.0 以下、一次エネルギー削減率 30%/40% 以上、BEMS、令和7年度 (1) は継続案件のみ）を満たせば TRUE を返します（S002-BLDG-01～03, 05）。",
    params: {
      use: { name: "用途", description: "ホテル / 病院 / 百貨店 / 飲食店（30%）、又は 事務所 / 学校（40%）" },
      bpi: { name: "BPI", description: "改修後の外皮性能 BPI（正の数）" },
      primaryEnergyCut: { name: "一次エネルギー削減率", description: "省エネ基準からの一次エネルギー消費量の削減率（0.4 = 40%）" },
      bems: { name: "BEMS", description: "BEMS によるエネルギー管理を行えば TRUE" },
      continuingCase: { name: "継続案件", description: "令和5年度以前に採択された継続案件なら TRUE（令和7年度から判定, 省略時は判定しない）" },
      date: DATE,
    },
  },
  "GX.BLDGRATE": {
    description: "業務用建築物の脱炭素改修の補助率の目安を小数で返します（S002-BLDG-04, 定額の額は資料に記載なし）: 上限 1/2、下限 1/3、モデル実証 2/3（令和7年度から）。",
    params: { bound: { name: "区分", description: "上限 / 下限 / モデル実証" }, date: DATE },
  },
  "GX.MICROGRIDRATE": {
    description: "自営線マイクログリッド等事業交付金の交付率を小数で返します（S002-MICROGRID-01）: 原則 2/3、財政力指数が一定未満かつ過疎地域なら一部の設備 3/4。",
    params: {
      fiscalIndexBelowThreshold: { name: "財政力指数が一定未満", description: "地方公共団体の財政力指数が一定未満なら TRUE（基準値は資料に記載なし, 省略時 FALSE）" },
      depopulatedArea: { name: "過疎地域", description: "設備導入場所が過疎地域なら TRUE（省略時 FALSE）" },
      date: DATE,
    },
  },
};
