/**
 * The demo page in Chromium: the real taskpane on an in-memory workbook (faulty DC example by default).
 * Run by scripts/e2e.js; each test gets a fresh browser context (empty localStorage).
 */
"use strict";

const pane = (page) => page.getByTestId("taskpane");

async function openDemo(page, base) {
  await page.goto(`${base}/demo.html`);
  await pane(page).getByRole("tab", { name: "検証" }).waitFor();
}

async function validate(page) {
  await pane(page).getByRole("button", { name: /検証する|再検証/ }).click();
  await pane(page).getByTestId("findings").waitFor();
}

/** Text of a cell of the demo grid ("" when blank). */
const cellText = (page, addr) => page.locator(`[data-testid=grid] td[data-addr="${addr}"]`).innerText();

module.exports = [
  {
    name: "validate the faulty example: findings by sheet, status badge, summary",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base);
      await shot("01-demo-start");
      await validate(page);
      const findings = pane(page).getByTestId("findings").getByRole("button");
      expect(await findings.count(), "findings").toBeGreaterThan(0);
      expect(await pane(page).getByTestId("status").innerText(), "status badge").toContain("エラー");
      await shot("02-validated");
      await pane(page).screenshot({ path: require("path").join(__dirname, "..", "..", "test-results", "e2e", "03-taskpane-320px.png") });
    },
  },
  {
    name: "click a finding (and Enter on another): the selection moves to its cell",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base);
      await validate(page);
      const buttons = pane(page).getByTestId("findings").locator("button[data-cell*='!']");
      const count = await buttons.count();
      expect(count, "findings with a cell").toBeGreaterThan(0);
      const first = await buttons.nth(0).getAttribute("data-cell");
      await buttons.nth(0).click();
      const [sheet, cell] = first.split("!");
      await page.locator(`[data-testid=grid][data-sheet="${sheet}"] td[data-selected][data-addr="${cell}"]`).waitFor();
      await shot("04-finding-selected");
      // Keyboard: focus the last finding and press Enter.
      const last = buttons.nth(count - 1);
      const target = await last.getAttribute("data-cell");
      await last.focus();
      await page.keyboard.press("Enter");
      const [sheet2, cell2] = target.split("!");
      await page.locator(`[data-testid=grid][data-sheet="${sheet2}"] td[data-selected][data-addr="${cell2}"]`).waitFor();
      expect(await page.locator("[data-testid=grid] td[data-selected]").count(), "one selected cell").toBe(1);
    },
  },
  {
    name: "fill a fact over a non-empty cell: confirm dialog, then 元に戻す restores the cells",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base);
      await pane(page).getByRole("tab", { name: "入力" }).click();
      const pue = pane(page).getByRole("textbox", { name: /PUE/ });
      await pue.waitFor();
      const hint = await pane(page).getByText(/書込先:/).first().innerText();
      expect(hint, "hint").toContain("書込先");
      const where = (await pane(page).locator("form").innerText()).match(/PUE[\s\S]*?書込先: ([^\n]+)/)[1].trim();
      const [sheet, cell] = where.split("!");
      await page.getByTestId("sheet-tabs").getByRole("tab", { name: sheet }).click();
      const before = await cellText(page, cell);
      expect(before, "PUE cell before").not.toBe("");
      const next = before === "1.4" || before === "1.40" ? "1.5" : "1.4";
      await pue.fill(next);
      await pane(page).getByRole("button", { name: "シートに書き込む" }).click();
      const dialog = page.getByRole("alertdialog");
      await dialog.waitFor();
      await page.waitForTimeout(400); // let the dialog's open animation finish before the screenshot
      expect(await dialog.innerText(), "dialog").toContain("上書きしますか？");
      await shot("05-overwrite-dialog");
      await dialog.getByRole("button", { name: "上書きする" }).click();
      await page.waitForFunction(([a, v]) => document.querySelector(`[data-testid=grid] td[data-addr="${a}"]`)?.textContent === v, [cell, next]);
      await shot("06-fact-written");
      await pane(page).getByRole("tab", { name: "元に戻す" }).click();
      await pane(page).getByRole("button", { name: "元に戻す" }).click();
      await page.waitForFunction(([a, v]) => document.querySelector(`[data-testid=grid] td[data-addr="${a}"]`)?.textContent === v, [cell, before]);
      expect(await cellText(page, cell), "PUE cell after undo").toBe(before);
      await shot("07-undone");
    },
  },
  {
    name: "tick the checklist and see it persist across a reload",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base);
      await pane(page).getByRole("tab", { name: "チェックリスト" }).click();
      const box = pane(page).getByRole("checkbox").first();
      const label = await box.getAttribute("aria-label") ?? "";
      expect(await box.isChecked(), "before").toBe(false);
      await box.check();
      await page.waitForFunction(() => (localStorage.getItem("gxdc-demo-workbook") ?? "").includes('"checklist"'));
      await page.reload();
      await pane(page).getByRole("tab", { name: "チェックリスト" }).click();
      const again = pane(page).getByRole("checkbox").first();
      await again.waitFor();
      expect(await again.isChecked(), `after reload ${label}`).toBe(true);
      await shot("08-checklist-after-reload");
    },
  },
  {
    name: "marks: cells get fills and notes, 消去 removes them",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base);
      await validate(page);
      await pane(page).getByRole("button", { name: "マークを付ける" }).click();
      await page.locator("[data-testid=grid] td[data-fill]").first().waitFor();
      await shot("09-marked");
      await pane(page).getByRole("button", { name: "消去" }).click();
      await page.waitForFunction(() => !localStorage.getItem("gxdc-demo-workbook").includes("#FFC7CE"));
      expect(await page.locator("[data-testid=grid] td[data-fill='#FFC7CE']").count(), "error fills left").toBe(0);
    },
  },
  {
    name: "the GX example: program switches to GX地域共創, findings and the summary show",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base);
      await page.getByTestId("example").selectOption("gx-dc-mistakes");
      await pane(page).getByTestId("findings").waitFor();
      expect(await pane(page).getByRole("combobox", { name: "事業" }).inputValue(), "program").toBe("gx-regional");
      await shot("12-gx-example");
      await pane(page).getByRole("tab", { name: "チェックリスト" }).click();
      await pane(page).getByTestId("checklist-progress").waitFor();
      await shot("13-gx-checklist");
    },
  },
  {
    name: "English UI when the language is not Japanese",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base);
      await page.getByRole("combobox", { name: "言語" }).selectOption("en");
      await pane(page).getByRole("button", { name: /Check workbook|Check again/ }).click();
      await pane(page).getByTestId("findings").waitFor();
      expect(await pane(page).getByTestId("status").innerText(), "status").toContain("error");
      await shot("10-english");
    },
  },
  {
    name: "taskpane.html outside Office: office.js blocked, the page points to the demo",
    // With office.js blocked there is no CustomFunctions runtime for the shared functions.js chunk.
    ignorePageErrors: /CustomFunctions is not defined/,
    async run({ page, base, expect, blocked }) {
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("outside-office").waitFor();
      expect(await page.getByTestId("outside-office").innerText(), "note").toContain("demo.html");
      expect(blocked.some((u) => u.startsWith("https://appsforoffice.microsoft.com/")), "office.js request blocked").toBe(true);
    },
  },
];
