/** @jest-environment jsdom */
/**
 * The taskpane App against MemoryWorkbookPort (jsdom): validation → findings, selection, the
 * confirm-before-overwrite dialog, 元に戻す, 消去 keeping the user's fills, checklist ticks in the workbook.
 */
import { displayFindingMessage } from "../../src/rules/messages/findingMessages";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_EXAMPLE, exampleById } from "../../src/demo/examples";
import { exampleById as exampleOf } from "../../src/examples";
import { MemoryWorkbookPort, memoryStorage, stateFromGrid, type MemoryWorkbookState, type StorageLike } from "../../src/excel/memoryWorkbookPort";
import { MARK_FILLS } from "../../src/excel/workbookPort";
import type { WorkbookGrid } from "../../src/rules/sheets/types";
import { App, type TabId } from "../../src/taskpane/App";
import { locateFacts } from "../../src/taskpane/state/facts";
import { PROGRAM_FACTS } from "../../src/taskpane/state/programs";
import { checklistFor, programTemplates } from "../../src/taskpane/programContent";
import { runValidation } from "../../src/taskpane/rulesApi";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size for reflow.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const faulty = (): WorkbookGrid => exampleById(DEFAULT_EXAMPLE)!.build();

function mount(port: MemoryWorkbookPort, initialTab: TabId = "validate", lang: "ja" | "en" = "ja") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} lang={lang} initialTab={initialTab} />
    </FluentProvider>,
  );
}

async function validate() {
  fireEvent.click(await screen.findByRole("button", { name: /検証する|再検証/ }));
  return screen.findByTestId("findings");
}

afterEach(cleanup);
// Fluent components in jsdom are slow on a loaded machine: give each test room instead of flaking.
jest.setTimeout(90_000);

