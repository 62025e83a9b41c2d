/** @jest-environment jsdom */
/**
 * Issue 11 "Taskpane data safety", the cases as a user meets them (jsdom, MemoryWorkbookPort):
 * (1) a value typed in the cell while the overwrite dialog is open is not overwritten — the add-in asks
 *     again — and 元に戻す never discards a value typed after the add-in's write without asking;
 * (2) a formula cell that already shows the value is not rewritten; one that must change is called out;
 * (3) the form writes only the fields the user edited, never a stale copy of a cell changed in the grid;
 * (4) one stray value far down the sheet (Z150000) leaves the pane usable; a part that fails to render
 *     says what failed; the demo recovers from bad stored state and a full localStorage quota.
 * Also (issue 13) values in dialogs as the cells display them, and focus back on the invoking button
 * after Esc.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { DemoPage } from "../../src/demo/DemoPage";
import { DemoWorkbook } from "../../src/demo/DemoWorkbook";
import { DEFAULT_EXAMPLE, exampleById } from "../../src/demo/examples";
import { DEFAULT_STORAGE_KEY, MemoryWorkbookPort, memoryStorage, stateFromGrid, type StorageLike } from "../../src/excel/memoryWorkbookPort";
import type { CellRef } from "../../src/excel/workbookPort";
import type { WorkbookGrid } from "../../src/rules/sheets/types";
import { App } from "../../src/taskpane/App";
import { ConfirmDialog, type ConfirmState } from "../../src/taskpane/components/ConfirmDialog";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { I18nContext, MESSAGES } from "../../src/taskpane/i18n";
import { locateFacts } from "../../src/taskpane/state/facts";
import { PROGRAM_FACTS } from "../../src/taskpane/state/programs";

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

afterEach(cleanup);
// Fluent components in jsdom are slow on a loaded machine.
jest.setTimeout(120_000);

const faulty = (): WorkbookGrid => exampleById(DEFAULT_EXAMPLE)!.build();
const fields = PROGRAM_FACTS["dc-zero"].fields;

function mount(port: MemoryWorkbookPort, tab: "facts" | "validate" | "undo" = "facts") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} lang="ja" initialTab={tab} />
    </FluentProvider>,
  );
}

async function targetOf(port: MemoryWorkbookPort, label: string): Promise<CellRef> {
  const t = locateFacts(await port.readWorkbook(), fields, "dc-zero").get(label);
  if (!t) throw new Error(`no target for ${label}`);
  return { sheet: t.sheet, cell: t.cell };
}

const valueOf = async (port: MemoryWorkbookPort, ref: CellRef) => (await port.readCells([ref]))[0];
/** Enabled: neither disabled nor aria-disabled (buttons stay focusable while the pane is busy). */
const enabled = (b: HTMLElement) => !(b as HTMLButtonElement).disabled && b.getAttribute("aria-disabled") !== "true";
const dialogNow = () => screen.findByRole("alertdialog", { hidden: true });
const press = async (dialog: HTMLElement, name: string) => fireEvent.click(within(dialog).getByRole("button", { name, hidden: true }));
/** A tab by its label (Fluent's overflow and tooltips make role+name queries flaky in jsdom). */
const tab = (label: string): HTMLElement => {
  const found = screen.getAllByRole("tab", { hidden: true }).find((t) => t.textContent?.startsWith(label));
  if (!found) throw new Error(`no tab ${label}`);
  return found;
};
const closed = () => waitFor(() => expect(document.querySelector('[role="alertdialog"]')).toBeNull());

async function typeInForm(label: RegExp, value: string) {
  const input = (await screen.findByRole("textbox", { name: label })) as HTMLInputElement;
  fireEvent.change(input, { target: { value } });
  return input;
}

async function submitForm(): Promise<HTMLElement> {
  const write = screen.getByRole("button", { name: "シートに書き込む" });
  await waitFor(() => expect(enabled(write)).toBe(true));
  write.focus();
  fireEvent.click(write);
  return write;
}

