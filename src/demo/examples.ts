/** The example workbooks of the demo page's picker (src/examples), the faulty DC 新設 one first. */
import { EXAMPLES as ALL, type Example } from "../examples";
import type { WorkbookGrid } from "../rules/sheets/types";

export interface DemoExample {
  readonly id: Example["id"];
  readonly label: string;
  readonly labelEn: string;
  /** The example's file name (examples/*.xlsx), reported as the workbook's name. */
  readonly fileName: string;
  /** A fresh copy of the workbook (the port edits what it is given). */
  readonly build: () => WorkbookGrid;
}

const LABEL_EN: Readonly<Record<Example["id"], string>> = {
  "dc-new-mistakes": "DC new build — with mistakes",
  "dc-new-clean": "DC new build — clean",
  "gx-dc-mistakes": "GX power plan (DC) — with mistakes",
  "gx-dc-clean": "GX power plan (DC) — clean",
};

const ORDER: readonly Example["id"][] = ["dc-new-mistakes", "dc-new-clean", "gx-dc-mistakes", "gx-dc-clean"];

export const EXAMPLES: readonly DemoExample[] = ORDER.flatMap((id) => {
  const e = ALL.find((x) => x.id === id);
  return e ? [{ id, label: e.title, labelEn: LABEL_EN[id], fileName: e.fileName, build: () => JSON.parse(JSON.stringify(e.workbook)) as WorkbookGrid }] : [];
});

export const DEFAULT_EXAMPLE: Example["id"] = "dc-new-mistakes";

export function exampleById(id: string | null | undefined): DemoExample | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
