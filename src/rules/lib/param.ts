/**
 * Parameters: every number taken from a document lives once, as data with its rule id,
 * unit, source document and locator (OpenFisca model, STYLE-ANCHORS §A).
 */
import { citation, type SourceId } from "../sources";

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

export interface Param<V> {
  readonly ruleId: string;
  readonly description: string;
  readonly unit: Unit;
  readonly source: SourceId;
  readonly locator: string;
  readonly notes?: readonly string[];
  readonly value: V;
}

/**
 * Declares a parameter; keeps the literal type of `value`. Checked by `validateParams` (./paramSchema) in the
 * program tests: the zod schema stays out of the add-in bundles, which only read the data.
 */
export function param<const V>(p: Param<V>): Param<V> {
  return p;
}

/** Full citation of a parameter, e.g. "004_83a32f419551a032.txt § 別表第1 (事務費)". */
export function cite(p: Pick<Param<unknown>, "source" | "locator">): string {
  return citation(p.source, p.locator);
}
