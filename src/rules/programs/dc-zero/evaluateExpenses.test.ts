import { evaluateExpenses } from "./evaluateExpenses";
import type { ExpenseIssue, ExpenseLine, ExpenseSheetInput } from "./sheetTypes";
import { CLEAN_NEW, line } from "./testdata/expenseSheets";

/** CLEAN_NEW with line `row` changed (or appended when absent). */
const withLine = (row: number, fields: Partial<ExpenseLine>, base: ExpenseSheetInput = CLEAN_NEW): ExpenseSheetInput => {
  const exists = base.lines.some((l) => l.row === row);
  return {
    ...base,
    lines: exists ? base.lines.map((l) => (l.row === row ? { ...l, ...fields } : l)) : [...base.lines, line(row, fields)],
  };
};
const problems = (input: ExpenseSheetInput): ExpenseIssue[] => evaluateExpenses(input).issues.filter((i) => i.severity !== "info");
const only = (input: ExpenseSheetInput): ExpenseIssue => {
  const p = problems(input);
  expect(p).toHaveLength(1);
  return p[0];
};

describe("evaluateExpenses: a clean 新設 sheet", () => {
  const r = evaluateExpenses(CLEAN_NEW);

  it("has no error or warning", () => {
    expect(problems(CLEAN_NEW)).toEqual([]);
  });

  it("DC-NEW-CAP-01: FY2024 is capped at 300,000,000; FY2025 = 60M × 1/2 + 事務費 1M × 1/2", () => {
    expect(r.byFiscalYear.map((y) => [y.fiscalYear, y.subsidyYen])).toEqual([
      [2024, 300_000_000],
      [2025, 30_500_000],
    ]);
    expect(r.subsidyTotalYen).toBe(330_500_000);
    expect(r.issues.find((i) => i.severity === "info")?.message).toContain("各年度の上限 300,000,000円");
  });

  it("MOE-ADMIN-01: the 事務費 ceiling is computed per fiscal year on 工事費+設備費+業務費", () => {
    expect(r.byFiscalYear.map((y) => y.adminLimitYen)).toEqual([44_250_000, 3_800_000]);
  });

  it("AMB-35: 事務費 without a 補助率区分 is split pro rata between the rates", () => {
    const fy2024 = r.byFiscalYear[0];
    expect(fy2024.lowerRateYen).toBeCloseTo(500_000_000 + (3_000_000 * 500_000_000) / 950_000_000, 4);
  });

  it("summarises by category and reports the checks that ran", () => {
    expect(r.byCategory).toEqual({ 工事費: 50_000_000, 設備費: 960_000_000, 業務費: 0, 事務費: 4_000_000, 不明: 0 });
    expect(r.totalYen).toBe(1_014_000_000);
    expect(r.eligibleTotalYen).toBe(1_014_000_000);
    expect(r.checksRun).toEqual(
      expect.arrayContaining(["DC-EXP-04", "DC-EXP-01", "DC-EXP-02", "DC-EXP-03", "DC-NEW-EXCL-01", "MOE-ADMIN-01", "MOE-ADMIN-03", "DC-BATT-01", "DC-EXP-09", "DC-NEW-PERIOD-01", "DC-NEW-CAP-01"]),
    );
  });

  it("every issue carries a citation", () => {
    for (const i of r.issues) expect(i.citation).toMatch(/^004_83a32f419551a032\.txt § /);
  });
});

