/** Terminal safety of untrusted text (issue 11): escapes, caps, and --json's exactness is JSON's own. */
import fc from "fast-check";
import { ECHO_LIMIT, escapeControls, terminalText } from "../../src/cli/terminalText";
import { scanSheet } from "../../src/cli/xlsxPackage";

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("escapeControls / terminalText", () => {
  it.each([
    ["\u001b[2J\u001b[32mエラー 0 件", "\\x1B[2J\\x1B[32mエラー 0 件"],
    ["行1\n結果: エラー 0 件\r", "行1\\n結果: エラー 0 件\\r"],
    ["a\tb\u0000c\u007f\u009b", "a\\tb\\x00c\\x7F\\x9B"],
    ["別紙\u202Egpj.exe\u2066x\u2069", "別紙\\u202Egpj.exe\\u2066x\\u2069"],
    ["\u2028\u2029\u200e\u200f\u061c", "\\u2028\\u2029\\u200E\\u200F\\u061C"],
    ["全角　１２３ ✖ ⚠ 𠮷野家", "全角　１２３ ✖ ⚠ 𠮷野家"],
  ])("%j → %j", (input, expected) => {
    expect(escapeControls(input)).toBe(expected);
    expect(terminalText(input)).toBe(expected);
  });

  it("caps at ECHO_LIMIT code points (surrogate pairs kept whole) and says how long the text was", () => {
    expect(terminalText("あ".repeat(ECHO_LIMIT))).toBe("あ".repeat(ECHO_LIMIT));
    expect(terminalText("あ".repeat(ECHO_LIMIT + 1))).toBe(`${"あ".repeat(ECHO_LIMIT)}…（全 201 文字）`);
    expect(terminalText("𠮷".repeat(300), 3)).toBe("𠮷𠮷𠮷…（全 600 文字）");
  });

  it("caps a 10 MB cell quickly", () => {
    const big = "\u001b".repeat(10 * 1024 * 1024);
    const started = Date.now();
    const out = terminalText(big);
    expect(Date.now() - started).toBeLessThan(500);
    expect(out.startsWith("\\x1B".repeat(ECHO_LIMIT))).toBe(true);
  });

  it("property: the output never holds a control or bidi character and stays bounded", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        const out = terminalText(s);
        expect(UNSAFE.test(out)).toBe(false);
        expect(out.length).toBeLessThanOrEqual(ECHO_LIMIT * 6 + 30);
      }),
      { numRuns: 500 },
    );
  });
});

describe("scanSheet", () => {
  it.each([
    ['<row r="1"><c r="A1"><v>1</v></c><c r="C1"/></row>', { cells: 2, rows: 1, spannedCells: 3 }],
    ["<row><c><v>1</v></c><c><v>2</v></c></row><row/>", { cells: 2, rows: 2, spannedCells: 2 }],
    ['<x:row r="1"><x:c r="XFD1" t="s"><x:v>0</x:v></x:c></x:row>', { cells: 1, rows: 1, spannedCells: 16_384 }],
    ['<cols><col min="1" max="5"/></cols><row r="2"><c r="$B$2"/></row>', { cells: 1, rows: 1, spannedCells: 2 }],
  ])("%s", (xml, expected) => {
    expect(scanSheet(xml)).toEqual(expected);
  });
});
