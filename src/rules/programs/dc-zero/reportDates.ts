/**
 * Report deadlines of the dc-zero call:
 * 完了実績報告書 (DC-PROC-06) — 完了後30日以内 又は 事業実施年度の3月10日 のいずれか早い日;
 * 事業報告書 (DC-POST-01) — 完了年度の翌年度から3年間、各年度分を翌年度の4月30日まで, plus a stub report
 * (完了日〜3月31日) due 翌々年度の4月30日 when completed on or before 3月30日 (AMB-50, literal).
 */
import { fiscalYearOf, fiscalYearStart, isIsoDate } from "../../lib/edition";
import { fail, ok, type Result } from "../../lib/result";
import { addDays, onMonthDay } from "../../lib/dates";
import { DC_ZERO_CURRENT, type DcZeroParams } from "./params";

function checkIso(date: string, ruleId: string): Result<string> {
  return isIsoDate(date) ? ok(date) : fail("INVALID_INPUT", `完了日「${date}」は YYYY-MM-DD で指定してください（${ruleId}）。`, { ruleId, path: "完了日" });
}

/**
 * Due date of the 完了実績報告書 (ISO).
 * Literal reading: a project completed after 3月10日 of its 年度 is already past that date.
 * @example completionReportDue("2025-02-20").value // "2025-03-10" (earlier than 2025-03-22)
 */
export function completionReportDue(completionDate: string, params: DcZeroParams = DC_ZERO_CURRENT.params): Result<string> {
  const { completionWithinDays, completionLatestMonthDay } = params.reports;
  const d = checkIso(completionDate, completionWithinDays.ruleId);
  if (!d.ok) return d;
  const byDays = addDays(d.value, completionWithinDays.value);
  const byFiscalYear = onMonthDay(fiscalYearOf(d.value) + 1, completionLatestMonthDay.value);
  return ok(byDays < byFiscalYear ? byDays : byFiscalYear);
}

export interface ReportDue {
  /** "stub" = 完了日〜3月31日 of the completion 年度; "annual" = one whole 年度. */
  readonly kind: "stub" | "annual";
  /** 年度 reported on (western, e.g. 2025 = 2025-04-01 … 2026-03-31). */
  readonly fiscalYear: number;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly due: string;
}

/**
 * Every 事業報告書 due after completion, in date order (the stub report shares the first annual date).
 * @example annualReportDues("2025-02-20").value.map(r => r.due) // ["2026-04-30", "2026-04-30", "2027-04-30", "2028-04-30"]
 */
export function annualReportDues(completionDate: string, params: DcZeroParams = DC_ZERO_CURRENT.params): Result<readonly ReportDue[]> {
  const { annualDueMonthDay, annualReportYears, stubCutoffMonthDay } = params.reports;
  const d = checkIso(completionDate, annualReportYears.ruleId);
  if (!d.ok) return d;
  const c = fiscalYearOf(d.value);
  const fiscalYearEnd = (fy: number): string => addDays(fiscalYearStart(fy + 1), -1);
  const reports: ReportDue[] = [];
  if (d.value <= onMonthDay(c + 1, stubCutoffMonthDay.value)) {
    reports.push({ kind: "stub", fiscalYear: c, periodStart: d.value, periodEnd: fiscalYearEnd(c), due: onMonthDay(c + 2, annualDueMonthDay.value) });
  }
  for (let k = 1; k <= annualReportYears.value; k++) {
    const fy = c + k;
    reports.push({ kind: "annual", fiscalYear: fy, periodStart: fiscalYearStart(fy), periodEnd: fiscalYearEnd(fy), due: onMonthDay(fy + 1, annualDueMonthDay.value) });
  }
  return ok(reports);
}
