/** Display helpers: cell values and figures as text (never as HTML). */
import { isCellError, type CellValue } from "../rules/sheets/types";
import type { SummaryFigure } from "../rules/sheets/report";
import type { Lang } from "./i18n";

const locale = (lang: Lang): string => (lang === "ja" ? "ja-JP" : "en-US");

export function formatNumber(n: number, lang: Lang, maxFraction = 2): string {
  return n.toLocaleString(locale(lang), { maximumFractionDigits: maxFraction });
}

/** A cell value as a person reads it; blank → the given placeholder. */
export function formatCell(v: CellValue | undefined, lang: Lang, blank: string): string {
  if (v === null || v === undefined || v === "") return blank;
  if (isCellError(v)) return v.error;
  if (typeof v === "number") return formatNumber(v, lang, 6);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/** Yen amounts: "1,234,567円" / "¥1,234,567". */
export function formatYen(n: number, lang: Lang): string {
  return lang === "ja" ? `${formatNumber(n, lang, 0)}円` : `¥${formatNumber(n, lang, 0)}`;
}

/** A summary figure with its unit ("%" figures arrive as percentages: 12 = 12 %). */
export function formatFigure(f: SummaryFigure, lang: Lang): string {
  const v = f.value;
  if (v === null) return "—";
  if (typeof v === "boolean") return v ? "✓" : "✗";
  if (typeof v === "string") return f.unit && f.unit !== "比" ? `${v} ${f.unit}` : v;
  switch (f.unit) {
    case "円":
      return formatYen(v, lang);
    case "%":
      return `${formatNumber(v, lang, 1)}%`;
    case "円/t-CO2":
      return `${formatNumber(v, lang, 0)} ${f.unit}`;
    case "kWh":
      return `${formatNumber(v, lang, 0)} kWh`;
    default:
      return formatNumber(v, lang, 3);
  }
}
