/**
 * 改善提案 on the demo page in Chromium (issue 14): after 検証 the taskpane shows the suggestions with their
 * amounts inside the 320 px pane, and the workbook grid is unchanged (the advisor never writes).
 */
"use strict";

const pane = (page) => page.getByTestId("taskpane");

module.exports = [
  {
    name: "改善提案: suggestions with amounts after 検証, grid unchanged, no horizontal overflow",
    async run({ page, base, shot, expect }) {
      await page.goto(`${base}/demo.html`);
      await pane(page).getByRole("tab", { name: "検証" }).waitFor();
      const gridBefore = await page.getByTestId("grid").innerText();
      await pane(page).getByRole("button", { name: /検証する|再検証/ }).click();
      const card = pane(page).getByTestId("advice");
      await card.waitFor();
      expect(await card.getByRole("heading", { name: "改善提案" }).count(), "heading").toBe(1);
      const items = card.getByTestId("advice-item");
      expect(await items.count(), "suggestions").toBeGreaterThan(0);
      expect(await items.first().innerText(), "first suggestion").toContain("増加額 +");
      expect(await card.getByTestId("advice-subsidy").first().innerText(), "subsidy before → after").toContain("→");
      await items.first().locator("summary").click();
      expect(await items.first().innerText(), "citation").toContain("公募要領");
      await card.scrollIntoViewIfNeeded();
      await shot("advice-panel");
      const overflow = await pane(page).evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow, "horizontal overflow of the taskpane (px)").toBe(0);
      expect(await page.getByTestId("grid").innerText(), "grid after 検証 and 改善提案").toBe(gridBefore);
    },
  },
];
