/** validateWorkbook (SPEC §5): detection, evaluation, issue → cell mapping, infos for what is absent, order. */
import fc from "fast-check";
import { dcNewClean, dcNewMistakes, EXAMPLES, gxDcClean } from "../../src/examples";
import { sheetFromCells, sheetFromRows } from "../../src/rules/sheets/gridBuilder";
import { SEVERITY_RANK } from "../../src/rules/sheets/report";
import { fromA1, type CellValue, type Finding, type WorkbookGrid } from "../../src/rules/sheets/types";
import { dedupe, validateWorkbook } from "../../src/rules/sheets/validateWorkbook";

describe.each(EXAMPLES.map((e) => [e.id, e] as const))("example %s", (_id, example) => {
  const report = validateWorkbook(example.workbook, example.options);
  if (example.planted.length === 0) {
    it("has no error finding", () => expect(report.findings.filter((f) => f.severity === "error")).toEqual([]));
  } else {
    it.each(example.planted.map((p) => [p.ruleId, p.cell, p.what, p] as const))("%s at %s: %s", (_r, _c, _w, p) => {
      expect(report.findings).toContainEqual(expect.objectContaining({ sheet: p.sheet, cell: p.cell, ruleId: p.ruleId }));
    });
  }
  it("recognises every sheet of the example", () => {
    expect(new Set(report.detected.map((d) => d.sheet))).toEqual(new Set(example.workbook.sheets.map((s) => s.name)));
  });
});

describe("summary card", () => {
  it("DC: eligible cost, subsidy per 年度 and in total, 事務費 ceiling, CO2 cost, cost breakdown", () => {
    const r = validateWorkbook(dcNewClean.workbook);
    const fig = (id: string) => r.summary.find((s) => s.id === id)?.value;
    expect(fig("dc.eligibleTotalYen")).toBe(371_300_000);
    expect(fig("dc.subsidyYen.2024")).toBe(98_000_000);
    expect(fig("dc.subsidyYen.2025")).toBe(47_650_000);
    expect(fig("dc.subsidyTotalYen")).toBe(98_000_000 + 47_650_000);
    expect(typeof fig("dc.adminLimitYen.2024")).toBe("number");
    expect(typeof fig("dc.co2CostYenPerT")).toBe("number");
    const breakdown = Object.fromEntries(r.costBreakdown.map((b) => [b.label, b.eligibleYen]));
    expect(Object.values(breakdown).reduce((a, b) => a + b, 0)).toBe(371_300_000);
    expect(breakdown["事務費"]).toBe(1_300_000);
    expect(r.yearBreakdown).toEqual([
      { label: "2024年度", labelEn: "FY2024", eligibleYen: 236_000_000, subsidyYen: 98_000_000 },
      { label: "2025年度", labelEn: "FY2025", eligibleYen: 135_300_000, subsidyYen: 47_650_000 },
    ]);
  });

  it("GX: tier with its reason, rate, cap, subsidy, minimum investment", () => {
    const r = validateWorkbook(gxDcClean.workbook);
    const tier = r.summary.find((s) => s.id === "gx.tier");
    expect(tier?.value).toBe("No1");
    expect(tier?.note).toBeTruthy();
    expect(r.summary.map((s) => s.id)).toEqual(expect.arrayContaining(["gx.rate", "gx.capYen", "gx.subsidyYen", "gx.minimumInvestmentYen"]));
  });

  it("every figure of every example has an English label without Japanese script", () => {
    for (const e of EXAMPLES) {
      for (const f of validateWorkbook(e.workbook, e.options).summary) {
        expect(f.labelEn.trim()).not.toBe("");
        expect(f.labelEn.replace(/^[^:]+: /, "")).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/); // the sheet-name prefix may be Japanese
      }
    }
  });

  it("checksRun is the sorted union of the evaluators' checks", () => {
    const r = validateWorkbook(dcNewMistakes.workbook);
    expect(r.checksRun).toEqual([...new Set(r.checksRun)].sort());
    expect(r.checksRun).toEqual(expect.arrayContaining(["DC-EXP-03", "MOE-ADMIN-01", "DC-NEW-REQ-01"]));
  });
});

describe("what the workbook does not hold is an info, never an error", () => {
  it("SHEET-KIND-01/05: a workbook without forms is 様式が見つかりません (one warning, never OK) and gets one info per sheet kind", () => {
    const r = validateWorkbook({ sheets: [sheetFromRows("Sheet1", [["メモ"]])] });
    expect(r.formStatus).toBe("absent");
    expect(r.findings.map((f) => [f.severity, f.ruleId])).toEqual([["warning", "SHEET-KIND-05"], ...Array(5).fill(["info", "SHEET-KIND-01"])]);
    expect(r.findings[0].message).toContain("様式が見つかりません");
  });

  it("SHEET-KIND-01: a DC workbook without 実施計画書 指標 is told so, and nothing about other programs", () => {
    const only = { sheets: [dcNewClean.workbook.sheets[0]] };
    const absent = validateWorkbook(only).findings.filter((f) => f.ruleId === "SHEET-KIND-01");
    expect(absent).toHaveLength(1);
    expect(absent[0].message).toContain("実施計画書 指標");
  });

  it("--program restricts the kinds checked", () => {
    const r = validateWorkbook(dcNewMistakes.workbook, { program: "gx-regional" });
    expect(r.detected).toEqual([]);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "warning", ruleId: "SHEET-KIND-05" }), expect.objectContaining({ severity: "info", ruleId: "SHEET-KIND-01" })]);
    expect(validateWorkbook(dcNewMistakes.workbook, { program: "dc-tech" }).findings.every((f) => f.severity === "info")).toBe(true);
  });

  it("a 経費内訳 without 事業区分 is checked for what it holds, with an info for the rest", () => {
    const wb = { sheets: [dcNewClean.workbook.sheets[0]].map((s) => ({ ...s, values: s.values.map((row) => row.map((v) => (v === "新設" ? null : v))) })) };
    const r = validateWorkbook(wb);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.findings.some((f) => f.severity === "info" && f.message.includes("事業区分"))).toBe(true);
  });
});

