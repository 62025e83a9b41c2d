/**
 * 業務用建築物の脱炭素改修加速化事業 (環境省, METI・MLIT連携) — SEED-002 #7, 令和6年度補正 and
 * 令和7年度予算案 (1). Requirements after the retrofit, as dated, cited data.
 */
import type { Edition } from "../../lib/edition";
import { param } from "../../lib/param";

/** 用途区分 of the primary-energy requirement: ホテル・病院・百貨店・飲食店等 (30%) / 事務所・学校等 (40%). */
export type BuildingUseClass = "hotelEtc" | "officeEtc";

const HEADING = "業務用建築物の脱炭素改修加速化事業（経済産業省・国土交通省連携事業）主な要件";
const PROGRAM_NOTE = "データセンターは用途として挙げられていない。用途区分は利用者が選ぶ（「等」: 例示であり網羅的でない）。";

function buildingParams(v: { lines: string; label: string; continuingOnly: boolean; rateLines: string; modelDemonstrationRate: string | null }) {
  const locator = (lines: string) => `${lines} ${HEADING}（${v.label}）`;
  return {
    maxBpi: param({
      ruleId: "S002-BLDG-01",
      description: "改修後の外皮性能 BPI が 1.0 以下 — envelope performance BPI after retrofit",
      unit: "ratio",
      source: "gx-budget-seminar-2025",
      locator: locator(v.lines),
      value: 1.0,
    }),
    minPrimaryEnergyCut: param({
      ruleId: "S002-BLDG-02",
      description: "一次エネルギー消費量の省エネルギー基準からの削減率（ホテル・病院・百貨店・飲食店等 30%、事務所・学校等 40%）— minimum cut by use",
      unit: "table",
      source: "gx-budget-seminar-2025",
      locator: locator(v.lines),
      notes: ["本文は「30％又は40％程度以上削減」: 「程度」の幅は示されていないため、30% / 40% ちょうどを下限として判定する。", PROGRAM_NOTE],
      value: { hotelEtc: "30%", officeEtc: "40%" } as Readonly<Record<BuildingUseClass, string>>,
    }),
    bems: param({
      ruleId: "S002-BLDG-03",
      description: "BEMS によるエネルギー管理を行うこと — energy management by BEMS required",
      unit: "text",
      source: "gx-budget-seminar-2025",
      locator: locator(v.lines),
      notes: ["主な要件は「等」で終わる: 本文にない要件（トップランナー基準を超える設備等）が他にもある。"],
      value: "BEMS",
    }),
    rateRange: param({
      ruleId: "S002-BLDG-04",
      description: "補助額: 改修内容に応じて定額（補助率1/2～1/3相当）; モデル実証 2/3 — fixed amounts equivalent to 1/2–1/3",
      unit: "table",
      source: "gx-budget-seminar-2025",
      locator: locator(v.rateLines),
      notes: ["定額の金額は本文に記載がないため、補助率の幅だけを示す。"],
      value: { lowest: "1/3", highest: "1/2", modelDemonstration: v.modelDemonstrationRate },
    }),
    /** 令和7年度 (1) only; null where the edition states no such restriction. */
    continuingOnly: v.continuingOnly
      ? param({
          ruleId: "S002-BLDG-05",
          description: "（１）業務用建築物の脱炭素改修加速化支援事業（継続案件のみ）— only projects continued from earlier years",
          unit: "text",
          source: "gx-budget-seminar-2025",
          locator: locator("L2819, L2844"),
          notes: ["継続案件 = 実施期間「令和５年度～」の既採択案件と読む。"],
          value: "継続案件のみ",
        })
      : null,
  };
}

export type BuildingParams = ReturnType<typeof buildingParams>;

export const BUILDING_EDITIONS: readonly Edition<BuildingParams>[] = [
  {
    program: "seed-002",
    id: "seed-002/building-r6-hosei",
    source: "gx-budget-seminar-2025",
    validFrom: "2024-04-01",
    validTo: "2025-03-31",
    validityNote: "令和６年度補正予算（案）11,175百万円、実施期間 令和６年度（L1282, L1301）。",
    params: buildingParams({ lines: "L1310–1316", label: "令和6年度補正", continuingOnly: false, rateLines: "L1328", modelDemonstrationRate: null }),
  },
  {
    program: "seed-002",
    id: "seed-002/building-r7",
    source: "gx-budget-seminar-2025",
    validFrom: "2025-04-01",
    validTo: null,
    validityNote: "令和７年度予算（案）1,200百万円（新規）; (1) は令和５年度～の継続案件のみ、(2) 先進モデル導入事業は令和７年度（L2813–2844）。予算「案」の数値。",
    params: buildingParams({ lines: "L2823–2826", label: "令和7年度 (1)", continuingOnly: true, rateLines: "L2829, L2838", modelDemonstrationRate: "2/3" }),
  },
];
