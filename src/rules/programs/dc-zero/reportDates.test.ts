import { annualReportDues, completionReportDue } from "./reportDates";

describe("completionReportDue (DC-PROC-06)", () => {
  it.each([
    ["2024-10-01", "2024-10-31"],
    ["2025-02-08", "2025-03-10"],
    ["2025-02-20", "2025-03-10"],
    ["2025-02-07", "2025-03-09"],
    ["2024-04-01", "2024-05-01"],
  ])("DC-PROC-06: completed %s → due %s (30日以内 or 3月10日, earlier)", (done, due) => {
    expect(completionReportDue(done)).toEqual({ ok: true, value: due });
  });

  it("DC-PROC-06: a completion after 3月10日 is already past the fiscal-year deadline (literal)", () => {
    expect(completionReportDue("2025-03-20")).toEqual({ ok: true, value: "2025-03-10" });
  });

  it("rejects a malformed date", () => {
    const r = completionReportDue("2025/02/20");
    expect(!r.ok && r.error.code).toBe("INVALID_INPUT");
  });
});

describe("annualReportDues (DC-POST-01, AMB-50)", () => {
  const dues = (date: string) => {
    const r = annualReportDues(date);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  it("DC-POST-01: RULES.md example — completion 2025-02-20: stub + FY2025 due 2026-04-30, FY2026 2027-04-30, FY2027 2028-04-30", () => {
    const r = dues("2025-02-20");
    expect(r.map((x) => [x.kind, x.fiscalYear, x.due])).toEqual([
      ["stub", 2024, "2026-04-30"],
      ["annual", 2025, "2026-04-30"],
      ["annual", 2026, "2027-04-30"],
      ["annual", 2027, "2028-04-30"],
    ]);
    expect(r[0].periodStart).toBe("2025-02-20");
    expect(r[0].periodEnd).toBe("2025-03-31");
  });

  it("AMB-50: completion on 3月30日 has the stub report; on 3月31日 none", () => {
    expect(dues("2025-03-30")[0].kind).toBe("stub");
    const lastDay = dues("2025-03-31");
    expect(lastDay.map((x) => x.kind)).toEqual(["annual", "annual", "annual"]);
    expect(lastDay[0]).toEqual({ kind: "annual", fiscalYear: 2025, periodStart: "2025-04-01", periodEnd: "2026-03-31", due: "2026-04-30" });
  });

  it("DC-POST-01: completion on 4月1日 belongs to the new fiscal year", () => {
    expect(dues("2025-04-01").map((x) => x.due)).toEqual(["2027-04-30", "2027-04-30", "2028-04-30", "2029-04-30"]);
  });
});
