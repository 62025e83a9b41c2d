/**
 * Finds every sheet kind of SPEC §5 in a workbook and parses it: tables by their header labels,
 * 実施計画書 指標 by its indicator labels, facts by their labels anywhere outside the tables.
 */
import { CLOUD_CAPEX_TABLE, CLOUD_COST_TABLE, parseCloudCapex, parseCloudCost, type ParsedCloudCapex, type ParsedCloudCost } from "./cloudSheets";
import { EXPENSE_TABLE, parseExpenseSheet, type ParsedExpenseSheet } from "./expenseSheet";
import { FACTS, FACT_SPECS, INDICATOR_KEYS, POWER_PLAN_FACT_KEYS, type FactKey } from "./factCatalog";
import { findFactCells, type FactLocation, type Region } from "./facts";
import { locateTableKinds, type LocatedTable } from "./locate";
import { parsePowerPlan, POWER_PLAN_TABLE, type ParsedPowerPlan } from "./powerPlanSheet";
import { SHEET_KINDS } from "./sheetRules";
import type { SheetGrid, WorkbookGrid } from "./types";

/** A 実施計画書 指標 block: the sheet and its first indicator label. */
export interface IndicatorBlock {
  readonly sheet: string;
  readonly anchor: { readonly row: number; readonly col: number };
}

export interface Detection {
  readonly expenses: readonly ParsedExpenseSheet[];
  readonly powerPlans: readonly ParsedPowerPlan[];
  readonly cloudCosts: readonly ParsedCloudCost[];
  readonly cloudCapex: readonly ParsedCloudCapex[];
  readonly indicators: readonly IndicatorBlock[];
  readonly facts: ReadonlyMap<FactKey, FactLocation[]>;
}

/** Minimum number of distinct indicator labels on one sheet for it to count as a 指標 block. */
const MIN_INDICATOR_LABELS = 2;

/**
 * One detection per read: a WorkbookGrid is an immutable snapshot (every read of a port makes a new one), so
 * its detection is kept with it. The taskpane's program choice, fact form and validation, and the advisor,
 * all ask for the same grid's detection; only the first call does the work.
 */
const detections = new WeakMap<WorkbookGrid, Detection>();
let detectionRuns = 0;

/** How many detections have really run in this process (for tests and the benchmark). */
export const detectionRunCount = (): number => detectionRuns;

export function detectWorkbook(wb: WorkbookGrid): Detection {
  let d = detections.get(wb);
  if (!d) {
    d = detectWorkbookUncached(wb);
    detections.set(wb, d);
    detectionRuns++;
  }
  return d;
}

function detectWorkbookUncached(wb: WorkbookGrid): Detection {
  const expenses: ParsedExpenseSheet[] = [];
  const powerPlans: ParsedPowerPlan[] = [];
  const cloudCosts: ParsedCloudCost[] = [];
  const cloudCapex: ParsedCloudCapex[] = [];
  const regions: Region[] = [];
  const powerStops = POWER_PLAN_FACT_KEYS.flatMap((k) => FACTS[k].labels);

  for (const sheet of wb.sheets) {
    const [expenseTables, powerTables, costTables, capexTables] = locateTableKinds<string>(sheet, [EXPENSE_TABLE, POWER_PLAN_TABLE, CLOUD_COST_TABLE, CLOUD_CAPEX_TABLE]);
    // Each list holds tables of its own spec (locateTableKinds keeps the order of the specs).
    const found = {
      expenses: expenseTables as Parameters<typeof parseExpenseSheet>[0][],
      power: powerTables as Parameters<typeof parsePowerPlan>[0][],
      cost: costTables as Parameters<typeof parseCloudCost>[0][],
      capex: capexTables as Parameters<typeof parseCloudCapex>[0][],
    };
    const headerRows = [...found.expenses, ...found.power, ...found.cost, ...found.capex].map((t) => t.headerRow).sort((a, b) => a - b);
    const next = (t: LocatedTable<string>): number | undefined => headerRows.find((r) => r > t.headerRow);
    let prevTableEnd: number | undefined;
    for (const [i, t] of found.expenses.entries()) {
      const stack = { prevTableEnd, stacked: found.expenses.length > 1, last: i === found.expenses.length - 1 };
      const p = parseExpenseSheet(t, SHEET_KINDS["dc-expenses"].formCitation, next(t), stack);
      prevTableEnd = p.lastRow;
      expenses.push(p);
      regions.push(regionOf(sheet, t, p.lastRow));
    }
    for (const t of found.power) {
      const p = parsePowerPlan(t, SHEET_KINDS["gx-power-plan"].formCitation, powerStops, next(t));
      powerPlans.push(p);
      regions.push(regionOf(sheet, t, p.lastRow));
    }
    for (const t of found.cost) {
      const p = parseCloudCost(t, SHEET_KINDS["cloud-cost"].formCitation, next(t));
      cloudCosts.push(p);
      regions.push(regionOf(sheet, t, p.lastRow));
    }
    for (const t of found.capex) {
      const p = parseCloudCapex(t, SHEET_KINDS["cloud-capex"].formCitation, next(t));
      cloudCapex.push(p);
      regions.push(regionOf(sheet, t, p.lastRow));
    }
  }

  const facts = findFactCells(wb, FACT_SPECS, regions);
  return { expenses, powerPlans, cloudCosts, cloudCapex, indicators: indicatorBlocks(wb, facts), facts };
}

function regionOf(sheet: SheetGrid, t: LocatedTable<string>, last: number): Region {
  return { sheet: sheet.name, fromRow: t.headerRow, toRow: Math.max(t.headerRow, last), fromCol: t.span.from, toCol: t.span.to };
}

function indicatorBlocks(wb: WorkbookGrid, facts: ReadonlyMap<FactKey, FactLocation[]>): IndicatorBlock[] {
  const blocks: IndicatorBlock[] = [];
  for (const sheet of wb.sheets) {
    const here = INDICATOR_KEYS.flatMap((k) => (facts.get(k) ?? []).filter((l) => l.sheet === sheet.name).map((l) => ({ key: k, l })));
    const distinct = new Set(here.map((h) => h.key));
    if (distinct.size < MIN_INDICATOR_LABELS) continue;
    // The block starts at its first label, 事業区分 and 補助対象経費 included when they sit on the same sheet.
    const sameSheet = (["事業区分", "補助対象経費"] as const).flatMap((k) => (facts.get(k) ?? []).filter((l) => l.sheet === sheet.name && l.labelRow >= Math.min(...here.map((h) => h.l.labelRow)) - 2));
    const first = [...here.map((h) => h.l), ...sameSheet].sort((a, b) => a.labelRow - b.labelRow || a.labelCol - b.labelCol)[0];
    blocks.push({ sheet: sheet.name, anchor: { row: first.labelRow, col: first.labelCol } });
  }
  return blocks;
}

