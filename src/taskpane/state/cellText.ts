/**
 * A cell value as the cell displays it, for the confirmations and the undo list (issue 13: "12%" not
 * "0.12"; "371,300,000" where the format groups digits). Enough of Excel's number formats for the forms:
 * percentages, fixed decimals, digit grouping, text ("@") and dates. Text only — never HTML.
 */
import { isCellError, type CellValue } from "../../rules/sheets/types";

export type TextLang = "ja" | "en";

/** The first section of a format without its quoted text, escapes and [colour]/[locale] tags. */
function firstSection(format: string): string {
  return format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

const isDateFormat = (f: string): boolean => /[yd]/i.test(f) || /m+[/\-.年月]|[/\-.年]m+/i.test(f);

/** Excel's serial date (1900 system) as yyyy/m/d. */
function serialDate(serial: number): string | null {
  if (!(serial >= 1 && serial < 2958466)) return null;
  const d = new Date(Math.round((serial - 25569) * 86400000));
  return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
}

/** How a number shows under a format: "0.0%", "#,##0", "0.00", General … */
export function numberText(n: number, numberFormat: string | undefined, lang: TextLang): string {
  const locale = lang === "ja" ? "ja-JP" : "en-US";
  const f = firstSection(numberFormat ?? "General");
  if (/^general$/i.test(f.trim()) || f.trim() === "") return String(Number(n.toPrecision(12)));
  if (f.trim() === "@") return String(n);
  if (isDateFormat(f)) return serialDate(n) ?? String(n);
  const decimals = (f.split(".")[1]?.match(/[0#]/g) ?? []).length;
  const percent = f.includes("%");
  const grouped = /[#0],[#0]/.test(f);
  const shown = (percent ? n * 100 : n).toLocaleString(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
  return percent ? `${shown}%` : shown;
}

/** A cell's value as displayed under its number format; blank → the given placeholder. */
export function cellText(v: CellValue | undefined, numberFormat: string | undefined, lang: TextLang, blank: string): string {
  if (v === null || v === undefined || v === "") return blank;
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return numberText(v, numberFormat, lang);
  return v;
}

/** A number as the 入力 form shows it: digits grouped ("371,300,000"), at most 10 decimals, no exponent. */
export function formNumber(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 10, useGrouping: true });
}
