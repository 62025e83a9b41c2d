/**
 * Editions: a program's rules as published at one date. The edition in force at a date
 * is the one with the latest `validFrom` ≤ date and (no `validTo` or date ≤ `validTo`).
 * Outside every edition the answer is NO_RULE_IN_FORCE — never a silent fallback.
 */
import { fail, ok, type Result } from "./result";
import type { SourceId } from "../sources";

export type ProgramId = "gx-regional" | "dc-zero" | "dc-tech" | "meti-cloud" | "seed-002";

export interface Edition<P> {
  readonly program: ProgramId;
  /** Stable id, e.g. "gx-regional/2026-v1.1". */
  readonly id: string;
  readonly source: SourceId;
  /** ISO date from which the edition applies. */
  readonly validFrom: string;
  /** ISO date (inclusive) after which it no longer applies; null = until superseded. */
  readonly validTo: string | null;
  /** Why these dates (the sentence of the source that sets them). */
  readonly validityNote: string;
  readonly params: P;
}

/**
 * A calendar date written YYYY-MM-DD that exists (2026-02-29 does not). Plain code rather than a zod schema so
 * that the custom functions bundle carries no schema library; a property test checks it against zod's
 * `z.iso.date()`.
 */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(2000, mo - 1, d));
  t.setUTCFullYear(y);
  return mo >= 1 && mo <= 12 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function editionAt<P>(editions: readonly Edition<P>[], date: string): Result<Edition<P>> {
  if (!isIsoDate(date)) return fail("INVALID_INPUT", `日付「${date}」は YYYY-MM-DD で指定してください。`);
  const candidates = editions
    .filter((e) => e.validFrom <= date && (e.validTo === null || date <= e.validTo))
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1));
  if (candidates.length === 0) {
    const ranges = editions.map((e) => `${e.validFrom}〜${e.validTo ?? ""}`).join("、");
    return fail("NO_RULE_IN_FORCE", `${date} 時点で有効な規程がありません（収録している版: ${ranges}）。`);
  }
  return ok(candidates[0]);
}

/** The newest edition (the one the custom functions use: they take no date argument). */
export function latestEdition<P>(editions: readonly Edition<P>[]): Edition<P> {
  if (editions.length === 0) throw new RangeError("latestEdition: no editions");
  return [...editions].sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
}

/** 年度 (fiscal year, 1 April – 31 March) of an ISO date: 2027-03-31 → 2026. */
export function fiscalYearOf(date: string): number {
  const [y, m] = date.split("-").map(Number);
  return m >= 4 ? y : y - 1;
}

/** First day of 年度 `fy`: 2026 → "2026-04-01". */
export function fiscalYearStart(fy: number): string {
  return `${fy}-04-01`;
}

/** 令和N年度 → western fiscal year (令和8 → 2026). General convention, RULES.md §0.3. */
export function reiwaToWestern(n: number): number {
  return 2018 + n;
}
