/**
 * Example workbooks (SPEC §5): pure data, so the demo page loads them in the browser without
 * exceljs, the tests validate them, and `test/cli/examples.test.ts` writes them to examples/*.xlsx.
 */
import type { ValidationOptions } from "../rules/sheets/report";
import type { WorkbookGrid } from "../rules/sheets/types";

/** A mistake planted on purpose: validateWorkbook must report `ruleId` at `sheet`!`cell`. */
export interface PlantedMistake {
  readonly sheet: string;
  readonly cell: string;
  readonly ruleId: string;
  /** Japanese description of the mistake. */
  readonly what: string;
}

export interface Example {
  readonly id: "dc-new-clean" | "dc-new-mistakes" | "gx-dc-clean" | "gx-dc-mistakes";
  readonly title: string;
  /** File name under examples/. */
  readonly fileName: string;
  readonly workbook: WorkbookGrid;
  /** Empty for the clean examples. */
  readonly planted: readonly PlantedMistake[];
  readonly options?: ValidationOptions;
}
