/** Just enough of Excel's number formats to show the demo workbook's cells as Excel would ("#,##0", "0.0%", "@"). */
import { isCellError, type CellValue } from "../rules/sheets/types";

export function displayCell(v: CellValue, format: string | undefined): string {
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const f = format ?? "General";
  const decimals = (f.split(".")[1]?.match(/0/g) ?? []).length;
  if (f.includes("%")) return `${(v * 100).toFixed(decimals)}%`;
  if (f.includes("#,##0")) return v.toLocaleString("ja-JP", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  if (/^0(\.0+)?$/.test(f)) return v.toFixed(decimals);
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
}
