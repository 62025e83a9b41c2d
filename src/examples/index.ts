/** The example workbooks (pure data; see types.ts). */
import { dcNewClean, dcNewMistakes } from "./dcNew";
import { gxDcClean, gxDcMistakes } from "./gxDc";
import type { Example } from "./types";

export type { Example, PlantedMistake } from "./types";
export { dcNewClean, dcNewMistakes, dcLayout, DC_EXPENSE_SHEET, DC_INDICATOR_SHEET } from "./dcNew";
export { gxDcClean, gxDcMistakes, gxLayout, GX_SHEET, GX_SHEET_ALT } from "./gxDc";

export const EXAMPLES: readonly Example[] = [dcNewClean, dcNewMistakes, gxDcClean, gxDcMistakes];

export function exampleById(id: Example["id"]): Example {
  const e = EXAMPLES.find((x) => x.id === id);
  if (!e) throw new RangeError(`unknown example ${id}`);
  return e;
}
