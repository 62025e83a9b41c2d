/**
 * What the sheet engine itself reports, apart from the programs' rules: cells it cannot read,
 * numbers typed as text, sheets and facts it did not find (SPEC §5). These checks are not rules
 * of a document, so their ids carry the prefix SHEET-; their `source` cites the form requirement
 * of the program the sheet belongs to (the forms must be complete and submitted as Excel).
 */
import { citation } from "../sources";
import type { SheetKind } from "./report";
import type { Finding, Severity } from "./types";

/** Reader check ids (stable; listed in the report of `gxdc validate`). */
export const SHEET_RULES = {
  /** An Excel error value (#REF!, #VALUE! …) in a cell the checks read → error. */
  cellError: "SHEET-CELL-01",
  /** A line's 金額 is a formula saved with the result 0 or none (not recalculated before saving) → warning. */
  formulaNotCalculated: "SHEET-CELL-02",
  /** A number typed as text (full-width digits, 円, commas) → warning, value used. */
  numberAsText: "SHEET-NUM-01",
  /** Text that cannot be read as a number where one is expected → warning, value ignored. */
  numberUnreadable: "SHEET-NUM-02",
  /** A 年度 that is not a fiscal year → warning. */
  fiscalYearUnreadable: "SHEET-YEAR-01",
  /** A sheet kind of the program is absent → info. */
  kindAbsent: "SHEET-KIND-01",
  /** A table was found but holds no lines → info. */
  tableEmpty: "SHEET-KIND-02",
  /** Two 経費内訳 tables hold lines of the same 年度 (per-年度 ceilings need their sum) → warning. */
  expenseYearSplit: "SHEET-KIND-03",
  /** A sheet looks like a form (title, header labels, amounts) but no table could be read from it → warning at the cell. */
  formUnreadable: "SHEET-KIND-04",
  /** The workbook's forms are absent (様式が見つかりません) or blank (未入力): nothing was checked → warning. */
  formStatus: "SHEET-KIND-05",
  /** A fact (事業区分, 投資類型 …) is stated nowhere → info. */
  factAbsent: "SHEET-FACT-01",
  /** A fact is stated but its value is not among the accepted ones → warning. */
  factUnreadable: "SHEET-FACT-02",
} as const;

export type SheetProgram = "dc-zero" | "gx-regional" | "meti-cloud";

export interface SheetKindInfo {
  readonly kind: SheetKind;
  readonly program: SheetProgram;
  /** Japanese name of the kind. */
  readonly title: string;
  /** Citation of the form the kind reproduces (source of reader findings). */
  readonly formCitation: string;
}

export const SHEET_KINDS: Readonly<Record<SheetKind, SheetKindInfo>> = {
  "dc-expenses": {
    kind: "dc-expenses",
    program: "dc-zero",
    title: "経費内訳（別紙2）",
    formCitation: citation("dc-zero-r6-koubo", "Ⅶ (1) ※1"),
  },
  "dc-plan-indicators": {
    kind: "dc-plan-indicators",
    program: "dc-zero",
    title: "実施計画書 指標（別紙1）",
    formCitation: citation("dc-zero-r6-koubo", "Ⅶ (1) ※1"),
  },
  "gx-power-plan": {
    kind: "gx-power-plan",
    program: "gx-regional",
    title: "電力調達計画",
    formCitation: citation("gx-overview-2026-v1.1", "注意事項 (電力要件)"),
  },
  "cloud-cost": {
    kind: "cloud-cost",
    program: "meti-cloud",
    title: "費用明細表（別紙1）",
    formCitation: citation("meti-cloud-report", "5-4 申請程序"),
  },
  "cloud-capex": {
    kind: "cloud-capex",
    program: "meti-cloud",
    title: "設備投資合算表（別紙2）",
    formCitation: citation("meti-cloud-report", "5-4 申請程序"),
  },
};

/** Sheet kinds in the order they are reported. */
export const KIND_ORDER: readonly SheetKind[] = ["dc-expenses", "dc-plan-indicators", "gx-power-plan", "cloud-cost", "cloud-capex"];

export function finding(sheet: string, cell: string, severity: Severity, ruleId: string, message: string, source: string): Finding {
  return { sheet, cell, severity, ruleId, message, source };
}
