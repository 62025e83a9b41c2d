/** @jest-environment jsdom */
/**
 * The demo page's editable workbook (src/demo): what an entry means (parseEntry / editText), the
 * keyboard of the in-cell editor — IME composition never commits — and the demo's language choice.
 */
import fc from "fast-check";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { editText, parseEntry } from "../../src/demo/cellEntry";
import { initialLang } from "../../src/demo/DemoPage";
import { DemoWorkbook } from "../../src/demo/DemoWorkbook";
import { MemoryWorkbookPort } from "../../src/excel/memoryWorkbookPort";

afterEach(cleanup);

/** Full-width form of ASCII digits and signs, as a Japanese IME types them. */
const fullWidth = (s: string): string => s.replace(/[0-9,.%+-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("parseEntry: an entry read the way Excel reads it", () => {
  it.each<[string, ReturnType<typeof parseEntry>]>([
    ["", null],
    ["   ", null],
    ["123", 123],
    ["-5", -5],
    ["1.5", 1.5],
    [".5", 0.5],
    ["1,200,000", 1200000],
    ["１２３", 123],
    ["３０，０００，０００", 30000000],
    ["12%", 0.12],
    ["５０％", 0.5],
    ["TRUE", true],
    ["false", false],
    ["1,2", "1,2"],
    ["1E5", 100000],
    ["1.", 1],
    ["12abc", "12abc"],
    ["新設", "新設"],
    [" 新設", " 新設"],
    ["=SUM(A1)", "=SUM(A1)"],
  ])("%p → %p", (text, expected) => expect(parseEntry(text)).toEqual(expected));

  it("any integer, typed plain, with thousands separators or in full-width digits, is that number", () =>
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const grouped = n.toLocaleString("en-US");
        return parseEntry(String(n)) === n && parseEntry(grouped) === n && parseEntry(fullWidth(grouped)) === n;
      }),
    ));

  it("what the editor shows (F2) reads back as the same value", () =>
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.boolean(), fc.string()), (v) => {
        const back = parseEntry(editText({ value: v }));
        if (typeof v === "string") return v.trim() === "" ? back === null || back === v : back === v || typeof back !== "string";
        return typeof v === "number" ? back === Number(v.toPrecision(15)) || (v === 0 && back === 0) : back === v;
      }),
    ));

  it("a percent cell is edited as a percentage; a formula as its formula", () => {
    expect(editText({ value: 0.08, numberFormat: "0%" })).toBe("8%");
    expect(parseEntry(editText({ value: 0.125, numberFormat: "0.0%" }))).toBe(0.125);
    expect(editText({ value: 3, formula: "=1+2" })).toBe("=1+2");
    expect(editText({ value: { error: "#REF!" } })).toBe("#REF!");
    expect(editText(undefined)).toBe("");
  });
});