describe("taskpane App", () => {
  it("validating the faulty example lists its errors by sheet, as the message catalogue words them, and the status badge counts them", async () => {
    const port = new MemoryWorkbookPort({ initial: faulty() });
    mount(port);
    const list = await validate();
    const expected = runValidation(await port.readWorkbook(), "dc-zero", "");
    const errors = expected.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) {
      const shown = displayFindingMessage(f.ruleId, f.message, "ja");
      expect(within(list).getAllByText(shown.text, { exact: false }).length).toBeGreaterThan(0);
    }
    expect(screen.getByTestId("status").textContent).toContain(`エラー ${errors.length}`);
  });

  it("in English the summary card labels are English; in Japanese the official terms", async () => {
    const expected = runValidation(await new MemoryWorkbookPort({ initial: faulty() }).readWorkbook(), "dc-zero", "").summary;
    expect(expected.length).toBeGreaterThan(0);
    mount(new MemoryWorkbookPort({ initial: faulty() }), "validate", "en");
    fireEvent.click(await screen.findByRole("button", { name: /Check workbook|Check again/ }));
    const card = await screen.findByTestId("summary");
    for (const f of expected) expect(within(card).getByText(f.labelEn)).toBeTruthy();
    expect(within(card).queryByText("補助対象経費")).toBeNull();
    cleanup();
    mount(new MemoryWorkbookPort({ initial: faulty() }));
    await validate();
    const ja = await screen.findByTestId("summary");
    for (const f of expected) expect(within(ja).getByText(f.label)).toBeTruthy();
  });

  it("the charts show eligible cost by 区分 and eligible cost with the subsidy by 年度, amounts in their labels", async () => {
    mount(new MemoryWorkbookPort({ initial: exampleOf("dc-new-clean").workbook }));
    fireEvent.click(await screen.findByRole("button", { name: /検証する|再検証/ }));
    const byCategory = await screen.findByTestId("cost-chart");
    expect(within(byCategory).getByRole("img").getAttribute("aria-label")).toContain("設備費");
    const byYear = await screen.findByTestId("year-chart");
    const label = within(byYear).getByRole("img").getAttribute("aria-label") ?? "";
    expect(label).toContain("2024年度");
    expect(label).toContain("98,000,000");
    expect(label).toContain("47,650,000");
  });

  it("DC-DOC-04: a workbook saved as CSV is told the forms must stay an Excel file; an .xlsx is not", async () => {
    const csv = new MemoryWorkbookPort({ initial: exampleOf("dc-new-clean").workbook, fileName: "申請書.csv" });
    mount(csv);
    fireEvent.click(await screen.findByRole("button", { name: /検証する|再検証/ }));
    expect(await screen.findByText(/Excel 形式ではありません/)).toBeTruthy();
    cleanup();
    const xlsx = new MemoryWorkbookPort({ initial: exampleOf("dc-new-clean").workbook, fileName: "申請書.xlsx" });
    expect(runValidation(await xlsx.readWorkbook(), "dc-zero", "", xlsx.fileName()).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("every planted mistake of the faulty example is listed at its cell with its rule id", async () => {
    const planted = exampleOf("dc-new-mistakes").planted;
    expect(planted.length).toBeGreaterThan(0);
    mount(new MemoryWorkbookPort({ initial: faulty() }));
    const list = await validate();
    for (const p of planted) {
      const buttons = [...list.querySelectorAll(`button[data-cell="${p.sheet}!${p.cell}"]`)];
      expect(buttons.some((b) => b.textContent?.includes(p.ruleId))).toBe(true);
    }
  });

  it("a GX 電力調達計画 workbook switches the program to GX地域共創 and lists its planted mistakes", async () => {
    const gx = exampleOf("gx-dc-mistakes");
    mount(new MemoryWorkbookPort({ initial: exampleById("gx-dc-mistakes")!.build() }));
    await waitFor(() => expect((screen.getByRole("combobox", { name: "事業" }) as HTMLSelectElement).value).toBe("gx-regional"));
    const list = await validate();
    for (const p of gx.planted.filter((x) => x.cell)) {
      const buttons = [...list.querySelectorAll(`button[data-cell="${p.sheet}!${p.cell}"]`)];
      expect(buttons.some((b) => b.textContent?.includes(p.ruleId))).toBe(true);
    }
    expect(screen.getByRole("combobox", { name: "投資類型" })).toBeTruthy();
  });

  it("clicking a finding selects its cell in the workbook", async () => {
    const port = new MemoryWorkbookPort({ initial: faulty() });
    mount(port);
    const list = await validate();
    const button = within(list)
      .getAllByRole("button")
      .find((b) => /!/.test(b.getAttribute("data-cell") ?? ""))!;
    const [sheet, cell] = button.getAttribute("data-cell")!.split("!");
    fireEvent.click(button);
    await waitFor(() => expect(port.snapshot().selection).toEqual({ sheet, cell }));
    expect(port.snapshot().activeSheet).toBe(sheet);
  });

  it("writing a fact over a non-empty cell asks first: cancel writes nothing, confirm writes, 元に戻す restores", async () => {
    const port = new MemoryWorkbookPort({ initial: faulty() });
    const fields = PROGRAM_FACTS["dc-zero"].fields;
    const target = locateFacts(await port.readWorkbook(), fields, "dc-zero").get("PUE")!;
    expect(target.current).not.toBeNull();
    const before = (await port.readCells([target]))[0];
    mount(port, "facts");

    const input = await screen.findByRole("textbox", { name: /PUE/ });
    await waitFor(() => expect((input as HTMLInputElement).value).not.toBe(""));
    const next = target.current === 1.4 ? 1.5 : 1.4;
    fireEvent.change(input, { target: { value: String(next) } });
    fireEvent.click(screen.getByRole("button", { name: "シートに書き込む" }));

    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText("上書きしますか？")).toBeTruthy();
    expect(within(dialog).getByText(`${target.sheet}!${target.cell}`)).toBeTruthy();
    // hidden: in jsdom, after earlier tests, Fluent's modalizer (tabster, one per window) may leave the
    // surface aria-hidden; the real browser run (test/e2e) checks the dialog's accessibility.
    fireEvent.click(within(dialog).getByRole("button", { name: "キャンセル", hidden: true }));
    await waitFor(() => expect(document.querySelector('[role="alertdialog"]')).toBeNull());
    expect((await port.readCells([target]))[0].value).toEqual(before.value);
    expect(await port.loadData("undo")).toBeNull();

    const write = screen.getByRole("button", { name: "シートに書き込む" }) as HTMLButtonElement;
    await waitFor(() => expect(write.disabled).toBe(false));
    fireEvent.click(write);
    fireEvent.click(await within(await screen.findByRole("alertdialog", { hidden: true })).findByRole("button", { name: "上書きする", hidden: true }));
    await waitFor(async () => expect((await port.readCells([target]))[0].value).toBe(next));

    fireEvent.click(screen.getByRole("tab", { name: "元に戻す" }));
    const undo = (await screen.findByRole("button", { name: "元に戻す" })) as HTMLButtonElement;
    await waitFor(() => expect(undo.disabled).toBe(false));
    fireEvent.click(undo);
    await waitFor(async () => expect((await port.readCells([target]))[0]).toEqual(before));
    expect(await port.loadData("undo")).toEqual({ batches: [] });
  });

  it("invalid form input shows the field's message and writes nothing", async () => {
    const port = new MemoryWorkbookPort({ initial: faulty() });
    const wb = await port.readWorkbook();
    mount(port, "facts");
    await screen.findAllByText(/書込先/);
    fireEvent.change(await screen.findByRole("textbox", { name: /補助対象経費/ }), { target: { value: "たくさん" } });
    fireEvent.click(screen.getByRole("button", { name: "シートに書き込む" }));
    expect(await screen.findByText("補助対象経費は数値で入力してください（例: 1,200,000）。")).toBeTruthy();
    expect(await port.readWorkbook()).toEqual(wb);
  });

  it("マークを付ける fills and annotates the findings' cells; 消去 removes only those marks and gives the user's fills back", async () => {
    const grid = faulty();
    const report = runValidation(grid, "dc-zero", "");
    const marked = report.findings.find((f) => f.severity === "error" && f.cell)!;
    const state: MemoryWorkbookState = stateFromGrid(grid);
    const sheet = state.sheets.find((s) => s.name === marked.sheet)!;
    sheet.cells[marked.cell] = { ...(sheet.cells[marked.cell] ?? { value: null }), fill: "#00B050" };
    sheet.cells["Z99"] = { value: "user", fill: "#0070C0" };
    const port = new MemoryWorkbookPort({ initial: state });
    mount(port);
    await validate();

    fireEvent.click(screen.getByRole("button", { name: "マークを付ける" }));
    await waitFor(() => expect(port.snapshot().sheets.find((s) => s.name === marked.sheet)!.cells[marked.cell].fill).toBe(MARK_FILLS.error));
    const cell = port.snapshot().sheets.find((s) => s.name === marked.sheet)!.cells[marked.cell];
    expect(cell.note).toContain(marked.ruleId);

    const clear = screen.getByRole("button", { name: "消去" }) as HTMLButtonElement;
    await waitFor(() => expect(clear.disabled).toBe(false));
    fireEvent.click(clear);
    await waitFor(() => expect(port.snapshot().sheets.find((s) => s.name === marked.sheet)!.cells[marked.cell].fill).toBe("#00B050"));
    const after = port.snapshot().sheets.find((s) => s.name === marked.sheet)!;
    expect(after.cells[marked.cell].note ?? null).toBeNull();
    expect(after.cells["Z99"].fill).toBe("#0070C0");
    const stillFilled = port.snapshot().sheets.flatMap((s) => Object.values(s.cells)).filter((c) => Object.values(MARK_FILLS).includes(c.fill ?? ""));
    expect(stillFilled).toEqual([]);
  });

  it("issue 10 never silent: re-validation takes the marks of fixed findings away (no stale red fill or note is saved), keeps the others", async () => {
    const port = new MemoryWorkbookPort({ initial: faulty() });
    const sheetName = "別紙2 経費内訳";
    const cellOf = (a1: string) => port.snapshot().sheets.find((x) => x.name === sheetName)!.cells[a1];
    mount(port);
    await validate();
    fireEvent.click(screen.getByRole("button", { name: "マークを付ける" }));
    await waitFor(() => expect(cellOf("I11").fill).toBe(MARK_FILLS.error));
    const otherMarked = port.snapshot().sheets.flatMap((x) => Object.entries(x.cells).filter(([a, c]) => c.fill && Object.values(MARK_FILLS).includes(c.fill) && !(x.name === sheetName && a === "I11")));
    expect(otherMarked.length).toBeGreaterThan(0);

    // The user fixes I11 (DC-EXP-01: the eligible cost may not exceed the amount in H11), then re-validates.
    port.editCell({ sheet: sheetName, cell: "I11" }, cellOf("H11").value);
    await validate();
    await waitFor(() => expect(cellOf("I11").fill ?? null).toBeNull());
    expect(cellOf("I11").note ?? null).toBeNull();
    expect(await screen.findByText(/マークを検証結果に合わせました: 解消した 1 セル/)).toBeTruthy();
    const stillMarked = port.snapshot().sheets.flatMap((x) => Object.values(x.cells).filter((c) => c.fill && Object.values(MARK_FILLS).includes(c.fill)));
    expect(stillMarked.length).toBe(otherMarked.length);
  });

  it("checklist items the validation proves are decided automatically: ✗ where a rule of the item has an error", async () => {
    const port = new MemoryWorkbookPort({ initial: faulty() });
    const report = runValidation(await port.readWorkbook(), "dc-zero", "");
    const items = checklistFor("dc-zero", "新設");
    const failing = items.filter((i) => i.autoRuleIds.length > 0 && i.autoRuleIds.every((id) => report.checksRun.includes(id)) && report.findings.some((f) => f.severity === "error" && i.autoRuleIds.includes(f.ruleId)));
    expect(failing.length).toBeGreaterThan(0);
    const { container } = mount(port, "checklist");
    await waitFor(() => expect(container.querySelectorAll('[data-status="auto-fail"]').length).toBe(failing.length));
    for (const i of failing) expect(container.querySelector(`[data-item="${i.id}"]`)!.getAttribute("data-status")).toBe("auto-fail");
  });

  it("a manual checklist tick is saved in the workbook and seen by a new port on the same storage", async () => {
    const storage: StorageLike = memoryStorage();
    const port = new MemoryWorkbookPort({ initial: faulty(), storage });
    const view = mount(port, "checklist");
    const box = (await screen.findAllByRole("checkbox"))[0] as HTMLInputElement;
    // The item by id: which items are manual can change once the opening validation is done.
    const id = box.getAttribute("data-item")!;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(async () => expect((await port.loadData("checklist")) as object).toEqual({ [id]: true }));
    view.unmount();

    const reopened = new MemoryWorkbookPort({ initial: faulty(), storage });
    mount(reopened, "checklist");
    await waitFor(() => expect((document.querySelector(`input[data-item="${id}"]`) as HTMLInputElement | null)?.checked).toBe(true));
  });

  it("シートを用意 adds the program's missing template sheets and leaves the existing sheet alone", async () => {
    const user: WorkbookGrid = { sheets: [{ name: "メモ", values: [["自分のメモ", 1]], rowOffset: 0, colOffset: 0 }] };
    const port = new MemoryWorkbookPort({ initial: user });
    mount(port, "prepare");
    const expected = programTemplates("dc-zero").map((t) => t.sheetName);
    expect(expected.length).toBeGreaterThan(0);
    const add = (await screen.findByRole("button", { name: "ないシートを追加" })) as HTMLButtonElement;
    await waitFor(() => expect(add.disabled).toBe(false));
    fireEvent.click(add);
    await waitFor(async () => expect(await port.listSheets()).toEqual(["メモ", ...expected]));
    expect(await port.readSheet("メモ")).toEqual({ ...user.sheets[0], numberFormats: [["General", "General"]] });
    await waitFor(() => expect(add.disabled).toBe(true));
  });

  it("the tab row shows short labels, each tab keeping its full name as its accessible name", async () => {
    mount(new MemoryWorkbookPort({ initial: faulty() }));
    const expected: [string, string][] = [
      ["シートを用意", "シート"],
      ["入力", "入力"],
      ["検証", "検証"],
      ["元に戻す", "元に戻す"],
      ["チェックリスト", "チェック"],
    ];
    for (const [full, short] of expected) expect(screen.getByRole("tab", { name: full }).textContent).toContain(short);
    fireEvent.click(screen.getByRole("tab", { name: "チェックリスト" }));
    expect((await screen.findByRole("tabpanel")).getAttribute("aria-label")).toBe("チェックリスト");
  });

  it("元に戻す after シートを用意 deletes the added sheets; if the user typed into one it asks first (cancel keeps everything)", async () => {
    const user: WorkbookGrid = { sheets: [{ name: "メモ", values: [["自分のメモ", 1]], rowOffset: 0, colOffset: 0 }] };
    const port = new MemoryWorkbookPort({ initial: user });
    mount(port, "prepare");
    const added = programTemplates("dc-zero").map((t) => t.sheetName);
    const add = (await screen.findByRole("button", { name: "ないシートを追加" })) as HTMLButtonElement;
    await waitFor(() => expect(add.disabled).toBe(false));
    fireEvent.click(add);
    await waitFor(async () => expect(await port.listSheets()).toEqual(["メモ", ...added]));
    expect(((await port.loadData("undo")) as { batches: { sheets: { sheet: string }[] }[] }).batches[0].sheets.map((x) => x.sheet)).toEqual(added);

    // The user types into the first added sheet (as in Excel, not through the add-in).
    port.editCell({ sheet: added[0], cell: "Z50" }, "ユーザーの入力");
    fireEvent.click(screen.getByRole("tab", { name: "元に戻す" }));
    const undo = (await screen.findByRole("button", { name: "元に戻す" })) as HTMLButtonElement;
    await waitFor(() => expect(undo.disabled).toBe(false));
    fireEvent.click(undo);
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(within(dialog).getByText("シートを削除しますか？")).toBeTruthy();
    expect(within(dialog).getByText(`${added[0]}!Z50`)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "キャンセル", hidden: true }));
    await waitFor(() => expect(document.querySelector('[role="alertdialog"]')).toBeNull());
    await waitFor(() => expect(undo.disabled).toBe(false));
    expect(await port.listSheets()).toEqual(["メモ", ...added]);
    expect(((await port.loadData("undo")) as { batches: unknown[] }).batches).toHaveLength(1);

    fireEvent.click(undo);
    fireEvent.click(await within(await screen.findByRole("alertdialog", { hidden: true })).findByRole("button", { name: "シートを削除", hidden: true }));
    await waitFor(async () => expect(await port.listSheets()).toEqual(["メモ"]));
    expect(await port.readSheet("メモ")).toEqual({ ...user.sheets[0], numberFormats: [["General", "General"]] });
    expect(await port.loadData("undo")).toEqual({ batches: [] });
  });

  it("元に戻す of an untouched added sheet deletes it without asking", async () => {
    const port = new MemoryWorkbookPort({ initial: { sheets: [{ name: "メモ", values: [["x"]], rowOffset: 0, colOffset: 0 }] } });
    mount(port, "prepare");
    const add = (await screen.findByRole("button", { name: "ないシートを追加" })) as HTMLButtonElement;
    await waitFor(() => expect(add.disabled).toBe(false));
    fireEvent.click(add);
    await waitFor(async () => expect((await port.listSheets()).length).toBeGreaterThan(1));
    fireEvent.click(screen.getByRole("tab", { name: "元に戻す" }));
    const undo = (await screen.findByRole("button", { name: "元に戻す" })) as HTMLButtonElement;
    await waitFor(() => expect(undo.disabled).toBe(false));
    fireEvent.click(undo);
    await waitFor(async () => expect(await port.listSheets()).toEqual(["メモ"]));
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
    expect(await screen.findByText(/追加したシートを削除しました/)).toBeTruthy();
  });

  it("shows English when Office's display language is not Japanese", async () => {
    const port = new MemoryWorkbookPort({ initial: faulty(), language: "en-US" });
    await act(async () => {
      render(
        <FluentProvider theme={webLightTheme}>
          <App port={port} />
        </FluentProvider>,
      );
    });
    expect(await screen.findByRole("button", { name: /Check workbook|Check again/ })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Checklist" })).toBeTruthy();
  });
});
