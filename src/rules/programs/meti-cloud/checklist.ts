/**
 * チェックリスト entries of the METI cloud program: the 正式申請 documents (CLOUD-DOC-01) and
 * the reported requirements. All manual: the source gives no form layouts (AMB-06), and its
 * checks are warnings only, so no workbook fact can prove an item (AMB-01).
 */
import type { ChecklistItem } from "../../lib/issue";
import { cite } from "../../lib/param";
import { citation } from "../../sources";
import { latestEdition, type Edition } from "../../lib/edition";
import { METI_CLOUD_EDITIONS, type MetiCloudParams } from "./params";

const SECONDARY = "出典は第三者レポート（二次資料）。公式資料で確認すること（AMB-01）。";

export function cloudChecklist(edition: Edition<MetiCloudParams> = latestEdition(METI_CLOUD_EDITIONS)): readonly ChecklistItem[] {
  const p = edition.params;
  const docs: ChecklistItem[] = p.documents.value.map((d) => ({
    id: `meti-cloud/doc/${d.code}`,
    kind: "document",
    label: d.labelJa,
    labelEn: d.labelEn,
    ruleId: p.documents.ruleId,
    citation: cite(p.documents),
    autoRuleIds: [],
    note: `書式・列構成は出典に記載なし（AMB-06）。${SECONDARY}`,
  }));
  const requirements: ChecklistItem[] = [
    {
      id: "meti-cloud/req/interconnect",
      kind: "requirement",
      label: `GPU 間インターコネクト（${p.interconnect.value.technologies.join(" / ")}、帯域 ${p.interconnect.value.minGbps}Gbps 以上）`,
      labelEn: `GPU interconnect (${p.interconnect.value.technologies.join(" / ")}, ≥ ${p.interconnect.value.minGbps} Gbps)`,
      ruleId: p.interconnect.ruleId,
      citation: cite(p.interconnect),
      autoRuleIds: [],
      note: SECONDARY,
    },
    {
      id: "meti-cloud/req/pue",
      kind: "requirement",
      label: `PUE ${p.pueRecommended.value} 以下（推奨）`,
      labelEn: `PUE ≤ ${p.pueRecommended.value} (recommended)`,
      ruleId: p.pueRecommended.ruleId,
      citation: cite(p.pueRecommended),
      autoRuleIds: [],
      note: `推奨であり必須ではない（AMB-05）。${SECONDARY}`,
    },
    {
      id: "meti-cloud/req/data-sovereignty",
      kind: "requirement",
      label: "データを日本国外で保存・処理しない（資料主權）",
      labelEn: "Data not stored or processed outside Japan",
      ruleId: "CLOUD-SEC-01",
      citation: citation("meti-cloud-report", "5-3 安全與主權要件"),
      autoRuleIds: [],
      note: SECONDARY,
    },
  ];
  return [...docs, ...requirements];
}
