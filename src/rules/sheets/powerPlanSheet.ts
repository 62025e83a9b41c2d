/**
 * 電力調達計画 (gx-regional) → ProcurementLine[] (SPEC §5): one line per source or certificate
 * purchase; 年間調達量 scaled to kWh (千kWh / MWh headers), 契約期間 to years ("15年", "180ヶ月").
 * 合計 / 小計 rows are not sources and are left out.
 */
import type { ProcurementField, ProcurementLine } from "../programs/gx-regional/powerPlanTypes";
import { parseYesNo } from "../lib/normalize";
import { isBlankCell } from "./cellRead";
import { aliasRank, parseLabel } from "./labels";
import { lineKindOf, RowReader, totalRowOf } from "./lineReader";
import { tableBody, textCells, valueIn, type LocatedTable, type TableSpec } from "./locate";
import { SHEET_RULES } from "./sheetRules";
import { toA1, type Finding } from "./types";

export const POWER_PLAN_TABLE: TableSpec<ProcurementField> = {
  kind: "gx-power-plan",
  columns: [
    { key: "sourceType", labels: ["電源種", "電源種別", "電源", "電源種類"], required: true },
    { key: "state", labels: ["状態", "電源の状態"], required: true },
    { key: "procurement", labels: ["調達方法", "電力の調達方法", "調達手段"], required: true },
    { key: "prefecture", labels: ["都道府県", "電源の都道府県", "電源立地都道府県", "所在都道府県", "電源所在地"], required: true },
    { key: "annualKWh", labels: ["年間調達量", "年間調達電力量", "調達量"], required: true, unit: "kwh" },
    { key: "contractYears", labels: ["契約期間", "契約年数"], required: true, unit: "years" },
    { key: "menuKind", labels: ["メニュー種別", "メニューの種類", "メニュー名"], required: false },
    { key: "justifiedException", labels: ["合理的例外", "例外", "例外適用"], required: false },
    { key: "fitFip", labels: ["FIT/FIP認定", "FIT/FIP", "FIT・FIP認定", "FIT・FIP", "FIT認定", "FIP認定"], required: false },
  ],
};

export interface ParsedPowerPlan {
  readonly table: LocatedTable<ProcurementField>;
  readonly lines: readonly ProcurementLine[];
  readonly lastRow: number;
  readonly findings: readonly Finding[];
}

/** Parses one located 電力調達計画 table; `stopLabels` (facts labels) end the body. */
export function parsePowerPlan(table: LocatedTable<ProcurementField>, source: string, stopLabels: readonly string[], nextHeaderRow?: number): ParsedPowerPlan {
  const isStop = (r: number): boolean => textCells(table.sheet, r).some((c) => aliasRank(parseLabel(c.text), stopLabels) >= 0);
  const body = tableBody(table, isStop, nextHeaderRow, totalRowOf(table));
  const reader = new RowReader(table, source);
  const lines: ProcurementLine[] = [];
  for (const r of body.rows) {
    const sourceType = reader.text(r, "sourceType", "電源種");
    const state = reader.text(r, "state", "状態");
    const procurement = reader.text(r, "procurement", "調達方法");
    const prefecture = reader.text(r, "prefecture", "都道府県");
    if (lineKindOf([sourceType, state, procurement, prefecture]) !== "line") continue;
    const line: ProcurementLine = {
      row: r,
      sourceType,
      state,
      procurement,
      prefecture,
      annualKWh: reader.number(r, "annualKWh", "kwh", "年間調達量"),
      contractYears: reader.number(r, "contractYears", "years", "契約期間"),
      ...(table.columns.menuKind && { menuKind: reader.text(r, "menuKind", "メニュー種別") }),
      ...(table.columns.justifiedException && { justifiedException: readFlag(reader, table, r) }),
      ...(table.columns.fitFip && { fitFip: reader.text(r, "fitFip", "FIT/FIP認定") }),
    };
    lines.push(line);
  }
  return { table, lines, lastRow: body.lastRow, findings: reader.findings };
}

function readFlag(reader: RowReader<ProcurementField>, table: LocatedTable<ProcurementField>, r: number): boolean | null {
  const raw = valueIn(table, r, "justifiedException");
  if (isBlankCell(raw)) return null;
  const text = reader.text(r, "justifiedException", "合理的例外");
  if (text === null) return null;
  const yes = parseYesNo(raw, "合理的例外");
  if (yes.ok) return yes.value;
  const col = table.columns.justifiedException;
  if (col) reader.warn(toA1(r, col.col), SHEET_RULES.factUnreadable, `${yes.error.message}（${SHEET_RULES.factUnreadable}）`);
  return null;
}
