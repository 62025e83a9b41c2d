/**
 * npm start.
 * - Where desktop Excel exists (Windows, or macOS with Microsoft Excel installed): trusted dev certificates,
 *   the webpack dev server and sideloading through office-addin-debugging (the usual Office add-in flow).
 * - Elsewhere (Linux, CI, a machine without Excel) or with --demo: a production build served on
 *   http://localhost:<port>/ and the URL of the demo page, which hosts the real taskpane against an
 *   in-memory sample workbook.
 * Options: --demo (force the demo), --port N (default 3000), --no-build (serve the existing dist/).
 */
"use strict";
const { spawnSync, spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const args = process.argv.slice(2);
const port = Number(args.includes("--port") ? args[args.indexOf("--port") + 1] : process.env.npm_package_config_dev_server_port || 3000);

function hasDesktopExcel() {
  if (process.platform === "win32") return true; // office-addin-debugging finds Excel itself and explains if absent
  if (process.platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  return false;
}

function hasDebuggingTools() {
  try {
    require.resolve("office-addin-debugging/package.json", { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

function npx(cmd, cmdArgs) {
  const r = spawnSync(process.platform === "win32" ? "npx.cmd" : "npx", [cmd, ...cmdArgs], { cwd: root, stdio: "inherit" });
  return r.status === 0;
}

async function startDemo() {
  if (!args.includes("--no-build")) {
    console.log("Building the add-in (webpack --mode production)…");
    if (!npx("webpack", ["--mode", "production"])) process.exit(1);
  }
  const { serve } = require("./serve.js");
  const server = await serve({ dir: path.join(root, "dist"), port, host: "127.0.0.1" });
  console.log("");
  console.log("Excel was not found on this machine: serving the demo instead.");
  console.log(`  デモ (taskpane + in-memory workbook): ${server.url}/demo.html`);
  console.log(`  taskpane page (for an Excel that loads it): ${server.url}/taskpane.html`);
  console.log("  Ctrl+C で終了します / press Ctrl+C to stop.");
}

function startExcel() {
  console.log("Desktop Excel found: installing dev certificates, starting the dev server and sideloading manifest.xml…");
  if (!npx("office-addin-dev-certs", ["install"])) process.exit(1);
  const child = spawn(process.platform === "win32" ? "npx.cmd" : "npx", ["office-addin-debugging", "start", "manifest.xml", "desktop"], {
    cwd: root,
    stdio: "inherit",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (!args.includes("--demo") && hasDesktopExcel() && hasDebuggingTools()) startExcel();
else
  startDemo().catch((e) => {
    console.error(e);
    process.exit(1);
  });
