#!/usr/bin/env node
/* gxdc CLI entry: runs the compiled CLI (npm run build:cli, also run by `npm ci` through "prepare"). */
"use strict";
const path = require("path");
const fs = require("fs");
const compiled = path.join(__dirname, "..", "build", "cli", "cli", "main.js");
if (!fs.existsSync(compiled)) {
  process.stderr.write("gxdc: the CLI is not built yet. Run `npm run build:cli` (npm ci does it for you).\n");
  process.exit(2);
}
require(compiled)
  // stdin on demand: only `calc` reads it, and opening it costs a stream.
  .main(process.argv.slice(2), { get stdin() { return process.stdin; }, stdout: process.stdout, stderr: process.stderr })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err) => {
    process.stderr.write(`gxdc: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  });
