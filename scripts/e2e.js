#!/usr/bin/env node
/**
 * End-to-end tests in a real browser, without Excel: builds dist/ (unless --no-build), serves it on
 * 127.0.0.1 with scripts/serve.js, drives Debian's chromium through playwright-core on demo.html
 * (the real taskpane next to an in-memory workbook) and taskpane.html, with every request that is
 * not to the local server blocked. Screenshots go to test-results/e2e/. Ends with "N passed, N failed"
 * and writes test-results/e2e.json { passed, failed, durationMs } (read by scripts/test-summary.js for
 * the closing "tests:" line of npm test).
 *
 *   node scripts/e2e.js [--no-build] [--dist DIR] [--filter TEXT] [--headed]
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { serve } = require("./serve");

const ROOT = path.resolve(__dirname, "..");
const RESULTS = path.join(ROOT, "test-results");
const SHOTS = path.join(RESULTS, "e2e");
const REPORT = path.join(RESULTS, "e2e.json");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const TEST_TIMEOUT_MS = 60_000;

function parseArgs(argv) {
  const o = { build: true, filter: null, headed: false, dist: path.join(ROOT, "dist") };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--no-build") o.build = false;
    else if (argv[i] === "--filter") o.filter = argv[++i];
    else if (argv[i] === "--dist") o.dist = path.resolve(argv[++i]);
    else if (argv[i] === "--headed") o.headed = true;
    else throw new Error(`e2e: unknown argument ${argv[i]}`);
  }
  return o;
}

/** The machine-readable result; written on every exit path so a stale report never counts. */
function writeReport(passed, failed, t0) {
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(REPORT, JSON.stringify({ passed, failed, durationMs: Date.now() - t0 }, null, 2) + "\n");
}

function build() {
  const t0 = Date.now();
  const r = spawnSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) throw new Error(`webpack failed (exit ${r.status})`);
  return Date.now() - t0;
}

/** Test files export an array of { name, run({ page, context, base, shot, expect }) }. */
function loadTests(filter) {
  const dir = path.join(ROOT, "test", "e2e");
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".e2e.js")).sort() : [];
  const tests = files.flatMap((f) => require(path.join(dir, f)).map((t) => ({ ...t, file: f })));
  return filter ? tests.filter((t) => t.name.includes(filter)) : tests;
}

/** A minimal assertion helper (no test framework in the browser runner). */
function expect(actual, what = "value") {
  const fail = (msg) => {
    throw new Error(`${what}: ${msg}`);
  };
  return {
    toBe: (e) => Object.is(actual, e) || fail(`expected ${JSON.stringify(e)}, got ${JSON.stringify(actual)}`),
    toEqual: (e) => JSON.stringify(actual) === JSON.stringify(e) || fail(`expected ${JSON.stringify(e)}, got ${JSON.stringify(actual)}`),
    toContain: (e) => (actual != null && actual.includes(e)) || fail(`expected to contain ${JSON.stringify(e)}, got ${JSON.stringify(actual)}`),
    toBeGreaterThan: (e) => actual > e || fail(`expected > ${e}, got ${actual}`),
    toBeTruthy: () => !!actual || fail(`expected truthy, got ${JSON.stringify(actual)}`),
    not: {
      toBe: (e) => !Object.is(actual, e) || fail(`expected not ${JSON.stringify(e)}`),
      toContain: (e) => !(actual != null && actual.includes(e)) || fail(`expected not to contain ${JSON.stringify(e)}`),
    },
  };
}

async function runTest(browser, base, test) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: "ja-JP" });
  const page = await context.newPage();
  const blocked = [];
  const problems = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base + "/")) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page.on("pageerror", (e) => {
    if (!(test.ignorePageErrors && test.ignorePageErrors.test(e.message))) problems.push(`page error: ${e.message}`);
  });
  page.on("console", (m) => {
    // A CSP violation means Griffel's runtime styles or a script were refused.
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  const shot = async (name, target = page) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    await target.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  };
  try {
    await Promise.race([
      test.run({ page, context, base, shot, expect, blocked }),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${TEST_TIMEOUT_MS} ms`)), TEST_TIMEOUT_MS)),
    ]);
    if (problems.length > 0) throw new Error(problems.join("\n"));
  } catch (e) {
    await shot(`FAILED-${test.name.replace(/[^\w-]+/g, "_")}`).catch(() => {});
    throw e;
  } finally {
    await context.close();
  }
}

const T0 = Date.now();

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = T0;
  // Artifacts describe this run: no stale report, no FAILED- screenshot of an earlier run (a filtered
  // run keeps the other tests' screenshots).
  fs.rmSync(REPORT, { force: true });
  if (!opts.filter) fs.rmSync(SHOTS, { recursive: true, force: true });
  else if (fs.existsSync(SHOTS)) for (const f of fs.readdirSync(SHOTS)) if (f.startsWith("FAILED-")) fs.rmSync(path.join(SHOTS, f));
  if (opts.build) console.log(`build: ${build()} ms`);
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`e2e: ${CHROMIUM} not found (apt-get install -y chromium fonts-noto-cjk)`);
    writeReport(0, 1, t0);
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
  const { chromium } = require("playwright-core");
  const server = await serve({ dir: opts.dist, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: !opts.headed });
  let passed = 0;
  let failed = 0;
  try {
    for (const test of loadTests(opts.filter)) {
      const t1 = Date.now();
      try {
        await runTest(browser, server.url, test);
        passed++;
        console.log(`✓ ${test.name} (${Date.now() - t1} ms)`);
      } catch (e) {
        failed++;
        console.log(`✗ ${test.name} (${Date.now() - t1} ms)\n    ${String(e && e.stack ? e.stack : e).split("\n").slice(0, 6).join("\n    ")}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`e2e total: ${Date.now() - t0} ms; screenshots in ${path.relative(ROOT, SHOTS)}/`);
  writeReport(passed, failed, t0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  try {
    writeReport(0, 1, T0);
  } catch {
    // the report is best effort here; the exit code still says failed
  }
  console.log("0 passed, 1 failed");
  process.exit(1);
});
