/**
 * Years and deadlines after the project (dc-tech): 事業終了後に係る報告 (DCTECH-REPORT-03) for the 3 年度
 * after the final 年度, each due 4月30日 of the next 年度; the 収益納付 window (DCTECH-REV-01, AMB-43).
 */
import { onMonthDay } from "../../lib/dates";
import { DC_TECH_CURRENT, type DcTechParams } from "./params";

export interface PostReportDue {
  /** 年度 reported on (western). */
  readonly fiscalYear: number;
  /** ISO date. */
  readonly due: string;
}

/**
 * @param finalFiscalYear 年度 in which the whole project period ended (複数年度: its final 年度)
 * @example postProjectReportDues(2026) // [{2027, "2028-04-30"}, {2028, "2029-04-30"}, {2029, "2030-04-30"}]
 */
export function postProjectReportDues(finalFiscalYear: number, params: DcTechParams = DC_TECH_CURRENT.params): readonly PostReportDue[] {
  return Array.from({ length: params.postReportYears.value }, (_, i) => {
    const fy = finalFiscalYear + 1 + i;
    return { fiscalYear: fy, due: onMonthDay(fy + 1, params.postReportDueMonthDay.value) };
  });
}

/**
 * 年度 in which 収益納付 may be required: the completion 年度 and the following ones (以降, AMB-43 literal).
 * @example revenuePaybackFiscalYears(2026) // [2026, 2027, 2028]
 */
export function revenuePaybackFiscalYears(completionFiscalYear: number, params: DcTechParams = DC_TECH_CURRENT.params): readonly number[] {
  return Array.from({ length: params.revenuePaybackYears.value }, (_, i) => completionFiscalYear + i);
}
