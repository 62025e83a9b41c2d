/**
 * Shared pieces of the seed-002 programs (GX Future Seminar no.10 "GX関係予算", 002): the size
 * classes the text uses, option parsing, and the result shapes. Every number lives in the
 * program's params file; this file holds none.
 */
import { editionAt, latestEdition, type Edition } from "../../lib/edition";
import type { Fraction } from "../../lib/fraction";
import { matchAlias, parseYesNo } from "../../lib/normalize";
import { fail, ok, type Ineligible, type Result, type RuleError } from "../../lib/result";

/** 企業規模 as the seed-002 pages split it: only 中小企業 / 大企業 (the SME definition is not given). */
export type S002CompanySize = "sme" | "large";

export const S002_SIZE_ALIASES: Record<S002CompanySize, readonly string[]> = {
  sme: ["中小企業", "中小", "sme"],
  large: ["大企業", "大", "large"],
};

export function parseSize(input: unknown): Result<S002CompanySize> {
  return matchAlias(input, S002_SIZE_ALIASES, "企業規模");
}

/** Options of every evaluator: the date picks the edition (default: the newest one). */
export interface S002Options {
  /** ISO date (YYYY-MM-DD); outside every edition → NO_RULE_IN_FORCE. */
  readonly date?: string;
}

export function pickEdition<P>(editions: readonly Edition<P>[], options: S002Options | undefined): Result<Edition<P>> {
  return options?.date === undefined ? ok(latestEdition(editions)) : editionAt(editions, options.date);
}

/** A yes/no flag; null/undefined → `fallback`. */
export function parseFlag(input: unknown, what: string, fallback = false): Result<boolean> {
  return input === null || input === undefined ? ok(fallback) : parseYesNo(input, what);
}

/** A finite number ≥ 0 (amounts, tonnes). */
export function parseNonNegative(input: unknown, what: string, ruleId?: string): Result<number> {
  if (typeof input !== "number" || !Number.isFinite(input)) return fail("INVALID_INPUT", `${what}は数値で入力してください。`, { path: what, ruleId });
  if (input < 0) return fail("OUT_OF_DOMAIN", `${what}（${input}）は 0 以上で入力してください。`, { path: what, ruleId });
  return ok(input);
}

/** A share written as a fraction 0–1 (30% = 0.3). */
export function parseShare(input: unknown, what: string, ruleId?: string): Result<number> {
  const n = parseNonNegative(input, what, ruleId);
  if (!n.ok) return n;
  if (n.value > 1) return fail("OUT_OF_DOMAIN", `${what}（${n.value}）は 0〜1 の割合で入力してください（30% = 0.3）。`, { path: what, ruleId });
  return n;
}

/** A maximum subsidy rate (…以内) with where it comes from. */
export interface S002Rate {
  readonly rate: Fraction;
  /** "1/2" */
  readonly rateText: string;
  /** true when the source writes 以内 (up to): the rate is a ceiling, not an entitlement. */
  readonly upTo: boolean;
  readonly ruleId: string;
  readonly citation: string;
  readonly editionId: string;
  /** Japanese notes: readings of ambiguities (AMB-style), user-supplied flags. */
  readonly notes: readonly string[];
}

/** Result of an eligibility test: every failed condition is an Ineligible reason (対象外 is a value). */
export interface S002Eligibility {
  readonly eligible: boolean;
  readonly reasons: readonly Ineligible[];
  /** Rule ids whose conditions were evaluated. */
  readonly checksRun: readonly string[];
  readonly notes: readonly string[];
  readonly editionId: string;
}

/** Passes a failure on, naming the rule it happened under (unless it already names one). */
export function tagRule<T>(r: { readonly ok: false; readonly error: RuleError }, ruleId: string): Result<T> {
  return { ok: false, error: { ...r.error, ruleId: r.error.ruleId ?? ruleId } };
}
