/**
 * Runs before `npm start` and `npm test` so that these two commands are the whole set-up on a fresh clone:
 * when node_modules is missing or older than package-lock.json, it installs exactly what the lockfile pins.
 *
 * `npm ci`: the lockfile lists every platform's optional native binaries and `npm ci` installs exactly it,
 * fetching only this platform's binaries, and never rewrites package-lock.json.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const lockfile = path.join(root, "package-lock.json");
const installedMarker = path.join(root, "node_modules", ".package-lock.json");

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function needsInstall() {
  const installed = mtime(installedMarker);
  if (installed === undefined) return true;
  const locked = mtime(lockfile);
  return locked !== undefined && locked > installed;
}

if (needsInstall()) {
  console.log("node_modules is missing or older than package-lock.json: npm ci (exactly what the lockfile pins)…");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(result.status ?? 1);
}
