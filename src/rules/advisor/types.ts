/**
 * 改善提案 (advisor): what would raise the subsidy of an application, and whether the rules allow it.
 * Every suggestion is computed by the same rule functions as the validation (never a restated number)
 * and carries what a person needs to check it by hand: inputs, the formula with its figures, the rule
 * ids and their citations. The advisor never changes a sheet.
 */

export type AdviceProgram = "gx-regional" | "dc-zero";

/**
 * tier: a plan change that moves the 支援区分 (or makes an ineligible plan eligible);
 * schedule: the 年度 split of the cost; admin: 事務費 headroom under the ceiling;
 * requirement: a requirement to meet, with no change of the computed amount;
 * info: a figure to know (e.g. the share at the lower rate) — nothing to change.
 */
export type AdviceKind = "tier" | "schedule" | "admin" | "requirement" | "info";

/** The figures of the plan before or after the change. */
export interface AdviceState {
  /** 支援区分 "No1"…"No5" / "対象外" (gx-regional), or null where the program has none. */
  readonly tier: string | null;
  /** 補助率 as text ("1/2"; "1/2・1/3" for a mix), null when not computable. */
  readonly rate: string | null;
  readonly capYen: number | null;
}

export type AdviceInput = string | number | boolean | null;

export interface Suggestion {
  /** Stable id within one run, e.g. "gx.電力調達計画.menuToCppa+existingToNew". */
  readonly id: string;
  readonly program: AdviceProgram;
  readonly kind: AdviceKind;
  /** ★ The rule that decides the change (first of ruleIds). */
  readonly ruleId: string;
  /** ★ What to change, in Japanese. */
  readonly change: string;
  /** ★ Subsidy in yen as the sheet stands (null when the sheet does not let it be computed). */
  readonly subsidyBefore: number | null;
  /** ★ Subsidy in yen after the change. */
  readonly subsidyAfter: number | null;
  /** subsidyAfter − subsidyBefore (null when either is unknown). */
  readonly gain: number | null;
  readonly before: AdviceState;
  readonly after: AdviceState;
  /** Every rule the computation used. */
  readonly ruleIds: readonly string[];
  /** Citation of each rule id ("seed § heading"), same order as ruleIds. */
  readonly citations: readonly string[];
  /** The figures the formula uses, by Japanese name. */
  readonly inputs: Readonly<Record<string, AdviceInput>>;
  /** The formula with the figures, before → after, so it can be recomputed by hand. */
  readonly formula: string;
  /** Why the change is allowed and what the applicant must do for it. */
  readonly notes: readonly string[];
  /** Uncertain readings the result depends on (検討中, AMB-*); empty when none. */
  readonly uncertain: readonly string[];
  /** The sheet the suggestion is about. */
  readonly sheet: string | null;
}

/** Highest gain first; unknown gains after known ones; then by id (deterministic). */
export function rankSuggestions(list: readonly Suggestion[]): Suggestion[] {
  const g = (s: Suggestion): number => (s.gain === null ? -Infinity : s.gain);
  return [...list].sort((a, b) => g(b) - g(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
