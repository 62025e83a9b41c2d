/**
 * dc-zero: データセンターのゼロエミッション化・レジリエンス強化促進事業 (MOE / 協会, 公募要領 令和6年4月16日).
 * Public API of the program: parameters (dated edition), evaluators, sheet evaluations, checklist.
 */
export type {
  DcProjectType,
  ExpenseLine,
  ExpenseField,
  ExpenseSheetInput,
  ExpenseEvaluation,
  ExpenseIssue,
  DeclaredSummary,
  DeclaredAmount,
  SummaryField,
  FiscalYearSummary,
  PlanIndicatorsInput,
  PlanIndicatorsEvaluation,
  PlanIndicatorIssue,
  PlanIndicatorField,
} from "./sheetTypes";
export { DC_PROJECT_TYPES, DC_PROJECT_TYPE_ALIASES, DC_PROJECT_TYPE_JA, parseProjectType } from "./projectType";
export { DC_ZERO_EDITIONS, DC_ZERO_CURRENT, dcZeroEditionAt } from "./params";
export type { DcZeroParams, RateRule, CapRule, ScaleBand, ApplicationPartSpec } from "./params";
export type { ExpenseCategory, TaxonomyCategory, TaxonomyItem, TaxonomySubItem } from "./expenseTables";
export type { KeywordRow, KeywordHit } from "./keywordMatch";
export { findKeyword, matchRow, matchRows } from "./keywordMatch";
export { DC_ZERO_CHECKLIST } from "./checklist";
export { subsidyRate, subsidyCap, subsidyAmount, describeSubsidy } from "./subsidy";
export type { RateClass, SubsidyBreakdown } from "./subsidy";
export { marginalScale, adminLimit } from "./adminLimit";
export { co2ReductionCost, co2CostLimit } from "./co2Cost";
export { pue, reShare, totalReShare, meetsReShare, evaluatedUtilization } from "./indicators";
export { isNewlyIntroducedRe } from "./reEquipment";
export { requiredFinancialStatementPeriods } from "./statements";
export type { StatementRequirement } from "./statements";
export { checkApplicationWorkbook } from "./workbookIntegrity";
export type { ApplicationPart, ApplicationWorkbookCheck, WorkbookIssue, WorkbookSheetInfo } from "./workbookIntegrity";
export { batteryCheck, parseBatteryClass, BATTERY_CLASS_ALIASES, BATTERY_CLASS_JA } from "./battery";
export type { BatteryClass, BatteryCheck } from "./battery";
export { financialCheck, describeFinancialHits } from "./financial";
export type { FinancialStatements, FinancialCheck } from "./financial";
export { salesBonus, equityBonus, wageBonus } from "./bonus";
export type { SalesBonus, EquityBonus, WageBonus } from "./bonus";
export { completionReportDue, annualReportDues } from "./reportDates";
export type { ReportDue } from "./reportDates";
export { parseDateText, excelSerialToIso, isoToExcelSerial, addDays, readDate } from "../../lib/dates";
export { classifyExpense, equipmentItemOf, equipmentRateClass, parseRateClassText, rateForEquipment, matchTables, decide } from "./classifyExpense";
export type { EquipmentItem, ExpenseClassification, ExpenseMatch } from "./classifyExpense";
export { evaluateExpenses } from "./evaluateExpenses";
export { evaluatePlanIndicators } from "./evaluatePlanIndicators";
export { citeRule } from "./cite";
