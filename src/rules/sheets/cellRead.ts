/**
 * Reading single cells as Japanese users fill them in (SPEC §5): numbers typed as text
 * ("１２，０００", "1,200千円"), error values (#REF!), blanks, fiscal years ("令和6年度", "R6", 2024).
 * Nothing here throws: every outcome is a value the sheet parsers turn into lines and findings.
 */
import { normalizeText, parseJapaneseNumber } from "../lib/normalize";
import { isCellError, type CellValue } from "./types";

export type NumberRead =
  | { readonly kind: "blank" }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "unreadable"; readonly text: string }
  /** `fromText`: the cell held text, not a number (a warning); `notes`: what was tolerated. */
  | { readonly kind: "number"; readonly value: number; readonly fromText: boolean; readonly notes: readonly string[] };

/** Unit words a number typed as text may carry, per column kind. In-cell yen units override the column's. */
export type NumberKind = "yen" | "kwh" | "years" | "plain" | "percent";

const BLANK_TEXT = /^[\s\u3000\-－―—‐ー]*$/;

/**
 * Whether a text starts with a character that cannot be blank (ASCII 0-9 and after, kana but ー, CJK ideographs,
 * full-width forms): a quick answer for most cells, which are read many times (the pattern decides the rest).
 */
function startsNonBlank(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x30 && c <= 0x7e) || (c >= 0x3041 && c <= 0x30fb) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff10 && c <= 0xffef);
}

/** Text that stands for "nothing here": empty, whitespace, dashes. */
export function isBlankCell(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "string") return !(v.length > 0 && startsNonBlank(v)) && BLANK_TEXT.test(v);
  return false;
}

/** Text of a cell for label / keyword use; null for blanks, numbers keep their digits. */
export function cellText(v: CellValue | undefined): string | null {
  if (isBlankCell(v ?? null)) return null;
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return null;
}

const FULL_WIDTH_NOTE = "全角文字を半角として読みました";
const YEN_SUFFIX = /(百万円|千円|万円|億円|円)$/;
const KWH_SUFFIX: readonly [RegExp, number][] = [
  [/千kwh$/, 1_000],
  [/万kwh$/, 10_000],
  [/gwh$/, 1_000_000],
  [/mwh$/, 1_000],
  [/kwh$/, 1],
];
const YEAR_SUFFIX: readonly [RegExp, number][] = [
  [/(ヶ|か|カ|ケ|箇)?月(間)?(以上)?$/, 1 / 12],
  [/年(間)?(以上)?$/, 1],
];

/**
 * Reads a cell as a number in the column's base unit. `scale` is the column's unit (千円 → 1000);
 * a unit written in the cell itself ("1,200千円", "15年", "3,000MWh") wins over the column's.
 */
export function readNumberCell(v: CellValue | undefined, scale = 1, kind: NumberKind = "plain"): NumberRead {
  if (v === undefined || v === null || isBlankCell(v)) return { kind: "blank" };
  if (isCellError(v)) return { kind: "error", error: v.error };
  if (typeof v === "number") return Number.isFinite(v) ? { kind: "number", value: v * scale, fromText: false, notes: [] } : { kind: "unreadable", text: String(v) };
  if (typeof v === "boolean") return { kind: "unreadable", text: v ? "TRUE" : "FALSE" };
  return readNumberText(v, scale, kind);
}

function readNumberText(raw: string, columnScale: number, kind: NumberKind): NumberRead {
  let s = raw.normalize("NFKC").replace(/\s/g, "").toLowerCase();
  let scale = columnScale;
  const extra: string[] = [];
  if (kind === "kwh") {
    const hit = KWH_SUFFIX.find(([re]) => re.test(s));
    if (hit) {
      s = s.replace(hit[0], "");
      scale = hit[1];
      extra.push("単位を読み取りました");
    }
  } else if (kind === "years") {
    const hit = YEAR_SUFFIX.find(([re]) => re.test(s));
    if (hit) {
      s = s.replace(hit[0], "");
      scale = hit[1];
    }
  } else if (kind === "percent" && s.endsWith("%")) {
    scale = 1; // parseJapaneseNumber turns "12%" into 0.12 already
  }
  if (YEN_SUFFIX.test(s)) scale = 1; // parseJapaneseNumber applies the written yen unit itself
  const parsed = parseJapaneseNumber(kind === "kwh" || kind === "years" ? s : raw);
  if (!parsed.ok) return { kind: "unreadable", text: raw };
  const notes = [...parsed.value.notes, ...extra];
  if (raw.replace(/[\s\u3000]/g, "") !== raw.normalize("NFKC").replace(/\s/g, "") && !notes.includes(FULL_WIDTH_NOTE)) notes.unshift(FULL_WIDTH_NOTE);
  return { kind: "number", value: parsed.value.value * scale, fromText: true, notes };
}

/** Reads a cell as text as typed (trimmed), null for blanks and error values. */
export function readTextCell(v: CellValue | undefined): string | null {
  if (v === undefined || isCellError(v)) return null;
  return cellText(v);
}

const ERA_BASE: Readonly<Record<string, number>> = { 令和: 2018, r: 2018, 平成: 1988, h: 1988 };

/**
 * Reads a 年度 (fiscal year) as typed: 2024, "2024", "2024年度", "FY2024", "令和6年度", "R6", "令和元年度".
 * Returns the western year or null when the text is not a fiscal year.
 */
export function parseFiscalYear(v: CellValue | undefined): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1989 && v <= 2100 ? v : null;
  if (typeof v !== "string") return null;
  const s = normalizeText(v).replace(/\s/g, "").replace(/元/, "1");
  let m = /^(?:fy)?(\d{4})(?:年度?)?$/.exec(s);
  if (m) return plausibleYear(Number(m[1]));
  m = /^(令和|平成|r|h)(\d{1,2})(?:年度?)?$/.exec(s);
  if (m) return plausibleYear(ERA_BASE[m[1]] + Number(m[2]));
  return null;
}

/** Finds a fiscal year written inside a longer label: "補助金所要額(2024年度)", "令和7年度 補助金所要額". */
export function findFiscalYearIn(text: string): number | null {
  const s = normalizeText(text).replace(/\s/g, "").replace(/元年/, "1年");
  let m = /(?:fy)?(\d{4})年度/.exec(s) ?? /fy(\d{4})/.exec(s);
  if (m) return plausibleYear(Number(m[1]));
  m = /(令和|平成)(\d{1,2})年度/.exec(s) ?? /(?:^|[^a-z])(r|h)(\d{1,2})年度/.exec(s);
  if (m) return plausibleYear(ERA_BASE[m[1]] + Number(m[2]));
  return null;
}

function plausibleYear(y: number): number | null {
  return y >= 1989 && y <= 2100 ? y : null;
}

/**
 * 補助率区分 as text: typed "1/2", "１／３", "3分の1", or a number a fraction-formatted cell holds (0.5 → "1/2").
 */
export function readRateClass(v: CellValue | undefined): string | null {
  if (typeof v === "number") {
    for (const d of [2, 3, 4, 5]) if (Math.abs(v - 1 / d) < 1e-6) return `1/${d}`;
    return String(v);
  }
  return readTextCell(v);
}
