/**
 * Issue 13 in Chromium: the pane as an accountant reads it — summary first, findings grouped and
 * stepped through, axe-core with 0 critical / serious violations in both languages on every tab and
 * dialog, English throughout, the Office theme, and the demo layout from 320 px to 1280 px.
 * Run by scripts/e2e.js; each test gets a fresh browser context.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const tabs = require("./lib/tabs");

const ROOT = path.resolve(__dirname, "..", "..");
const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");
const RESULTS = path.join(ROOT, "test-results");

const pane = (page) => page.getByTestId("taskpane");
/** Waits until no animation runs under `selector` (a dialog's or menu's opening motion): what axe and screenshots see is final. */
async function settled(page, selector) {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      return el !== null && el.getAnimations({ subtree: true }).every((a) => a.playState !== "running");
    },
    selector,
  );
}

async function openDemo(page, base, lang = "ja", query = "") {
  await page.goto(`${base}/demo.html?lang=${lang}${query}`);
  await pane(page).getByTestId("findings").waitFor();
}

/** Opens a tab of the pane by its id, directly or through the "…" overflow menu. */
const openTab = (page, lang, id) => tabs.openTab(page, pane(page), lang, id);

/** Runs axe-core on the element matched by `selector` (whole document when null): violations by impact. */
async function axe(page, selector) {
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) {
    // Served from the page's own origin: the pages' CSP allows scripts from 'self' only.
    const url = new URL("/__axe.min.js", page.url()).href;
    await page.route(url, (route) => route.fulfill({ path: AXE, contentType: "text/javascript" }));
    await page.addScriptTag({ url });
  }
  // Colours are judged at rest: a theme switch or an opening dialog animates (CSS transitions) for a while,
  // longer on a loaded machine, and axe would measure a colour half-way (endless spinners do not count).
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity), null, { timeout: 30_000 });
  return page.evaluate(async (sel) => {
    // Tabster's focus sentinels (<i tabindex=0 aria-hidden data-tabster-dummy>, Fluent's focus management) pass
    // focus on the moment they get it and are never content; axe's aria-hidden-focus cannot know that.
    const context = { include: sel ? [[sel]] : [["html"]], exclude: [["[data-tabster-dummy]"]] };
    const r = await window.axe.run(context, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: String(v.nodes[0]?.target ?? "") }));
  }, selector);
}

const severe = (vs) => vs.filter((v) => v.impact === "critical" || v.impact === "serious");

/** Appends one line of figures to test-results/ux-figures.jsonl (the report's before / after numbers). */
function record(entry) {
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.appendFileSync(path.join(RESULTS, "ux-figures.jsonl"), JSON.stringify({ at: new Date().toISOString(), ...entry }) + "\n");
}

/** Japanese characters (kana, kanji, full-width forms and punctuation) in a text, and all non-space characters. */
const JA = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u;
function japaneseShare(text) {
  const chars = [...text.replace(/\s+/g, "")];
  return { japanese: chars.filter((c) => JA.test(c)).length, total: chars.length };
}

