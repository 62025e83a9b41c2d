/**
 * Issue 10 "never silent": an unreadable form is a warning at its cell (SHEET-KIND-04); absent or blank forms
 * are 様式が見つかりません / 未入力 (SHEET-KIND-05, report.formStatus, gxdc validate's summary line); DC-DOC-04
 * is auto-checked only when every form is there and filled.
 */
import { formatReport } from "../../src/cli/validate";
import { dcNewClean } from "../../src/examples";
import { sheetFromCells, sheetFromRows } from "../../src/rules/sheets/gridBuilder";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";
import type { WorkbookGrid } from "../../src/rules/sheets/types";

/** A 経費内訳 whose header is spread over rows 3–5 without merges: not a table we can read. */
const scattered = sheetFromCells("経費内訳", {
  A1: "経費内訳書",
  A3: "区分",
  B3: "費目",
  C5: "内容",
  D5: "金額",
  A6: "工事費",
  B6: "本工事費",
  C6: "受変電設備",
  D6: 18_000_000,
});

describe("SHEET-KIND-04: a sheet that looks like a form but cannot be read", () => {
  it("is a warning at the title cell naming what was recognised and what is missing", () => {
    const r = validateWorkbook({ sheets: [scattered] });
    const w = r.findings.filter((f) => f.ruleId === "SHEET-KIND-04");
    expect(w).toEqual([expect.objectContaining({ sheet: "経費内訳", cell: "A1", severity: "warning" })]);
    expect(w[0].message).toContain("区分・費目・内容・金額");
    expect(w[0].message).toContain("細分・補助対象経費");
    expect(r.formStatus).toBe("absent");
  });

  it("is a warning at the first header label when there is no title (four labels)", () => {
    const noTitle = sheetFromCells("Sheet1", { B2: "区分", C2: "費目", D4: "内容", E4: "金額", E5: 100 });
    const w = validateWorkbook({ sheets: [noTitle] }).findings.filter((f) => f.ruleId === "SHEET-KIND-04");
    expect(w.map((f) => f.cell)).toEqual(["B2"]);
  });

  it("is not raised for a title alone, two labels without a title, or a sheet whose table was read", () => {
    const titleOnly = sheetFromCells("メモ", { A1: "経費内訳の作成メモ", A2: 5 });
    const twoLabels = sheetFromCells("Sheet2", { A1: "区分", B1: "金額", B2: 100 });
    for (const s of [titleOnly, twoLabels]) expect(validateWorkbook({ sheets: [s] }).findings.some((f) => f.ruleId === "SHEET-KIND-04")).toBe(false);
    expect(validateWorkbook(dcNewClean.workbook).findings.some((f) => f.ruleId === "SHEET-KIND-04")).toBe(false);
  });
});

describe("SHEET-KIND-05: absent or blank forms are never OK", () => {
  const blankForm = sheetFromRows("別紙2 経費内訳", [["区分", "費目", "細分", "内容", "金額", "補助対象経費"]]);

  it("blank forms: 未入力, a warning, and the CLI summary line says so", () => {
    const r = validateWorkbook({ sheets: [blankForm] }, { program: "dc-zero" });
    expect(r.formStatus).toBe("blank");
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => f.ruleId)).toEqual(["SHEET-KIND-05"]);
    expect(formatReport("x.xlsx", r)).toMatch(/結果: エラー 0 件、警告 1 件、情報 \d+ 件（未入力）/);
  });

  it("no forms: 様式が見つかりません in the summary line", () => {
    const r = validateWorkbook({ sheets: [sheetFromRows("Sheet1", [["メモ"]])] });
    expect(formatReport("x.xlsx", r)).toContain("（様式が見つかりません）");
  });

  it("filled forms: no status word, no SHEET-KIND-05", () => {
    const r = validateWorkbook(dcNewClean.workbook);
    expect(r.formStatus).toBe("filled");
    expect(r.findings.some((f) => f.ruleId === "SHEET-KIND-05")).toBe(false);
    expect(formatReport("x.xlsx", r)).not.toMatch(/（未入力）|（様式が見つかりません）/);
  });
});

describe("DC-DOC-04 is auto-checked only on complete, filled forms", () => {
  const form1 = sheetFromRows("様式1 応募申請書", [["応募申請書"], ["事業者名", "株式会社サンプル"]]);
  const withForm1 = (wb: WorkbookGrid): WorkbookGrid => ({ sheets: [form1, ...wb.sheets] });

  it("runs with 様式1・別紙1・別紙2 present and filled", () => {
    expect(validateWorkbook(withForm1(dcNewClean.workbook), { fileName: "申請.xlsx" }).checksRun).toContain("DC-DOC-04");
  });

  it("does not run when 様式1 is missing", () => {
    expect(validateWorkbook(dcNewClean.workbook, { fileName: "申請.xlsx" }).checksRun).not.toContain("DC-DOC-04");
  });

  it("does not run when 別紙1 is blank although 別紙2 is filled", () => {
    const blank1 = sheetFromRows("別紙1 実施計画書", [["事業区分", null], ["PUE", null], ["再エネ率", null]]);
    const r = validateWorkbook({ sheets: [form1, dcNewClean.workbook.sheets[0], blank1] }, { fileName: "申請.xlsx" });
    expect(r.formStatus).toBe("filled");
    expect(r.checksRun).not.toContain("DC-DOC-04");
  });

  it("does not run on blank forms", () => {
    const blank = { sheets: [form1, sheetFromRows("別紙2 経費内訳", [["区分", "費目", "細分", "内容", "金額", "補助対象経費"]]), sheetFromRows("別紙1 実施計画書", [["事業区分", null], ["PUE", null], ["再エネ率", null]])] };
    const r = validateWorkbook(blank, { fileName: "申請.xlsx" });
    expect(r.formStatus).toBe("blank");
    expect(r.checksRun).not.toContain("DC-DOC-04");
  });
});
