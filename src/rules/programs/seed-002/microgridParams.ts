/**
 * 特定地域脱炭素移行加速化交付金（自営線マイクログリッド等事業交付金）(環境省) — SEED-002 #6,
 * 令和6年度補正 and 令和7年度予算案. 交付率 as dated, cited data.
 */
import type { Edition } from "../../lib/edition";
import { param } from "../../lib/param";

const HEADING = "地域脱炭素推進交付金（２）特定地域脱炭素移行加速化交付金（自営線マイクログリッド等事業交付金）";

function microgridParams(v: { lines: string; label: string }) {
  return {
    rates: param({
      ruleId: "S002-MICROGRID-01",
      description: "交付率（原則２／３、財政力指数が一定未満かつ過疎地域の一部設備 ３／４）— grant rates",
      unit: "table",
      source: "gx-budget-seminar-2025",
      locator: `${v.lines} ${HEADING}（${v.label}）`,
      notes: [
        "財政力指数の「一定」の値と ３／４ の対象となる「一部の設備」は本文に記載がない: 両方の条件を利用者が判断して入力する。",
        "交付先は地方公共団体等。民間事業者の設備投資は地方公共団体からの間接交付。",
      ],
      value: { standard: "2/3", raised: "3/4" },
    }),
  };
}

export type MicrogridParams = ReturnType<typeof microgridParams>;

export const MICROGRID_EDITIONS: readonly Edition<MicrogridParams>[] = [
  {
    program: "seed-002",
    id: "seed-002/microgrid-r6-hosei",
    source: "gx-budget-seminar-2025",
    validFrom: "2024-04-01",
    validTo: "2025-03-31",
    validityNote: "令和６年度補正予算（案）1,500百万円、実施期間 令和６年度（L1187–1191）。",
    params: microgridParams({ lines: "L1157, L1254–1257", label: "令和6年度補正" }),
  },
  {
    program: "seed-002",
    id: "seed-002/microgrid-r7",
    source: "gx-budget-seminar-2025",
    validFrom: "2025-04-01",
    validTo: null,
    validityNote: "令和７年度予算（案）8,500百万円、実施期間 令和５年度～（L3065, L3133）。予算「案」の数値。",
    params: microgridParams({ lines: "L3033, L3128–3131", label: "令和7年度" }),
  },
];
