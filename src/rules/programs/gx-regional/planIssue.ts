/** Builds the issues of the 電力調達計画 evaluation with the citation of their rule. */
import type { Severity } from "../../sheets/types";
import { citeRule } from "./citations";
import type { PowerPlanFactField, PowerPlanIssue, ProcurementField } from "./powerPlanTypes";

export function planIssue(
  row: number | null,
  field: ProcurementField | PowerPlanFactField | null,
  severity: Severity,
  ruleId: string,
  message: string,
): PowerPlanIssue {
  return { row, field, severity, ruleId, message, citation: citeRule(ruleId) };
}
