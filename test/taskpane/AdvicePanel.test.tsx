/** @jest-environment jsdom */
/**
 * 改善提案 in the taskpane (issue 14): after 検証, the panel shows the suggestions with their amounts, ranked by
 * gain, in Japanese or English, and never writes to the workbook.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { exampleById } from "../../src/examples";
import { MemoryWorkbookPort } from "../../src/excel/memoryWorkbookPort";
import { App } from "../../src/taskpane/App";
import { adviseTaskpane } from "../../src/taskpane/components/AdvicePanel";

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

afterEach(cleanup);

function mount(port: MemoryWorkbookPort, lang: "ja" | "en" = "ja") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} lang={lang} initialTab="validate" />
    </FluentProvider>,
  );
}

async function validate(name: RegExp) {
  fireEvent.click(await screen.findByRole("button", { name }));
  return screen.findByTestId("advice");
}

describe("AdvicePanel", () => {
  it("GX-MATRIX-01 / GX-LOC-02: gx-dc-mistakes shows two suggestions of 0円 → 10,000,000,000円 (大企業 1/3 × 300億円), and the workbook is unchanged", async () => {
    const port = new MemoryWorkbookPort({ initial: exampleById("gx-dc-mistakes").workbook });
    const before = JSON.stringify(port.snapshot());
    mount(port);
    const card = await validate(/検証する|再検証/);
    expect(within(card).getByRole("heading", { name: "改善提案" })).toBeTruthy();
    const items = within(card).getAllByTestId("advice-item");
    const subsidies = within(card).getAllByTestId("advice-subsidy").map((e) => e.textContent);
    expect(subsidies.slice(0, 2)).toEqual(["0円 → 10,000,000,000円", "0円 → 10,000,000,000円"]);
    expect(within(items[0]).getByText(/増加額 \+10,000,000,000円/)).toBeTruthy();
    expect(within(items[0]).getByText("要確認")).toBeTruthy();
    expect(within(items[0]).getAllByText(/^\[GX-MATRIX-01\] GX地域共創補助金2026 概要説明資料 Ver1\.1 §/, { selector: "li" })).toHaveLength(1);
    expect(JSON.stringify(port.snapshot())).toBe(before);
  });

  it("MOE-ADMIN-01: dc-new-clean in English shows the 事務費 headroom with its gain", async () => {
    mount(new MemoryWorkbookPort({ initial: exampleById("dc-new-clean").workbook }), "en");
    const card = await validate(/Check workbook|Check again/);
    expect(within(card).getByRole("heading", { name: "Suggestions to raise the subsidy" })).toBeTruthy();
    expect(within(card).getAllByText("MOE-ADMIN-01").length).toBeGreaterThan(0);
    expect(within(card).getAllByText(/^Gain \+¥/).length).toBeGreaterThan(0);
  });

  it("meti-cloud has no advisor; the type picked in the header is used as in the validation", () => {
    const wb = exampleById("dc-new-clean").workbook;
    expect(adviseTaskpane(wb, "meti-cloud", "")).toBeNull();
    const renovation = adviseTaskpane(wb, "dc-zero", "改修");
    expect(renovation?.suggestions.some((s) => s.ruleIds.includes("DC-RENO-RATE-01"))).toBe(true);
  });
});
