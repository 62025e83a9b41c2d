/**
 * 省エネルギー投資促進・需要構造転換支援事業費補助金 (省エネ補助金) — SEED-002 #3 (令和6年度補正)
 * and #22 (令和7年度予算案). Rates and caps by 事業類型 × 企業規模, as dated, cited data.
 * The text states all rates as 以内 (maxima).
 */
import type { Edition } from "../../lib/edition";
import { param } from "../../lib/param";

/** (１)工場・事業場型 / (２)電化・脱炭素燃転型 / (３)エネルギー需要最適化型 */
export type ShoeneType = "factory" | "electrification" | "ems";

/** Rates by size; `any` when the text gives one rate without a size split. */
export type SizeRates = { readonly sme: string; readonly large: string } | { readonly any: string };

export interface ShoeneRateTable {
  readonly factory: { readonly base: SizeRates; readonly withRequirement: SizeRates };
  readonly electrification: { readonly base: SizeRates };
  readonly ems: { readonly base: SizeRates };
}

export interface ShoeneCapTable {
  readonly factory: { readonly base: number; readonly nonFossil: number };
  readonly electrification: { readonly base: number; readonly electrification: number };
  readonly ems: { readonly base: number };
}

const REQ_NOTE =
  "「一定の要件を満たす場合」の要件は本文に定義がない。要件を満たすかは利用者が判断して入力する（meetsRequirement）。";
const SME_NOTE = "中小企業の定義は本文に記載がない（中小企業 / 大企業 の2区分のみ）。";

function shoeneParams(v: { lines: { rate: string; cap: string }; heading: string; extraNotes: readonly string[]; continuingOnlyLines?: string }) {
  return {
    /** 令和7年度: 過去に採択した複数年度事業の支援のみ; null where the edition states no such restriction. */
    continuingOnly: v.continuingOnlyLines
      ? param({
          ruleId: "S002-SHOENE-03",
          description: "過去に採択した取組に関する複数年度事業の支援（継続分のみ）— only multi-year projects adopted in earlier years",
          unit: "text",
          source: "gx-budget-seminar-2025",
          locator: `${v.continuingOnlyLines} ${v.heading}`,
          notes: ["新規の採択は本文にない: 令和7年度予算案の本文は過去に採択した複数年度事業の支援のみを述べる。"],
          value: "継続分のみ",
        })
      : null,
    rates: param({
      ruleId: "S002-SHOENE-01",
      description: "補助率（事業類型 × 企業規模、一定の要件による引上げ）— maximum subsidy rates by type and size",
      unit: "table",
      source: "gx-budget-seminar-2025",
      locator: `${v.lines.rate} ${v.heading}`,
      notes: [REQ_NOTE, SME_NOTE, "補助率はすべて「以内」（上限率）。", ...v.extraNotes],
      value: {
        factory: { base: { sme: "1/2", large: "1/3" }, withRequirement: { sme: "2/3", large: "1/2" } },
        electrification: { base: { any: "1/2" } },
        ems: { base: { sme: "1/2", large: "1/3" } },
      } as ShoeneRateTable,
    }),
    caps: param({
      ruleId: "S002-SHOENE-02",
      description: "上限額（工場・事業場型 15億円／非化石転換設備 20億円、電化・脱炭素燃転型 3億円／電化 5億円、エネルギー需要最適化型 1億円）— caps",
      unit: "table",
      source: "gx-budget-seminar-2025",
      locator: `${v.lines.cap} ${v.heading}`,
      notes: ["上限額が1事業当たりか1事業者当たりか、単年度か複数年度の総額かは本文に記載がない。", ...v.extraNotes],
      value: {
        factory: { base: 1_500_000_000, nonFossil: 2_000_000_000 },
        electrification: { base: 300_000_000, electrification: 500_000_000 },
        ems: { base: 100_000_000 },
      } as ShoeneCapTable,
    }),
  };
}

export type ShoeneParams = ReturnType<typeof shoeneParams>;

export const SHOENE_EDITIONS: readonly Edition<ShoeneParams>[] = [
  {
    program: "seed-002",
    id: "seed-002/shoene-r6-hosei",
    source: "gx-budget-seminar-2025",
    validFrom: "2024-04-01",
    validTo: "2025-03-31",
    validityNote:
      "令和6年度補正予算（L970–971「※令和6年度補正予算額 300億円」）。本文に公募期間の記載がないため予算の年度（令和6年度）を有効期間とする。",
    params: shoeneParams({
      lines: { rate: "L1029–1030", cap: "L1032–1040" },
      heading: "省エネルギー投資促進・需要構造転換支援事業費補助金（令和6年度補正）事業スキーム",
      extraNotes: ["令和6年度補正は「2/3以内、1/2以内等」「20億円等」と「等」が付く: 本文にない区分・上限が他にもある。"],
    }),
  },
  {
    program: "seed-002",
    id: "seed-002/shoene-r7",
    source: "gx-budget-seminar-2025",
    validFrom: "2025-04-01",
    validTo: null,
    validityNote:
      "令和7年度予算案（L2429「令和7年度予算案額 760億円」）。過去に採択した複数年度事業の支援（L2454–2456）。予算「案」の段階の数値。",
    params: shoeneParams({
      lines: { rate: "L2478–2479", cap: "L2481–2489" },
      heading: "省エネルギー投資促進・需要構造転換支援事業費補助金（令和7年度予算案）事業スキーム",
      extraNotes: ["令和7年度は過去に採択した複数年度事業の継続分のみ（L2454–2456）。"],
      continuingOnlyLines: "L2454–2456",
    }),
  },
];
