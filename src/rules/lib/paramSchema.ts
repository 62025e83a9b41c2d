/**
 * The schema of a parameter (rule id, unit, source, locator) and the walk that checks every parameter of a
 * bundle. Only the tests import it (each program's params.test.ts): production code reads the data
 * typed by `Param<V>`, so zod stays out of functions.js / taskpane.js.
 */
import { z } from "zod";
import { SOURCES, type SourceId } from "../sources";
import { RULE_ID, UNITS } from "./param";

export const ParamMetaSchema = z
  .object({
    ruleId: z.string().regex(RULE_ID, "rule id must look like GX-RATE-01"),
    /** Official Japanese term, then an English gloss. */
    description: z.string().min(3),
    unit: z.enum(UNITS),
    source: z.enum(Object.keys(SOURCES) as [SourceId, ...SourceId[]]),
    /** Nearest heading of the source, as in RULES.md citations. */
    locator: z.string().min(1),
    /** Interpretation decisions (AMB-*) recorded next to the value. */
    notes: z.array(z.string()).optional(),
    value: z.unknown(),
  })
  .strict();

/** Walks a parameter bundle and validates every Param inside it. Returns the list of problems (empty = valid). */
export function validateParams(bundle: unknown, path = "params"): string[] {
  const problems: string[] = [];
  const visit = (node: unknown, at: string): void => {
    if (node === null || typeof node !== "object") return;
    if (isParamLike(node)) {
      const r = ParamMetaSchema.safeParse(node);
      if (!r.success) problems.push(`${at}: ${r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
      return;
    }
    for (const [k, v] of Object.entries(node)) visit(v, `${at}.${k}`);
  };
  visit(bundle, path);
  return problems;
}

function isParamLike(node: object): boolean {
  return "ruleId" in node && "value" in node && "source" in node;
}
