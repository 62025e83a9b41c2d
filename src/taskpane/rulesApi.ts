/**
 * What the taskpane uses from the rules core, in one place: validation, templates, checklists and the
 * readers of the program type. The taskpane evaluates nothing itself.
 */
import type { ChecklistItem } from "../rules/lib/issue";
import { DC_ZERO_CHECKLIST, parseProjectType } from "../rules/programs/dc-zero";
import { gxChecklist, parseInvestmentType } from "../rules/programs/gx-regional";
import { cloudChecklist } from "../rules/programs/meti-cloud";
import { detectWorkbook } from "../rules/sheets/detect";
import type { ValidationOptions, ValidationReport } from "../rules/sheets/report";
import { templatesFor } from "../rules/sheets/templates";
import type { SheetTemplate } from "../rules/sheets/templateTypes";
import type { WorkbookGrid } from "../rules/sheets/types";
import { validateWorkbook } from "../rules/sheets/validateWorkbook";
import { PROGRAM_TYPES, type TaskpaneProgram } from "./state/programs";

export function runValidation(wb: WorkbookGrid, program: TaskpaneProgram, type: string, fileName: string | null = null): ValidationReport {
  const factLabel = PROGRAM_TYPES[program].factLabel;
  const options: ValidationOptions = {
    program,
    ...(type && factLabel ? { facts: { [factLabel]: type } } : {}),
    ...(fileName ? { fileName } : {}),
  };
  return validateWorkbook(wb, options);
}

export function programTemplates(program: TaskpaneProgram): readonly SheetTemplate[] {
  return templatesFor(program);
}

/**
 * Checklist of a program and type (the type as written in the sheet: "新設", "DC設備投資型" …). With a
 * validation report, items that the workbook shows do not apply (another 支援区分, an unused source type) are left out.
 */
export function checklistFor(program: TaskpaneProgram, type: string, report: ValidationReport | null = null): readonly ChecklistItem[] {
  switch (program) {
    case "dc-zero": {
      const t = parseProjectType(type);
      return DC_ZERO_CHECKLIST[t.ok ? t.value : "new"];
    }
    case "gx-regional": {
      const t = parseInvestmentType(type);
      return gxChecklist(t.ok ? t.value : "manufacturing", report?.checklistContext?.gx ?? {});
    }
    case "meti-cloud":
      return cloudChecklist();
  }
}

/** The program whose sheets the workbook holds (the first kind found), or null. */
export function programOf(wb: WorkbookGrid): TaskpaneProgram | null {
  const d = detectWorkbook(wb);
  if (d.expenses.length > 0 || d.indicators.length > 0) return "dc-zero";
  if (d.powerPlans.length > 0) return "gx-regional";
  if (d.cloudCosts.length > 0 || d.cloudCapex.length > 0) return "meti-cloud";
  return null;
}
