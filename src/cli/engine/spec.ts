/**
 * How the formula engine sees one custom function: its Excel id, its parameters as the
 * JSDoc metadata declares them, and the wrapper to call. The list itself is generated
 * (registry.generated.ts, by scripts/gen-function-registry.js) — never written by hand.
 */

export interface ParameterSpec {
  /** TypeScript parameter name (also the key of the ja help). */
  readonly name: string;
  /** Optional in the metadata (`name?: any` or `[name]` in JSDoc); omitted → the wrapper gets null. */
  readonly optional: boolean;
  /** The metadata says `matrix` (an `any[][]` parameter): a range or array is passed as rows. */
  readonly matrix: boolean;
}

/** A wrapper as exported by src/functions/*.ts: Excel values in, a value or an error object out. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- wrappers take Excel values typed `any`
export type CustomFunctionImpl = (...args: any[]) => unknown;

export interface CustomFunctionSpec {
  /** Excel name with prefix and period, e.g. "GX.SUBSIDYRATE". */
  readonly id: string;
  readonly parameters: readonly ParameterSpec[];
  readonly impl: CustomFunctionImpl;
}
