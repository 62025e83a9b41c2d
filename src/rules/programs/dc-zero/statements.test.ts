import fc from "fast-check";
import { isoToExcelSerial } from "../../lib/dates";
import { DC_ZERO_CURRENT } from "./params";
import { requiredFinancialStatementPeriods } from "./statements";

describe("requiredFinancialStatementPeriods (DC-DOC-03)", () => {
  it("DC-DOC-03: an established company submits the latest 3 決算期 (the param)", () => {
    expect(DC_ZERO_CURRENT.params.statementPeriods.value).toBe(3);
  });

  describe("without a 決算月: full years since founding", () => {
    it.each([
      ["2024-01-10", "2024-05-01", 0],
      ["2023-05-02", "2024-05-01", 0],
      ["2023-05-01", "2024-05-01", 1],
      ["2022-05-02", "2024-05-01", 1],
      ["2022-05-01", "2024-05-01", 2],
      ["2021-05-02", "2024-05-01", 2],
      ["2021-05-01", "2024-05-01", 3],
      ["1990-04-01", "2024-05-01", 3],
    ])("DC-DOC-03: founded %s, applying %s → %d 決算期", (founded, application, periods) => {
      const r = requiredFinancialStatementPeriods(founded, application);
      expect(r.ok && [r.value.periods, r.value.basis]).toEqual([periods, "full-years"]);
    });

    it("DC-DOC-03: founded on 2020-02-29 — the anniversary falls on 03-01 in a common year", () => {
      const day = (a: string) => requiredFinancialStatementPeriods("2020-02-29", a);
      const before = day("2021-02-28");
      const after = day("2021-03-01");
      expect(before.ok && before.value.periods).toBe(0);
      expect(after.ok && after.value.periods).toBe(1);
    });
  });

  describe("with a 決算月: 決算期 closed before the application date", () => {
    it.each([
      // founded 2023-10-01, 3月決算: the first (short) period closes 2024-03-31
      ["2023-10-01", "2024-03-31", 3, 0],
      ["2023-10-01", "2024-04-01", 3, 1],
      ["2022-10-01", "2024-05-01", 3, 2],
      ["2021-10-01", "2024-05-01", 3, 3],
      ["2015-10-01", "2024-05-01", 3, 3],
      // 12月決算, founded on 12-31: a one-day first period still closes that day
      ["2022-12-31", "2024-05-01", 12, 2],
      ["2023-02-28", "2024-03-01", 2, 2],
      ["2023-03-01", "2024-03-01", 2, 1],
    ])("DC-DOC-03: founded %s, applying %s, 決算月 %d → %d 決算期", (founded, application, month, periods) => {
      const r = requiredFinancialStatementPeriods(founded, application, month);
      expect(r.ok && [r.value.periods, r.value.basis]).toEqual([periods, "closed-periods"]);
    });

    it("DC-DOC-03: 2月決算 in a leap year closes on 02-29", () => {
      const r = requiredFinancialStatementPeriods("2023-06-01", "2024-03-01", 2);
      expect(r.ok && r.value.periods).toBe(1);
      const onTheDay = requiredFinancialStatementPeriods("2023-06-01", "2024-02-29", 2);
      expect(onTheDay.ok && onTheDay.value.periods).toBe(0);
    });
  });

  it("DC-DOC-03: the Japanese text says what to submit", () => {
    const none = requiredFinancialStatementPeriods("2024-01-10", "2024-05-01");
    expect(none.ok && none.value.documentsJa).toBe("設立から1会計年度を経過していないため、申請年度の事業計画及び収支予算を提出します（DC-DOC-03）。");
    const two = requiredFinancialStatementPeriods("2022-05-01", "2024-05-01");
    expect(two.ok && two.value.documentsJa).toBe("直近2決算期の貸借対照表及び損益計算書を提出します（DC-DOC-03）。");
  });

  it("DC-DOC-03: dates as Japanese text or Excel serials", () => {
    const r = requiredFinancialStatementPeriods("令和3年5月1日", isoToExcelSerial("2024-05-01"));
    expect(r.ok && r.value.periods).toBe(3);
  });

  it.each([
    [["2024-05-02", "2024-05-01", null], "OUT_OF_DOMAIN", "応募申請日"],
    [["いつか", "2024-05-01", null], "INVALID_INPUT", "設立日"],
    [["2020-01-01", "2024-13-01", null], "INVALID_INPUT", "応募申請日"],
    [["2020-01-01", "2024-05-01", 0], "OUT_OF_DOMAIN", "決算月"],
    [["2020-01-01", "2024-05-01", 13], "OUT_OF_DOMAIN", "決算月"],
    [["2020-01-01", "2024-05-01", 3.5], "OUT_OF_DOMAIN", "決算月"],
  ] as const)("DC-DOC-03: bad input %j → %s on %s", ([founded, application, month], code, path) => {
    const r = requiredFinancialStatementPeriods(founded, application, month);
    expect(!r.ok && [r.error.code, r.error.path, r.error.ruleId]).toEqual([code, path, "DC-DOC-03"]);
  });

  it("DC-DOC-03 property: 0 ≤ periods ≤ 3, never more than the years counted, and never fewer for a later application", () => {
    const day = fc.integer({ min: 0, max: 20_000 }).map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }), (a, b, month) => {
        const [founded, application] = a <= b ? [a, b] : [b, a];
        const r = requiredFinancialStatementPeriods(founded, application, month);
        const later = requiredFinancialStatementPeriods(founded, "2045-01-01", month);
        return r.ok && later.ok && r.value.periods >= 0 && r.value.periods <= 3 && r.value.periods <= r.value.fiscalYearsPassed && later.value.periods >= r.value.periods;
      }),
    );
  });
});
