#!/usr/bin/env node
/**
 * A tiny static server for dist/ (no dependency): 127.0.0.1 only, correct MIME types, the taskpane's
 * Content-Security-Policy on every response, no directory listing, no path escaping the root.
 *
 *   node scripts/serve.js [--port N] [--dir dist] [--host 127.0.0.1]
 *   const { serve } = require("./scripts/serve"); const { url, close } = await serve({ dir, port: 0 });
 */
"use strict";
const http = require("http");
const fs = require("fs");
const path = require("path");

const CSP =
  "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; " +
  "connect-src 'self'; img-src 'self' data:";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

/** Resolves a URL path inside root; null when it would leave it. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  const file = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function handler(root) {
  return (req, res) => {
    const headers = { "Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" };
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...headers, Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      return res.end("Method Not Allowed");
    }
    let file = resolveInside(root, req.url || "/");
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      return res.end("Not Found");
    }
    const type = MIME[path.extname(file).toLowerCase()] || "application/octet-stream";
    res.writeHead(200, { ...headers, "Content-Type": type, "Content-Length": fs.statSync(file).size });
    if (req.method === "HEAD") return res.end();
    fs.createReadStream(file).pipe(res);
  };
}

/**
 * Serves `dir` on host:port (port 0 = any free port).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
function serve({ dir = "dist", port = 3000, host = "127.0.0.1" } = {}) {
  const root = path.resolve(dir);
  if (!fs.existsSync(root)) return Promise.reject(new Error(`serve: ${root} does not exist (run npm run build first)`));
  const server = http.createServer(handler(root));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function parseArgs(argv) {
  const opts = { dir: "dist", port: 3000, host: "127.0.0.1" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--port") opts.port = Number(argv[++i]);
    else if (a === "--dir") opts.dir = argv[++i];
    else if (a === "--host") opts.host = argv[++i];
    else if (a === "--help" || a === "-h") {
      console.log("usage: node scripts/serve.js [--port N] [--dir dist] [--host 127.0.0.1]");
      process.exit(0);
    } else {
      console.error(`serve: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    console.error("serve: --port must be an integer 0–65535");
    process.exit(2);
  }
  return opts;
}

if (require.main === module) {
  const opts = parseArgs(process.argv.slice(2));
  serve(opts).then(
    ({ url }) => console.log(`serving ${path.resolve(opts.dir)} at ${url}/ (taskpane.html, demo.html); Ctrl+C to stop`),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}

module.exports = { serve, CSP, MIME };