describe("issue 11 (1): the overwrite dialog and 元に戻す against a user typing in Excel meanwhile", () => {
  it("1.25 → 1.3 shown, the user types 1.7, confirms: nothing is written and the dialog asks again with 1.7", async () => {
    const port = new MemoryWorkbookPort({ initial: faulty() });
    const pue = await targetOf(port, "PUE");
    port.editCell(pue, 1.25);
    mount(port);
    const input = await typeInForm(/PUE/, "1.3");
    expect(input.value).toBe("1.3");
    await submitForm();
    let dialog = await dialogNow();
    expect(within(dialog).getByText(`${pue.sheet}!${pue.cell}`).parentElement!.textContent).toBe(`${pue.sheet}!${pue.cell}: 1.25 → 1.3`);

    // Excel stays editable while the dialog is open.
    port.editCell(pue, 1.7);
    await press(dialog, "上書きする");
    expect(await screen.findByTestId("confirm-again")).toBeTruthy();
    dialog = await dialogNow();
    expect(within(dialog).getByText(`${pue.sheet}!${pue.cell}`).parentElement!.textContent).toBe(`${pue.sheet}!${pue.cell}: 1.7 → 1.3`);
    expect((await valueOf(port, pue)).value).toBe(1.7);
    await press(dialog, "キャンセル");
    await closed();
    expect((await valueOf(port, pue)).value).toBe(1.7);
    expect(((await port.loadData("undo")) as { batches: unknown[] } | null)?.batches ?? []).toEqual([]);
  });

  it("元に戻す after a value was typed over the add-in's write asks first; cancel keeps the typed value, confirm restores exactly", async () => {
    const port = new MemoryWorkbookPort({ initial: faulty() });
    const pue = await targetOf(port, "PUE");
    port.editCell(pue, 1.25);
    const original = await valueOf(port, pue);
    mount(port);
    await typeInForm(/PUE/, "1.3");
    await submitForm();
    await press(await dialogNow(), "上書きする");
    await waitFor(async () => expect((await valueOf(port, pue)).value).toBe(1.3));

    port.editCell(pue, 1.9);
    fireEvent.click(tab("元に戻す"));
    const undo = await screen.findByRole("button", { name: "元に戻す" });
    await waitFor(() => expect(enabled(undo)).toBe(true));
    fireEvent.click(undo);
    let dialog = await dialogNow();
    expect(within(dialog).getByText(`${pue.sheet}!${pue.cell}`).parentElement!.textContent).toBe(`${pue.sheet}!${pue.cell}: 1.9 → 1.25`);
    await press(dialog, "キャンセル");
    await closed();
    expect((await valueOf(port, pue)).value).toBe(1.9);

    await waitFor(() => expect(enabled(undo)).toBe(true));
    fireEvent.click(undo);
    dialog = await dialogNow();
    // The user types yet again while asked: the restore is refused and asked again.
    port.editCell(pue, 2.1);
    await press(dialog, "元に戻す");
    expect(await screen.findByTestId("confirm-again")).toBeTruthy();
    dialog = await dialogNow();
    expect(within(dialog).getByText(`${pue.sheet}!${pue.cell}`).parentElement!.textContent).toContain(": 2.1 → 1.25");
    await press(dialog, "元に戻す");
    await waitFor(async () => expect(await valueOf(port, pue)).toEqual(original));
  });
});

