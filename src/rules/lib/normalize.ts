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
 * Bounded: cleared when full, so a huge sheet of distinct texts cannot grow it without limit.
 */
const MEMO_LIMIT = 20_000;
const textMemo = new Map<string, string>();
const labelMemo = new Map<string, string>();

function memoized(memo: Map<string, string>, value: string, compute: (v: string) => string): string {
  const hit = memo.get(value);
  if (hit !== undefined) return hit;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const result = compute(value);
  memo.set(value, result);
  return result;
}

/** trim + NFKC + lower-case Latin + inner whitespace collapsed. "  ＤＣ設備投資型 " → "dc設備投資型" */
export function normalizeText(value: string): string {
  return memoized(textMemo, value, (v) =>
    v
      .normalize("NFKC")
      .replace(CIRCLED, (c) => String(c.charCodeAt(0) - 0x245f))
      .replace(/[\s\u3000]+/g, " ")
      .trim()
      .toLowerCase(),
  );
}

/** Like normalizeText but also drops all spaces and the middle dot variants, for header labels. */
export function normalizeLabel(value: string): string {
  return memoized(labelMemo, value, (v) => normalizeText(v).replace(/[\s・･]/g, ""));
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

const UNIT_SCALE: Readonly<Record<string, number>> = { 円: 1, 千円: 1_000, 万円: 10_000, 百万円: 1_000_000, 億円: 100_000_000 };

/**
 * Reads a number as Japanese users type it: full-width digits, "," and "，" separators,
 * a trailing 円 / 千円 / 万円 / 百万円 / 億円 (scaled to yen), a trailing "%" (→ fraction),
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
  let scale = 1;
  let percent = false;
  const unit = /(百万円|千円|万円|億円|円)$/.exec(s);
  if (unit) {
    scale = UNIT_SCALE[unit[1]];
    s = s.slice(0, -unit[1].length);
    notes.push(`単位「${unit[1]}」を読み取りました`);
  } else if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    s = s.replace(/,/g, "");
    notes.push("桁区切りのカンマを読み飛ばしました");
  }
  if (!/^-?\d+(\.\d+)?$/.test(s) && !/^-?\.\d+$/.test(s)) {
    return fail("INVALID_INPUT", `${what}「${raw}」を数値として読めません。`, { path: what });
  }
  let value = Number(s) * scale;
  if (percent) value = Number(s) / 100;
  if (negative) value = -value;
  return ok({ value, notes });
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
