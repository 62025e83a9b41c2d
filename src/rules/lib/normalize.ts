/**
 * Text and number normalisation shared by the custom functions, the sheet parsers
 * and the CLI (SPEC §4, §5): trim, NFKC (full-width → half-width), Latin case-insensitive.
 * Japanese input such as "１２，０００円", "①", "ＤＣ" is normal input, not an error.
 */
import { fail, ok, type Result } from "./result";

/** Circled digits ①–⑳ become plain digits; NFKC already does this, kept explicit for clarity. */
const CIRCLED = /[\u2460-\u2473]/g;

/**
 * Results of the two normalisers for strings seen recently. The keyword tables and header aliases are
 * normalised once per line read otherwise, which made NFKC most of a 5,000-line validation (scripts/bench.js).
 * Bounded (see memoized), so a huge sheet of distinct texts cannot grow it without limit.
 */
const MEMO_LIMIT = 20_000;
const textMemo = new Map<string, string>();
const labelMemo = new Map<string, string>();

/** The generation before the current one of each memo (dropped with its memo). */
const previousGeneration = new WeakMap<Map<string, unknown>, Map<string, unknown>>();

/**
 * A result per string, computed once while the memo holds it. Two generations: when the memo reaches MEMO_LIMIT
 * entries its entries become the previous generation and it starts empty; a string found in the previous
 * generation moves back. So at most 2 × MEMO_LIMIT entries are held, and the strings every line asks for (keyword
 * tables, header aliases) stay while a sheet of 100,000 distinct texts streams through — clearing the memo whole
 * made such a sheet recompute them after each clear (−40 % on 10,000 distinct 内容, scripts/bench.js).
 */
export function memoized<V>(memo: Map<string, V>, value: string, compute: (v: string) => V): V {
  const hit = memo.get(value);
  if (hit !== undefined) return hit;
  const older = previousGeneration.get(memo)?.get(value) as V | undefined;
  const result = older !== undefined ? older : compute(value);
  if (memo.size >= MEMO_LIMIT) {
    previousGeneration.set(memo, new Map(memo));
    memo.clear();
  }
  memo.set(value, result);
  return result;
}

// The computations behind the memos, defined once (an arrow written at the call would be a new closure per call).
const textOf = (v: string): string =>
  v
    .normalize("NFKC")
    .replace(CIRCLED, (c) => String(c.charCodeAt(0) - 0x245f))
    .replace(/[\s\u3000]+/g, " ")
    .trim()
    .toLowerCase();
const labelOf = (v: string): string => normalizeText(v).replace(/[\s・･]/g, "");

/** trim + NFKC + lower-case Latin + inner whitespace collapsed. "  ＤＣ設備投資型 " → "dc設備投資型" */
export function normalizeText(value: string): string {
  return memoized(textMemo, value, textOf);
}

/** Like normalizeText but also drops all spaces and the middle dot variants, for header labels. */
export function normalizeLabel(value: string): string {
  return memoized(labelMemo, value, labelOf);
}

/** Canonical key → accepted spellings (matched after normalizeText). */
export type AliasTable<K extends string> = Readonly<Record<K, readonly string[]>>;

/**
 * Matches user text against a table of accepted spellings.
 * Unknown text fails with INVALID_INPUT and a Japanese message listing what is accepted.
 */
export function matchAlias<K extends string>(
  input: unknown,
  table: AliasTable<K>,
  what: string,
): Result<K> {
  const text = typeof input === "number" ? String(input) : typeof input === "string" ? input : null;
  if (text === null || normalizeText(text) === "") {
    return fail("INVALID_INPUT", `${what}を入力してください。指定できる値: ${listAccepted(table)}`, { path: what });
  }
  const n = normalizeText(text);
  for (const key of Object.keys(table) as K[]) {
    if (table[key].some((alias) => normalizeText(alias) === n)) return ok(key);
  }
  return fail("INVALID_INPUT", `${what}「${text}」は指定できません。指定できる値: ${listAccepted(table)}`, { path: what });
}

function listAccepted(table: Record<string, readonly string[]>): string {
  return Object.values(table)
    .map((aliases) => aliases.join(" / "))
    .join("、");
}

/** A number read from Japanese user input, with what was tolerated on the way. */
export interface ParsedNumber {
  readonly value: number;
  /** Japanese notes such as "全角数字を半角として読みました". Empty when the input was a plain number. */
  readonly notes: readonly string[];
}

/** Units → power of ten. Money units scale to yen; bare 千/万/億 are plain multipliers ("100万" kWh). */
const UNIT_EXPONENT: Readonly<Record<string, number>> = { 円: 0, 千円: 3, 万円: 4, 百万円: 6, 億円: 8, 千: 3, 万: 4, 百万: 6, 億: 8 };
const UNIT_SUFFIX = /(百万円|千円|万円|億円|円|百万|千|万|億)$/;

/**
 * Moves the decimal point of a plain decimal string by `exponent` places and reads it once, so that
 * "1.1千円" is exactly 1100 and "12.3%" exactly 0.123 (multiplying floats gives 1100.0000000000002).
 */