describe("evaluateExpenses: planted mistakes are caught at their row and field", () => {
  it("DC-EXP-04: unknown 区分 → warning listing the valid 区分", () => {
    const i = only(withLine(10, { category: "機器費" }));
    expect([i.row, i.field, i.severity, i.ruleId]).toEqual([10, "category", "warning", "DC-EXP-04"]);
    expect(i.message).toContain("工事費、設備費、業務費、事務費");
  });

  it("DC-EXP-04: 費目 under the wrong 区分 → error", () => {
    const i = only(withLine(10, { category: "設備費", item: "本工事費", subItem: "材料費" }));
    expect([i.row, i.field, i.severity, i.ruleId]).toEqual([10, "item", "error", "DC-EXP-04"]);
  });

  it("DC-EXP-04: unknown 費目 → warning listing the 区分's 費目", () => {
    const i = only(withLine(8, { item: "据付費" }));
    expect([i.row, i.field, i.severity]).toEqual([8, "item", "warning"]);
    expect(i.message).toContain("本工事費、付帯工事費、機械器具費、測量及試験費");
  });

  it("MOE-ADMIN-03: a 別表第2 細目 under 本工事費 → error", () => {
    const i = only(withLine(8, { subItem: "旅費" }));
    expect([i.row, i.field, i.severity, i.ruleId]).toEqual([8, "subItem", "error", "MOE-ADMIN-03"]);
  });

  it("MOE-ADMIN-03: unknown 事務費 細目 → warning", () => {
    const i = only(withLine(9, { subItem: "雑費" }));
    expect([i.row, i.field, i.severity, i.ruleId]).toEqual([9, "subItem", "warning", "MOE-ADMIN-03"]);
  });

  it("MOE-ADMIN-03 / MOE-ADMIN-02: 細目 交際費 is unknown to 別表第2 and none of the kinds 事務費 may contain", () => {
    const p = problems(withLine(9, { subItem: "交際費" }));
    expect(p.map((i) => [i.row, i.field, i.severity, i.ruleId])).toEqual([
      [9, "subItem", "warning", "MOE-ADMIN-03"],
      [9, "subItem", "error", "MOE-ADMIN-02"],
    ]);
    expect(p[1].message).toContain("事務費「交際費」");
  });

  it("DC-EXP-01: negative 金額 → error on amountYen", () => {
    const p = problems(withLine(10, { amountYen: -60_000_000, eligibleYen: 0 }));
    expect(p.find((i) => i.row === 10)?.field).toBe("amountYen");
    expect(p.find((i) => i.row === 10)?.severity).toBe("error");
  });

  it("DC-EXP-01: 補助対象経費 > 金額 → error on eligibleYen", () => {
    const p = problems(withLine(10, { amountYen: 50_000_000 }));
    const i = p.find((x) => x.row === 10);
    expect([i?.field, i?.severity, i?.ruleId]).toEqual(["eligibleYen", "error", "DC-EXP-01"]);
  });

  it("DC-EXP-03: an ineligible item counted as eligible → error naming the rule and keyword", () => {
    const p = problems(withLine(30, { category: "工事費", item: "付帯工事費", description: "既存受変電設備の撤去費", amountYen: 5_000_000, eligibleYen: 5_000_000, fiscalYear: 2024, rateClass: "1/2" }));
    const i = p.find((x) => x.row === 30);
    expect([i?.field, i?.severity, i?.ruleId]).toEqual(["eligibleYen", "error", "DC-EXP-03"]);
    expect(i?.message).toContain("「撤去」");
  });

  it("DC-EXP-03: the same item at 補助対象経費 0 is fine", () => {
    const p = problems(withLine(30, { category: "工事費", item: "付帯工事費", description: "既存受変電設備の撤去費", amountYen: 5_000_000, eligibleYen: 0, fiscalYear: 2024 }));
    expect(p.filter((x) => x.row === 30)).toEqual([]);
  });

  it("AMB-37: 基本設計 counted as eligible → error DC-EXP-02", () => {
    const p = problems(withLine(31, { category: "工事費", item: "測量及試験費", description: "基本設計", amountYen: 2_000_000, eligibleYen: 2_000_000, fiscalYear: 2025, rateClass: "1/2" }));
    expect(p.find((x) => x.row === 31)?.ruleId).toBe("DC-EXP-02");
  });

  it("DC-RENO-EXCL-01: ICT機器 in a 改修 sheet → error", () => {
    const reno = withLine(10, { description: "ICT機器（サーバー）" }, { ...CLEAN_NEW, projectType: "renovation" });
    const i = problems(reno).find((x) => x.row === 10);
    expect([i?.field, i?.severity, i?.ruleId]).toEqual(["eligibleYen", "error", "DC-RENO-EXCL-01"]);
  });

  it("DC-MOVE-EXCL-01: 蓄電池 in a 移設 sheet → error, and no battery price check", () => {
    const move: ExpenseSheetInput = {
      projectType: "relocation",
      lines: [line(3, { category: "設備費", item: "設備費", description: "蓄電池 500kWh", amountYen: 90_000_000, eligibleYen: 90_000_000 })],
      declared: {},
    };
    const p = problems(move);
    expect(p.map((x) => x.ruleId)).toEqual(["DC-MOVE-EXCL-01"]);
  });

  it("AMB-35: PV at 補助率区分 1/2 → warning on rateClass", () => {
    const p = problems(withLine(5, { rateClass: "1/2" }));
    const i = p.find((x) => x.row === 5);
    expect([i?.field, i?.severity, i?.ruleId]).toEqual(["rateClass", "warning", "DC-NEW-RATE-01"]);
  });

  it("DC-CONT-RATE-01: 補助率区分 1/2 in a コンテナ sheet → warning", () => {
    const cont: ExpenseSheetInput = {
      projectType: "container",
      lines: [
        line(3, { category: "設備費", item: "設備費", description: "サーバー", amountYen: 10, eligibleYen: 10, rateClass: "1/2" }),
        line(4, { category: "設備費", item: "設備費", description: "太陽光発電設備", amountYen: 10, eligibleYen: 10 }),
      ],
      declared: {},
    };
    const i = only(cont);
    expect([i.field, i.ruleId]).toEqual(["rateClass", "DC-CONT-RATE-01"]);
  });

  it("unreadable 補助率区分 → warning", () => {
    const i = only(withLine(10, { rateClass: "半分" }));
    expect([i.row, i.field, i.severity]).toEqual([10, "rateClass", "warning"]);
  });

  it("MOE-ADMIN-01: 事務費 above its ceiling → error with the ceiling in the message", () => {
    const sheet = withLine(11, { amountYen: 3_800_001, eligibleYen: 3_800_001 });
    const i = problems(sheet).find((x) => x.ruleId === "MOE-ADMIN-01" && x.row === 11);
    expect(i?.severity).toBe("error");
    expect(i?.message).toContain("3,800,000円");
  });

  it("MOE-ADMIN-01: 事務費 exactly at its ceiling is fine", () => {
    const sheet = withLine(11, { amountYen: 3_800_000, eligibleYen: 3_800_000 });
    expect(problems(sheet).filter((x) => x.ruleId === "MOE-ADMIN-01" && x.row === 11)).toEqual([]);
  });

  it("DC-BATT-01: a battery above its target price (capacity from the text) → error on amountYen", () => {
    const p = problems(withLine(32, { category: "設備費", item: "設備費", description: "蓄電池 1,000kWh", amountYen: 120_000_001, eligibleYen: 120_000_001, fiscalYear: 2025, rateClass: "1/2" }));
    const i = p.find((x) => x.row === 32 && x.ruleId === "DC-BATT-01");
    expect([i?.field, i?.severity]).toEqual(["amountYen", "error"]);
    expect(i?.message).toContain("120,000円/kWh");
  });

  it("DC-BATT-01: capacity in MWh from the 単位 column; exactly at the target passes", () => {
    const p = problems(withLine(32, { category: "設備費", item: "設備費", description: "蓄電池", amountYen: 120_000_000, eligibleYen: 120_000_000, quantity: 1, unit: "ＭＷｈ", fiscalYear: 2025, rateClass: "1/2" }));
    expect(p.filter((x) => x.ruleId === "DC-BATT-01")).toEqual([]);
  });

  it("DC-BATT-03: the hybrid PCS deduction from the text brings a battery under the target", () => {
    const p = problems(withLine(32, { category: "設備費", item: "設備費", description: "ハイブリッド蓄電池 500kWh PCS 99.7kW", amountYen: 60_000_000 + 1_980_000, eligibleYen: 61_980_000, fiscalYear: 2025, rateClass: "1/2" }));
    expect(p.filter((x) => x.ruleId === "DC-BATT-01")).toEqual([]);
  });

  it("DC-BATT-01: unreadable capacity → info, and the check is not counted as run", () => {
    const r = evaluateExpenses(withLine(32, { category: "設備費", item: "設備費", description: "蓄電池一式", amountYen: 1, eligibleYen: 1, fiscalYear: 2025, rateClass: "1/2" }));
    expect(r.issues.find((x) => x.row === 32)?.severity).toBe("info");
    expect(r.checksRun).not.toContain("DC-BATT-01");
  });

  it("DC-EXP-04: 合計 ≠ Σ lines → error on the 合計 row", () => {
    const p = problems(withLine(12, { amountYen: 952_000_000 }));
    const i = p.find((x) => x.row === 12);
    expect([i?.field, i?.severity, i?.ruleId]).toEqual(["amountYen", "error", "DC-EXP-04"]);
    expect(i?.message).toContain("953,000,000円");
  });

  it("DC-EXP-04: 小計 by 区分 ≠ Σ of its lines → error", () => {
    const i = only(withLine(15, { eligibleYen: 959_000_000 }));
    expect([i.row, i.field, i.severity]).toEqual([15, "eligibleYen", "error"]);
  });

  it("DC-EXP-01: declared 総事業費 ≠ Σ 金額 → error on the summary row", () => {
    const i = only({ ...CLEAN_NEW, declared: { ...CLEAN_NEW.declared, totalProjectCostYen: { valueYen: 1_000_000_000, row: 20 } } });
    expect([i.row, i.field, i.severity]).toEqual([20, "totalProjectCostYen", "error"]);
  });

  it("DC-NEW-CAP-01: 補助金所要額 above the computed amount → error; below → warning; within 1 yen → fine", () => {
    const declare = (v: number) => ({ ...CLEAN_NEW, declared: { ...CLEAN_NEW.declared, subsidyRequested: [{ fiscalYear: 2025, valueYen: v, row: 24 }] } });
    const over = only(declare(30_500_001));
    expect([over.row, over.field, over.severity, over.ruleId]).toEqual([24, "subsidyRequested", "error", "DC-NEW-CAP-01"]);
    expect(only(declare(30_000_000)).severity).toBe("warning");
    expect(problems(declare(30_500_000.5))).toEqual([]);
  });

  it("AMB-51: a 新設 project over 3 fiscal years → warning at the first line beyond 2 years", () => {
    const p = problems(withLine(40, { category: "設備費", item: "設備費", description: "EMS機器", amountYen: 1, eligibleYen: 1, fiscalYear: 2026, rateClass: "1/2" }));
    const period = p.filter((x) => x.ruleId === "DC-NEW-PERIOD-01");
    expect(period.map((i) => [i.row, i.field, i.severity])).toEqual([[40, "fiscalYear", "warning"]]);
    expect(period[0].message).toContain("2024〜2026年度");
  });

  it("DC-MOVE-PERIOD-01: a 移設 sheet over two fiscal years → error", () => {
    const move: ExpenseSheetInput = {
      projectType: "relocation",
      lines: [
        line(3, { category: "設備費", item: "設備費", description: "サーバー", amountYen: 10, eligibleYen: 10, fiscalYear: 2024 }),
        line(4, { category: "業務費", item: "業務費", description: "輸送費", amountYen: 10, eligibleYen: 10, fiscalYear: 2025 }),
      ],
      declared: {},
    };
    const i = only(move);
    expect([i.row, i.severity, i.ruleId]).toEqual([4, "error", "DC-MOVE-PERIOD-01"]);
  });

  it("DC-EXP-09: a line without 年度 in a multi-year sheet → warning", () => {
    const p = problems(withLine(10, { fiscalYear: null }));
    const i = p.find((x) => x.row === 10);
    expect([i?.field, i?.severity, i?.ruleId]).toEqual(["fiscalYear", "warning", "DC-EXP-09"]);
  });

  it("DC-CONT-RATE-01: a single-year コンテナ sheet is capped at 200,000,000", () => {
    const cont: ExpenseSheetInput = {
      projectType: "container",
      lines: [
        line(3, { category: "設備費", item: "設備費", description: "コンテナ型DC一式", amountYen: 900_000_000, eligibleYen: 900_000_000 }),
        line(4, { category: "設備費", item: "設備費", description: "太陽光発電設備 50kW", amountYen: 10_000_000, eligibleYen: 10_000_000 }),
      ],
      declared: { subsidyRequested: [{ fiscalYear: null, valueYen: 200_000_000, row: 9 }] },
    };
    const r = evaluateExpenses(cont);
    expect(r.subsidyTotalYen).toBe(200_000_000);
    expect(r.issues.filter((x) => x.severity !== "info")).toEqual([]);
  });

  it("missing 事業区分 → info 'not checked', no subsidy, type checks not run", () => {
    const r = evaluateExpenses({ ...CLEAN_NEW, projectType: null });
    expect(r.subsidyTotalYen).toBeNull();
    expect(r.byFiscalYear.every((y) => y.subsidyYen === null)).toBe(true);
    const info = r.issues.find((i) => i.severity === "info" && i.row === null && i.field === null);
    expect(info?.message).toContain("事業区分が記載されていないため");
    expect(r.checksRun).not.toContain("DC-NEW-EXCL-01");
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("an empty sheet runs no line checks and reports zeros", () => {
    const r = evaluateExpenses({ projectType: "new", lines: [], declared: {} });
    expect(r.totalYen).toBe(0);
    expect(r.byFiscalYear).toEqual([]);
    expect(r.checksRun).not.toContain("DC-EXP-04");
  });

  it("does not mutate its input", () => {
    const copy = JSON.parse(JSON.stringify(CLEAN_NEW));
    evaluateExpenses(CLEAN_NEW);
    expect(CLEAN_NEW).toEqual(copy);
  });
});

describe("evaluateExpenses: repeated lines (each distinct text is resolved and classified once per evaluation)", () => {
  const shapes: Partial<ExpenseLine>[] = [
    { category: "設備費", item: "設備費", description: "既存空調機の撤去費", amountYen: 100, eligibleYen: 100, rateClass: "1/2" },
    { category: "設備費", item: "設備費", description: "高効率空調機", amountYen: 100, eligibleYen: 100, rateClass: "1/2" },
    { category: "設備費", item: "設備費", description: "既存空調機の撤去費 ", amountYen: 100, eligibleYen: 0, rateClass: "1/2" },
    { category: "工事費", item: "設備費", description: "太陽光パネル", amountYen: 100, eligibleYen: 100, rateClass: "1/3" },
    { category: "工事費", item: "本工事費", subItem: "旅費", description: "建屋の建設", amountYen: 100, eligibleYen: 100 },
    { category: "工事費", item: "本工事費", subItem: "材料費", description: "太陽光パネル", amountYen: 100, eligibleYen: 100, rateClass: "1/2" },
    { category: null, item: "本工事費", description: "高効率空調機", amountYen: 100, eligibleYen: 100 },
    { category: "", item: "本工事費", description: "高効率空調機", amountYen: 100, eligibleYen: 100 },
  ];
  const sheet = (fields: readonly Partial<ExpenseLine>[], firstRow: number): ExpenseSheetInput => ({
    projectType: "new",
    lines: fields.map((f, i) => line(firstRow + i, { fiscalYear: 2024, ...f })),
    declared: {},
  });
  const ofRow = (issues: readonly ExpenseIssue[], row: number) => issues.filter((i) => i.row === row).map(({ field, severity, ruleId, message }) => ({ field, severity, ruleId, message }));

  it("gives every line the issues it gets when evaluated alone, however often its texts repeat", () => {
    const many = [...shapes, ...shapes, ...shapes];
    const together = evaluateExpenses(sheet(many, 10)).issues;
    many.forEach((fields, i) => {
      const alone = evaluateExpenses(sheet([fields], 10 + i)).issues;
      expect(ofRow(together, 10 + i)).toEqual(ofRow(alone, 10 + i));
    });
    // The cases differ from one another, so a confused cache would show.
    expect(ofRow(together, 10)).not.toEqual(ofRow(together, 11));
    expect(ofRow(together, 13)).not.toEqual(ofRow(together, 15));
    expect(ofRow(together, 14).length).toBeGreaterThan(0);
  });
});