describe("the demo workbook's in-cell editor", () => {
  function mount() {
    const port = new MemoryWorkbookPort({
      initial: { sheets: [{ name: "S", values: [["区分", 100], ["新設", null]], rowOffset: 0, colOffset: 0 }] },
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <DemoWorkbook port={port} />
      </FluentProvider>,
    );
    const editor = screen.getByTestId("cell-editor") as HTMLInputElement;
    const cell = (a: string) => port.snapshot().sheets[0].cells[a]?.value ?? null;
    const selected = () => document.querySelector("td[data-selected]")!.getAttribute("data-addr");
    const td = (a: string) => document.querySelector(`td[data-addr="${a}"]`)!;
    return { port, editor, cell, selected, td };
  }

  it("Enter while an IME composes (isComposing or key code 229) never commits; the Enter after it does", () => {
    const { editor, cell, selected, td } = mount();
    fireEvent.mouseDown(td("B2"));
    expect(selected()).toBe("B2");
    fireEvent.change(editor, { target: { value: "しんせつ" } });
    expect(editor.getAttribute("data-editing")).toBe("enter");
    fireEvent.keyDown(editor, { key: "Enter", isComposing: true });
    fireEvent.keyDown(editor, { key: "Enter", keyCode: 229 });
    expect([cell("B2"), selected(), editor.getAttribute("data-editing")]).toEqual([null, "B2", "enter"]);
    fireEvent.change(editor, { target: { value: "１２０" } });
    fireEvent.keyDown(editor, { key: "Enter" });
    expect([cell("B2"), selected(), editor.getAttribute("data-editing")]).toEqual([120, "B3", null]);
  });

  it("arrows move; F2 edits the cell's text and Escape cancels; Tab commits and moves right; Delete clears", () => {
    const { editor, cell, selected } = mount();
    expect(selected()).toBe("A1");
    fireEvent.keyDown(editor, { key: "ArrowRight" });
    expect(selected()).toBe("B1");
    fireEvent.keyDown(editor, { key: "F2" });
    expect([editor.getAttribute("data-editing"), editor.value]).toEqual(["edit", "100"]);
    fireEvent.change(editor, { target: { value: "999" } });
    fireEvent.keyDown(editor, { key: "Escape" });
    expect([cell("B1"), editor.getAttribute("data-editing")]).toEqual([100, null]);
    fireEvent.keyDown(editor, { key: "ArrowLeft" });
    fireEvent.keyDown(editor, { key: "Enter" });
    fireEvent.change(editor, { target: { value: "区分（変更）" } });
    fireEvent.keyDown(editor, { key: "ArrowLeft" }); // an F2/Enter entry: the caret moves, the selection stays
    expect(selected()).toBe("A1");
    fireEvent.keyDown(editor, { key: "Tab" });
    expect([cell("A1"), selected()]).toEqual(["区分（変更）", "B1"]);
    fireEvent.keyDown(editor, { key: "Delete" });
    expect(cell("B1")).toBeNull();
    fireEvent.keyDown(editor, { key: "ArrowUp" });
    expect(selected()).toBe("B1");
  });

  it("an entry started by typing: arrows commit and move; an unchanged F2 entry writes nothing", () => {
    const { port, editor, cell, selected } = mount();
    fireEvent.keyDown(editor, { key: "ArrowDown" });
    fireEvent.change(editor, { target: { value: "改修" } });
    fireEvent.keyDown(editor, { key: "ArrowRight" });
    expect([cell("A2"), selected()]).toEqual(["改修", "B2"]);
    const edits = jest.spyOn(port, "editCell");
    fireEvent.keyDown(editor, { key: "ArrowUp" });
    fireEvent.keyDown(editor, { key: "F2" });
    fireEvent.keyDown(editor, { key: "Enter" });
    expect(edits).not.toHaveBeenCalled();
    expect([cell("B1"), selected()]).toEqual([100, "B2"]);
  });

  it("double-click edits the cell in place; leaving the editor (blur) commits", () => {
    const { editor, cell, td } = mount();
    fireEvent.mouseDown(td("A2"));
    fireEvent.doubleClick(td("A2"));
    expect([editor.getAttribute("data-editing"), editor.value]).toEqual(["edit", "新設"]);
    fireEvent.change(editor, { target: { value: "移設" } });
    fireEvent.blur(editor);
    expect(cell("A2")).toBe("移設");
  });
});

describe("the demo's language (a stand-in for Office's display language)", () => {
  it.each<[string, string | null, string, "ja" | "en"]>([
    ["?lang=en", "ja", "ja-JP", "en"],
    ["?lang=ja", "en", "en-US", "ja"],
    ["?lang=fr", "ja", "en-US", "ja"],
    ["", null, "en-US", "en"],
    ["", null, "ja-JP", "ja"],
    ["", "garbage", "ja", "ja"],
  ])("search %p, stored %p, browser %p → %p", (search, stored, browser, expected) => expect(initialLang(search, stored, browser)).toBe(expected));
});
