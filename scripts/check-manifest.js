/**
 * Offline manifest check (office-addin-manifest validate needs a Microsoft web service).
 * Checks what the store validator most often rejects, from the XSD limits and the shared-runtime docs:
 * well-formed XML, element order, GUID id, version, resids defined and ≤ 32 chars, string lengths,
 * https URLs, shared-runtime resids consistent, no <Namespace> (SPEC §3), icons with the right pixel sizes,
 * and — with --dist — every URL resolving to a file the build emitted.
 *   node scripts/check-manifest.js [manifest.xml] [--dist dist]
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");

const DEV_BASE = "https://localhost:3000/";
const TOP_LEVEL_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides",
];
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function elements(node) {
  return Array.from(node.childNodes || []).filter((n) => n.nodeType === 1);
}
function all(doc, localName) {
  return Array.from(doc.getElementsByTagNameNS("*", localName));
}
function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Returns a list of problems (empty = the manifest passes). */
function checkManifest(xml, { repoDir = path.join(__dirname, ".."), distDir = null } = {}) {
  const problems = [];
  const parseErrors = [];
  let doc;
  try {
    doc = new DOMParser({ onError: (level, msg) => level !== "warning" && parseErrors.push(msg) }).parseFromString(xml, "text/xml");
  } catch (e) {
    parseErrors.push(e.message);
  }
  if (parseErrors.length || !doc.documentElement || doc.documentElement.localName !== "OfficeApp") {
    return [`XML does not parse as an OfficeApp manifest: ${parseErrors.join("; ")}`];
  }
  const root = doc.documentElement;

  // Top-level order (the XSD is a sequence).
  const names = elements(root).map((e) => e.localName);
  let last = -1;
  for (const n of names) {
    const i = TOP_LEVEL_ORDER.indexOf(n);
    if (i < 0) problems.push(`unexpected top-level element <${n}>`);
    else if (i < last) problems.push(`<${n}> is out of order (schema sequence: ${TOP_LEVEL_ORDER.join(", ")})`);
    else last = i;
  }
  for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "Hosts", "DefaultSettings", "Permissions"]) {
    if (!names.includes(required)) problems.push(`missing <${required}>`);
  }
  const text = (name) => (all(root, name)[0] ? all(root, name)[0].textContent.trim() : "");
  if (!GUID.test(text("Id"))) problems.push(`<Id> is not a GUID: ${text("Id")}`);
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version"))) problems.push(`<Version> malformed: ${text("Version")}`);
  if (text("Permissions") !== "ReadWriteDocument") problems.push(`<Permissions> should be ReadWriteDocument (minimal for writing cells), got ${text("Permissions")}`);
  if (all(root, "Namespace").length) problems.push("<Namespace> present: SPEC §3 declares none (function names carry GX./DC. prefixes)");

  // Resources: ids, lengths, URLs.
  const defined = new Map();
  for (const group of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const g of all(root, group)) {
      for (const item of elements(g)) {
        const id = item.getAttribute("id");
        if (!id || id.length > 32) problems.push(`resource id "${id}" must be 1..32 characters`);
        if (defined.has(id)) problems.push(`resource id "${id}" defined twice`);
        defined.set(id, { group, item });
        const values = [item.getAttribute("DefaultValue"), ...elements(item).map((o) => o.getAttribute("Value"))];
        for (const v of values) {
          if (!v) problems.push(`resource "${id}" has an empty value`);
          else if (group === "ShortStrings" && v.length > 125) problems.push(`short string "${id}" longer than 125`);
          else if (group === "LongStrings" && v.length > 250) problems.push(`long string "${id}" longer than 250`);
        }
        for (const o of elements(item)) {
          if (o.localName !== "Override" || !/^[a-z]{2}-[A-Z]{2}$/.test(o.getAttribute("Locale") || "")) {
            problems.push(`resource "${id}" has a malformed override`);
          }
        }
      }
    }
  }
  const referenced = Array.from(doc.getElementsByTagName("*"))
    .map((e) => e.getAttribute("resid"))
    .filter(Boolean);
  for (const r of new Set(referenced)) if (!defined.has(r)) problems.push(`resid "${r}" is referenced but not defined in <Resources>`);

  // Shared runtime: one page for runtime, functions page and function file.
  const runtime = all(root, "Runtime")[0];
  if (!runtime) problems.push("missing <Runtime> (shared runtime)");
  else {
    const rid = runtime.getAttribute("resid");
    if (runtime.getAttribute("lifetime") !== "long") problems.push('<Runtime lifetime="long"> required for the shared runtime');
    const page = all(root, "Page")[0];
    const pageRes = page && all(page, "SourceLocation")[0] ? all(page, "SourceLocation")[0].getAttribute("resid") : null;
    const ff = all(root, "FunctionFile")[0];
    if (pageRes !== rid) problems.push(`custom functions <Page> resid (${pageRes}) must equal <Runtime> resid (${rid})`);
    if (!ff || ff.getAttribute("resid") !== rid) problems.push(`<FunctionFile> resid must equal <Runtime> resid (${rid})`);
  }
  const shared = all(root, "Set").find((s) => s.getAttribute("Name") === "SharedRuntime");
  if (!shared) problems.push("Requirements must include SharedRuntime 1.1");

  // URLs: https, and mapped to files.
  const urls = [];
  for (const e of Array.from(doc.getElementsByTagName("*"))) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = e.getAttribute(attr);
      if (v && /^https?:\/\//.test(v)) urls.push(v);
    }
  }
  for (const u of urls) {
    if (!u.startsWith("https://")) problems.push(`URL must be https: ${u}`);
    if (u.length > 2048) problems.push(`URL longer than 2048: ${u}`);
    if (!u.startsWith(DEV_BASE)) continue;
    const rel = u.slice(DEV_BASE.length).split(/[?#]/)[0];
    if (rel.startsWith("assets/")) {
      const file = path.join(repoDir, rel);
      if (!fs.existsSync(file)) problems.push(`icon ${rel} does not exist in the repository`);
    }
    if (distDir && !fs.existsSync(path.join(distDir, rel))) problems.push(`${u} → ${rel} is not emitted by the build (${distDir})`);
  }

  // Icon sizes: resource ids say their size; IconUrl 32, HighResolutionIconUrl 64.
  const expectSize = (url, size, what) => {
    if (!url || !url.startsWith(DEV_BASE)) return;
    const file = path.join(repoDir, url.slice(DEV_BASE.length));
    if (!fs.existsSync(file)) return;
    const s = pngSize(file);
    if (!s || s.width !== size || s.height !== size) problems.push(`${what} must be a ${size}×${size} PNG (${path.basename(file)} is ${s ? `${s.width}×${s.height}` : "not a PNG"})`);
  };
  expectSize(all(root, "IconUrl")[0] && all(root, "IconUrl")[0].getAttribute("DefaultValue"), 32, "IconUrl");
  expectSize(all(root, "HighResolutionIconUrl")[0] && all(root, "HighResolutionIconUrl")[0].getAttribute("DefaultValue"), 64, "HighResolutionIconUrl");
  for (const [id, { group, item }] of defined) {
    const m = /^Icon\.(\d+)x\1$/.exec(id);
    if (group === "Images" && m) expectSize(item.getAttribute("DefaultValue"), Number(m[1]), id);
  }
  return problems;
}

module.exports = { checkManifest };

if (require.main === module) {
  const args = process.argv.slice(2);
  const distIdx = args.indexOf("--dist");
  const distDir = distIdx >= 0 ? path.resolve(args[distIdx + 1]) : null;
  const file = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--dist") || path.join(__dirname, "..", "manifest.xml");
  const problems = checkManifest(fs.readFileSync(file, "utf8"), { distDir });
  if (problems.length) {
    console.error(`manifest check: ${problems.length} problem(s)\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log(`manifest check: ${path.basename(file)} OK${distDir ? ` (URLs resolve in ${path.relative(process.cwd(), distDir) || "."})` : ""}`);
}
