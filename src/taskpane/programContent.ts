/**
 * The program's checklist and template sheets, for the 要件チェック and シートを用意 tabs only. Apart from
 * rulesApi.ts so that they travel with those tabs (panels.js), not in the bundle the pane waits for.
 */
import type { ChecklistItem } from "../rules/lib/issue";
import { DC_ZERO_CHECKLIST, parseProjectType } from "../rules/programs/dc-zero";
import { gxChecklist, parseInvestmentType } from "../rules/programs/gx-regional";
import { cloudChecklist } from "../rules/programs/meti-cloud";
import type { ValidationReport } from "../rules/sheets/report";
import { templatesFor } from "../rules/sheets/templates";
import type { SheetTemplate } from "../rules/sheets/templateTypes";
import type { TaskpaneProgram } from "./state/programs";

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

