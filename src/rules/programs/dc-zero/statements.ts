/**
 * 決算報告書 (提出書類シ, DC-DOC-03): which statements each party receiving the grant submits, by the
 * 会計年度 that have passed since the company was founded — 直近3決算期; 1会計年度 not yet passed → 申請年度の
 * 事業計画及び収支予算; 1 passed, 2 not → 直近1決算期; 2 passed, 3 not → 直近2決算期.
 *
 * 「会計年度を経過」 (our reading, recorded in params.statementPeriods): with the 決算月 known, a 会計年度 has passed
 * when its 決算日 (the last day of the 決算月) lies on or after the founding date and before the application
 * date — the first, possibly short, period counts, since its statements exist. Without the 決算月, each full
 * year since founding counts as one 会計年度.
 */
import { fail, ok, type Result } from "../../lib/result";
import { isoDate, readDate } from "../../lib/dates";
import { DC_ZERO_CURRENT, type DcZeroParams } from "./params";

export interface StatementRequirement {
  /** 決算期 of 貸借対照表 and 損益計算書 to submit (0 = none yet: submit the 事業計画 and 収支予算 instead). */
  readonly periods: number;
  /** 会計年度 passed since founding, as counted (not capped). */
  readonly fiscalYearsPassed: number;
  /** "closed-periods" (決算月 given) or "full-years" (no 決算月). */
  readonly basis: "closed-periods" | "full-years";
  /** What to submit, in Japanese, with the rule id. */
  readonly documentsJa: string;
}

/** Last day of `month` in `year`, as ISO. */
const monthEnd = (year: number, month: number): string => isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()) as string;

/** 決算日 from founding (inclusive) to application (exclusive). */
function closedPeriods(founded: string, application: string, fiscalYearEndMonth: number): number {
  let count = 0;
  for (let year = Number(founded.slice(0, 4)); year <= Number(application.slice(0, 4)); year++) {
    const end = monthEnd(year, fiscalYearEndMonth);
    if (end >= founded && end < application) count++;
  }
  return count;
}

/** Full years from founding to application (an anniversary on the application date counts). */
function fullYears(founded: string, application: string): number {
  const years = Number(application.slice(0, 4)) - Number(founded.slice(0, 4));
  return application.slice(5) < founded.slice(5) ? years - 1 : years;
}

/**
 * The 決算期 of statements a party submits (DC-DOC-03).
 * @param founded 法人の設立日 (ISO / Japanese date text, or Excel serial)
 * @param application 応募申請日 (same forms)
 * @param fiscalYearEndMonth 決算月 1–12 (e.g. 3 for 3月決算); null → count full years since founding
 * @example requiredFinancialStatementPeriods("2022-10-01", "2024-05-01", 3).value.periods // 2 (決算日 2023-03-31, 2024-03-31)
 */
export function requiredFinancialStatementPeriods(
  founded: string | number,
  application: string | number,
  fiscalYearEndMonth: number | null = null,
  params: DcZeroParams = DC_ZERO_CURRENT.params,
): Result<StatementRequirement> {
  const rule = params.statementPeriods;
  const ruleId = rule.ruleId;
  const f = readDate(founded, "設立日");
  if (!f.ok) return fail(f.error.code, `${f.error.message}（${ruleId}）`, { ruleId, path: "設立日" });
  const a = readDate(application, "応募申請日");
  if (!a.ok) return fail(a.error.code, `${a.error.message}（${ruleId}）`, { ruleId, path: "応募申請日" });
  if (a.value < f.value) {
    return fail("OUT_OF_DOMAIN", `応募申請日（${a.value}）が設立日（${f.value}）より前です（${ruleId}）。`, { ruleId, path: "応募申請日" });
  }
  if (fiscalYearEndMonth !== null && !(Number.isInteger(fiscalYearEndMonth) && fiscalYearEndMonth >= 1 && fiscalYearEndMonth <= 12)) {
    return fail("OUT_OF_DOMAIN", `決算月は1〜12の整数で指定してください（入力値: ${fiscalYearEndMonth}、${ruleId}）。`, { ruleId, path: "決算月" });
  }
  const passed = fiscalYearEndMonth === null ? fullYears(f.value, a.value) : closedPeriods(f.value, a.value, fiscalYearEndMonth);
  const periods = Math.min(passed, rule.value);
  return ok({
    periods,
    fiscalYearsPassed: passed,
    basis: fiscalYearEndMonth === null ? "full-years" : "closed-periods",
    documentsJa:
      periods === 0
        ? `設立から1会計年度を経過していないため、申請年度の事業計画及び収支予算を提出します（${ruleId}）。`
        : `直近${periods}決算期の貸借対照表及び損益計算書を提出します（${ruleId}）。`,
  });
}