describe("issue 11 (2)(3): formulas and stale form values", () => {
  it("the form writes only the edited field: a formula cell showing its value is left alone; changing it says 数式を値で置き換えます", async () => {
    const state = stateFromGrid(faulty());
    const probe = new MemoryWorkbookPort({ initial: state });
    const cost = await targetOf(probe, "補助対象経費");
    const pue = await targetOf(probe, "PUE");
    const sheet = state.sheets.find((s) => s.name === cost.sheet)!;
    sheet.cells[cost.cell] = { value: 371300000, formula: "=SUM(F6:F9)", numberFormat: "#,##0" };
    const port = new MemoryWorkbookPort({ initial: state });
    mount(port);
    const costInput = (await screen.findByRole("textbox", { name: /補助対象経費/ })) as HTMLInputElement;
    // Digits grouped in the form, as the cell shows them (in the label's unit).
    await waitFor(() => expect(costInput.value).toMatch(/^\d{1,3}(,\d{3})+$/));
    const pueNow = (await valueOf(port, pue)).value;
    await typeInForm(/PUE/, pueNow === 1.5 ? "1.4" : "1.5");
    await submitForm();
    const dialog = await dialogNow();
    expect([...dialog.querySelectorAll("li[data-cell]")].map((li) => li.getAttribute("data-cell"))).toEqual([`${pue.sheet}!${pue.cell}`]);
    await press(dialog, "上書きする");
    await waitFor(async () => expect((await valueOf(port, pue)).value).toBe(pueNow === 1.5 ? 1.4 : 1.5));
    expect(await valueOf(port, cost)).toMatchObject({ value: 371300000, formula: "=SUM(F6:F9)" });

    // The undo entry lists only the cell that changed.
    fireEvent.click(tab("元に戻す"));
    const list = await screen.findByTestId("undo-batches");
    expect(list.textContent).toContain(`${pue.sheet}!${pue.cell}`);
    expect(list.textContent).not.toContain(`${cost.sheet}!${cost.cell}`);

    fireEvent.click(tab("入力"));
    const scaled = costInput.value.replace(/,/g, "");
    await typeInForm(/補助対象経費/, String(Number(scaled) + 1));
    await submitForm();
    const again = await dialogNow();
    const line = again.querySelector(`li[data-cell="${cost.sheet}!${cost.cell}"]`)!;
    expect(line.textContent).toContain("371,300,000 (=SUM(F6:F9))");
    expect(line.textContent).toContain("数式を値で置き換えます");
    await press(again, "キャンセル");
    await closed();
    expect(await valueOf(port, cost)).toMatchObject({ formula: "=SUM(F6:F9)" });
  });

  it("a value changed in the grid after the form was filled is not written back", async () => {
    const port = new MemoryWorkbookPort({ initial: faulty() });
    const cost = await targetOf(port, "補助対象経費");
    const pue = await targetOf(port, "PUE");
    mount(port);
    const costInput = (await screen.findByRole("textbox", { name: /補助対象経費/ })) as HTMLInputElement;
    await waitFor(() => expect(costInput.value).not.toBe(""));
    // The user changes the cell in Excel; the form still shows the old figure.
    port.editCell(cost, 123456789);
    const pueNow = (await valueOf(port, pue)).value;
    await typeInForm(/PUE/, pueNow === 1.5 ? "1.4" : "1.5");
    await submitForm();
    const dialog = await dialogNow();
    expect([...dialog.querySelectorAll("li[data-cell]")].map((li) => li.getAttribute("data-cell"))).toEqual([`${pue.sheet}!${pue.cell}`]);
    await press(dialog, "上書きする");
    await waitFor(async () => expect((await valueOf(port, pue)).value).toBe(pueNow === 1.5 ? 1.4 : 1.5));
    expect((await valueOf(port, cost)).value).toBe(123456789);
  });
});

