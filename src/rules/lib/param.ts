/**
 * Parameters: every number taken from a document lives once, as data with its rule id,
 * unit, source document and locator (OpenFisca model, STYLE-ANCHORS §A).
 */
import { z } from "zod";
import { SOURCES, citation, type SourceId } from "../sources";

export const UNITS = [
  "yen",
  "rate",
  "kWh",
  "kW",
  "years",
  "yen/t-CO2",
  "yen/kWh",
  "yen/kW",
  "yen/kWh/year",
  "t-CO2",
  "percent",
  "ratio",
  "count",
  "days",
  "Gbps",
  "persons",
  "date",
  "text",
  "table",
] as const;
export type Unit = (typeof UNITS)[number];

export const RULE_ID = /^(GX|DC|MOE-ADMIN|DCTECH|CLOUD|S002)-[A-Z0-9]+(-[A-Z0-9]+)*$/;

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

export interface Param<V> {
  readonly ruleId: string;
  readonly description: string;
  readonly unit: Unit;
  readonly source: SourceId;
  readonly locator: string;
  readonly notes?: readonly string[];
  readonly value: V;
}

/** Declares a parameter; validated by `validateParams` at load (tests) — keeps the literal type of `value`. */
export function param<const V>(p: Param<V>): Param<V> {
  return p;
}

/** Full citation of a parameter, e.g. "004_83a32f419551a032.txt § 別表第1 (事務費)". */
export function cite(p: Pick<Param<unknown>, "source" | "locator">): string {
  return citation(p.source, p.locator);
}

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
