/** Templates (SPEC §5, §6, §7): laid out like the forms, recognised as their kind, clean when blank. */
import { parseFitFip } from "../../src/rules/programs/gx-regional/checklistContext";
import ExcelJS from "exceljs";
import { parseProjectType } from "../../src/rules/programs/dc-zero/projectType";
import { parseRateClassText } from "../../src/rules/programs/dc-zero/classifyExpense";
import { EXPENSE_TAXONOMY } from "../../src/rules/programs/dc-zero/expenseTables";
import { parseCompanySize, parseInvestmentType, parseLineProcurement, parseSourceState } from "../../src/rules/programs/gx-regional/aliases";
import { normalizePrefecture } from "../../src/rules/programs/gx-regional/prefectures";
import { classifySource } from "../../src/rules/programs/gx-regional/sourceTypes";
import { parseYesNo } from "../../src/rules/lib/normalize";
import { readWorkbookBuffer, templatesWorkbook } from "../../src/cli/xlsx";
import { TEMPLATES, templateOf, templatesFor, templateToGrid } from "../../src/rules/sheets/templates";
import type { SheetTemplate } from "../../src/rules/sheets/templateTypes";
import { fromA1, toA1, type WorkbookGrid } from "../../src/rules/sheets/types";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";

const valueAt = (t: SheetTemplate, a: string) => t.cells.find((c) => c.address === a)?.value ?? null;