describe("meti-cloud findings are warnings at most (secondary source)", () => {
  it("even an Excel error value on a 費用明細表", () => {
    const wb = { sheets: [sheetFromRows("別紙1", [["項目", "数量", "単価", "金額"], ["GPUサーバー", 2, 50_000_000, { error: "#REF!" }], ["冷却設備", 1, 10, 99]])] };
    const r = validateWorkbook(wb);
    expect(r.detected[0].kind).toBe("cloud-cost");
    expect(r.findings.some((f) => f.cell === "D2" && f.ruleId === "SHEET-CELL-01" && f.severity === "warning")).toBe(true);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("order and robustness", () => {
  const key = (wb: WorkbookGrid, f: { sheet: string; cell: string; severity: keyof typeof SEVERITY_RANK }): [number, number, number, number] => {
    const i = wb.sheets.findIndex((s) => s.name === f.sheet);
    const a = fromA1(f.cell);
    return [i < 0 ? wb.sheets.length : i, a?.row ?? -1, a?.col ?? -1, SEVERITY_RANK[f.severity]];
  };

  it("sorts findings by sheet (workbook order), row, column, severity; the same input gives the same output", () => {
    const wb = dcNewMistakes.workbook;
    const r = validateWorkbook(wb);
    const keys = r.findings.map((f) => key(wb, f));
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
    expect(keys).toEqual(sorted);
    expect(validateWorkbook(wb)).toEqual(r);
  });

  it("never throws on arbitrary grids and always points at a valid cell (or the whole workbook)", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constantFrom<CellValue>("区分", "費目", "細分", "内容", "金額（千円）", "補助対象経費", "合計", "小計", "事業区分", "新設", "電源種", "状態", "調達方法", "都道府県", "年間調達量", "契約期間", "PUE", "再エネ率", "総事業費", "補助金所要額", "2024年度", { error: "#REF!" }, null),
      fc.string({ maxLength: 6 }),
      fc.integer({ min: -1e9, max: 1e10 }),
      fc.double({ noNaN: true }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }), fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }), (a, b) => {
        const wb = { sheets: [sheetFromRows("A", a), sheetFromRows("B", b, "C5")] };
        const r = validateWorkbook(wb);
        return r.findings.every((f) => (f.cell === "" && f.sheet === "") || fromA1(f.cell) !== null);
      }),
      { numRuns: 300 },
    );
  });

  it("a sheet may hold several kinds (指標 facts above a 経費内訳 table)", () => {
    const sheet = sheetFromCells("申請", {
      A1: "事業区分",
      B1: "コンテナ",
      A2: "年間CO2削減量",
      B2: 100,
      A3: "法定耐用年数",
      B3: 10,
      A5: "区分",
      B5: "費目",
      C5: "細分",
      D5: "内容",
      E5: "金額",
      F5: "補助対象経費",
      A6: "設備費",
      B6: "設備費",
      D6: "コンテナ筐体",
      E6: 300_000_000,
      F6: 300_000_000,
    });
    const r = validateWorkbook({ sheets: [sheet] });
    expect(r.detected.map((d) => d.kind).sort()).toEqual(["dc-expenses", "dc-plan-indicators"]);
    // 300,000,000 ÷ (100 × 10) = 300,000 円/t-CO2 > the コンテナ limit: eligible cost taken from the 経費内訳.
    expect(r.findings).toContainEqual(expect.objectContaining({ ruleId: "DC-CONT-REQ-06", severity: "error" }));
  });
});

describe("dedupe: a finding reported by two checks is listed once", () => {
  const f = (fields: Partial<Finding> = {}): Finding => ({ sheet: "経費", cell: "H5", severity: "warning", ruleId: "SHEET-NUM-02", message: "数値が文字列です", source: "s", ...fields });

  it("drops exact repeats and keeps the first, in order", () => {
    const first = f({ source: "first" });
    const other = f({ cell: "H6" });
    expect(dedupe([first, other, f({ source: "second" }), f({ cell: "H6" })])).toEqual([first, other]);
  });

  it("keeps findings that differ in any one of sheet, cell, severity, rule id or message", () => {
    const all = [f(), f({ sheet: "経費2" }), f({ cell: "H6" }), f({ severity: "error" }), f({ ruleId: "SHEET-NUM-01" }), f({ message: "別の文" }), f({ cell: "" }), f({ sheet: "", cell: "" })];
    expect(dedupe(all)).toEqual(all);
  });

  it("the same message on many rows stays one finding per row", () => {
    const rows = Array.from({ length: 500 }, (_, i) => f({ cell: `H${i + 1}` }));
    expect(dedupe([...rows, ...rows])).toEqual(rows);
  });
});
