/**
 * The result of validating a workbook (SPEC §5): what the taskpane shows and `gxdc validate` prints.
 * Produced by `validateWorkbook` (validateWorkbook.ts) from a WorkbookGrid.
 */
import type { GxChecklistContext } from "../programs/gx-regional/checklist";
import type { Finding } from "./types";

/** Sheet kinds of SPEC §5. */
export type SheetKind = "dc-expenses" | "dc-plan-indicators" | "gx-power-plan" | "cloud-cost" | "cloud-capex";

export type ProgramChoice = "gx-regional" | "dc-zero" | "dc-tech" | "meti-cloud";

/** Where a sheet kind was found. */
export interface DetectedSheet {
  readonly kind: SheetKind;
  readonly sheet: string;
  /** A1 address of the header row's first matched label (or of the first fact label for label-only kinds). */
  readonly anchor: string;
  /** Japanese name of the kind, e.g. "経費内訳（別紙2）". */
  readonly title: string;
}

/** A computed figure for the summary card, e.g. { label: "補助金額（2024年度）", value: 300000000, unit: "円" }. */
export interface SummaryFigure {
  readonly id: string;
  /** Japanese label (official terms). */
  readonly label: string;
  /** English label for an English Office display language. */
  readonly labelEn: string;
  readonly value: number | string | boolean | null;
  readonly unit: "円" | "円/t-CO2" | "%" | "kWh" | "" | "比";
  readonly ruleId?: string;
  /** Japanese explanation (e.g. the reason for the tier). */
  readonly note?: string;
}

export interface ValidationOptions {
  /** Restricts validation to one program; default: every kind found. */
  readonly program?: ProgramChoice;
  /**
   * Facts given outside the workbook (CLI `--type 新設`, taskpane form), keyed by label as in SPEC §5
   * (e.g. { "事業区分": "新設", "投資類型": "DC" }). They override labelled cells.
   */
  readonly facts?: Readonly<Record<string, string | number | boolean>>;
  /** The workbook's file name when known (CLI): the dc-zero forms must stay an Excel file (DC-DOC-04). */
  readonly fileName?: string;
}

/** Whether the forms held anything to check: "absent" 様式が見つかりません, "blank" 未入力 (never shown as OK). */
export type FormStatus = "filled" | "blank" | "absent";

export interface ValidationReport {
  readonly findings: readonly Finding[];
  /** "filled" when a form with lines or indicator values was read; otherwise nothing was checked. */
  readonly formStatus?: FormStatus;
  readonly detected: readonly DetectedSheet[];
  readonly summary: readonly SummaryFigure[];
  /** Rule ids whose checks actually ran (drives the checklist's automatic ticks). */
  readonly checksRun: readonly string[];
  /**
   * What the workbook tells the program's checklist (which items apply): for GX the 支援区分 and the
   * source types of the 電力調達計画. Absent when the workbook does not say.
   */
  readonly checklistContext: { readonly gx?: GxChecklistContext };
  /** Eligible amounts by 区分 for the cost chart (empty when no 経費内訳 was found). The subsidy is not split by 区分: the documents cap it per 年度, not per 区分. */
  readonly costBreakdown: readonly BreakdownRow[];
  /** Eligible cost and subsidy by 年度 (exact per-年度 figures of the 経費内訳), for the second chart. */
  readonly yearBreakdown: readonly BreakdownRow[];
}

/** One bar group of a chart: a 区分 or a 年度, its eligible cost and (where the documents define it) its subsidy. */
export interface BreakdownRow {
  readonly label: string;
  readonly labelEn: string;
  readonly eligibleYen: number;
  readonly subsidyYen: number | null;
}

/** Severity order for sorting and the status badge. */
export const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
