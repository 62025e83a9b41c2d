/**
 * dc-tech: データセンター等デジタル基盤の脱炭素化に向けた環境配慮技術の開発・実証事業 (MOE 実施要領, 令和8年4月7日施行).
 * The source gives no rate, cap or call data (AMB-46): exclusions, post-project reports and 収益納付 only.
 */
export { DC_TECH_EDITIONS, DC_TECH_CURRENT, DCTECH_EXCLUSIONS, dcTechEditionAt } from "./params";
export type { DcTechParams } from "./params";
export { revenuePayback, revenuePaybackBreakdown } from "./revenuePayback";
export type { RevenuePaybackBreakdown, RevenuePaybackInput, YearlyYen } from "./revenuePayback";
export { postProjectReportDues, revenuePaybackFiscalYears } from "./reports";
export type { PostReportDue } from "./reports";
export { classifyTechExpense } from "./classifyTechExpense";
export type { TechExpenseClassification } from "./classifyTechExpense";
