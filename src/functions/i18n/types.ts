/**
 * Japanese (ja-JP) help for the custom functions. Excel reads English names/descriptions from the
 * generated functions.json and, in a Japanese Office, the ja-JP overlay built from these tables.
 * Function names (ids) are the same in every language (SPEC §3).
 */
export interface FunctionHelpJa {
  /** One-line Japanese description shown in the formula autocomplete. */
  readonly description: string;
  /** Per TypeScript parameter name: the Japanese parameter name and its help text (units, accepted values). */
  readonly params: Readonly<Record<string, { readonly name: string; readonly description: string }>>;
}

/** Function id (e.g. "GX.TIER") → Japanese help. */
export type FunctionHelpTable = Readonly<Record<string, FunctionHelpJa>>;
