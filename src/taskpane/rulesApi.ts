/**
 * What the taskpane uses from the rules core for validation (checklists and templates: programContent.ts) and the
 * readers of the program type. The taskpane evaluates nothing itself. Loaded on demand (lazyEngine.ts, engine.js).
 */
import { detectWorkbook } from "../rules/sheets/detect";
import type { ValidationOptions, ValidationReport } from "../rules/sheets/report";
import type { WorkbookGrid } from "../rules/sheets/types";
import { validateWorkbook } from "../rules/sheets/validateWorkbook";
import { inputsFromTargets, locateFacts } from "./state/facts";
import { PROGRAM_FACTS, PROGRAM_TYPES, type TaskpaneProgram } from "./state/programs";

export function runValidation(wb: WorkbookGrid, program: TaskpaneProgram, type: string, fileName: string | null = null): ValidationReport {
  const factLabel = PROGRAM_TYPES[program].factLabel;
  const options: ValidationOptions = {
    program,
    ...(type && factLabel ? { facts: { [factLabel]: type } } : {}),
    ...(fileName ? { fileName } : {}),
  };
  return validateWorkbook(wb, options);
}

/** The program whose sheets the workbook holds (the first kind found), or null. */
export function programOf(wb: WorkbookGrid): TaskpaneProgram | null {
  const d = detectWorkbook(wb);
  if (d.expenses.length > 0 || d.indicators.length > 0) return "dc-zero";
  if (d.powerPlans.length > 0) return "gx-regional";
  if (d.cloudCosts.length > 0 || d.cloudCapex.length > 0) return "meti-cloud";
  return null;
}

/** The type the workbook states (事業区分 / 投資類型 cell), as one of the picker's values; "" when none. */
export function workbookTypeOf(wb: WorkbookGrid, program: TaskpaneProgram): string {
  const info = PROGRAM_TYPES[program];
  const field = PROGRAM_FACTS[program].fields.find((f) => f.label === info.factLabel);
  if (!field) return "";
  try {
    return inputsFromTargets([field], locateFacts(wb, [field], program))[field.label] ?? "";
  } catch {
    // A sheet the locator cannot read must not blank the whole pane: validation reports it.
    return "";
  }
}
