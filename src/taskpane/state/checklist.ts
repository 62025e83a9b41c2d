/**
 * チェックリスト status (SPEC §6): an item is decided automatically when the last validation proves it —
 * every rule id of `autoRuleIds` was checked (report.checksRun) and none of them has an error finding —
 * and shown as failed when they were all checked and one has an error. Otherwise the user ticks it by hand;
 * manual ticks are stored in the workbook (WorkbookPort.saveData("checklist", …)).
 */
import { bool, isObject, NOT_VALID } from "./stored";
import type { ChecklistItem } from "../../rules/lib/issue";
import type { ValidationReport } from "../../rules/sheets/report";
import type { Finding } from "../../rules/sheets/types";

export type ItemStatus =
  | { readonly kind: "auto-pass" }
  | { readonly kind: "auto-fail"; readonly errors: readonly Finding[] }
  | { readonly kind: "manual"; readonly ticked: boolean };

/** Manual ticks by item id. */
export type ChecklistTicks = Readonly<Record<string, boolean>>;

/** Stored ticks: an object of booleans by item id; anything else is no tick at all. */
export function parseTicks(stored: unknown): ChecklistTicks {
  if (!isObject(stored)) return {};
  const ticks: Record<string, boolean> = {};
  for (const [id, v] of Object.entries(stored)) {
    const b = bool(v);
    if (b === NOT_VALID) return {};
    ticks[id] = b;
  }
  return ticks;
}

export function itemStatus(item: ChecklistItem, report: ValidationReport | null, ticks: ChecklistTicks): ItemStatus {
  const manual: ItemStatus = { kind: "manual", ticked: ticks[item.id] === true };
  if (!report || item.autoRuleIds.length === 0) return manual;
  const run = new Set(report.checksRun);
  if (!item.autoRuleIds.every((id) => run.has(id))) return manual;
  const errors = report.findings.filter((f) => f.severity === "error" && item.autoRuleIds.includes(f.ruleId));
  return errors.length === 0 ? { kind: "auto-pass" } : { kind: "auto-fail", errors };
}

export function withTick(ticks: ChecklistTicks, id: string, ticked: boolean): ChecklistTicks {
  return { ...ticks, [id]: ticked };
}

/** Counts for the section header: done = auto-pass or ticked. */
export function progress(statuses: readonly ItemStatus[]): { done: number; total: number } {
  const done = statuses.filter((s) => s.kind === "auto-pass" || (s.kind === "manual" && s.ticked)).length;
  return { done, total: statuses.length };
}
