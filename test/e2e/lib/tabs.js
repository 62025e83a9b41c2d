/**
 * The taskpane's tab row as the user gets it, independent of the machine's fonts: one line, no
 * horizontal scrolling, and every tab reachable — shown in the row, or through the "…" overflow menu.
 * (How many tabs fit at 320 px depends on the fonts installed: Noto CJK + DejaVu fit four English tabs.)
 */
"use strict";

const TAB_NAMES = {
  ja: { prepare: "シートを用意", facts: "入力", validate: "検証", undo: "元に戻す", checklist: "チェックリスト" },
  en: { prepare: "Prepare sheets", facts: "Enter facts", validate: "Check", undo: "Undo", checklist: "Checklist" },
};

/** Layout of the row: lines of visible tabs, tabs shown, tabs in total, and whether the "…" button shows. */
function rowLayout(scope) {
  return scope.getByTestId("tabs").evaluate((row) => {
    const tabs = [...row.querySelectorAll("[role=tab]")];
    const shown = tabs.filter((t) => !t.hasAttribute("data-overflowing") && t.getClientRects().length > 0);
    const items = [...shown, ...row.querySelectorAll("button:not([role=tab])")].filter((e) => e.getClientRects().length > 0);
    return {
      lines: new Set(items.map((t) => Math.round(t.getBoundingClientRect().top + t.getBoundingClientRect().height / 2))).size,
      shown: shown.length,
      total: tabs.length,
      more: row.querySelector("button:not([role=tab])") !== null,
      overflowsRow: row.scrollWidth > row.clientWidth + 1,
    };
  });
}

/** Opens a tab by id, directly or through the "…" menu, and waits for its panel. */
async function openTab(page, scope, lang, id) {
  const name = TAB_NAMES[lang][id];
  const tab = scope.getByTestId("tabs").getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await scope.getByTestId("tabs").locator("button:not([role=tab])").click();
    await page.getByRole("menuitem", { name, exact: true }).click();
  }
  await page.waitForFunction(([n]) => [...document.querySelectorAll("[role=tabpanel]")].some((p) => p.getAttribute("aria-label") === n), [name]);
}

/**
 * Asserts one line and opens every tab in turn — directly or via the "…" menu — checking that its panel
 * shows; ends on the tab it started from. `page` is the page, `scope` the pane (page or a locator).
 */
async function expectEveryTabReachable(page, scope, lang, expect, what) {
  const row = await rowLayout(scope);
  expect(row.total, `${what}: tabs`).toBe(5);
  expect(row.lines, `${what}: one line of tabs`).toBe(1);
  expect(row.overflowsRow, `${what}: nothing cut off in the row`).toBe(false);
  expect(row.shown === 5 || row.more, `${what}: all tabs shown or a … menu (${row.shown} shown)`).toBe(true);
  const start = await scope.getByRole("tabpanel").getAttribute("aria-label");
  const ids = Object.keys(TAB_NAMES[lang]);
  for (const id of [...ids, ids.find((i) => TAB_NAMES[lang][i] === start)]) await openTab(page, scope, lang, id);
  return row;
}

module.exports = { TAB_NAMES, rowLayout, openTab, expectEveryTabReachable };
