/**
 * Header and fact labels as users type them (SPEC §5): "金額（千円）", "補助対象経費（円）",
 * "年間調達量 (MWh)", "再エネ率(%)", "内 訳", "ＰＵＥ". A label is reduced to a base text (after
 * normalizeLabel, without bracketed parts, footnote marks and a trailing colon) plus the unit it states.
 */
import { memoized, normalizeLabel } from "../lib/normalize";

/** The unit a label states; `scale` converts a typed number to the base unit (yen, kWh, years, t-CO2). */
export type LabelUnit =
  | { readonly kind: "yen"; readonly scale: number; readonly text: string }
  | { readonly kind: "kwh"; readonly scale: number; readonly text: string }
  | { readonly kind: "years"; readonly scale: number; readonly text: string }
  | { readonly kind: "t-co2"; readonly scale: number; readonly text: string }
  | { readonly kind: "percent"; readonly scale: number; readonly text: string };

export interface LabelInfo {
  /** Normalised label without bracketed parts: "金額（千円）" → "金額". */
  readonly base: string;
  /** Base with a trailing unit word removed ("金額千円" → "金額"), or null when it has none. */
  readonly baseWithoutUnit: string | null;
  readonly unit: LabelUnit | null;
  /** Texts found inside brackets (normalised), e.g. ["2024年度"], kept for year captions. */
  readonly bracketed: readonly string[];
}

const YEN_UNITS: Readonly<Record<string, number>> = { 円: 1, 千円: 1_000, 万円: 10_000, 百万円: 1_000_000, 億円: 100_000_000 };
const KWH_UNITS: Readonly<Record<string, number>> = { kwh: 1, 千kwh: 1_000, 万kwh: 10_000, mwh: 1_000, gwh: 1_000_000 };

/** Reads a unit word such as "千円", "単位:万円", "mwh", "%", "年", "ヶ月", "t-co2/年". */
export function parseUnitText(text: string): LabelUnit | null {
  const t = normalizeLabel(text).replace(/^単位[:：]?/, "").replace(/[/／]年$/, "");
  if (t in YEN_UNITS) return { kind: "yen", scale: YEN_UNITS[t], text: t };
  if (t in KWH_UNITS) return { kind: "kwh", scale: KWH_UNITS[t], text: t };
  if (t === "%" || t === "％") return { kind: "percent", scale: 0.01, text: "%" };
  if (t === "年" || t === "年間") return { kind: "years", scale: 1, text: t };
  if (/^(ヶ|か|カ|ケ|箇|個)?月$/.test(t)) return { kind: "years", scale: 1 / 12, text: t };
  if (/^(t|トン)-?co2$/.test(t)) return { kind: "t-co2", scale: 1, text: t };
  if (/^kg-?co2$/.test(t)) return { kind: "t-co2", scale: 1 / 1000, text: t };
  return null;
}

const BRACKETS = /[(（[［【〔<＜「『]([^)）\]］】〕>＞」』]*)[)）\]］】〕>＞」』]/g;
const TRAILING_UNIT = /(百万円|千円|万円|億円|円|千kwh|万kwh|mwh|gwh|kwh)$/;

/** Parsed labels by text (labels repeat; bounded like the normalisers' memo). */
const labelMemo = new Map<string, LabelInfo>();

/** Splits a label into its base text and stated unit (cached by text). */
export function parseLabel(text: string): LabelInfo {
  return memoized(labelMemo, text, parseLabelText);
}

function parseLabelText(text: string): LabelInfo {
  let n = normalizeLabel(text)
    .replace(/※\d*/g, "")
    .replace(/[*＊]+$/, "")
    .replace(/[:：]+$/, "");
  const bracketed: string[] = [];
  let unit: LabelUnit | null = null;
  n = n.replace(BRACKETS, (_m, inner: string) => {
    bracketed.push(inner);
    unit ??= parseUnitText(inner);
    return "";
  });
  const base = n.replace(/[:：]+$/, "");
  let baseWithoutUnit: string | null = null;
  const m = TRAILING_UNIT.exec(base);
  if (m && m.index > 0) {
    baseWithoutUnit = base.slice(0, m.index);
    unit ??= parseUnitText(m[1]);
  }
  return { base, baseWithoutUnit, unit, bracketed };
}

/** Index of the first alias the label matches (lower = better), or -1. */
export function aliasRank(info: LabelInfo, aliases: readonly string[]): number {
  let normalized = aliasCache.get(aliases);
  if (normalized === undefined) {
    normalized = aliases.map(normalizeLabel);
    aliasCache.set(aliases, normalized);
  }
  for (let i = 0; i < normalized.length; i++) {
    const a = normalized[i];
    if (a === info.base || a === info.baseWithoutUnit) return i;
  }
  return -1;
}

/** Normalised aliases per alias list (the lists are constants: compiled once). */
const aliasCache = new WeakMap<readonly string[], readonly string[]>();