module.exports = [
  ...["ja", "en"].map((lang) => ({
    name: `ux: axe-core on every tab and dialog of the pane (${lang})`,
    async run({ page, base, shot, expect }) {
      await openDemo(page, base, lang);
      const page_ = await axe(page, null);
      const all = [];
      for (const id of ["validate", "prepare", "facts", "undo", "checklist"]) {
        await openTab(page, lang, id);
        const vs = await axe(page, "[data-testid=taskpane]");
        all.push(...vs.map((v) => ({ ...v, where: id })));
      }
      // The overwrite dialog: write a different PUE over the example's one.
      await openTab(page, lang, "facts");
      const pue = pane(page).getByRole("textbox", { name: /PUE/ });
      await pue.fill((await pue.inputValue()) === "1.5" ? "1.4" : "1.5");
      await pane(page).locator("form button[type=submit], form button").last().click();
      const dialog = page.getByRole("alertdialog");
      await dialog.waitFor();
      await settled(page, "[role=alertdialog]");
      await shot(`ux-dialog-${lang}`);
      all.push(...(await axe(page, "[role=alertdialog]")).map((v) => ({ ...v, where: "dialog" })));
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      record({ test: "axe", lang, pane: all, page: page_ });
      await shot(`ux-axe-${lang}`);
      expect(JSON.stringify(severe(all)), `${lang}: critical / serious violations in the pane`).toBe("[]");
      expect(JSON.stringify(severe(page_)), `${lang}: critical / serious violations on the demo page`).toBe("[]");
    },
  })),
  {
    name: "ux: English pane — Japanese character share on every tab",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base, "en");
      const per = {};
      let japanese = 0;
      let total = 0;
      for (const id of ["validate", "prepare", "facts", "undo", "checklist"]) {
        await openTab(page, "en", id);
        const share = japaneseShare(await pane(page).innerText());
        per[id] = share;
        japanese += share.japanese;
        total += share.total;
      }
      await openTab(page, "en", "validate");
      await shot("ux-english-validate");
      // The GX example too (its sheet names are the user's and stay Japanese).
      await page.getByTestId("example").selectOption("gx-dc-mistakes");
      await pane(page).getByTestId("findings").waitFor();
      for (const id of ["validate", "checklist"]) {
        await openTab(page, "en", id);
        const share = japaneseShare(await pane(page).innerText());
        per[`gx-${id}`] = share;
        japanese += share.japanese;
        total += share.total;
      }
      record({ test: "english-share", per, japanese, total });
      await openTab(page, "en", "validate");
      await shot("ux-english-gx-validate");
      expect(japanese / total < 0.05, `Japanese share of the English pane ${japanese} / ${total}`).toBe(true);
    },
  },
  {
    name: "ux: summary first, findings grouped by sheet and severity, filter, 前へ / 次へ select each error's cell",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base, "ja");
      const p = pane(page);
      // The overview (補助金額, status, counts) comes before the findings.
      const top = async (sel) => p.locator(sel).first().evaluate((el) => el.getBoundingClientRect().top);
      expect((await top("[data-testid=overview]")) < (await top("[data-testid=findings]")), "overview above the findings").toBe(true);
      expect(await p.getByTestId("subsidy").innerText(), "補助金額 in the overview").toContain("円");
      const filter = p.getByTestId("severity-filter");
      expect(await filter.innerText(), "counts by severity").toContain("エラー");
      // Grouped by sheet (collapsible headers) and severity.
      const sheets = p.getByTestId("findings").locator("h3 button");
      expect(await sheets.count(), "one header per sheet").toBeGreaterThan(1);
      expect(await p.getByTestId("findings").locator("h4").first().innerText(), "severity heading").toContain("エラー");
      // The rule id once per card; the message no longer repeats it.
      const card = p.locator('button[data-rule="DC-EXP-04"]').first();
      const cardText = await card.innerText();
      expect(cardText.split("DC-EXP-04").length - 1, "DC-EXP-04 once on its card").toBe(1);
      // Knock-on: the 合計 mismatch is labelled 波及 and names the lines it may follow from.
      expect(await card.getAttribute("data-knock-on"), "合計 mismatch is a knock-on").toBe("true");
      expect(cardText, "labelled").toContain("波及");
      expect(/少ない|多い/.test(cardText), `says which figure is short: ${cardText}`).toBe(true);
      // SHEET-* findings are about reading the sheet, not the 公募要領.
      const reading = p.locator('button[data-rule^="SHEET-"]').first();
      const readingText = await reading.innerText();
      expect(readingText, "reading note").toContain("公募要領の要件ではありません");
      expect(readingText.includes("公募要領（"), "no 公募要領 citation on a SHEET-* finding").toBe(false);
      await shot("ux-validate-ja");
      // Collapse a sheet: its findings are hidden.
      const firstSheet = sheets.first();
      await firstSheet.click();
      expect(await firstSheet.getAttribute("aria-expanded"), "collapsed").toBe("false");
      await firstSheet.click();
      // Filter: warnings off → no warning cards; info on → info cards appear.
      const before = await p.locator('[data-testid=findings] button[data-cell]').count();
      await filter.locator("[data-severity=warning]").click();
      await page.waitForFunction((n) => document.querySelectorAll("[data-testid=taskpane] [data-testid=findings] button[data-cell]").length < n, before);
      expect(await p.getByTestId("findings").locator("h4", { hasText: "警告" }).count(), "no warnings shown").toBe(0);
      await filter.locator("[data-severity=warning]").click();
      await filter.locator("[data-severity=info]").click();
      await p.getByTestId("findings").locator("h4", { hasText: "情報" }).first().waitFor();
      // 次へ steps through the errors, selecting each cell in the workbook.
      const stepper = p.getByTestId("stepper");
      const errors = await p.locator('[data-testid=findings] button[data-cell]:has([aria-label="エラー"])').evaluateAll((bs) => bs.map((b) => b.getAttribute("data-cell")));
      expect(errors.length, "errors").toBeGreaterThan(2);
      for (let i = 0; i < 3; i++) {
        await stepper.getByRole("button", { name: "次へ" }).click();
        const [sheet, cell] = errors[i].split("!");
        await page.locator(`[data-testid=grid][data-sheet="${sheet}"] td[data-selected][data-addr="${cell}"]`).waitFor();
        expect(await p.getByTestId("step-position").innerText(), "position").toContain(`${i + 1} / ${errors.length}`);
        expect(await p.locator(`[data-testid=findings] button[aria-current=true]`).getAttribute("data-cell"), "current card").toBe(errors[i]);
      }
      await stepper.getByRole("button", { name: "前へ" }).click();
      const [sheet1, cell1] = errors[1].split("!");
      await page.locator(`[data-testid=grid][data-sheet="${sheet1}"] td[data-selected][data-addr="${cell1}"]`).waitFor();
      await shot("ux-stepped-ja");
    },
  },
  {
    name: "ux: notices can be dismissed and do not follow to other tabs; マークを付ける is disabled with nothing to mark",
    async run({ page, base, expect }) {
      await openDemo(page, base, "ja");
      const p = pane(page);
      await p.getByRole("button", { name: "マークを付ける" }).click();
      await p.getByTestId("notice").waitFor();
      await p.getByTestId("notice").getByRole("button", { name: "閉じる" }).click();
      await p.getByTestId("notice").waitFor({ state: "detached" });
      await p.getByRole("button", { name: "消去" }).click();
      await p.getByTestId("notice").waitFor();
      await openTab(page, "ja", "checklist");
      expect(await p.getByTestId("notice").count(), "notice gone on another tab").toBe(0);
      // The clean example: nothing to mark.
      await page.getByTestId("example").selectOption("dc-new-clean");
      await p.getByTestId("overview").waitFor();
      await openTab(page, "ja", "validate");
      await p.getByTestId("overview").waitFor();
      expect(await p.getByRole("button", { name: "マークを付ける" }).isDisabled(), "nothing to mark").toBe(true);
    },
  },
  {
    name: "ux: theme switch — dark and high contrast themes on the demo, axe clean in each",
    async run({ page, base, shot, expect }) {
      await openDemo(page, base, "en");
      for (const theme of ["dark", "contrast"]) {
        await page.getByTestId("theme").selectOption(theme);
        await page.locator(`[data-theme=${theme}]`).first().waitFor();
        const bg = await pane(page).evaluate((el) => getComputedStyle(el).backgroundColor);
        const [r, g, b] = bg.match(/\d+/g).map(Number);
        expect(r + g + b < 200, `${theme}: dark pane background (${bg})`).toBe(true);
        const vs = await axe(page, "[data-testid=taskpane]");
        record({ test: "axe-theme", theme, pane: vs });
        await shot(`ux-theme-${theme}`);
        expect(JSON.stringify(severe(vs)), `${theme}: critical / serious violations`).toBe("[]");
      }
      await page.reload();
      await page.locator("[data-theme=contrast]").first().waitFor();
    },
  },
  {
    name: "ux: demo layout — below 720 px the grid keeps its height, at 320 px nothing overflows, at 1280 px a finding's cell scrolls into view; no console errors",
    async run({ page, base, shot, expect }) {
      const errors = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
      for (const width of [700, 320]) {
        await page.setViewportSize({ width, height: 800 });
        await openDemo(page, base, width === 320 ? "en" : "ja");
        const box = await page.getByTestId("grid").evaluate((el) => el.parentElement.parentElement.getBoundingClientRect().toJSON());
        expect(box.height > 150, `${width} px: grid height ${box.height}`).toBe(true);
        const tabs = await page.getByTestId("sheet-tabs").evaluate((el) => el.getBoundingClientRect().toJSON());
        const title = await pane(page).locator("h1").evaluate((el) => el.getBoundingClientRect().toJSON());
        expect(tabs.bottom <= title.top || tabs.top >= title.bottom, `${width} px: sheet tabs clear of the pane title`).toBe(true);
        const select = await page.getByTestId("example").evaluate((el) => el.getBoundingClientRect().right);
        expect(select <= width, `${width} px: example selector inside the page (right ${select})`).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px: no horizontal scrolling`).toBe(width);
        await shot(`ux-demo-${width}px`);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      await openDemo(page, base, "ja");
      // The finding farthest right on the expense sheet: its cell must end up inside the grid's visible area.
      const cells = await pane(page).locator('[data-testid=findings] button[data-cell^="別紙2"]').evaluateAll((bs) => bs.map((b) => b.getAttribute("data-cell")));
      const far = cells.sort((a, b) => b.split("!")[1].localeCompare(a.split("!")[1]))[0];
      await pane(page).locator(`[data-testid=findings] button[data-cell="${far}"]`).first().click();
      const cell = page.locator(`[data-testid=grid] td[data-selected][data-addr="${far.split("!")[1]}"]`);
      await cell.waitFor();
      await page.waitForFunction((addr) => {
        const td = document.querySelector(`[data-testid=grid] td[data-addr="${addr}"]`);
        const sc = td.closest("table").parentElement.parentElement.getBoundingClientRect();
        const r = td.getBoundingClientRect();
        return r.left >= sc.left && r.right <= sc.right + 1 && r.top >= sc.top && r.bottom <= sc.bottom + 1;
      }, far.split("!")[1]);
      await shot("ux-demo-1280px-selected");
      // taskpane.html outside Office: the note, and no error.
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("outside-office").waitFor();
      const own = errors.filter((e) => !/appsforoffice\.microsoft\.com|ERR_FAILED/.test(e));
      expect(JSON.stringify(own), "console errors and failed requests").toBe("[]");
    },
  },
];
