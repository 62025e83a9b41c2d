/**
 * 改善提案 (advisor): what would raise the subsidy, and whether the rules allow it — on the same rules core
 * as the validation, with inputs, formula, rule ids and citations on every suggestion. Read-only.
 */
export type { AdviceKind, AdviceProgram, AdviceState, AdviceInput, Suggestion } from "./types";
export { rankSuggestions } from "./types";
export { adviseGxPlan, type GxAdviceOptions } from "./gxRegional";
export { adviseDcExpenses, type DcAdviceOptions } from "./dcZero";
export { bestSplit, type BestSplit, type YearPart } from "./bestSplit";
export { adviseWorkbook, type AdviceReport } from "./workbook";
