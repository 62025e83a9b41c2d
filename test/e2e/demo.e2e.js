/**
 * The demo page in Chromium: the real taskpane on an in-memory workbook (faulty DC example by default).
 * Run by scripts/e2e.js; each test gets a fresh browser context (empty localStorage).
 */
"use strict";
const { expectEveryTabReachable, openTab } = require("./lib/tabs");

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

/** Waits until the alert dialog's opening motion has finished (a condition, not a fixed delay). */
const dialogSettled = (page) =>
  page.waitForFunction(() => {
    const d = document.querySelector("[role=alertdialog]");
    return d !== null && d.getAnimations({ subtree: true }).every((a) => a.playState !== "running");
  });

/** What has the keyboard focus: role (or tag), accessible-ish name, data-cell. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const name = el.getAttribute("aria-label") || (el.labels && el.labels[0] ? el.labels[0].textContent : "") || el.textContent;
    return { role: el.getAttribute("role") || el.tagName.toLowerCase(), name: name.trim(), cell: el.getAttribute("data-cell") };
  });

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
      // The demo's taskpane is 320 px wide, the default width of Excel's taskpane.
      expect(await pane(page).evaluate((el) => getComputedStyle(el).width), "taskpane width").toBe("320px");
      await expectEveryTabReachable(page, pane(page), "ja", expect, "demo taskpane (ja)");
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
      await dialogSettled(page); // the open animation has finished before the screenshot
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
    name: "English UI when the language is not Japanese (language switch)",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base);
      await page.getByRole("combobox", { name: "言語" }).selectOption("en");
      await pane(page).getByRole("button", { name: /Check workbook|Check again/ }).click();
      await pane(page).getByTestId("findings").waitFor();
      expect(await pane(page).getByTestId("status").innerText(), "status").toContain("error");
      await shot("10-english");
      await expectEveryTabReachable(page, pane(page), "en", expect, "demo taskpane (en)");
      // The choice is kept across a reload.
      await page.reload();
      await pane(page).getByRole("tab", { name: "Check", exact: true }).waitFor();
    },
  },
  {
    name: "English UI from ?lang=en: the taskpane reads it as Office's display language",
    async run({ page, base, expect }) {
      await page.goto(`${base}/demo.html?lang=en`);
      const tabs = pane(page).getByTestId("tabs");
      await tabs.getByRole("tab", { name: "Check", exact: true }).waitFor();
      // Every tab reachable, in the row or through the … menu (how many fit depends on the fonts).
      await expectEveryTabReachable(page, pane(page), "en", expect, "?lang=en");
      expect(await page.evaluate(() => document.documentElement.lang), "html lang").toBe("en");
      expect(await pane(page).innerText(), "no Japanese UI text").not.toContain("検証");
      await openTab(page, pane(page), "en", "checklist");
      await pane(page).getByTestId("checklist-progress").waitFor();
      expect(await pane(page).getByTestId("checklist-progress").innerText(), "progress").toContain("done");
      // And back: ?lang=ja gives the Japanese UI.
      await page.goto(`${base}/demo.html?lang=ja`);
      await pane(page).getByRole("tab", { name: "検証" }).waitFor();
    },
  },
  {
    name: "keyboard: Tab order through the taskpane, arrows + Enter switch tabs, Space / Enter on a finding select its cell",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base);
      await pane(page).getByRole("button", { name: "再検証" }).waitFor();
      await pane(page).getByRole("combobox", { name: "事業", exact: true }).focus();
      const order = [await focused(page)];
      // Tab until the first finding: the toolbar, the overview's severity filter, 前へ / 次へ and the sheet's header come first.
      for (let i = 0; i < 20 && !order[order.length - 1].cell; i++) {
        await page.keyboard.press("Tab");
        order.push(await focused(page));
      }
      const names = order.map((f) => `${f.role}:${f.name.slice(0, 6)}`);
      const at = (n) => names.findIndex((x) => x.startsWith(n));
      expect(names.slice(0, 5), "tab order").toEqual(["select:事業", "select:事業区分", "tab:検証", "button:再検証", "button:マークを付け"]);
      expect(at("button:エラー") > at("button:マークを付け"), `severity filter after the toolbar: ${names}`).toBe(true);
      expect(at("button:前へ") > at("button:エラー") && at("button:次へ") === at("button:前へ") + 1, `前へ, 次へ: ${names}`).toBe(true);
      expect(order.length - 1 > at("button:次へ"), "then the findings").toBe(true);
      order[6] = order[order.length - 1];
      expect(order[6].cell, "the first finding comes after the toolbar").toContain("!");
      // Space on the focused finding selects its cell.
      const [sheet, cell] = order[6].cell.split("!");
      await page.keyboard.press("Space");
      await page.locator(`[data-testid=grid][data-sheet="${sheet}"] td[data-selected][data-addr="${cell}"]`).waitFor();
      expect((await focused(page)).cell, "focus stays on the finding").toBe(order[6].cell);
      // Enter on the next one.
      await page.keyboard.press("Tab");
      const next = await focused(page);
      await page.keyboard.press("Enter");
      const [sheet2, cell2] = next.cell.split("!");
      await page.locator(`[data-testid=grid][data-sheet="${sheet2}"] td[data-selected][data-addr="${cell2}"]`).waitFor();
      await shot("15-keyboard-finding");
      // The tab list: one tab stop; arrows move between tabs, Enter opens one.
      await pane(page).getByRole("tab", { name: "検証" }).focus();
      await page.keyboard.press("ArrowRight");
      expect((await focused(page)).name, "arrow moves to the next tab").toContain("元に戻す");
      await page.keyboard.press("Enter");
      expect(await pane(page).getByRole("tabpanel").getAttribute("aria-label"), "panel").toBe("元に戻す");
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("Space");
      expect(await pane(page).getByRole("tabpanel").getAttribute("aria-label"), "panel").toBe("入力");
    },
  },
  {
    name: "シートを用意 is undone like a write: a sheet the user typed into is deleted only after confirming",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base);
      await pane(page).getByRole("combobox", { name: "事業", exact: true }).selectOption("gx-regional");
      await pane(page).getByRole("tab", { name: "シートを用意" }).click();
      await pane(page).getByRole("button", { name: "ないシートを追加" }).click();
      const sheetTab = page.getByTestId("sheet-tabs").getByRole("tab", { name: "電力調達計画" });
      await sheetTab.waitFor();
      // The user types into the new sheet (the demo grid is editable like a spreadsheet).
      await sheetTab.click();
      await page.locator('[data-testid=grid][data-sheet="電力調達計画"] td[data-addr="H30"]').click();
      await page.keyboard.type("メモ");
      await page.keyboard.press("Enter");
      expect(await cellText(page, "H30"), "typed").toBe("メモ");
      await pane(page).getByRole("tab", { name: "元に戻す" }).click();
      expect(await pane(page).getByTestId("undo-batches").innerText(), "undo record").toContain("電力調達計画");
      await pane(page).getByRole("button", { name: "元に戻す" }).click();
      const dialog = page.getByRole("alertdialog");
      await dialog.waitFor();
      await dialogSettled(page);
      expect(await dialog.innerText(), "dialog").toContain("シートを削除しますか？");
      expect(await dialog.innerText(), "dialog lists the typed cell").toContain("電力調達計画!H30");
      await shot("16-delete-sheet-dialog");
      await dialog.getByRole("button", { name: "キャンセル" }).click();
      await dialog.waitFor({ state: "detached" });
      // By text, not role: the closing dialog's modalizer may still hide the page from the accessibility tree.
      expect(await page.getByTestId("sheet-tabs").locator("[role=tab]", { hasText: "電力調達計画" }).count(), "sheet kept after cancel").toBe(1);
      await pane(page).getByRole("button", { name: "元に戻す" }).click();
      await page.getByRole("alertdialog").getByRole("button", { name: "シートを削除" }).click();
      await sheetTab.waitFor({ state: "detached" });
      expect(await page.getByTestId("sheet-tabs").innerText(), "the example's sheets stay").toContain("別紙2 経費内訳");
    },
  },
  {
    name: "taskpane.html outside Office: office.js blocked, the page points to the demo, no page error",
    async run({ page, base, expect, blocked }) {
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("outside-office").waitFor();
      expect(await page.getByTestId("outside-office").innerText(), "note").toContain("demo.html");
      expect(blocked.some((u) => u.startsWith("https://appsforoffice.microsoft.com/")), "office.js request blocked").toBe(true);
    },
  },
];
