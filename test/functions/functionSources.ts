/**
 * Test helpers: the custom-function metadata as Excel gets it (custom-functions-metadata over the
 * JSDoc of the wrapper modules), the wrappers themselves, and the Japanese help tables.
 */
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { DC_HELP_JA } from "../../src/functions/i18n/dc.ja";
import { GX_HELP_JA } from "../../src/functions/i18n/gx.ja";
import { S002_HELP_JA } from "../../src/functions/i18n/s002.ja";
import { ADVISOR_HELP_JA } from "../../src/functions/i18n/advisor.ja";
import type { FunctionHelpTable } from "../../src/functions/i18n/types";

export const ROOT = path.resolve(__dirname, "../..");

/** The wrapper modules: the one list in scripts/lib/function-sources.js (webpack builds the same files). */
const { FUNCTION_SOURCES } = require("../../scripts/lib/function-sources") as { FUNCTION_SOURCES: readonly string[] };
export const FUNCTION_FILES = FUNCTION_SOURCES.map((f) => path.join(ROOT, f));

export interface ParameterMeta {
  readonly name: string;
  readonly description?: string;
  readonly type?: string;
  readonly optional?: boolean;
  readonly dimensionality?: string;
}
export interface FunctionMeta {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly ParameterMeta[];
}
export interface Association {
  readonly id: string;
  readonly functionName: string;
  readonly sourceFileName: string;
}
export interface Metadata {
  readonly functions: readonly FunctionMeta[];
  readonly associate: readonly Association[];
  readonly errors: readonly string[];
}

let cached: Promise<Metadata> | undefined;

/** Runs the generator once per test file (it parses the TypeScript sources). */
export function loadMetadata(): Promise<Metadata> {
  cached ??= generateCustomFunctionsMetadata(FUNCTION_FILES, true).then((r) => ({
    functions: r.metadataJson ? (JSON.parse(r.metadataJson) as { functions: FunctionMeta[] }).functions : [],
    associate: r.associate,
    errors: r.errors,
  }));
  return cached;
}

export type Wrapper = (...args: unknown[]) => unknown;

/** Every wrapper by function id, imported from the module the metadata associates it with. */
export async function loadWrappers(meta: Metadata): Promise<Map<string, Wrapper | undefined>> {
  const modules = new Map<string, Record<string, unknown>>();
  for (const file of new Set(meta.associate.map((a) => a.sourceFileName))) {
    modules.set(file, (await import(file)) as Record<string, unknown>);
  }
  return new Map(
    meta.associate.map((a) => {
      const fn = modules.get(a.sourceFileName)?.[a.functionName];
      return [a.id, typeof fn === "function" ? (fn as Wrapper) : undefined];
    }),
  );
}

/** Every help table (scripts/lib/function-sources.js HELP_SOURCES), merged as the ja overlay merges them. */
export const HELP_JA: FunctionHelpTable = { ...GX_HELP_JA, ...DC_HELP_JA, ...S002_HELP_JA, ...ADVISOR_HELP_JA };
export const HELP_TABLES: Readonly<Record<string, FunctionHelpTable>> = { GX_HELP_JA, DC_HELP_JA, S002_HELP_JA, ADVISOR_HELP_JA };

/** Contains Japanese script (kanji, hiragana or katakana). */
export const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
