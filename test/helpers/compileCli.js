/**
 * Jest globalSetup: compiles the gxdc CLI once before any test file runs, so the tests that spawn
 * `node bin/gxdc.js` run the current sources (not what `npm ci`'s "prepare" compiled earlier).
 */
"use strict";
const { execFileSync } = require("child_process");
const path = require("path");

module.exports = async function compileCli() {
  const root = path.join(__dirname, "..", "..");
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root, stdio: "pipe" });
};
