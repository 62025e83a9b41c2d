/**
 * Typed results of the rules core. The core never throws for bad user input:
 * it returns `fail(...)` with a code from one catalogue. Ineligibility is not an
 * error either: programs return an `Ineligible` value (対象外) with its reason.
 */

/** One catalogue of error codes, mapped once to Excel errors in src/functions. */
export type ErrorCode =
  /** Text or value not among the accepted ones → #VALUE! */
  | "INVALID_INPUT"
  /** Number outside its domain (negative cost, kWh, years) → #NUM! */
  | "OUT_OF_DOMAIN"
  /** Division by zero → #DIV/0! */
  | "DIVISION_BY_ZERO"
  /** No edition of the rules is in force at the date asked → #N/A */
  | "NO_RULE_IN_FORCE"
  /** The source defines no value for this case (e.g. no CO2 cost limit for 新設) → #N/A */
  | "NOT_APPLICABLE";

export interface RuleError {
  readonly code: ErrorCode;
  /** Japanese message for the user: what is wrong and what is accepted. */
  readonly message: string;
  /** Rule id of RULES.md when the error comes from a rule. */
  readonly ruleId?: string;
  /** Name of the input (parameter) at fault. */
  readonly path?: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: RuleError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(code: ErrorCode, message: string, extra: { ruleId?: string; path?: string } = {}): Result<T> => ({
  ok: false,
  error: { code, message, ...extra },
});

/** 対象外: a value, not an error. `reason` is Japanese and cites the rule. */
export interface Ineligible {
  readonly kind: "ineligible";
  readonly reason: string;
  readonly ruleId: string;
}

export const ineligible = (reason: string, ruleId: string): Ineligible => ({ kind: "ineligible", reason, ruleId });

export const isIneligible = (v: unknown): v is Ineligible =>
  typeof v === "object" && v !== null && (v as { kind?: unknown }).kind === "ineligible";

/** Chains results: runs `f` on a success, passes a failure through. */
export function andThen<A, B>(r: Result<A>, f: (a: A) => Result<B>): Result<B> {
  return r.ok ? f(r.value) : r;
}

/** Collects several results into one; the first failure wins. */
export function all<T extends readonly Result<unknown>[]>(
  ...results: T
): Result<{ [K in keyof T]: T[K] extends Result<infer V> ? V : never }> {
  const values: unknown[] = [];
  for (const r of results) {
    if (!r.ok) return r as Result<never>;
    values.push(r.value);
  }
  return ok(values as { [K in keyof T]: T[K] extends Result<infer V> ? V : never });
}
