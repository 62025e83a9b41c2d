/**
 * taskpane.html as Excel would host it, in Chromium: office.js stays blocked, and a fake Office host
 * (Office.onReady → Excel, document settings) plus the fake Excel API of test/excel/fakeExcel.ts are
 * installed before the page's scripts. The real bundle then runs App on OfficeWorkbookPort, under the
 * page's CSP, and the test watches the fake workbook and its sync count.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const { expectEveryTabReachable, rowLayout } = require("./lib/tabs");

const ROOT = path.resolve(__dirname, "..", "..");

/** The fake as browser JavaScript: the two TS modules transpiled to CommonJS behind a tiny require(). */
function fakeHostScript(rows, displayLanguage = "ja-JP") {
  const cjs = (rel) =>
    ts.transpileModule(fs.readFileSync(path.join(ROOT, rel), "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    }).outputText;
  const modules = {
    "../../src/rules/sheets/types": cjs("src/rules/sheets/types.ts"),
    fakeExcel: cjs("test/excel/fakeExcel.ts"),
  };
  // Module bodies are inlined as functions, not eval'ed: the page's CSP forbids eval.
  const defs = Object.entries(modules)
    .map(([name, code]) => `${JSON.stringify(name)}: function (require, module, exports) {\n${code}\n}`)
    .join(",\n");
  return `(() => {
    const defs = {${defs}};
    const cache = {};
    const req = (name) => {
      if (cache[name]) return cache[name].exports;
      const module = { exports: {} };
      cache[name] = module;
      defs[name](req, module, module.exports);
      return module.exports;
    };
    const m = req("fakeExcel");
    const fake = new m.FakeExcel();
    for (const s of ${JSON.stringify(rows)}) fake.addSheet(s.name, s.rows, s.at);
    const office = m.fakeOffice("1.18", ${JSON.stringify(displayLanguage)});
    office.HostType = { Excel: "Excel" };
    office.onReady = (callback) => {
      const info = { host: "Excel", platform: "PC" };
      if (callback) callback(info);
      return Promise.resolve(info);
    };
    window.Office = office;
    window.Excel = fake.namespace();
    window.CustomFunctions = { associate() {}, Error: class extends Error {}, ErrorCode: {} };
    window.__fake = fake;
  })();`;
}

const WORKBOOK = [
  {
    name: "別紙1 実施計画書",
    at: "B2",
    rows: [
      ["事業区分", "新設"],
      ["PUE", 1.3],
      ["再エネ率", 0.05],
      ["想定稼働率", 0.4],
      ["年間CO2削減量", 500],
      ["法定耐用年数", 15],
      ["補助対象経費", 250000000],
    ],
  },
];

module.exports = [
  {
    name: "taskpane.html at a 320 px viewport (Excel's default taskpane width): one tab row, every tab reachable (directly or via …), in Japanese and in English",
    async run({ page, base, shot, expect }) {
      for (const [lang, label] of [["ja-JP", "検証"], ["en-US", "Check"]]) {
        await page.addInitScript(fakeHostScript(WORKBOOK, lang));
        await page.setViewportSize({ width: 320, height: 900 });
        await page.goto(`${base}/taskpane.html`);
        await page.getByTestId("findings").waitFor();
        await page.getByRole("tab", { name: label, exact: true }).waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${lang}: no horizontal scrolling`).toBe(320);
        await shot(`14-taskpane-320px-${lang.slice(0, 2)}`);
        await expectEveryTabReachable(page, page, lang.slice(0, 2), expect, lang);
      }
    },
  },
  {
    name: "taskpane.html narrower than 320 px (zoom, wide fonts): tabs that do not fit move into the … menu and stay reachable",
    async run({ page, base, shot, expect }) {
      await page.addInitScript(fakeHostScript(WORKBOOK));
      await page.setViewportSize({ width: 230, height: 700 });
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("findings").waitFor();
      const more = page.getByTestId("tabs").getByRole("button", { name: /その他のタブ/ });
      await more.waitFor();
      const row = await rowLayout(page);
      expect(row.lines, "still one line").toBe(1);
      expect(row.overflowsRow, "nothing cut off").toBe(false);
      expect(row.shown < 5, `some tabs moved into the menu (${row.shown} shown)`).toBe(true);
      await more.click();
      const item = page.getByRole("menuitem", { name: "チェックリスト" });
      await item.waitFor();
      // The menu's open animation has finished before the screenshot.
      await page.waitForFunction(() => document.querySelector("[role=menu]")?.getAnimations({ subtree: true }).every((a) => a.playState !== "running"));
      await shot("17-taskpane-overflow-menu");
      await item.click();
      await page.getByTestId("checklist-progress").waitFor();
      // The selected tab is always shown.
      expect(await page.getByRole("tab", { name: "チェックリスト" }).getAttribute("aria-selected"), "selected tab visible").toBe("true");
    },
  },
  {
    name: "taskpane.html in a fake Excel host: OfficeWorkbookPort reads, validates, selects, writes and undoes",
    async run({ page, base, shot, expect }) {
      await page.addInitScript(fakeHostScript(WORKBOOK));
      await page.setViewportSize({ width: 340, height: 900 });
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("status").waitFor();
      await page.getByTestId("findings").waitFor();
      expect(await page.getByTestId("status").innerText(), "status").toContain("エラー");
      await shot("11-office-host-taskpane");

      // Re-validating reads the whole workbook: three round trips (sheet list, every used range without number
      // formats, then the formats of the fact cells only), whatever the size of the sheets.
      await page.evaluate(() => (window.__fake.syncCount = 0));
      await page.getByRole("button", { name: "再検証" }).click();
      await page.waitForFunction(() => window.__fake.syncCount >= 3);
      await page.getByRole("button", { name: "再検証" }).waitFor();
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => window.__fake.syncCount), "syncs to validate").toBe(3);

      // Marks: a fill and a note on the finding's cell (Notes API), removed again by 消去.
      await page.getByRole("button", { name: "マークを付ける" }).click();
      await page.waitForFunction(() => window.__fake.sheets[0].notes.size > 0);
      await page.getByRole("button", { name: "消去" }).click();
      await page.waitForFunction(() => window.__fake.sheets[0].notes.size === 0 && [...window.__fake.sheets[0].cells.values()].every((c) => !c.fill));

      const finding = page.getByTestId("findings").locator("button[data-cell*='!']").first();
      const [sheet, cell] = (await finding.getAttribute("data-cell")).split("!");
      await page.evaluate(() => (window.__fake.syncCount = 0));
      await finding.click();
      await page.waitForFunction(([s, c]) => window.__fake.selection?.sheet === s && window.__fake.selection?.cell === c, [sheet, cell]);
      expect(await page.evaluate(() => window.__fake.syncCount), "syncs to select a cell").toBe(1);

      await page.getByRole("tab", { name: "入力" }).click();
      const pue = page.getByRole("textbox", { name: /PUE/ });
      await page.waitForFunction(() => document.querySelector("form")?.textContent?.includes("書込先"));
      await pue.fill("1.2");
      await page.getByRole("button", { name: "シートに書き込む" }).click();
      await page.getByRole("alertdialog").getByRole("button", { name: "上書きする" }).click();
      await page.waitForFunction(() => window.__fake.cell("別紙1 実施計画書", "C3")?.value === 1.2);
      const saved = await page.evaluate(() => JSON.stringify(window.Office.persisted));
      expect(saved, "undo record saved in the document settings").toContain("gxdc.undo");

      await page.getByRole("tab", { name: "元に戻す" }).click();
      await page.getByRole("button", { name: "元に戻す" }).click();
      await page.waitForFunction(() => window.__fake.cell("別紙1 実施計画書", "C3")?.value === 1.3);
    },
  },
];
module.exports.fakeHostScript = fakeHostScript;
