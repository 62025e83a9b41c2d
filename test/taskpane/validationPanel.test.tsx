/** @jest-environment jsdom */
/**
 * The 検証 tab in jsdom: overview before the findings, the severity filter, 前へ / 次へ selecting each
 * error's cell, knock-on labels, English messages from the catalogue, dismissible notices.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_EXAMPLE, exampleById } from "../../src/demo/examples";
import { MemoryWorkbookPort } from "../../src/excel/memoryWorkbookPort";
import { App } from "../../src/taskpane/App";
import { displayOrder, groupFindings, viewFindings } from "../../src/taskpane/findingsView";
import { runValidation } from "../../src/taskpane/rulesApi";

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const faulty = () => new MemoryWorkbookPort({ initial: exampleById(DEFAULT_EXAMPLE)!.build() });

function mount(port: MemoryWorkbookPort, lang: "ja" | "en" = "ja") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} lang={lang} initialTab="validate" />
    </FluentProvider>,
  );
}

afterEach(cleanup);
jest.setTimeout(30_000);

describe("検証 tab", () => {
  it("shows the overview (補助金額, status, counts) before the findings", async () => {
    mount(faulty());
    const overview = await screen.findByTestId("overview");
    const findings = await screen.findByTestId("findings");
    expect(overview.compareDocumentPosition(findings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(overview).getByTestId("subsidy").textContent).toContain("171,500,000円");
    expect(within(overview).getByTestId("severity-filter").textContent).toMatch(/エラー \d+.*警告 \d+.*情報 \d+/);
  });

  it("次へ / 前へ step through the errors in display order and select each cell", async () => {
    const port = faulty();
    mount(port);
    await screen.findByTestId("findings");
    const report = runValidation(await port.readWorkbook(), "dc-zero", "");
    const errors = displayOrder(groupFindings(viewFindings(report.findings, "ja"))).filter((v) => v.finding.severity === "error");
    const next = screen.getByRole("button", { name: "次へ" });
    for (const e of errors.slice(0, 3)) {
      fireEvent.click(next);
      await waitFor(() => expect(port.snapshot().selection).toEqual({ sheet: e.finding.sheet, cell: e.finding.cell }));
    }
    expect(screen.getByTestId("step-position").textContent).toBe(`エラー 3 / ${errors.length}`);
    fireEvent.click(screen.getByRole("button", { name: "前へ" }));
    await waitFor(() => expect(port.snapshot().selection).toEqual({ sheet: errors[1].finding.sheet, cell: errors[1].finding.cell }));
    expect(document.querySelector("[aria-current=true]")?.getAttribute("data-cell")).toBe(`${errors[1].finding.sheet}!${errors[1].finding.cell}`);
  });

  it("the severity filter hides and shows findings; info is off by default", async () => {
    mount(faulty());
    const list = await screen.findByTestId("findings");
    expect(within(list).queryAllByRole("heading", { level: 4, name: /情報/ })).toHaveLength(0);
    fireEvent.click(within(screen.getByTestId("severity-filter")).getByRole("button", { name: /^情報/ }));
    await waitFor(() => expect(within(screen.getByTestId("findings")).getAllByRole("heading", { level: 4, name: /情報/ }).length).toBeGreaterThan(0));
    fireEvent.click(within(screen.getByTestId("severity-filter")).getByRole("button", { name: /^警告/ }));
    await waitFor(() => expect(within(screen.getByTestId("findings")).queryAllByRole("heading", { level: 4, name: /警告/ })).toHaveLength(0));
  });

  it("labels the 合計 mismatches 波及 and names the lines they may follow from; rule id once per card", async () => {
    mount(faulty());
    const list = await screen.findByTestId("findings");
    const totals = [...list.querySelectorAll('button[data-rule="DC-EXP-04"]')];
    expect(totals.length).toBe(2);
    for (const b of totals) {
      expect(b.getAttribute("data-knock-on")).toBe("true");
      expect(b.textContent).toContain("波及");
      expect(b.textContent).toMatch(/I8.*の指摘から生じている可能性/);
      expect(b.textContent!.split("DC-EXP-04").length - 1).toBe(1);
    }
  });

  it("in English the findings are English, citations name the document", async () => {
    mount(faulty(), "en");
    const list = await screen.findByTestId("findings");
    const text = list.textContent ?? "";
    expect(text).toContain("less than the sum of the lines");
    expect(text).toContain("call for applications (16 Apr 2024)");
    expect(text).not.toContain(".txt");
    expect(list.querySelectorAll("[data-translated=false]")).toHaveLength(0);
  });

  it("a notice can be dismissed, and switching tabs dismisses it", async () => {
    mount(faulty());
    await screen.findByTestId("findings");
    fireEvent.click(screen.getByRole("button", { name: "マークを付ける" }));
    const notice = await screen.findByTestId("notice");
    fireEvent.click(within(notice).getByRole("button", { name: "閉じる" }));
    await waitFor(() => expect(screen.queryByTestId("notice")).toBeNull());
    fireEvent.click(screen.getByRole("button", { name: "消去" }));
    await screen.findByTestId("notice");
    fireEvent.click(screen.getByRole("tab", { name: "チェックリスト" }));
    await waitFor(() => expect(screen.queryByTestId("notice")).toBeNull());
  });

  it("マークを付ける is disabled when no finding can be marked", async () => {
    mount(new MemoryWorkbookPort({ initial: exampleById("dc-new-clean")!.build() }));
    await screen.findByTestId("overview");
    expect((screen.getByRole("button", { name: "マークを付ける" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