describe("issue 13: dialogs show values as the cells display them; focus returns after Esc", () => {
  function dialogWith(state: ConfirmState) {
    return render(
      <FluentProvider theme={webLightTheme}>
        <I18nContext.Provider value={{ lang: "ja", t: MESSAGES.ja }}>
          <ConfirmDialog state={state} />
        </I18nContext.Provider>
      </FluentProvider>,
    );
  }

  it("12% not 0.12; 371,300,000 with separators; a formula undone back is shown as the formula", async () => {
    dialogWith({
      kind: "overwrite",
      resolve: () => undefined,
      cells: [
        { sheet: "指標", cell: "C5", current: 0.12, next: 0.15, currentFormat: "0%", nextFormat: "0%" },
        { sheet: "別紙2", cell: "B9", current: 371300000, next: 400000000, currentFormat: "#,##0", replacesFormula: "=SUM(B5:B8)" },
      ],
    });
    const dialog = await dialogNow();
    expect(dialog.querySelector('li[data-cell="指標!C5"]')!.textContent).toBe("指標!C5: 12% → 15%");
    expect(dialog.querySelector('li[data-cell="別紙2!B9"]')!.textContent).toBe("別紙2!B9: 371,300,000 (=SUM(B5:B8)) → 400,000,000 — 数式を値で置き換えます");
    cleanup();
    dialogWith({
      kind: "restore",
      resolve: () => undefined,
      cells: [{ sheet: "S", cell: "A4", current: 3, next: 2, currentFormat: "General", replacesFormula: "=A2-97", nextFormula: "=1+1" }],
    });
    expect((await dialogNow()).querySelector("li[data-cell]")!.textContent).toBe("S!A4: 3 (=A2-97) → =1+1 — 数式を置き換えます");
  });

  it("Esc closes the overwrite dialog, writes nothing, and focus is back on シートに書き込む", async () => {
    const port = new MemoryWorkbookPort({ initial: faulty() });
    const pue = await targetOf(port, "PUE");
    port.editCell(pue, 1.25);
    mount(port);
    await typeInForm(/PUE/, "1.3");
    const write = await submitForm();
    const dialog = await dialogNow();
    fireEvent.keyDown(dialog, { key: "Escape", code: "Escape" });
    await closed();
    await waitFor(() => expect(document.activeElement).toBe(write));
    expect((await valueOf(port, pue)).value).toBe(1.25);
  });
});

describe("issue 11 (4): nothing renders blank", () => {
  it("one stray value at Z150000: the pane keeps its tabs and buttons, and says what failed instead of going blank", async () => {
    const port = new MemoryWorkbookPort({ initial: faulty() });
    port.editCell({ sheet: (await port.listSheets())[0], cell: "Z150000" }, 1);
    mount(port, "validate");
    fireEvent.click(await screen.findByRole("button", { name: /検証する|再検証/ }));
    await waitFor(() => expect(screen.queryByText(/検証中/)).toBeNull());
    expect(screen.getAllByRole("tab")).toHaveLength(5);
    fireEvent.click(tab("入力"));
    // Either the form (the sheet could be read) or a message saying what failed — never nothing.
    await waitFor(() => expect(screen.queryByRole("button", { name: "シートに書き込む" }) ?? screen.queryByTestId("error-boundary")).not.toBeNull());
    fireEvent.click(tab("元に戻す"));
    expect(await screen.findByRole("button", { name: "元に戻す" })).toBeTruthy();
  });

  it("a panel that throws shows the error as text with a retry; the rest stays", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    let fail = true;
    function Bomb() {
      if (fail) throw new RangeError("Maximum call stack size exceeded");
      return <p>recovered</p>;
    }
    function Page() {
      const [n, setN] = useState(0);
      return (
        <FluentProvider theme={webLightTheme}>
          <button onClick={() => setN(n + 1)}>other {n}</button>
          <ErrorBoundary area="入力" lang="ja">
            <Bomb />
          </ErrorBoundary>
        </FluentProvider>
      );
    }
    render(<Page />);
    const alert = screen.getByTestId("error-boundary");
    expect(alert.textContent).toContain("入力を表示できませんでした。");
    expect(alert.textContent).toContain("RangeError: Maximum call stack size exceeded");
    fireEvent.click(screen.getByRole("button", { name: "other 0" }));
    expect(screen.getByRole("button", { name: "other 1" })).toBeTruthy();
    fail = false;
    fireEvent.click(within(alert).getByRole("button", { name: "再試行" }));
    expect(screen.getByText("recovered")).toBeTruthy();
    errors.mockRestore();
  });
});

