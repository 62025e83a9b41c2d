/**
 * What typing into a cell of the demo workbook means, the way Excel reads an entry: numbers (full-width
 * digits, thousands separators and % included) become numbers, TRUE/FALSE booleans, anything else
 * stays text exactly as typed. The in-memory workbook has no calculation engine, so "=…" stays text.
 */
import { isCellError, type CellValue } from "../rules/sheets/types";
import type { MemoryCell } from "../excel/memoryWorkbookPort";

/** Digits with optional thousands separators, decimals and exponent ("1,200", "-0.5", ".5", "1E5"). */
const NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** The value of an entry; "" (or only spaces) is a blank cell. */
export function parseEntry(text: string): CellValue {
  // NFKC: full-width digits, signs, comma, point and ％ as Excel's Japanese input accepts them.
  const t = text.normalize("NFKC").trim();
  if (t === "") return null;
  if (NUMBER.test(t)) return Number(t.replace(/,/g, ""));
  if (t.endsWith("%") && NUMBER.test(t.slice(0, -1).trim())) return Number(t.slice(0, -1).trim().replace(/,/g, "")) / 100;
  if (/^(true|false)$/i.test(t)) return t.toUpperCase() === "TRUE";
  return text;
}

/** The text a cell shows in its editor (F2): the formula, or the value without display formatting. */
export function editText(cell: MemoryCell | undefined): string {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  const v = cell.value;
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    const percent = (cell.numberFormat ?? "").includes("%");
    return percent ? `${Number((v * 100).toPrecision(12))}%` : String(Number(v.toPrecision(15)));
  }
  return v;
}
