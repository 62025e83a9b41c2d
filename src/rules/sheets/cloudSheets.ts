/**
 * meti-cloud 別紙1 費用明細表 and 別紙2 設備投資合算表 → CloudCostLine[] / CloudCapexSiteLine[]
 * (SPEC §5). The source gives no layout (AMB-06): the tables are found by 項目 / 数量 / 単価 / 金額 and
 * by 拠点 / 設備投資額; their findings are warnings at most (secondary source).
 */
import type { CloudCapexField, CloudCapexSiteLine, CloudCostField, CloudCostLine, DeclaredCloudAmount } from "../programs/meti-cloud/sheetTypes";
import { lineKindOf, RowReader, totalRowOf } from "./lineReader";
import { tableBody, type LocatedTable, type TableSpec } from "./locate";
import type { Finding } from "./types";

type CostColumn = Exclude<CloudCostField, "declaredTotalYen">;
type CapexColumn = Exclude<CloudCapexField, "declaredTotalYen">;

export const CLOUD_COST_TABLE: TableSpec<CostColumn> = {
  kind: "cloud-cost",
  columns: [
    { key: "item", labels: ["項目", "品目", "費用項目"], required: true },
    { key: "quantity", labels: ["数量"], required: true },
    { key: "unitPriceYen", labels: ["単価"], required: true, unit: "yen" },
    { key: "amountYen", labels: ["金額", "合計金額"], required: true, unit: "yen" },
    { key: "site", labels: ["拠点", "設置場所", "拠点名"], required: false },
  ],
};

export const CLOUD_CAPEX_TABLE: TableSpec<CapexColumn> = {
  kind: "cloud-capex",
  columns: [
    { key: "site", labels: ["拠点", "設置場所", "拠点名", "事業所"], required: true },
    { key: "totalYen", labels: ["設備投資額", "投資額", "設備投資額合計", "金額"], required: true, unit: "yen" },
  ],
  excludes: ["単価"],
};

export interface ParsedCloudCost {
  readonly table: LocatedTable<CostColumn>;
  readonly lines: readonly CloudCostLine[];
  readonly lastRow: number;
  readonly findings: readonly Finding[];
}

export function parseCloudCost(table: LocatedTable<CostColumn>, source: string, nextHeaderRow?: number): ParsedCloudCost {
  const body = tableBody(table, () => false, nextHeaderRow, totalRowOf(table));
  const reader = new RowReader(table, source);
  const lines: CloudCostLine[] = [];
  for (const r of body.rows) {
    const item = reader.text(r, "item", "項目");
    const site = reader.text(r, "site", "拠点");
    const kind = lineKindOf([item, site]);
    const amountYen = reader.number(r, "amountYen", "yen", "金額");
    // A 合計 row whose formula has no cached result (a fresh template) declares nothing.
    if (kind !== "line" && amountYen === null && reader.isBlank(r, "amountYen")) continue;
    lines.push({
      row: r,
      kind,
      item,
      quantity: reader.number(r, "quantity", "plain", "数量"),
      unitPriceYen: reader.number(r, "unitPriceYen", "yen", "単価"),
      amountYen,
      ...(table.columns.site && { site }),
    });
  }
  return { table, lines, lastRow: body.lastRow, findings: reader.findings };
}

export interface ParsedCloudCapex {
  readonly table: LocatedTable<CapexColumn>;
  readonly sites: readonly CloudCapexSiteLine[];
  readonly declaredTotalYen?: DeclaredCloudAmount;
  readonly lastRow: number;
  readonly findings: readonly Finding[];
}

export function parseCloudCapex(table: LocatedTable<CapexColumn>, source: string, nextHeaderRow?: number): ParsedCloudCapex {
  const body = tableBody(table, () => false, nextHeaderRow, totalRowOf(table));
  const reader = new RowReader(table, source);
  const sites: CloudCapexSiteLine[] = [];
  let declaredTotalYen: DeclaredCloudAmount | undefined;
  for (const r of body.rows) {
    const site = reader.text(r, "site", "拠点");
    const totalYen = reader.number(r, "totalYen", "yen", "設備投資額");
    if (lineKindOf([site]) !== "line") {
      if (totalYen !== null) declaredTotalYen = { valueYen: totalYen, row: r };
      continue;
    }
    sites.push({ row: r, site, totalYen });
  }
  return { table, sites, ...(declaredTotalYen && { declaredTotalYen }), lastRow: body.lastRow, findings: reader.findings };
}
