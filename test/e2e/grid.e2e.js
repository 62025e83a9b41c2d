/**
 * The demo workbook edited by hand like a spreadsheet (src/demo/CellEditor.tsx), and the taskpane's
 * validation seeing the edit. Run by scripts/e2e.js; each test gets a fresh browser context.
 */
"use strict";

const pane = (page) => page.getByTestId("taskpane");
const grid = (page) => page.getByTestId("grid");
const td = (page, addr) => grid(page).locator(`td[data-addr="${addr}"]`);
const editor = (page) => page.getByTestId("cell-editor");
const selectedAddr = (page) => grid(page).locator("td[data-selected]").getAttribute("data-addr");

async function openValidated(page, base) {
  await page.goto(`${base}/demo.html`);
  await pane(page).getByRole("button", { name: "再検証" }).waitFor();
  await pane(page).getByTestId("findings").waitFor();
}

/** The findings buttons at a cell whose text mentions the rule id. */
const findingsAt = (page, at, ruleId) => pane(page).getByTestId("findings").locator(`button[data-cell="${at}"]`, { hasText: ruleId });

async function revalidate(page) {
  await pane(page).getByRole("button", { name: "再検証" }).click();
  await pane(page).getByRole("button", { name: "再検証" }).waitFor();
  await pane(page).getByTestId("findings").waitFor();
}

module.exports = [
  {
    name: "grid: click, type, Enter commits and moves down; re-validation no longer reports the fixed cell (DC-EXP-01 at I11)",
    async run({ page, base, shot, expect }) {
      await openValidated(page, base);
      const at = "別紙2 経費内訳!I11";
      expect(await findingsAt(page, at, "DC-EXP-01").count(), "DC-EXP-01 at I11 before").toBe(1);
      await page.getByTestId("sheet-tabs").getByRole("tab", { name: "別紙2 経費内訳" }).click();
      const amount = await td(page, "H11").innerText();
      expect(await td(page, "I11").innerText(), "I11 before").toBe("6,000,000");
      // Select I11, type the amount of H11 (the eligible cost may not exceed it), Enter.
      await td(page, "I11").click();
      expect(await selectedAddr(page), "selected").toBe("I11");
      await page.keyboard.type(amount.replace(/,/g, ""));
      expect(await editor(page).getAttribute("data-editing"), "typing starts an entry").toBe("enter");
      await shot("20-grid-typing");
      await page.keyboard.press("Enter");
      expect(await td(page, "I11").innerText(), "I11 after").toBe(amount);
      expect(await selectedAddr(page), "Enter moves down").toBe("I12");
      await revalidate(page);
      expect(await findingsAt(page, at, "DC-EXP-01").count(), "DC-EXP-01 at I11 after re-validation").toBe(0);
      await shot("21-grid-fixed-revalidated");
    },
  },
  {
    name: "grid: arrows move, F2 / double-click edit, Escape cancels, Tab commits and moves right, Delete clears",
    async run({ page, base, expect }) {
      await openValidated(page, base);
      await page.getByTestId("sheet-tabs").getByRole("tab", { name: "別紙2 経費内訳" }).click();
      await td(page, "E6").click();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowRight");
      expect(await selectedAddr(page), "arrows").toBe("F7");
      await page.keyboard.press("ArrowLeft");
      const before = await td(page, "E7").innerText();
      expect(before.length, "E7 has text").toBeGreaterThan(0);
      // F2: edit the existing text (caret at the end); Escape gives it back untouched.
      await page.keyboard.press("F2");
      expect(await editor(page).getAttribute("data-editing"), "F2").toBe("edit");
      expect(await editor(page).inputValue(), "F2 shows the cell's text").toBe(before);
      await page.keyboard.type("（変更）");
      await page.keyboard.press("Escape");
      expect(await editor(page).getAttribute("data-editing"), "Escape ends the entry").toBe(null);
      expect(await td(page, "E7").innerText(), "Escape keeps the cell").toBe(before);
      // In an F2 entry the arrows move the caret, not the selection.
      await page.keyboard.press("Enter");
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.type("!");
      await page.keyboard.press("Tab");
      expect(await td(page, "E7").innerText(), "Enter edits, Tab commits").toBe(`${before.slice(0, -1)}!${before.slice(-1)}`);
      expect(await selectedAddr(page), "Tab moves right").toBe("F7");
      // Double-click edits in place.
      await td(page, "C20").dblclick();
      expect(await selectedAddr(page), "double-click selects").toBe("C20");
      expect(await editor(page).getAttribute("data-editing"), "double-click edits").toBe("edit");
      await page.keyboard.type("手入力");
      await page.keyboard.press("Enter");
      expect(await td(page, "C20").innerText(), "double-click entry").toBe("手入力");
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("Delete");
      expect(await td(page, "C20").innerText(), "Delete clears").toBe("");
      // Ready mode does not trap the keyboard: Tab leaves the grid.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "focus left the grid").not.toBe("cell-editor");
    },
  },
  {
    name: "grid: IME input — Enter while composing confirms the conversion only; full-width digits become a number (SHEET-NUM-01 at H6 goes away)",
    async run({ page, context, base, shot, expect }) {
      await openValidated(page, base);
      const at = "別紙2 経費内訳!H6";
      expect(await findingsAt(page, at, "SHEET-NUM-01").count(), "SHEET-NUM-01 at H6 before").toBe(1);
      await page.getByTestId("sheet-tabs").getByRole("tab", { name: "別紙2 経費内訳" }).click();
      const shown = await td(page, "H6").innerText();
      await td(page, "H6").click();
      // Compose the full-width text through Chromium's IME interface, as a Japanese IME would.
      const cdp = await context.newCDPSession(page);
      await cdp.send("Input.imeSetComposition", { text: "３０００００００", selectionStart: 8, selectionEnd: 8 });
      expect(await editor(page).getAttribute("data-editing"), "composition starts an entry").toBe("enter");
      await page.keyboard.press("Enter");
      expect(await editor(page).getAttribute("data-editing"), "still editing after Enter during composition").toBe("enter");
      expect(await td(page, "H6").innerText(), "nothing committed during composition").toBe(shown);
      expect(await selectedAddr(page), "selection did not move").toBe("H6");
      await shot("22-grid-ime-composing");
      await cdp.send("Input.insertText", { text: "３０００００００" });
      expect(await editor(page).inputValue(), "composed text").toBe("３０００００００");
      await page.keyboard.press("Enter");
      expect(await td(page, "H6").innerText(), "a number, shown with the cell's format").toBe("30,000,000");
      expect(await selectedAddr(page), "Enter after the composition commits and moves").toBe("H7");
      await revalidate(page);
      expect(await findingsAt(page, at, "SHEET-NUM-01").count(), "SHEET-NUM-01 at H6 after re-validation").toBe(0);
      // Japanese text typed through the IME stays text.
      await td(page, "E17").click();
      await cdp.send("Input.imeSetComposition", { text: "びこう", selectionStart: 3, selectionEnd: 3 });
      await cdp.send("Input.insertText", { text: "備考" });
      await page.keyboard.press("Enter");
      expect(await td(page, "E17").innerText(), "text entry").toBe("備考");
    },
  },
];
