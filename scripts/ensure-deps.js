/**
 * Runs before `npm start` and `npm test` so that these two commands are the whole set-up on a fresh clone:
 * when node_modules is missing or older than package-lock.json, it installs exactly what the lockfile pins.
 *
 * Why `npm install` and not `npm ci`: the registry mirror this project is built against serves only the
 * native binaries of the platform asking (e.g. @swc/core-linux-x64-gnu); the lockfile therefore cannot list
 * the other platforms' optional binaries, and `npm ci` refuses such a lockfile as "out of sync". `npm install`
 * with the lockfile present installs the same pinned versions; CI (.ci/run) then fails if the lockfile moved.
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
  console.log("node_modules is missing or older than package-lock.json: npm install (pinned by the lockfile)…");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["install", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(result.status ?? 1);
}
