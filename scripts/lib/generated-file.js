/**
 * The tail every generator shares: write the generated text, or with --check compare it with the
 * committed file (exit 1 when stale); and run an async main() as a CLI with exit codes 0 / 1 / 2.
 */
"use strict";
const fs = require("fs");
const path = require("path");

/**
 * @param {string} outFile absolute path of the generated file
 * @param {string} text its fresh content
 * @param {{ root: string, check: boolean, regenerate: string, what: string, detail?: string }} o
 *   regenerate: the command to run when stale; what: what changed when it is stale; detail: appended to messages
 * @returns {number} exit code
 */
function writeOrCheck(outFile, text, o) {
  const rel = path.relative(o.root, outFile);
  const detail = o.detail ? ` (${o.detail})` : "";
  if (o.check) {
    const current = fs.existsSync(outFile) ? fs.readFileSync(outFile, "utf8") : "";
    if (current !== text) {
      process.stderr.write(`${rel} is stale: ${o.what} changed. Run \`${o.regenerate}\`.\n`);
      return 1;
    }
    process.stdout.write(`${rel} is up to date${detail}.\n`);
    return 0;
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, text);
  process.stdout.write(`wrote ${rel}${detail}\n`);
  return 0;
}

/** Runs `main(argv)` when the file is executed directly; an exception exits 2 with its stack. */
function runAsCli(mod, main) {
  if (require.main !== mod) return;
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
      process.exitCode = 2;
    },
  );
}

module.exports = { writeOrCheck, runAsCli };
