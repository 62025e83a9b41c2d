/**
 * Prints one closing line for the whole `npm test` run — "tests: N passed, N failed" — from the
 * Jest JSON report (test-results/jest.json) and the browser tests' report (test-results/e2e.json).
 */
"use strict";
const fs = require("fs");
const path = require("path");

const dir = path.join(__dirname, "..", "test-results");
const read = (f) => (fs.existsSync(path.join(dir, f)) ? JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) : null);

const jest = read("jest.json");
const e2e = read("e2e.json");
const passed = (jest ? jest.numPassedTests : 0) + (e2e ? e2e.passed : 0);
const failed = (jest ? jest.numFailedTests : 0) + (e2e ? e2e.failed : 0);
if (jest) console.log(`unit and component tests (Jest): ${jest.numPassedTests} passed, ${jest.numFailedTests} failed, ${jest.numPendingTests} skipped`);
if (e2e) {
  const took = typeof e2e.durationMs === "number" ? ` in ${(e2e.durationMs / 1000).toFixed(1)} s` : "";
  console.log(`browser tests (Chromium): ${e2e.passed} passed, ${e2e.failed} failed${took}`);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || !jest ? 1 : 0);