describe.each(TEMPLATES.map((t) => [t.kind, t] as const))("template %s", (kind, t) => {
  it("is recognised as its kind and, blank, validates as 未入力 (one warning, never OK) with infos", () => {
    const r = validateWorkbook({ sheets: [templateToGrid(t)] });
    expect(r.detected).toEqual([expect.objectContaining({ kind, sheet: t.sheetName })]);
    expect(r.formStatus).toBe("blank");
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([expect.objectContaining({ severity: "warning", ruleId: "SHEET-KIND-05", message: expect.stringContaining("未入力") })]);
  });

  it("round-trips through an .xlsx file (exceljs write → read → validate)", async () => {
    const buf = Buffer.from((await templatesWorkbook([t]).xlsx.writeBuffer()) as ArrayBuffer);
    const read = await readWorkbookBuffer(buf);
    if (!read.ok) throw new Error(read.message);
    const r = validateWorkbook(read.workbook);
    expect(r.detected.map((d) => d.kind)).toEqual([kind]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([expect.objectContaining({ severity: "warning", ruleId: "SHEET-KIND-05", message: expect.stringContaining("未入力") })]);
  });

  it("has a merged title in row 1 and dropdown lists Excel accepts (≤ 255 characters)", () => {
    expect(t.merges.some((m) => m.startsWith("A1:"))).toBe(true);
    expect(t.cells.find((c) => c.address === "A1")?.style).toBe("title");
    for (const v of t.validations) expect(`"${v.list.join(",")}"`.length).toBeLessThanOrEqual(255);
  });
});

/** Parser of the accepted values for each labelled dropdown (the header or fact label of its column / row). */
const ACCEPTS: Readonly<Record<string, (v: string) => boolean>> = {
  事業区分: (v) => parseProjectType(v).ok,
  区分: (v) => EXPENSE_TAXONOMY.value.some((c) => c.name === v),
  補助率区分: (v) => parseRateClassText(v) !== null,
  投資類型: (v) => parseInvestmentType(v).ok,
  企業規模: (v) => parseCompanySize(v).ok,
  "事業実施場所（都道府県）": (v) => normalizePrefecture(v).known,
  都道府県: (v) => normalizePrefecture(v).known,
  脱炭素電力供給地域: (v) => parseYesNo(v).ok,
  "立地要件②（地域貢献）": (v) => parseYesNo(v).ok,
  合理的例外: (v) => parseYesNo(v).ok,
  電源種: (v) => classifySource(v).ok,
  状態: (v) => parseSourceState(v).ok,
  調達方法: (v) => parseLineProcurement(v).ok,
  "FIT/FIP認定": (v) => parseFitFip(v) !== null,
};

describe("dropdown values are accepted spellings of the programs' alias tables", () => {
  const cases = TEMPLATES.flatMap((t) =>
    t.validations.map((v) => {
      const first = fromA1(v.range.split(":")[0]);
      if (!first) throw new Error(v.range);
      // A table column's dropdown sits under its header (the row above its first cell); a fact's beside its label.
      const label = (valueAt(t, toA1(first.row - 1, first.col)) ?? valueAt(t, toA1(first.row, 0))) as string;
      return [t.kind, label, v.list] as const;
    }),
  );
  it.each(cases)("%s: %s", (_kind, label, values) => {
    const accepts = ACCEPTS[label];
    expect(accepts).toBeDefined();
    for (const v of values) expect([v, accepts(v)]).toEqual([v, true]);
  });
});

describe("経費内訳 template", () => {
  const t = templateOf("dc-expenses");
  const grid = templateToGrid(t);

  it("DC-EXP-04: pre-fills the 別表第1 category rows, then a 合計 row with SUM formulas and the summary block", () => {
    const rows = grid.values.slice(5).filter((r) => typeof r[1] === "string" && r[1] !== "合計").map((r) => r.slice(1, 4));
    expect(rows).toEqual([
      ["工事費", "本工事費", "材料費"],
      ["工事費", "本工事費", "労務費"],
      ["工事費", "本工事費", "直接経費"],
      ["工事費", "本工事費", "共通仮設費"],
      ["工事費", "本工事費", "現場管理費"],
      ["工事費", "本工事費", "一般管理費"],
      ["工事費", "付帯工事費", null],
      ["工事費", "機械器具費", null],
      ["工事費", "測量及試験費", null],
      ["設備費", "設備費", null],
      ["業務費", "業務費", null],
      ["事務費", "事務費", null],
    ]);
    expect(valueAt(t, "B18")).toBe("合計");
    expect(valueAt(t, "H18")).toBe("=SUM(H6:H17)");
    expect(["総事業費", "補助対象経費", "事務費", "補助金所要額"].map((l) => t.cells.some((c) => c.value === l))).toEqual([true, true, true, true]);
    expect(t.cells.filter((c) => /^[HI]\d+$/.test(c.address) && Number(c.address.slice(1)) >= 6 && Number(c.address.slice(1)) <= 18).every((c) => c.numberFormat === "#,##0")).toBe(true);
  });

  it("once filled in (amounts on the category rows, 事業区分, Excel's computed 合計), validates like any 経費内訳", () => {
    const values = grid.values.map((r) => [...r]);
    const at = (a: string, v: number | string) => {
      const p = fromA1(a);
      if (p) values[p.row - grid.rowOffset][p.col - grid.colOffset] = v;
    };
    at("B3", "新設");
    at("E15", "受変電設備");
    at("H15", 10_000_000);
    at("I15", 10_000_000);
    at("E17", "打合せ旅費");
    at("D17", "旅費");
    at("H17", 2_000_000);
    at("I17", 2_000_000);
    at("H18", 12_000_000);
    at("I18", 11_000_000);
    const r = validateWorkbook({ sheets: [{ ...grid, values }] });
    expect(r.findings).toContainEqual(expect.objectContaining({ cell: "I17", ruleId: "MOE-ADMIN-01", severity: "error" }));
    expect(r.findings).toContainEqual(expect.objectContaining({ cell: "I18", ruleId: "DC-EXP-04", severity: "error" }));
    expect(r.findings.filter((f) => f.cell === "H18" && f.severity === "error")).toEqual([]);
  });
});

describe("templatesFor", () => {
  it("selects by program", () => {
    expect(templatesFor("dc-zero").map((t) => t.kind)).toEqual(["dc-expenses", "dc-plan-indicators"]);
    expect(templatesFor("gx-regional").map((t) => t.kind)).toEqual(["gx-power-plan"]);
    expect(templatesFor("meti-cloud").map((t) => t.kind)).toEqual(["cloud-cost", "cloud-capex"]);
    expect(templatesFor("all")).toHaveLength(5);
  });

  it("all templates together are recognised sheet by sheet", () => {
    const wb: WorkbookGrid = { sheets: TEMPLATES.map(templateToGrid) };
    expect(validateWorkbook(wb).detected.map((d) => d.kind)).toEqual(["dc-expenses", "dc-plan-indicators", "gx-power-plan", "cloud-cost", "cloud-capex"]);
  });
});

describe("written template file", () => {
  it("keeps formats, widths, merges, dropdowns, fills and the frozen header", async () => {
    const t = templateOf("dc-expenses");
    const buf = Buffer.from((await templatesWorkbook([t]).xlsx.writeBuffer()) as ArrayBuffer);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(t.sheetName);
    if (!ws) throw new Error("sheet missing");
    expect(ws.getCell("H6").numFmt).toBe("#,##0");
    expect(ws.getColumn("E").width).toBe(t.columnWidths.E);
    expect(ws.getCell("J1").isMerged).toBe(true);
    expect((ws.getCell("H18").value as { formula: string }).formula).toBe("SUM(H6:H17)");
    expect(ws.getCell("A5").font?.bold).toBe(true);
    expect((ws.getCell("A5").fill as ExcelJS.FillPattern).fgColor?.argb).toBeDefined();
    expect(ws.views[0]).toEqual(expect.objectContaining({ state: "frozen", ySplit: 5 }));
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(dv["B3"]?.formulae[0]).toBe('"新設,改修,移設,コンテナ"');
    expect(dv["B6"]?.type).toBe("list");
  });
});
