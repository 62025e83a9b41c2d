/**
 * ISO calendar dates (YYYY-MM-DD) for the report deadlines, and the date spellings users type:
 * "2025-02-20", "2025/2/20", "2025年2月20日", "令和7年2月20日", "R7.2.20", or an Excel serial number.
 * Era years: 令和N = 2018+N, 平成N = 1988+N (RULES.md §0.3).
 */
import { reiwaToWestern } from "./edition";
import { normalizeText } from "./normalize";
import { fail, ok, type Result } from "./result";

const MS_PER_DAY = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** "2025-02-20" from parts, or null when the date does not exist (2025-02-30). */
export function isoDate(year: number, month: number, day: number): string | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (year < 1 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Adds days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) + days * MS_PER_DAY);
  return d.toISOString().slice(0, 10);
}

/** "2026-04-30" from a year and a "MM-DD" parameter. */
export function onMonthDay(year: number, monthDay: string): string {
  return `${pad(year, 4)}-${monthDay}`;
}

/** Western year of an era year: 令和 (R) via the shared convention, 平成 (H) = 1988 + N. */
const eraYear = (era: string, n: number): number => (era === "令和" || era === "r" ? reiwaToWestern(n) : 1988 + n);

/**
 * Reads a date as users type it. Unknown shapes or impossible dates → INVALID_INPUT.
 * @example parseDateText("令和7年2月20日").value // "2025-02-20"
 */
export function parseDateText(text: string, what = "日付"): Result<string> {
  const s = normalizeText(text).replace(/\s/g, "").replace(/元年/, "1年");
  const western = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(s);
  const era = western ? null : /^(令和|平成|r|h)(\d{1,2})(?:年|[./-])(\d{1,2})(?:月|[./-])(\d{1,2})日?$/.exec(s);
  const parts = western
    ? [Number(western[1]), Number(western[2]), Number(western[3])]
    : era
      ? [eraYear(era[1], Number(era[2])), Number(era[3]), Number(era[4])]
      : null;
  const iso = parts ? isoDate(parts[0], parts[1], parts[2]) : null;
  return iso ? ok(iso) : fail("INVALID_INPUT", `${what}「${text}」を日付として読めません。2025-02-20、2025/2/20、令和7年2月20日 の形式か、日付のセルを指定してください。`, { path: what });
}

/** Excel's day 0 for serials ≥ 61 (serial 60 is Excel's fictitious 1900-02-29). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Excel date serial (1900 system) → ISO date; the time of day is ignored. */
export function excelSerialToIso(serial: number, what = "日付"): Result<string> {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day === 60 || day > 2_958_465) {
    return fail("OUT_OF_DOMAIN", `${what}のシリアル値（${serial}）は日付として扱えません。`, { path: what });
  }
  const t = day < 60 ? EXCEL_EPOCH + (day + 1) * MS_PER_DAY : EXCEL_EPOCH + day * MS_PER_DAY;
  return ok(new Date(t).toISOString().slice(0, 10));
}

/** ISO date → Excel date serial (1900 system). */
export function isoToExcelSerial(iso: string): number {
  const days = Math.round((Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH) / MS_PER_DAY);
  return days < 61 ? days - 1 : days;
}

/** A date as typed (text, see parseDateText) or an Excel serial → ISO; `whatJa` names it in messages. */
export function readDate(value: string | number, whatJa: string): Result<string> {
  if (typeof value === "number") return excelSerialToIso(value, whatJa);
  if (typeof value !== "string") return fail("INVALID_INPUT", `${whatJa}を日付で指定してください。`, { path: whatJa });
  return parseDateText(value, whatJa);
}
