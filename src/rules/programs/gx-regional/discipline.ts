/**
 * GX-DISC-01 / GX-DISC-02: the discipline a source without FIT/FIP must follow (概要説明資料 Ver1.1), read only by
 * the checklist. A table of its own, not part of the params edition (./params), so that the custom functions'
 * bundle does not carry it (as the dc-zero checklist). A revised overview is a new table beside this one.
 */
import { param } from "../../lib/param";
import { GX_OVERVIEW_SOURCE } from "./source";
import type { OtherDisciplineRow, SolarDisciplineItem } from "./params";

const SOURCE = GX_OVERVIEW_SOURCE;

export const GX_DISCIPLINE_2026_V11 = {
  solarDiscipline: param({
    ruleId: "GX-DISC-01",
    description: "太陽光発電（FIT/FIP認定の取得予定がない場合）① 事業計画策定ガイドライン（太陽光発電）の遵守事項 A)～L) (solar plant discipline items)",
    unit: "table",
    source: SOURCE,
    locator: "FIT/FIP認定の取得予定がない場合は、以下を実施すること (太陽光発電)",
    notes: [
      "以上 = inclusive: E) applies from 20kW, K) and L) from 10kW; the capacity is the 様式（1） capacity of GX-SRC-03 (min of modules and PCS per line).",
      "① excludes guideline items meant only for FIT/FIP-certified parties (ただし、専らFIT/FIPの認定を受けた者に対するものを除く).",
      "※ If the discipline is revised by law after the call opens, the latest discipline applies (公募開始日以降…最新の事業規律を遵守).",
    ],
    value: [
      { key: "A", textJa: "地域住民や地域の自治体と適切なコミュニケーションを図り、地域住民に十分配慮して事業を実施する", textEn: "Communicate with residents and the municipality; give due consideration to residents", effort: true },
      { key: "B", textJa: "関係法令及び条例の規定に従い、土地開発等の設計・施工を行う", textEn: "Design and build land development according to laws and ordinances" },
      { key: "C", textJa: "防災、環境保全、景観保全を考慮して発電設備を設計する", textEn: "Design the plant with disaster prevention, environment and landscape in mind", effort: true },
      { key: "D", textJa: "一の場所において、設備を複数の設備に分割したものでない（電気事業法施行規則第3条第2項）", textEn: "The plant is not one site split into several plants" },
      { key: "E", textJa: "柵塀を設置し、柵塀等の外側の見えやすい場所に標識（発電事業者・保守点検責任者の名称・氏名・住所・連絡先電話番号、運転開始年月日）を掲示する", textEn: "Fence the plant and post a sign outside the fence", minKW: 20 },
      { key: "F", textJa: "設計図書や竣工試験データを含む完成図書を作成し、適切に管理・保存する（電気事業法の技術基準適合義務・立入検査・報告徴収への対応）", textEn: "Prepare and keep the completion documents (drawings, commissioning data)" },
      { key: "G", textJa: "設備の設置後、適切な保守点検及び維持管理を実施する", textEn: "Maintain and inspect the plant after installation" },
      { key: "H", textJa: "一般送配電事業者又は特定送配電事業者から出力制御の要請を受けたときは、国の指針に基づき適切な方法により協力する", textEn: "Cooperate with output-curtailment requests of the grid operator" },
      { key: "I", textJa: "防災、環境保全、景観保全の観点から計画段階で予期しなかった問題が生じた場合、適切な対策を講じる", textEn: "Take measures against unforeseen disaster, environment or landscape problems", effort: true },
      { key: "J", textJa: "発電設備を処分する際は、関係法令（立地する自治体の条例を含む。）の規定を遵守する", textEn: "Comply with laws and local ordinances when disposing of the plant" },
      { key: "K", textJa: "「廃棄等費用積立ガイドライン」を参考に廃棄等費用の積立等の計画を策定して積み立て、発電事業の終了時に適切に廃棄・リサイクルする", textEn: "Plan and accumulate decommissioning costs; dispose of and recycle the plant properly", minKW: 10 },
      { key: "L", textJa: "災害等による撤去及び処分に備えた火災保険や地震保険、第三者賠償保険等に加入する", textEn: "Take out fire, earthquake and third-party liability insurance", minKW: 10, effort: true },
    ] as readonly SolarDisciplineItem[],
  }),
  otherDiscipline: param({
    ruleId: "GX-DISC-02",
    description: "風力・地熱・水力・バイオマス（FIT/FIP認定の取得予定がない場合）① 事業計画策定ガイドライン等 (discipline per source type)",
    unit: "table",
    source: SOURCE,
    locator: "FIT/FIP認定の取得予定がない場合は、以下を実施すること",
    notes: [
      "Every row also needs ② 説明会等 as for solar (GX-DISC-01 ②).",
      "バイオマス発電 covers both e. 専焼 and f. 混焼 of GX-SRC-01 (the table names バイオマス発電 only).",
    ],
    value: [
      {
        codes: ["b"],
        sourceJa: "風力発電",
        sourceEn: "wind",
        requirementJa: "「事業計画策定ガイドライン（風力発電施設）」を参考に必要な措置を取る／発電用風力設備の技術基準を定める省令に準拠する風車／環境影響調査はNEDO風力発電ガイドブック及び環境影響評価マニュアル又は地方公共団体の条例・指示等に準じて実施",
      },
      {
        codes: ["d"],
        sourceJa: "地熱発電",
        sourceEn: "geothermal",
        requirementJa: "「事業計画策定ガイドライン（地熱発電施設）」を参考に必要な措置を取る／排気ガス、排水、騒音、振動について各種規制値を遵守",
      },
      {
        codes: ["c"],
        sourceJa: "水力発電",
        sourceEn: "hydro",
        requirementJa: "「事業計画策定ガイドライン（水力発電施設）」を参考に必要な措置を取る／環境影響調査を行い、関係機関、関係専門家、地域住民と協議・調整",
      },
      { codes: ["e", "f"], sourceJa: "バイオマス発電", sourceEn: "biomass", requirementJa: "「事業計画策定ガイドライン（バイオマス発電施設）」を参考に必要な措置を取る" },
    ] as readonly OtherDisciplineRow[],
  }),
} as const;

/** The discipline tables the checklist uses (the latest overview). */
export const GX_DISCIPLINE = GX_DISCIPLINE_2026_V11;
