/**
 * Keyword rows: how the expense tables (補助対象外の例, 主な補助対象外設備, 1/3 の設備) detect an item
 * in the free text of an expense line. A row is data; this file is the one matcher for all of them
 * (dc-zero and dc-tech).
 */
import { memoized, normalizeLabel, normalizeText } from "../../lib/normalize";

export interface KeywordRow {
  /** Stable key within its table, e.g. "building". */
  readonly key: string;
  /** The item as the source words it, e.g. "建屋の建設にかかる経費". */
  readonly labelJa: string;
  /** The row matches when the text contains any of these … */
  readonly keywords: readonly string[];
  /** … and, for each group here, at least one of the group's words … */
  readonly requiresAll?: readonly (readonly string[])[];
  /** … and none of these (wording that marks the legitimate case, e.g. "建屋内" for equipment inside a building). */
  readonly unless?: readonly string[];
  /** error: counting it as eligible breaks the rule; warning: a person should confirm. Default error. */
  readonly severity?: "error" | "warning";
  /** Why the keywords are what they are (AMB readings). */
  readonly note?: string;
}

export interface KeywordHit {
  readonly row: KeywordRow;
  /** The keyword found, as written in the row. */
  readonly keyword: string;
}

/** Latin-only keywords ("pv", "ict", "ems") must stand as words: "pvc" is not "pv". */
const LATIN_WORD = /^[a-z0-9]+$/;

/** A keyword compiled once: a word pattern for Latin-only keywords, else its packed (normalised) form. */
type CompiledKeyword = { readonly word: RegExp } | { readonly packed: string };
const compiled = new Map<string, CompiledKeyword>();

const compile = (keyword: string): CompiledKeyword =>
  memoized(compiled, keyword, (kw) => {
    const k = normalizeText(kw);
    return LATIN_WORD.test(k) ? { word: new RegExp(`(^|[^a-z])${k}($|[^a-z])`) } : { packed: normalizeLabel(kw) };
  });

/** Compiled keywords per keyword list (the lists are constants of the tables: compiled once, held while the list lives). */
const compiledLists = new WeakMap<readonly string[], readonly CompiledKeyword[]>();

function compiledList(keywords: readonly string[]): readonly CompiledKeyword[] {
  let list = compiledLists.get(keywords);
  if (list === undefined) {
    list = keywords.map(compile);
    compiledLists.set(keywords, list);
  }
  return list;
}

/** The first keyword of `keywords` found in `text`, or null. */
export function findKeyword(text: string, keywords: readonly string[]): string | null {
  const spaced = normalizeText(text);
  const packed = normalizeLabel(text);
  const list = compiledList(keywords);
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if ("word" in c ? c.word.test(spaced) : packed.includes(c.packed)) return keywords[i];
  }
  return null;
}

/** Whether `row` matches `text`, with the keyword that triggered it. */
export function matchRow(text: string, row: KeywordRow): KeywordHit | null {
  const keyword = findKeyword(text, row.keywords);
  if (keyword === null) return null;
  if (row.requiresAll?.some((group) => findKeyword(text, group) === null)) return null;
  if (row.unless && findKeyword(text, row.unless) !== null) return null;
  return { row, keyword };
}

/** Every row of `rows` that matches `text`, in table order. */
export function matchRows(text: string, rows: readonly KeywordRow[]): KeywordHit[] {
  const hits: KeywordHit[] = [];
  for (const row of rows) {
    const hit = matchRow(text, row);
    if (hit) hits.push(hit);
  }
  return hits;
}
