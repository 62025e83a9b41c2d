/**
 * src/cli/sheetXml.ts (gxdc's .xlsx reader) against exceljs's full load (test/helpers/exceljsGrid.ts, the
 * reader it replaced): the same grids on every workbook of the corpus, and on a package written the way
 * Excel writes one (shared strings with furigana and runs, shared formulas, styles by id, 1904 dates,
 * merges over typed-in cells, hidden rows and columns). Where the two differ on purpose, the test says so.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkXlsxPackage } from "../../src/cli/xlsxPackage";
import { isDateFormat, readSharedStrings, readSheets, serialToIso } from "../../src/cli/sheetXml";
import { gridsWorkbook, readWorkbookBuffer, templatesWorkbook } from "../../src/cli/xlsx";
import { TEMPLATES } from "../../src/rules/sheets/templates";
import type { WorkbookGrid } from "../../src/rules/sheets/types";
import { LAYOUT_CASES, caseBuffer } from "../fixtures/layouts/corpus";
import { exceljsGrids } from "../helpers/exceljsGrid";
import { book, sheetXml } from "./hostile/corpus";
import { zip } from "./hostile/zip";

const ROOT = join(__dirname, "..", "..");

async function leanGrids(buffer: Buffer): Promise<WorkbookGrid> {
  const read = await readWorkbookBuffer(buffer);
  if (!read.ok) throw new Error(read.message);
  return read.workbook;
}

const committed = [
  ...readdirSync(join(ROOT, "examples"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join("examples", f)),
  ...readdirSync(join(ROOT, "test", "fixtures", "layouts"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join("test", "fixtures", "layouts", f)),
];

describe("sheetXml reads what exceljs's full load reads", () => {
  it("finds the committed workbooks", () => expect(committed.length).toBeGreaterThanOrEqual(22));

  it.each(committed)("%s", async (file) => {
    const buffer = readFileSync(join(ROOT, file));
    expect(await leanGrids(buffer)).toEqual(await exceljsGrids(buffer));
  });

  it.each(LAYOUT_CASES.map((c) => [c.fileName, c] as const))("layout corpus as built now: %s", async (_, c) => {
    const buffer = await caseBuffer(c);
    expect(await leanGrids(buffer)).toEqual(await exceljsGrids(buffer));
  });

  it("the templates gxdc writes", async () => {
    const buffer = Buffer.from((await templatesWorkbook(TEMPLATES).xlsx.writeBuffer()) as ArrayBuffer);
    expect(await leanGrids(buffer)).toEqual(await exceljsGrids(buffer));
  });

  it("a grid of every value kind written by exceljs (errors, booleans, dates, formats, blanks between)", async () => {
    const grid: WorkbookGrid = {
      sheets: [
        {
          name: "値 & <種類>",
          rowOffset: 2,
          colOffset: 1,
          values: [
            ["文字列", 1.5, true, { error: "#DIV/0!" }, "2024-04-01"],
            [null, -0, "  前後の空白  ", "改行\nあり", 1e21],
            [],
            ["", 0, false, { error: "#N/A" }, "ＡＢＣ１２３"],
          ],
          numberFormats: [["@", "#,##0.00", "General", "General", "yyyy/m/d"], ["General", "0%"], [], ["General", "General", "General", "General", "General"]],
        },
      ],
    };
    const buffer = Buffer.from((await gridsWorkbook(grid).xlsx.writeBuffer()) as ArrayBuffer);
    expect(await leanGrids(buffer)).toEqual(await exceljsGrids(buffer));
  });
});

// ---- a package as Excel writes it ----

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy/m/d;@"/><numFmt numFmtId="177" formatCode="&quot;¥&quot;#,##0"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="14" fontId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0" fontId="0"/><xf numFmtId="176" fontId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" applyNumberFormat="1"/><xf numFmtId="177" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="49" fontId="0"/></cellXfs></styleSheet>`;

const SHARED = [
  // 0: plain, with furigana (rPh) that is not part of the text
  `<si><t>経費内訳</t><rPh sb="0" eb="2"><t>ケイヒ</t></rPh><phoneticPr fontId="1"/></si>`,
  // 1: runs (rich text), one with a phonetic guide inside the string
  `<si><r><rPr><b/></rPr><t>補助</t></r><r><t xml:space="preserve">対象 </t></r><rPh sb="0" eb="2"><t>ホジョ</t></rPh></si>`,
  // 2: escapes: entity, _x000D_ (CR) as Excel writes it
  `<si><t>A&amp;B_x000D_
C</t></si>`,
  // 3: empty text
  `<si><t/></si>`,
];

const SHEET = sheetXml(
  [
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>1234567</v></c><c r="C1" s="1"><v>45383</v></c><c r="D1" s="4"><v>45383.5</v></c></row>`,
    `<row r="2" hidden="1"><c r="A2" t="s"><v>1</v></c><c r="B2" s="2"><f>B1*2</f><v>2469134</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">B1+1</f><v>1234568</v></c><c r="D2" t="str"><f>"文字"&amp;"列"</f><v>文字列</v></c></row>`,
    `<row r="3"><c r="A3" t="s"><v>2</v></c><c r="C3"><f t="shared" si="0"/><v>2469135</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3" t="b"><v>1</v></c></row>`,
    `<row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4"><f>SUM(B1:B2)</f></c><c r="C4"><f t="shared" si="0"/><v>0</v></c><c r="D4" t="inlineStr"><is><t>インライン</t></is></c><c r="E4" s="3"><v>500000</v></c></row>`,
    `<row r="5"><c r="A5" t="s"><v>0</v></c><c r="B5" t="s"><v>1</v></c><c r="C5" s="5"><v>12</v></c><c r="D5" s="2"/></row>`,
    `<row r="7"><c r="B7"><v>1</v></c><c r="C7"><v>2</v></c></row>`,
  ].join(""),
).replace("<sheetData>", `<cols><col min="3" max="3" width="9" hidden="1" customWidth="1"/><col min="6" max="9" width="9" hidden="1"/></cols><sheetData>`)
  .replace("</sheetData>", `</sheetData><mergeCells count="2"><mergeCell ref="A5:B5"/><mergeCell ref="B7:C8"/></mergeCells>`);

function excelLikePackage(workbookPr = ""): Buffer {
  const entries = book({ sheets: [{ name: "別紙2 経費内訳", xml: SHEET }], sharedStrings: null });
  const withPr = entries.map((e) => (e.name === "xl/workbook.xml" ? { ...e, data: Buffer.from(e.data.toString("utf8").replace("<sheets>", `${workbookPr}<sheets>`)) } : e));
  return zip([
    ...withPr,
    { name: "xl/styles.xml", data: Buffer.from(STYLES) },
    { name: "xl/sharedStrings.xml", data: Buffer.from(`<?xml version="1.0"?><sst xmlns="${MAIN}" count="${SHARED.length}" uniqueCount="${SHARED.length}">${SHARED.join("")}</sst>`) },
  ]);
}

describe("sheetXml on a package as Excel writes it", () => {
  it("gives exceljs's grid", async () => {
    const buffer = excelLikePackage();
    expect(await leanGrids(buffer)).toEqual(await exceljsGrids(buffer));
  });

  it("in the 1904 date system, too", async () => {
    const buffer = excelLikePackage(`<workbookPr date1904="1"/>`);
    const grids = await leanGrids(buffer);
    expect(grids).toEqual(await exceljsGrids(buffer));
    expect(grids.sheets[0].values[0][2]).toBe("2028-04-02");
  });

  it("reads values, formats, merges, hidden rows and columns and formulas saved as 0", async () => {
    const sheet = (await leanGrids(excelLikePackage())).sheets[0];
    expect(sheet.name).toBe("別紙2 経費内訳");
    expect(sheet.values[0]).toEqual(["経費内訳", 1234567, "2024-04-01", "2024-04-01T12:00:00.000Z"]);
    expect(sheet.values[1]).toEqual(["補助対象 ", 2469134, 1234568, "文字列"]);
    expect(sheet.values[2]).toEqual(["A&B\r\nC", undefined, 2469135, { error: "#DIV/0!" }, true]);
    // B4: a formula without a saved result and C4's formula saved as 0 read as blank (SHEET-CELL-02 sees them).
    expect(sheet.values[3]).toEqual(["", undefined, undefined, "インライン", 500000]);
    // B5 lies under the merge A5:B5: only A5 is read; C7 under B7:C8 likewise.
    expect(sheet.values[4]).toEqual(["経費内訳", undefined, 12]);
    expect(sheet.values[6]).toEqual([undefined, 1]);
    expect(sheet.numberFormats?.[0]).toEqual(["General", "#,##0", "yyyy/m/d;@", "mm-dd-yy"]);
    expect(sheet.numberFormats?.[3]?.[4]).toBe('"¥"#,##0');
    expect(sheet.numberFormats?.[4]?.[2]).toBe("@");
    expect(sheet.merges).toEqual([
      { top: 4, left: 0, bottom: 4, right: 1 },
      { top: 6, left: 1, bottom: 7, right: 2 },
    ]);
    expect(sheet.hiddenRows).toEqual([1]);
    expect(sheet.hiddenCols).toEqual([2]);
    expect(sheet.zeroFormulas).toEqual([
      { row: 3, col: 1 },
      { row: 3, col: 2 },
    ]);
  });

  it("reads Excel's built-in Japanese date formats as dates (exceljs leaves them as serial numbers)", async () => {
    const styles = STYLES.replace('<xf numFmtId="49" fontId="0"/>', '<xf numFmtId="31" fontId="0"/>');
    const buffer = zip([
      ...book({ sheets: [{ name: "指標", xml: sheetXml(`<row r="1"><c r="A1" s="5"><v>45383</v></c></row>`) }] }),
      { name: "xl/styles.xml", data: Buffer.from(styles) },
    ]);
    expect((await leanGrids(buffer)).sheets[0].values[0][0]).toBe("2024-04-01");
    expect((await leanGrids(buffer)).sheets[0].numberFormats?.[0][0]).toBe('yyyy"年"m"月"d"日"');
    expect(((await exceljsGrids(buffer)) as WorkbookGrid).sheets[0].values[0][0]).toBe(45383);
  });

  it("reads SpreadsheetML written with a namespace prefix (x:row, x:c), which exceljs sees as empty", async () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>経費</x:t></x:is></x:c><x:c r="C2"><x:v>42</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const buffer = zip(book({ sheets: [{ name: "S", xml }] }));
    const sheet = (await leanGrids(buffer)).sheets[0];
    expect([sheet.rowOffset, sheet.colOffset, sheet.values]).toEqual([1, 1, [["経費", 42]]]);
  });

  it.each([
    ["2024-04-01", "2024-04-01"],
    ["2024-04-01T00:00:00", "2024-04-01"],
    ["2024-04-01T09:30:00Z", "2024-04-01T09:30:00.000Z"],
    ["令和6年4月1日", "令和6年4月1日"],
  ])("reads an ISO date cell (t=\"d\") %s as %j (exceljs read 2024-04-01 as the number 2024)", async (text, expected) => {
    const buffer = zip(book({ sheets: [{ name: "指標", xml: sheetXml(`<row r="1"><c r="A1" t="d"><v>${text}</v></c></row>`) }] }));
    expect((await leanGrids(buffer)).sheets[0].values[0][0]).toBe(expected);
  });

  it("a malformed sheet is a message naming the file, not a throw", async () => {
    const buffer = zip(book({ sheets: [{ name: "S", xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row><row>`) }] }));
    const read = await readWorkbookBuffer(buffer, "壊れた.xlsx");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/^壊れた\.xlsx を読めません。.*XML として読めません/);
  });

  it("a cell past XFD1048576 is refused with the sheet's name", async () => {
    const buffer = zip(book({ sheets: [{ name: "広すぎ", xml: sheetXml(`<row r="1048577"><c r="A1048577"><v>1</v></c></row>`) }] }));
    const read = await readWorkbookBuffer(buffer);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/シート「広すぎ」に Excel のシートの範囲/);
  });
});

describe("sheetXml pieces", () => {
  it("shared strings: furigana left out, runs joined, empty <si/> is no value", () => {
    expect(readSharedStrings(`<sst>${SHARED.join("")}<si/></sst>`)).toEqual(["経費内訳", "補助対象 ", "A&B\r\nC", "", null]);
  });

  it.each([
    ["yyyy/m/d", true],
    ["[$-411]ggge\"年\"m\"月\"d\"日\"", true],
    ["h:mm", true],
    ['#,##0"円"', false],
    ['"年度"0', false],
    ["[Red]#,##0", false],
    ["General", false],
    [undefined, false],
  ] as const)("isDateFormat(%s) = %s", (format, date) => expect(isDateFormat(format)).toBe(date));

  it("serial numbers as ISO dates in both date systems", () => {
    expect(serialToIso(45383, false)).toBe("2024-04-01");
    expect(serialToIso(61, false)).toBe("1900-03-01");
    expect(serialToIso(0, true)).toBe("1904-01-01");
    expect(serialToIso(45383.25, false)).toBe("2024-04-01T06:00:00.000Z");
  });

  it("the package check hands over the parts it inflated, in the workbook's sheet order", () => {
    const buffer = zip(book({ sheets: [{ name: "B", xml: sheetXml("") }, { name: "A", xml: sheetXml("") }] }));
    const checked = checkXlsxPackage(buffer, "x");
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const read = readSheets(checked.parts);
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toEqual(["B", "A"]);
  });
});
