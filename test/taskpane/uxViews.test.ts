/** Pure presentation of the 検証 tab, the UI catalogue's completeness and the theme decision. */
import { exampleById } from "../../src/examples";
import { DC_ZERO_CHECKLIST } from "../../src/rules/programs/dc-zero";
import { CHECKLIST_NOTES_EN } from "../../src/taskpane/messages/checklistNotes";
import type { SummaryFigure } from "../../src/rules/sheets/report";
import type { Finding } from "../../src/rules/sheets/types";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";
import { citationText, displayOrder, groupFindings, groupSummary, headlineSubsidy, viewFindings } from "../../src/taskpane/findingsView";
import { MESSAGES } from "../../src/taskpane/i18n";
import { luminance, themeChoiceOf } from "../../src/taskpane/theme";

const f = (cell: string, ruleId: string, message: string, severity: Finding["severity"] = "error", sheet = "別紙2 経費内訳"): Finding => ({
  sheet,
  cell,
  severity,
  ruleId,
  message,
  source: "004_83a32f419551a032.txt § 別表第1",
});

const TOTAL = "合計の金額 373,300,000円 が全行の合計 422,000,000円 と一致しません（差額 -48,700,000円, DC-EXP-04）。";
const LINE = "補助対象経費（6,000,000円）が金額（5,000,000円）を超えています。補助対象経費は金額の内数です（DC-EXP-01）。";

describe("findings view", () => {
  it("a total mismatch is a knock-on of the errors above it on the same sheet, not of other sheets or rows below", () => {
    const views = viewFindings([f("I11", "DC-EXP-01", LINE), f("H16", "DC-EXP-04", TOTAL), f("I20", "DC-EXP-01", LINE), f("I5", "DC-EXP-01", LINE, "error", "他のシート")], "ja");
    expect(views[1].causes).toEqual(["I11"]);
    expect(views[0].causes).toBeNull();
  });

  it("a total mismatch with no error above it is not labelled a knock-on", () => {
    expect(viewFindings([f("H16", "DC-EXP-04", TOTAL)], "ja")[0].causes).toBeNull();
  });

  it("SHEET-* findings are about reading the sheet: no citation of the documents", () => {
    const v = viewFindings([f("H18", "SHEET-CELL-01", "総事業費のセルがエラー値「#REF!」です。数式の参照先を確認し、値を入力してください（SHEET-CELL-01）。")], "ja")[0];
    expect(v.reading).toBe(true);
    expect(v.citation).toBe("");
  });

  it("groups by sheet in first-seen order, errors before warnings before info, causes before knock-ons", () => {
    const groups = groupFindings(viewFindings([f("H16", "DC-EXP-04", TOTAL), f("A1", "X-1", "x", "info", "B"), f("I11", "DC-EXP-01", LINE), f("H21", "W-1", "w", "warning")], "ja"));
    expect(groups.map((g) => g.sheet)).toEqual(["別紙2 経費内訳", "B"]);
    expect(groups[0].bySeverity.map((s) => s.severity)).toEqual(["error", "warning"]);
    expect(displayOrder(groups).map((v) => v.finding.cell)).toEqual(["I11", "H16", "H21", "A1"]);
  });

  it("citations name the document, in English in the English UI", () => {
    expect(citationText("004_83a32f419551a032.txt § Ⅲ 補助対象経費", "ja")).toContain("公募要領（令和6年4月16日）");
    const en = citationText("004_83a32f419551a032.txt § Ⅲ 補助対象経費", "en");
    expect(en).toBe("DC zero-emission and resilience programme, call for applications (16 Apr 2024) § Ⅲ eligible costs");
    expect(en).not.toContain(".txt");
  });

  it("summary figures are grouped by sheet without the repeated prefix; the headline is the total subsidy", () => {
    const fig = (id: string, label: string, labelEn: string): SummaryFigure => ({ id, label, labelEn, value: 1, unit: "円" });
    const groups = groupSummary(
      [fig("gx.A.subsidyYen", "電力調達計画: 補助金額", "電力調達計画: Subsidy"), fig("gx.B.subsidyYen", "電力調達計画（東京案）: 補助金額", "電力調達計画（東京案）: Subsidy")],
      ["電力調達計画", "電力調達計画（東京案）"],
    );
    expect(groups.map((g) => [g.sheet, g.figures[0].label, g.figures[0].labelEn])).toEqual([
      ["電力調達計画", "補助金額", "Subsidy"],
      ["電力調達計画（東京案）", "補助金額", "Subsidy"],
    ]);
    const dc = validateWorkbook(exampleById("dc-new-mistakes")!.workbook).summary;
    expect(headlineSubsidy(dc).map((x) => x.id)).toEqual(["dc.subsidyTotalYen"]);
  });
});

describe("UI catalogue", () => {
  /** Keys of a message tree, with nested objects as "a.b". */
  const keys = (o: object, prefix = ""): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));

  it("every key has both languages", () => {
    expect(keys(MESSAGES.en).sort()).toEqual(keys(MESSAGES.ja).sort());
  });

  it("every English string and template is English (Japanese only in official names in parentheses)", () => {
    const values = (o: object): unknown[] => Object.values(o).flatMap((v) => (v && typeof v === "object" ? values(v as object) : [v]));
    for (const v of values(MESSAGES.en)) {
      const text = typeof v === "function" ? String((v as (...a: unknown[]) => unknown)("X", 2, "Y")) : String(v);
      expect(text.replace(/\([^()]*\)/g, "")).not.toMatch(/[\u3040-\u30ff]/u);
    }
  });
});

describe("theme", () => {
  it.each([
    [{ isDarkTheme: true }, false, "dark"],
    [{ bodyBackgroundColor: "#262626" }, false, "dark"],
    [{ bodyBackgroundColor: "#FFFFFF" }, false, "light"],
    [{ bodyBackgroundColor: "#E6E6E6", isDarkTheme: false }, false, "light"],
    [undefined, false, "light"],
    [{ isDarkTheme: true }, true, "contrast"],
  ] as const)("themeChoiceOf(%j, forced colours %s) = %s", (office, forced, expected) => {
    expect(themeChoiceOf(office, forced)).toBe(expected);
  });

  it("luminance reads #rgb and #rrggbb, null otherwise", () => {
    expect(luminance("#000")).toBe(0);
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("red")).toBeNull();
  });
});

describe("checklist notes in English", () => {
  it("every note of the DC zero-emission checklist has its English (a new note without one fails here)", () => {
    const missing = Object.values(DC_ZERO_CHECKLIST)
      .flat()
      .filter((i) => i.note && !i.noteEn && !CHECKLIST_NOTES_EN[i.note])
      .map((i) => i.note);
    expect(missing).toEqual([]);
    for (const en of Object.values(CHECKLIST_NOTES_EN)) expect(en.replace(/\([^()]*\)|別紙\d/g, "")).not.toMatch(/[\u3040-\u30ff]/u);
  });
});
