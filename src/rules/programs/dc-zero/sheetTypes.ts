/**
 * Input and output shapes of the dc-zero sheet evaluations (別紙2 経費内訳, 別紙1 実施計画書 指標) —
 * the contract between the dc-zero program (evaluateExpenses, evaluatePlanIndicators) and the
 * sheet engine (src/rules/sheets), SPEC §5.
 */
import type { RuleIssue } from "../../lib/issue";

/** 事業区分: 新設 / 改修 / 移設 / コンテナ. */
export type DcProjectType = "new" | "renovation" | "relocation" | "container";

/** One line of the 経費内訳. Texts are passed as typed (the evaluator normalises them). */
export interface ExpenseLine {
  /** Sheet row (0-based), echoed back in issues. */
  readonly row: number;
  /** "line" = an expense line; "total" = the 合計 line; "subtotal" = 小計 lines (not summed again). */
  readonly kind: "line" | "subtotal" | "total";
  /** 区分: 工事費 / 設備費 / 業務費 / 事務費 */
  readonly category: string | null;
  /** 費目: 本工事費, 付帯工事費, 機械器具費, 測量及試験費, 設備費, 業務費, 事務費 */
  readonly item: string | null;
  /** 細分: 材料費, 労務費, 直接経費, 共通仮設費, 現場管理費, 一般管理費 (工事費) or 別表第2 細目 (事務費) */
  readonly subItem: string | null;
  /** 内容 / 内訳: free text describing the expense (ineligible items are detected here). */
  readonly description: string | null;
  /** 金額 in yen (already scaled for 千円/万円 headers); null = blank or unreadable (the reader reports that). */
  readonly amountYen: number | null;
  /** 補助対象経費 in yen. */
  readonly eligibleYen: number | null;
  /** 補助率区分 as typed: "1/2", "1/3" (太陽光・空調等), or null. */
  readonly rateClass: string | null;
  /** 年度 (western fiscal year, e.g. 2024) or null for single-year sheets. */
  readonly fiscalYear: number | null;
  readonly quantity: number | null;
  /** 単位 (kWh, kW, 台, 式 …). */
  readonly unit: string | null;
  /**
   * For a 小計 labelled only "小計" (no 区分/費目 typed on its row): the rows of the lines it sums as laid out —
   * those since the previous 小計/合計 of its table. Absent: the 小計's scope is its 区分/費目.
   */
  readonly scopeRows?: readonly number[];
}

export type ExpenseField = Exclude<keyof ExpenseLine, "row" | "kind" | "scopeRows">;

/** The summary block of the sheet (総事業費, 補助対象経費, 事務費, 補助金所要額), as declared by the user. */
export interface DeclaredSummary {
  readonly totalProjectCostYen?: DeclaredAmount;
  readonly eligibleTotalYen?: DeclaredAmount;
  readonly adminFeeYen?: DeclaredAmount;
  /** 補助金所要額, per fiscal year when the sheet has a 年度 split (key null = whole sheet). */
  readonly subsidyRequested?: readonly (DeclaredAmount & { readonly fiscalYear: number | null })[];
}

export interface DeclaredAmount {
  readonly valueYen: number;
  /** Sheet row of the cell holding it (issues point there). */
  readonly row: number;
}

export interface ExpenseSheetInput {
  readonly projectType: DcProjectType | null;
  readonly lines: readonly ExpenseLine[];
  readonly declared: DeclaredSummary;
}

export type SummaryField = "totalProjectCostYen" | "eligibleTotalYen" | "adminFeeYen" | "subsidyRequested";
export type ExpenseIssue = RuleIssue<ExpenseField | SummaryField>;

export interface FiscalYearSummary {
  readonly fiscalYear: number | null;
  readonly worksYen: number;
  readonly equipmentYen: number;
  readonly servicesYen: number;
  readonly adminYen: number;
  /** Σ 補助対象経費 of the year. */
  readonly eligibleYen: number;
  /** Part of eligibleYen at the lower rate (太陽光・空調等, 1/3). */
  readonly lowerRateYen: number;
  /** 事務費 ceiling (MOE-ADMIN-01) on the year's 工事費+設備費+業務費 eligible amounts. */
  readonly adminLimitYen: number;
  /** DC.SUBSIDY of the year (rate mix, then the per-year cap); null when 事業区分 is unknown. */
  readonly subsidyYen: number | null;
}

export interface ExpenseEvaluation {
  readonly issues: readonly ExpenseIssue[];
  readonly byFiscalYear: readonly FiscalYearSummary[];
  readonly totalYen: number;
  readonly eligibleTotalYen: number;
  readonly subsidyTotalYen: number | null;
  /** Eligible amount by 区分 (for the taskpane chart). */
  readonly byCategory: Readonly<Record<"工事費" | "設備費" | "業務費" | "事務費" | "不明", number>>;
  readonly checksRun: readonly string[];
}

/** 実施計画書 指標 (別紙1) facts. null = not stated. */
export interface PlanIndicatorsInput {
  readonly projectType: DcProjectType | null;
  readonly pue: number | null;
  /** 再エネ率 as a fraction (0.12 = 12%). */
  readonly reShare: number | null;
  /** 想定稼働率 as a fraction. */
  readonly expectedUtilization: number | null;
  /** 年間CO2削減量 t-CO2/year. */
  readonly annualCo2ReductionT: number | null;
  /** 法定耐用年数 years. */
  readonly usefulLifeYears: number | null;
  /** 補助対象経費 in yen. */
  readonly eligibleCostYen: number | null;
  /**
   * 全再エネ率 as a fraction: (new RE + RE-derived purchases + certificates) ÷ use (DC-RATIO-01). Optional —
   * the sheet engine does not read it yet; issues about it have field null.
   */
  readonly totalReShare?: number | null;
  /**
   * 再エネ発電設備の設備導入開始日: ISO or Japanese date text, or an Excel date serial (DC-EQ-06). Optional —
   * the sheet engine does not read it yet; issues about it have field null.
   */
  readonly reInstallationStart?: string | number | null;
}

/** The facts an indicator issue can point at (those the sheet engine reads). */
export type PlanIndicatorField =
  | "projectType"
  | "pue"
  | "reShare"
  | "expectedUtilization"
  | "annualCo2ReductionT"
  | "usefulLifeYears"
  | "eligibleCostYen"
  | "totalReShare"
  | "reInstallationStart";
export type PlanIndicatorIssue = RuleIssue<PlanIndicatorField>;

export interface PlanIndicatorsEvaluation {
  readonly issues: readonly PlanIndicatorIssue[];
  readonly co2CostYenPerT: number | null;
  readonly co2CostLimitYenPerT: number | null;
  readonly evaluatedUtilization: number | null;
  readonly checksRun: readonly string[];
}
