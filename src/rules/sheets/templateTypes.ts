/**
 * A blank sheet laid out like the official form (SPEC §5 "Templates"), as plain data:
 * written to .xlsx by `gxdc template` (exceljs) and inserted by the taskpane (WorkbookPort).
 */
import type { SheetKind } from "./report";

export interface TemplateCell {
  /** A1 address. */
  readonly address: string;
  readonly value: string | number | boolean | null;
  /** Excel number format, e.g. "#,##0" (yen), "0.0%", "@". */
  readonly numberFormat?: string;
  readonly bold?: boolean;
  /** Semantic fill: header cells, input cells, computed cells. */
  readonly style?: "title" | "header" | "input" | "computed" | "note";
}

export interface TemplateValidation {
  /** A1 range, e.g. "B6:B40". */
  readonly range: string;
  /** Allowed values of a dropdown list. */
  readonly list: readonly string[];
}

export interface SheetTemplate {
  readonly kind: SheetKind;
  readonly program: "gx-regional" | "dc-zero" | "meti-cloud";
  /** Sheet name as in the official forms, e.g. "別紙2 経費内訳". */
  readonly sheetName: string;
  readonly cells: readonly TemplateCell[];
  /** Column widths in Excel character units, by column letter. */
  readonly columnWidths: Readonly<Record<string, number>>;
  /** Merged ranges (titles), A1 ranges. */
  readonly merges: readonly string[];
  readonly validations: readonly TemplateValidation[];
  /** Rows frozen at the top (header). */
  readonly freezeRows?: number;
}