describe("the demo's storage: bad stored state and a full quota", () => {
  const grid: WorkbookGrid = { sheets: [{ name: "S", values: [["区分", 100], ["新設", null]], rowOffset: 0, colOffset: 0 }] };

  it.each([
    ["not JSON", "{oops"],
    ["another shape", JSON.stringify({ sheets: "x", data: {} })],
    ["a cell that is no cell", JSON.stringify({ sheets: [{ name: "S", cells: { "NOT-A1": { value: 1 } } }], activeSheet: "S", selection: null, data: {} })],
    ["no sheet at all", JSON.stringify({ sheets: [], activeSheet: null, selection: null, data: {} })],
  ])("stored state that is %s: the starting workbook is loaded and the status says so", async (_, stored) => {
    const storage = memoryStorage();
    storage.setItem(DEFAULT_STORAGE_KEY, stored);
    const port = new MemoryWorkbookPort({ initial: grid, storage });
    expect(await port.readSheet("S")).toMatchObject({ values: [["区分", 100], ["新設", null]] });
    expect(port.storageStatus().kind).toBe("unreadable");
  });

  /** A localStorage that is full after `room` more writes. */
  function fullAfter(room: number): StorageLike {
    const inner = memoryStorage();
    return {
      getItem: (k) => inner.getItem(k),
      removeItem: (k) => inner.removeItem(k),
      setItem: (k, v) => {
        if (room <= 0) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        room--;
        inner.setItem(k, v);
      },
    };
  }

  it("with the quota full an edit is kept (not dropped), shown, and the next entry lands in the right cell", () => {
    const port = new MemoryWorkbookPort({ initial: grid, storage: fullAfter(0) });
    render(
      <FluentProvider theme={webLightTheme}>
        <DemoWorkbook port={port} />
      </FluentProvider>,
    );
    const editor = screen.getByTestId("cell-editor") as HTMLInputElement;
    fireEvent.mouseDown(document.querySelector('td[data-addr="B2"]')!);
    fireEvent.change(editor, { target: { value: "120" } });
    fireEvent.keyDown(editor, { key: "Enter" });
    fireEvent.change(editor, { target: { value: "130" } });
    fireEvent.keyDown(editor, { key: "Enter" });
    const cells = port.snapshot().sheets[0].cells;
    expect([cells.B2?.value, cells.B3?.value]).toEqual([120, 130]);
    expect(document.querySelector('td[data-addr="B2"]')!.textContent).toBe("120");
    expect(document.querySelector("td[data-selected]")!.getAttribute("data-addr")).toBe("B4");
    expect(port.storageStatus()).toMatchObject({ kind: "notSaved" });
  });

  it("the demo page says when changes cannot be saved, and a stored workbook that breaks a view offers to reload the example", async () => {
    // A stored workbook with one value at Z150000 (valid in shape): the page must not go blank.
    const stored = stateFromGrid(faulty());
    stored.sheets[0].cells["Z150000"] = { value: 1 };
    const storage = memoryStorage();
    storage.setItem(DEFAULT_STORAGE_KEY, JSON.stringify(stored));
    await act(async () => {
      render(<DemoPage storage={storage} />);
    });
    expect(await screen.findByTestId("taskpane")).toBeTruthy();
    expect(screen.getAllByRole("tab").length).toBeGreaterThan(0);
    expect(screen.getByTestId("grid")).toBeTruthy();
    // The grid draws a bounded area and says there is more.
    expect(document.querySelectorAll("td").length).toBeLessThan(60_000);
    expect(screen.getByTestId("grid-clipped").textContent).toContain("Z150000");
    cleanup();

    const full = fullAfter(0);
    await act(async () => {
      render(<DemoPage storage={full} />);
    });
    const editor = screen.getByTestId("cell-editor") as HTMLInputElement;
    fireEvent.change(editor, { target: { value: "x" } });
    fireEvent.keyDown(editor, { key: "Enter" });
    expect((await screen.findByTestId("storage-status")).getAttribute("data-kind")).toBe("notSaved");
  });
});
