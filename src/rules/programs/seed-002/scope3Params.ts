/**
 * Scope3排出量削減のための企業間連携による省CO2設備投資促進事業 — SEED-002 #29 (令和7年度予算案,
 * 新規; 環境省). Rates, cap and requirements as dated, cited data.
 */
import type { Edition } from "../../lib/edition";
import { param } from "../../lib/param";

const HEADING = "Scope3排出量削減のための企業間連携による省CO2設備投資促進事業";

export const SCOPE3_R7_PARAMS = {
  rates: param({
    ruleId: "S002-SCOPE3-01",
    description: "補助率（中小企業 1/2、大企業 1/3、GX率先実行宣言かつ3,000t-CO2/年以上削減の大企業 1/2）— rates by size",
    unit: "table",
    source: "gx-budget-seminar-2025",
    locator: `L3168–3172 ${HEADING} 補助率`,
    notes: [
      "3,000t-CO2/年の基準が申請者自身の削減量か事業全体（代表企業＋連携企業）の削減量かは本文から判別できない（「対策によりCO2排出量を3,000t-CO2/年以上削減する場合」）。利用者が採る基準の削減量を入力する。",
      "中小企業の定義は本文に記載がない。",
    ],
    value: { sme: "1/2", large: "1/3", largeRaised: "1/2", raiseMinReductionT: 3000 },
  }),
  cap: param({
    ruleId: "S002-SCOPE3-02",
    description: "補助上限額（１事業者につき15億円）— cap per company",
    unit: "yen",
    source: "gx-budget-seminar-2025",
    locator: `L3174 ${HEADING} 補助上限額`,
    value: 1_500_000_000,
  }),
  minCo2Saving: param({
    ruleId: "S002-SCOPE3-03",
    description: "補助対象設備（現在の設備に対して30％以上の省CO2効果が見込める設備）— minimum CO2 saving vs current equipment",
    unit: "rate",
    source: "gx-budget-seminar-2025",
    locator: `L3166 ${HEADING} 補助対象設備`,
    notes: ["省CO2効果 = (現在の設備の排出量 − 導入後の排出量) ÷ 現在の設備の排出量 と読む（「見込める」: 計画値で判定）。"],
    value: "30%",
  }),
  partners: param({
    ruleId: "S002-SCOPE3-04",
    description: "主な要件（代表企業は２者以上の連携企業と合意を締結、GX率先実行宣言、連携企業のCO2排出量について合意）— lead-company requirements",
    unit: "count",
    source: "gx-budget-seminar-2025",
    locator: `L3157–3164 ${HEADING} 主な要件`,
    notes: ["L3159 は「大企業と連携企業が…合意」と書くが、文脈上 代表企業 と読む。"],
    value: 2,
  }),
  maxYears: param({
    ruleId: "S002-SCOPE3-05",
    description: "事業期間（最大３カ年）— project period, at most 3 years",
    unit: "years",
    source: "gx-budget-seminar-2025",
    locator: `L3176 ${HEADING} 事業期間`,
    notes: ["「３カ年」を年度数（3年度）として読む。"],
    value: 3,
  }),
} as const;

export type Scope3Params = typeof SCOPE3_R7_PARAMS;

export const SCOPE3_EDITIONS: readonly Edition<Scope3Params>[] = [
  {
    program: "seed-002",
    id: "seed-002/scope3-r7",
    source: "gx-budget-seminar-2025",
    validFrom: "2025-04-01",
    validTo: null,
    validityNote: "実施期間 令和7年度～（L3188）; 令和7年度予算（案）2,000百万円（新規）、3年間で総額5,000百万円の国庫債務負担（L3190）。予算「案」の数値。",
    params: SCOPE3_R7_PARAMS,
  },
];
