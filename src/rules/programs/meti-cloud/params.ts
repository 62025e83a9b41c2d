/**
 * METI クラウドプログラム供給確保計画 (GPU compute subsidy under 経済安全保障推進法), round 1
 * (令和5年補正, GENIAC第一彈) — RULES.md §1. The only source is a third-party report in
 * Traditional Chinese (000, AMB-01): every value here is informative and every check built
 * on it is a warning, never an error.
 */
import type { Edition } from "../../lib/edition";
import { param } from "../../lib/param";

const SECONDARY = "AMB-01: 出典は第三者レポート（二次資料）。公式の取組方針・公募資料で確認するまで警告のみとし、エラーにしない。";

/** One category of 補助對象 (CLOUD-EXP-01) and the words by which a 費用明細表 line is recognised as it. */
export interface EligibleCategory {
  readonly key: "gpuServer" | "network" | "cooling" | "power";
  /** Term as in the source (Traditional Chinese). */
  readonly sourceTerm: string;
  /** Japanese label for messages. */
  readonly labelJa: string;
  /** Matched (after normalizeText) as substrings of 項目. */
  readonly keywords: readonly string[];
}

/** One document of the 正式申請 (CLOUD-DOC-01). */
export interface CloudDocument {
  readonly code: string;
  readonly labelJa: string;
  readonly labelEn: string;
  readonly sourceTerm: string;
}

export const METI_CLOUD_ROUND1_PARAMS = {
  /** 補助率: 設備投資額的 1/2（最大50%）. */
  rate: param({
    ruleId: "CLOUD-RATE-01",
    description: "補助率（設備投資額の1/2、最大50%）— subsidy rate, round 1, read as a maximum",
    unit: "rate",
    source: "meti-cloud-report",
    locator: "2-3 補助率與補助上限",
    notes: [
      SECONDARY,
      "AMB-03: 「1/2（最大50%）」は上限率として読む（固定率ではない）。補助額は設備投資額 × 1/2 を上限の目安として示すだけ。",
    ],
    value: "1/2",
  }),
  /** 補助上限: 各業者不同, highest 501億日圓 (Sakura Internet); no formula → no cap check. */
  highestReportedCap: param({
    ruleId: "CLOUD-CAP-01",
    description: "補助上限（各業者不同、最高501億日圓）— cap differs per operator; highest reported, no formula",
    unit: "yen",
    source: "meti-cloud-report",
    locator: "2-3 補助率與補助上限",
    notes: [SECONDARY, "算定式が示されていないため上限チェックは行わず、情報として表示するだけ。"],
    value: 50_100_000_000,
  }),
  /** 補助對象: GPU伺服器、高速網路設備、冷卻設備、電力設備等 ("等": not exhaustive). */
  eligibleCategories: param({
    ruleId: "CLOUD-EXP-01",
    description: "補助対象（GPUサーバー、高速ネットワーク機器、冷却設備、電力設備等）— eligible item categories",
    unit: "table",
    source: "meti-cloud-report",
    locator: "2-3 補助率與補助上限",
    notes: [
      SECONDARY,
      "出典の列挙は「等」で終わり網羅的ではなく、対象外経費も示されていない。キーワードは出典の4区分を項目名で見分けるための実装上の読み替え。該当しない項目は対象外と断定せず警告とする。",
    ],
    value: [
      {
        key: "gpuServer",
        sourceTerm: "GPU伺服器",
        labelJa: "GPUサーバー",
        keywords: ["gpu", "サーバ", "伺服器", "h100", "h200", "blackwell", "計算ノード", "アクセラレータ"],
      },
      {
        key: "network",
        sourceTerm: "高速網路設備",
        labelJa: "高速ネットワーク機器",
        keywords: ["ネットワーク", "網路", "infiniband", "roce", "スイッチ", "ルータ", "ルーター", "光トランシーバ", "ケーブル", "nic"],
      },
      {
        key: "cooling",
        sourceTerm: "冷卻設備",
        labelJa: "冷却設備",
        keywords: ["冷却", "冷卻", "液冷", "空調", "チラー", "クーリング", "cdu", "外気"],
      },
      {
        key: "power",
        sourceTerm: "電力設備",
        labelJa: "電力設備",
        keywords: ["電力", "電源", "ups", "受変電", "変電", "変圧器", "配電", "pdu", "発電機", "蓄電"],
      },
    ] as readonly EligibleCategory[],
  }),
  /** 5-2: 建議 PUE ≤ 1.3 (recommended, not mandatory). */
  pueRecommended: param({
    ruleId: "CLOUD-ENV-01",
    description: "PUE目標（國際先進水準、建議 PUE ≤ 1.3）— recommended PUE ceiling",
    unit: "ratio",
    source: "meti-cloud-report",
    locator: "5-2 能源與環境要件",
    notes: [SECONDARY, "AMB-05: 出典は「建議」（推奨）。必須要件ではないため超過は警告。PUE ≤ 1.3 が必須なのは GX DC設備投資型（GX-BIZ-DC-01）のみ。"],
    value: 1.3,
  }),
  /** 5-1: InfiniBand NDR 或 RoCE v2，頻寬 ≥ 400Gbps. */
  interconnect: param({
    ruleId: "CLOUD-TECH-01",
    description: "網路互連（InfiniBand NDR 或 RoCE v2，頻寬 ≥ 400Gbps）— minimum interconnect bandwidth in Gbps",
    unit: "Gbps",
    source: "meti-cloud-report",
    locator: "5-1 技術要件",
    notes: [SECONDARY, "AMB-05: 必須か推奨か出典から判別できないため、下回る場合は警告。"],
    value: { minGbps: 400, technologies: ["InfiniBand NDR", "RoCE v2"] },
  }),
  /** 5-4 / 2-1: 正式申請の提出書類. */
  documents: param({
    ruleId: "CLOUD-DOC-01",
    description: "正式申請の提出書類（樣式第一、別紙1 費用明細表、別紙2 設備投資合算表）— application documents",
    unit: "table",
    source: "meti-cloud-report",
    locator: "5-4 申請程序",
    notes: [SECONDARY, "AMB-06: 様式の書式・列構成・ファイル形式は出典に記載なし。"],
    value: [
      { code: "様式第一", labelJa: "様式第一 供給確保計画申請書", labelEn: "Form 1: supply-assurance plan application", sourceTerm: "供給確保計畫申請書（樣式第一）" },
      { code: "別紙1", labelJa: "別紙1 費用明細表", labelEn: "Attachment 1: cost detail table", sourceTerm: "費用明細表（別紙1）" },
      { code: "別紙2", labelJa: "別紙2 設備投資合算表", labelEn: "Attachment 2: aggregated capex table", sourceTerm: "設備投資合算表（別紙2）" },
    ] as readonly CloudDocument[],
  }),
} as const;

export type MetiCloudParams = typeof METI_CLOUD_ROUND1_PARAMS;

export const METI_CLOUD_EDITIONS: readonly Edition<MetiCloudParams>[] = [
  {
    program: "meti-cloud",
    id: "meti-cloud/2024-round1",
    source: "meti-cloud-report",
    validFrom: "2024-04-15",
    validTo: null,
    validityNote:
      "第一彈（令和5年補正）: METI 於2024年4月15日及19日…認定（§ 三、第一彈認定業者與資本補貼詳情）。第二彈（令和6年補正）の条件は出典に記載がないため、後続版が登録されるまで有効とする。",
    params: METI_CLOUD_ROUND1_PARAMS,
  },
];
