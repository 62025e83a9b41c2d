/**
 * Issue 11 taskpane data safety in Chromium, on the demo page: a damaged or hostile stored workbook
 * never leaves a blank page, a full localStorage quota never drops an edit or misplaces the next one,
 * and (issue 13) Esc on a confirmation puts the focus back on the button that opened it.
 * Run by scripts/e2e.js; each test gets a fresh browser context (empty localStorage).
 */
"use strict";

const pane = (page) => page.getByTestId("taskpane");
const STORE = "gxdc-demo-workbook";

async function openDemo(page, base) {
  await page.goto(`${base}/demo.html`);
  await pane(page).getByRole("tab", { name: "検証" }).waitFor();
}

module.exports = [
  {
    name: "data safety: a stored workbook with one value at Z150000 still shows the grid and a usable pane",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base);
      // A click selects a cell, which stores the workbook; then plant the stray value in what is stored.
      await page.locator('[data-testid=grid] td[data-addr="B2"]').click();
      await page.waitForFunction((k) => localStorage.getItem(k) !== null, STORE);
      await page.evaluate((k) => {
        const s = JSON.parse(localStorage.getItem(k));
        s.sheets[0].cells.Z150000 = { value: 1 };
        s.activeSheet = s.sheets[0].name;
        localStorage.setItem(k, JSON.stringify(s));
      }, STORE);
      await page.reload();
      await pane(page).getByRole("tab", { name: "検証" }).waitFor();
      await page.getByTestId("grid-clipped").waitFor();
      expect(60000 - (await page.locator("[data-testid=grid] td").count()), "cells not drawn below the limit").toBeGreaterThan(0);
      await pane(page).getByRole("button", { name: /検証する|再検証/ }).click();
      await pane(page).getByRole("tab", { name: "入力" }).click();
      // The form, or a message saying what failed: never an empty pane.
      await pane(page).locator('form, [data-testid="error-boundary"]').first().waitFor();
      expect((await pane(page).innerText()).trim().length, "pane text").toBeGreaterThan(20);
      await shot("data-safety-01-z150000");
    },
  },
  {
    name: "data safety: damaged stored state reloads the example and says so",
    async run({ page, base, expect }) {
      await openDemo(page, base);
      await page.evaluate((k) => localStorage.setItem(k, '{"sheets": "broken'), STORE);
      await page.reload();
      await page.getByTestId("storage-status").waitFor();
      expect(await page.getByTestId("storage-status").getAttribute("data-kind"), "status").toBe("unreadable");
      expect(await page.locator("[data-testid=grid] td").count(), "grid drawn").toBeGreaterThan(0);
    },
  },
  {
    name: "data safety: with localStorage full an entry is kept and the next one lands in the next cell",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base);
      await page.evaluate(() => {
        Storage.prototype.setItem = function () {
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        };
      });
      await page.getByTestId("sheet-tabs").getByRole("tab").first().click();
      await page.locator('[data-testid=grid] td[data-addr="H15"]').click();
      await page.keyboard.type("120");
      await page.keyboard.press("Enter");
      await page.keyboard.type("130");
      await page.keyboard.press("Enter");
      const text = (a) => page.locator(`[data-testid=grid] td[data-addr="${a}"]`).innerText();
      expect([await text("H15"), await text("H16")], "entries").toEqual(["120", "130"]);
      expect(await page.locator("[data-testid=grid] td[data-selected]").getAttribute("data-addr"), "selection").toBe("H17");
      expect(await page.getByTestId("storage-status").getAttribute("data-kind"), "status").toBe("notSaved");
      await shot("data-safety-02-quota");
    },
  },
  {
    name: "data safety: Esc on the overwrite dialog writes nothing and focus returns to シートに書き込む",
    async run({ page, base, expect }) {
      await openDemo(page, base);
      await pane(page).getByRole("tab", { name: "入力" }).click();
      const pue = pane(page).getByRole("textbox", { name: /PUE/ });
      await pue.waitFor();
      const before = await pue.inputValue();
      await pue.fill(before === "1.4" ? "1.5" : "1.4");
      const write = pane(page).getByRole("button", { name: "シートに書き込む" });
      await write.focus();
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("alertdialog");
      await dialog.waitFor();
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      await page.waitForFunction(() => document.activeElement?.textContent?.includes("シートに書き込む"));
      expect(await page.evaluate(() => document.activeElement.textContent), "focused").toContain("シートに書き込む");
    },
  },
];
