/**
 * Citations for issues: the citation of the first parameter carrying a rule id, or the edition's
 * locator table for rules that carry no number. An unknown rule id is a programmer error.
 */
import { cite, type Param } from "../../lib/param";
import { citation } from "../../sources";
import type { DcZeroParams } from "./params";

const cache = new WeakMap<DcZeroParams, ReadonlyMap<string, string>>();

function index(params: DcZeroParams): ReadonlyMap<string, string> {
  const known = cache.get(params);
  if (known) return known;
  const map = new Map<string, string>();
  const source = params.co2CostMaxYenPerT.source;
  for (const [ruleId, locator] of Object.entries(params.locators)) map.set(ruleId, citation(source, locator));
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    if ("ruleId" in node && "value" in node && "source" in node) {
      const p = node as Param<unknown>;
      if (!map.has(p.ruleId)) map.set(p.ruleId, cite(p));
      return;
    }
    Object.values(node).forEach(visit);
  };
  visit(params);
  cache.set(params, map);
  return map;
}

/** "004_83a32f419551a032.txt § 別表第1 (事務費)" for "MOE-ADMIN-01". */
export function citeRule(params: DcZeroParams, ruleId: string): string {
  const found = index(params).get(ruleId);
  if (found === undefined) throw new RangeError(`citeRule: no parameter or locator for ${ruleId}`);
  return found;
}
