/**
 * What a program evaluator reports about one input line or fact. The sheet engine maps
 * (row, field) to a cell address and turns an issue into a Finding (src/rules/sheets/types.ts).
 */
import type { Severity } from "../sheets/types";

export interface RuleIssue<F extends string = string> {
  /** The caller's row identifier of the line (the sheet row, 0-based), or null for a fact / the whole plan. */
  readonly row: number | null;
  /** Which field of the line (or which fact) the issue is about; null = the line as a whole. */
  readonly field: F | null;
  readonly severity: Severity;
  readonly ruleId: string;
  /** Japanese: what is wrong, what the rule requires. */
  readonly message: string;
  /** Full citation, from `cite(param)` or `citation(source, locator)`. */
  readonly citation: string;
}

/** A checklist entry (requirement or required document) for the taskpane's チェックリスト. */
export interface ChecklistItem {
  /** Stable id, e.g. "dc-zero/doc/ア-様式1". Manual ticks are stored in the workbook under this id. */
  readonly id: string;
  readonly kind: "requirement" | "document";
  /** Japanese label as in the source (e.g. "ア 様式1 応募申請書"). */
  readonly label: string;
  /** English label for non-Japanese Office UI. */
  readonly labelEn: string;
  readonly ruleId: string;
  readonly citation: string;
  /**
   * Rule ids whose checks prove this item from the workbook: the item is ticked automatically
   * when all of them were evaluated (ValidationReport.checksRun) with no error finding. Empty = manual only.
   */
  readonly autoRuleIds: readonly string[];
  /** Optional note (format, who submits, AMB reading). */
  readonly note?: string;
  /** The note in English, where translated; the English UI folds an untranslated note away, marked as Japanese. */
  readonly noteEn?: string;
}