function scaleDecimal(digits: string, exponent: number): number {
  const negative = digits.startsWith("-");
  const [intPart, fracPart = ""] = (negative ? digits.slice(1) : digits).split(".");
  const all = intPart + fracPart;
  const point = intPart.length + exponent;
  const text = point <= 0 ? `0.${"0".repeat(-point)}${all}` : point >= all.length ? all + "0".repeat(point - all.length) : `${all.slice(0, point)}.${all.slice(point)}`;
  const value = Number(text);
  return negative ? -value : value;
}

/**
 * Reads a number as Japanese users type it: full-width digits, "," and "，" separators,
 * a trailing 円 / 千円 / 万円 / 百万円 / 億円 (scaled to yen) or a bare 千 / 万 / 百万 / 億 (multiplier), a trailing
 * "%" (→ fraction) — scaled exactly in decimal, never by a float product —
 * and the accounting minus signs △ / ▲. Returns INVALID_INPUT for text that is not a number.
 */
export function parseJapaneseNumber(input: unknown, what = "値"): Result<ParsedNumber> {
  if (typeof input === "number") {
    return Number.isFinite(input) ? ok({ value: input, notes: [] }) : fail("INVALID_INPUT", `${what}が数値ではありません。`, { path: what });
  }
  if (typeof input === "boolean" || input === null || input === undefined) {
    return fail("INVALID_INPUT", `${what}が数値ではありません。`, { path: what });
  }
  const raw = String(input);
  const notes: string[] = [];
  let s = raw.normalize("NFKC").replace(/[\s]/g, "");
  if (s !== raw.replace(/[\s\u3000]/g, "")) notes.push("全角文字を半角として読みました");
  let negative = false;
  if (/^[△▲]/.test(s)) {
    negative = true;
    s = s.slice(1);
    notes.push("△/▲ を負の数として読みました");
  }
  const compound = compoundAmount(s);
  if (compound !== null) {
    notes.push("億・万の単位を読み取りました");
    return ok({ value: negative ? -compound : compound, notes });
  }
  let exponent = 0;
  const unit = UNIT_SUFFIX.exec(s);
  if (unit) {
    exponent = UNIT_EXPONENT[unit[1]];
    s = s.slice(0, -unit[1].length);
    notes.push(`単位「${unit[1]}」を読み取りました`);
  } else if (s.endsWith("%")) {
    exponent = -2;
    s = s.slice(0, -1);
  }
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    s = s.replace(/,/g, "");
    notes.push("桁区切りのカンマを読み飛ばしました");
  }
  if (!/^-?\d+(\.\d+)?$/.test(s) && !/^-?\.\d+$/.test(s)) {
    return fail("INVALID_INPUT", `${what}「${raw}」を数値として読めません。`, { path: what });
  }
  if (s.startsWith(".") || s.startsWith("-.")) s = s.replace(".", "0.");
  const value = scaleDecimal(s, exponent);
  // A 400-digit number reads as ∞: a finding with the input, never "∞円" or NaN further on.
  if (!Number.isFinite(value)) return fail("OUT_OF_DOMAIN", `${what}「${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}」は大きすぎて数値として扱えません。`, { path: what });
  return ok({ value: negative ? -value : value, notes });
}

const COMPOUND = /^(?:(\d+(?:\.\d+)?)億)?(?:(\d{1,4}(?:\.\d+)?)万)?(\d{1,4})?円?$/;

/** "9億9999万9999円", "1億6860万円", "3億500万" (at least two parts, one of them 億 or 万) → yen; else null. */
function compoundAmount(s: string): number | null {
  const m = COMPOUND.exec(s.replace(/,/g, ""));
  if (!m) return null;
  const parts = [m[1], m[2], m[3]].filter((x) => x !== undefined).length;
  if (parts < 2) return null;
  return (m[1] ? scaleDecimal(m[1], 8) : 0) + (m[2] ? scaleDecimal(m[2], 4) : 0) + (m[3] ? Number(m[3]) : 0);
}

/** Yes/no cells: TRUE/FALSE, 該当/非該当, はい/いいえ, ○/×, 有/無, あり/なし, 1/0. */
export function parseYesNo(input: unknown, what = "値"): Result<boolean> {
  if (typeof input === "boolean") return ok(input);
  if (typeof input === "number" && (input === 0 || input === 1)) return ok(input === 1);
  if (typeof input !== "string") return fail("INVALID_INPUT", `${what}は TRUE/FALSE、該当/非該当、はい/いいえ、○/× のいずれかで指定してください。`, { path: what });
  const n = normalizeText(input);
  if (["true", "該当", "はい", "○", "〇", "◯", "有", "あり", "yes", "y", "1"].includes(n)) return ok(true);
  if (["false", "非該当", "いいえ", "×", "✕", "無", "なし", "no", "n", "0"].includes(n)) return ok(false);
  return fail("INVALID_INPUT", `${what}「${input}」は TRUE/FALSE、該当/非該当、はい/いいえ、○/× のいずれかで指定してください。`, { path: what });
}
