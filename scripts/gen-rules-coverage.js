#!/usr/bin/env node
/**
 * Generates docs/rules-coverage.md: for every rule id of RULES.md, where the code uses it, how many
 * test cases cite it, and whether it is implemented, out of scope (docs/rules-scope.json) or MISSING.
 *
 *   node scripts/gen-rules-coverage.js            write docs/rules-coverage.md
 *   node scripts/gen-rules-coverage.js --update   also refresh docs/rule-ids.json (the snapshot of RULES.md ids)
 *   node scripts/gen-rules-coverage.js --check    exit 1 when a committed file differs from a fresh generation
 *   node scripts/gen-rules-coverage.js --json     print the computed rows as JSON (for tests)
 *
 * RULES.md is read from $RULES_MD, else ../shared/rules/RULES.md (relative to the repo root). When it is
 * absent, the committed snapshot docs/rule-ids.json is used, so the check works anywhere.
 *
 * Classification (kind): "calculation" = listed in RULES.md §0.4 Formula index; "descriptive" = matched
 * by docs/rules-scope.json (exact id or "PREFIX-*"); "check" = every other id. Status: "implemented" when
 * a non-test file under src/ holds the id as a string literal ("GX-RATE-01" in ruleId: "…", checksRun,
 * autoRuleIds …), else "out of scope" when descriptive, else "MISSING".
 * Test cases: static count over *.test.ts(x) (parsed with the project's `typescript` package, as a
 * library): an it()/test() whose title cites the id counts 1; an it.each/test.each counts its table
 * rows when the title cites the id, otherwise the rows that contain it. Skipped tests do not count.
 * Plain Node (CommonJS); no TS runtime.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PATHS = {
  rulesMd: process.env.RULES_MD ? path.resolve(process.env.RULES_MD) : path.resolve(ROOT, "../shared/rules/RULES.md"),
  ruleIds: path.join(ROOT, "docs/rule-ids.json"),
  scope: path.join(ROOT, "docs/rules-scope.json"),
  coverage: path.join(ROOT, "docs/rules-coverage.md"),
  src: path.join(ROOT, "src"),
  testRoots: [path.join(ROOT, "src"), path.join(ROOT, "test")],
};

/** Programs, in document order, with the id prefixes they own (longest prefix first where they overlap). */
const PROGRAMS = [
  { id: "meti-cloud", title: "METI クラウドプログラム (secondary source)", prefixes: ["CLOUD-"], seed: "000_98b116c15d754bfb.txt" },
  { id: "gx-regional", title: "GX地域共創補助金2026", prefixes: ["GX-"], seed: "001_bcc3ced3d61acfe1.txt" },
  { id: "dc-zero", title: "データセンターのゼロエミッション化・レジリエンス強化促進事業", prefixes: ["DC-", "MOE-ADMIN-"], seed: "004_83a32f419551a032.txt" },
  { id: "dc-tech", title: "環境配慮技術の開発・実証事業", prefixes: ["DCTECH-"], seed: "003_4cf26750886e2764.txt" },
  { id: "seed-002", title: "GX関係予算 (seed 002) — ids defined in code", prefixes: ["S002-"], seed: "002_082ecb27172b1189.txt" },
];

/** A rule id as code writes it: PREFIX-…-NN (AMB-* are readings, not rules). */
const ID_IN_LITERAL = /["'`]((?:GX|DC|MOE-ADMIN|DCTECH|CLOUD|S002)-(?:[A-Z0-9]+-)*\d{2})["'`]/g;
const ID_ANYWHERE = /\b(?:GX|DC|MOE-ADMIN|DCTECH|CLOUD|S002)-(?:[A-Z0-9]+-)*\d{2}\b/g;

function programOf(id) {
  if (id.startsWith("DCTECH-")) return "dc-tech";
  const p = PROGRAMS.find((pr) => pr.prefixes.some((x) => id.startsWith(x)));
  return p ? p.id : null;
}

// ---------------------------------------------------------------- RULES.md

/** Cells of a markdown table row ("| a | b |" → ["a", "b"]). */
function cells(line) {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}

function oneLine(text, max = 120) {
  const s = text.replace(/\*\*/g, "").replace(/`/g, "").replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** Expands "DC-BONUS-03/04/05" and "DC-NEW-CAP-01 / DC-RENO-CAP-01" into ids. */
function expandFormulaIds(cell) {
  const out = [];
  let last = null;
  for (const token of cell.split("/").map((t) => t.trim())) {
    if (/^\d{2}$/.test(token) && last) out.push(last.replace(/\d{2}$/, token));
    else if (/^[A-Z]/.test(token)) out.push((last = token));
  }
  return out;
}

/** Parses RULES.md: rule rows of every table whose header starts with "ID", and the §0.4 formula index. */
function parseRulesMd(text) {
  const lines = text.split(/\r?\n/);
  const rules = [];
  const formulaIds = new Set();
  let section = "";
  let table = null; // "id" | "formula" | "other" while inside a table
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^#{2,3}\s+(.*)$/.exec(line);
    if (heading) section = heading[1].trim();
    if (!line.startsWith("|")) {
      table = null;
      continue;
    }
    if (table === null) {
      const first = cells(line)[0];
      table = first === "ID" ? "id" : first === "Formula id" ? "formula" : "other";
      continue;
    }
    const c = cells(line);
    if (/^-+$/.test(c[0].replace(/:/g, ""))) continue;
    if (table === "formula") expandFormulaIds(c[0]).forEach((id) => formulaIds.add(id));
    if (table === "id" && /^[A-Z][A-Z0-9-]*-\d{2}$/.test(c[0]) && !c[0].startsWith("AMB-")) {
      rules.push({ id: c[0], program: programOf(c[0]), section, summary: oneLine(c[1] || "") });
    }
  }
  return rules.map((r) => ({ ...r, calculation: formulaIds.has(r.id) }));
}

// ---------------------------------------------------------------- classification

function loadScope() {
  const raw = JSON.parse(fs.readFileSync(PATHS.scope, "utf8"));
  return Object.entries(raw)
    .filter(([k]) => !k.startsWith("$"))
    .map(([key, reason]) => ({ key, reason, matches: (id) => (key.endsWith("*") ? id.startsWith(key.slice(0, -1)) : id === key) }));
}

/** kind + out-of-scope reason for each rule; throws when a formula id is declared descriptive. */
function classify(rules, scope) {
  return rules.map((r) => {
    const entry = scope.find((s) => s.matches(r.id));
    if (r.calculation && entry) throw new Error(`${r.id} is in the RULES.md formula index but docs/rules-scope.json lists it as descriptive (${entry.key})`);
    const kind = r.calculation ? "calculation" : entry ? "descriptive" : "check";
    return { id: r.id, program: r.program, section: r.section, summary: r.summary, kind, scopeReason: entry ? entry.reason : null };
  });
}

// ---------------------------------------------------------------- source scan

function walk(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

const isTest = (file) => /\.test\.tsx?$/.test(file);
const rel = (file) => path.relative(ROOT, file).split(path.sep).join("/");

/** id → sorted list of non-test src files holding it as a string literal; plus S002 descriptions. */
function scanSources() {
  const refs = new Map();
  const descriptions = new Map();
  const commentLines = new Map();
  for (const file of walk(PATHS.src).filter((f) => !isTest(f))) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(ID_IN_LITERAL)) {
      if (!refs.has(m[1])) refs.set(m[1], new Set());
      refs.get(m[1]).add(rel(file));
    }
    // Summaries of ids defined in code (S002-*): the description of their param(...).
    for (const m of text.matchAll(/ruleId:\s*"(S002-[A-Z0-9-]+)",\s*description:\s*"([^"]+)"/g)) {
      if (!descriptions.has(m[1])) descriptions.set(m[1], oneLine(m[2].split(/\s*—\s*/)[0]));
    }
    // Fallback for ids without a param (formulas): the first comment line citing the id.
    for (const m of text.matchAll(/^\s*(?:\*|\/\/)\s*(.*\b(S002-[A-Z0-9-]+-\d{2})\b.*)$/gm)) {
      if (!commentLines.has(m[2])) commentLines.set(m[2], oneLine(m[1]));
    }
  }
  for (const [id, line] of commentLines) if (!descriptions.has(id)) descriptions.set(id, line);
  return { refs: new Map([...refs].map(([id, files]) => [id, [...files].sort()])), descriptions };
}

// ---------------------------------------------------------------- test scan

/** Counts test cases per rule id in one test file's text (see header). */
function countTestCases(text, fileName = "x.test.ts") {
  const ts = require("typescript");
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const counts = new Map();
  const add = (id, n) => counts.set(id, (counts.get(id) || 0) + n);
  const idsIn = (s) => new Set(s.match(ID_ANYWHERE) || []);
  const testName = (expr) => {
    // it / test / it.only / test.only / it.concurrent (skip, todo, xit: not counted)
    if (ts.isIdentifier(expr)) return ["it", "test"].includes(expr.text) ? "plain" : null;
    if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.expression) && ["it", "test"].includes(expr.expression.text)) {
      const n = expr.name.text;
      if (n === "only" || n === "concurrent") return "plain";
      if (n === "each") return "each";
    }
    if (ts.isPropertyAccessExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.name.text === "each") {
      const inner = expr.expression;
      if (ts.isIdentifier(inner.expression) && ["it", "test"].includes(inner.expression.text) && ["only", "concurrent"].includes(inner.name.text)) return "each";
    }
    return null;
  };
  const eachRows = (tableNode) => {
    if (tableNode && ts.isArrayLiteralExpression(tableNode)) return tableNode.elements.map((e) => e.getText(sf));
    return null;
  };
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const kind = testName(node.expression);
      if (kind === "plain") {
        idsIn(node.arguments[0].getText(sf)).forEach((id) => add(id, 1));
      } else if (ts.isCallExpression(node.expression) && testName(node.expression.expression) === "each") {
        // it.each(table)(title, fn)
        const titleIds = idsIn(node.arguments[0].getText(sf));
        const rows = eachRows(node.expression.arguments[0]);
        const rowCount = rows ? rows.length : 1;
        titleIds.forEach((id) => add(id, rowCount));
        if (rows) {
          for (const row of rows) idsIn(row).forEach((id) => titleIds.has(id) || add(id, 1));
        }
      } else if (ts.isTaggedTemplateExpression(node.expression) && testName(node.expression.tag) === "each") {
        // it.each`table`(title, fn): rows = non-empty template lines after the header
        const rows = node.expression.template.getText(sf).split("\n").map((l) => l.trim()).filter((l) => l && l !== "`").slice(1);
        const titleIds = idsIn(node.arguments[0].getText(sf));
        titleIds.forEach((id) => add(id, rows.length));
        for (const row of rows) idsIn(row).forEach((id) => titleIds.has(id) || add(id, 1));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return counts;
}

/** This generator's own tests use rule ids as sample data: they are not tests of the rules. */
const SELF_TEST = "test/rules/coverage.test.ts";

function scanTests() {
  const total = new Map();
  const files = PATHS.testRoots.flatMap((d) => walk(d)).filter((f) => isTest(f) && rel(f) !== SELF_TEST);
  for (const file of [...new Set(files)]) {
    for (const [id, n] of countTestCases(fs.readFileSync(file, "utf8"), file)) total.set(id, (total.get(id) || 0) + n);
  }
  return total;
}

// ---------------------------------------------------------------- model and rendering

function buildRows(classified, refs, tests, descriptions) {
  const known = new Set(classified.map((r) => r.id));
  const rows = classified.map((r) => {
    const files = refs.get(r.id) || [];
    const status = files.length > 0 ? "implemented" : r.kind === "descriptive" ? "out of scope" : "MISSING";
    return { ...r, files, tests: tests.get(r.id) || 0, status };
  });
  // Ids defined in code only (seed-002) and unknown ids (probably typos).
  const extra = [...refs.keys()].filter((id) => !known.has(id)).sort(compareIds);
  for (const id of extra.filter((x) => x.startsWith("S002-"))) {
    rows.push({ id, program: "seed-002", section: "", summary: descriptions.get(id) || "(no description found)", kind: "check", scopeReason: null, files: refs.get(id), tests: tests.get(id) || 0, status: "implemented" });
  }
  const unknown = extra.filter((x) => !x.startsWith("S002-")).map((id) => ({ id, files: refs.get(id) }));
  return { rows, unknown };
}

function compareIds(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

const esc = (s) => String(s).replace(/\|/g, "\\|");

function filesCell(files) {
  if (files.length === 0) return "—";
  const shown = files.slice(0, 3).map((f) => `\`${f.replace(/^src\//, "")}\``);
  return files.length > 3 ? `${shown.join(", ")} +${files.length - 3} more` : shown.join(", ");
}

function statusCell(r) {
  if (r.status === "out of scope") return `out of scope (${esc(r.scopeReason)})`;
  if (r.status === "MISSING") return `**MISSING** (${r.kind})`;
  return "implemented";
}

function render(model) {
  const { rows, unknown } = model;
  const out = [];
  out.push("<!-- generated by scripts/gen-rules-coverage.js — do not edit -->");
  out.push("");
  out.push("# Rules coverage");
  out.push("");
  out.push("generated by scripts/gen-rules-coverage.js — do not edit. Regenerate with `node scripts/gen-rules-coverage.js`");
  out.push("(`--update` also refreshes `docs/rule-ids.json` from RULES.md; `--check` fails when this file is stale).");
  out.push("");
  out.push("- Rule ids: `docs/rule-ids.json`, the snapshot of the ID tables of RULES.md (AMB-* readings are not rules and are not listed).");
  out.push("- Kind: **calculation** = in the RULES.md §0.4 formula index; **descriptive** = listed in `docs/rules-scope.json` with a reason; **check** = every other rule.");
  out.push("- Implemented in: non-test files under `src/` holding the id as a string literal (`ruleId: \"…\"`, `checksRun`, `autoRuleIds` …).");
  out.push("- Test cases: `it`/`test` titles citing the id, and `it.each` table rows (all rows when the title cites the id).");
  out.push("- Status: implemented / out of scope (reason) / **MISSING** (a calculation or check id that no code references).");
  out.push("");
  out.push("## Summary");
  out.push("");
  out.push("| program | ids | calculation | check | descriptive | implemented | out of scope | MISSING | test cases |");
  out.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  const sum = (rs) => [
    rs.length,
    rs.filter((r) => r.kind === "calculation").length,
    rs.filter((r) => r.kind === "check").length,
    rs.filter((r) => r.kind === "descriptive").length,
    rs.filter((r) => r.status === "implemented").length,
    rs.filter((r) => r.status === "out of scope").length,
    rs.filter((r) => r.status === "MISSING").length,
    rs.reduce((a, r) => a + r.tests, 0),
  ];
  for (const p of PROGRAMS) out.push(`| ${p.id} | ${sum(rows.filter((r) => r.program === p.id)).join(" | ")} |`);
  out.push(`| **all** | ${sum(rows).join(" | ")} |`);
  for (const p of PROGRAMS) {
    const rs = rows.filter((r) => r.program === p.id);
    out.push("");
    out.push(`## ${p.id} — ${p.title}`);
    out.push("");
    out.push(`Prefix ${p.prefixes.map((x) => `\`${x}\``).join(", ")} · seed \`${p.seed}\``);
    out.push("");
    if (rs.length === 0) {
      out.push("No rule ids.");
      continue;
    }
    if (p.id === "seed-002") {
      out.push("SEED-002-PROGRAMS.md has no id table: these ids are defined in code (param descriptions), counted as checks.");
      out.push("");
    }
    out.push("| rule id | summary | implemented in | test cases | status |");
    out.push("|---|---|---|---:|---|");
    for (const r of rs) out.push(`| ${r.id} | ${esc(r.summary)} | ${filesCell(r.files)} | ${r.tests} | ${statusCell(r)} |`);
  }
  out.push("");
  out.push("## Unknown rule ids referenced in code");
  out.push("");
  if (unknown.length === 0) out.push("None.");
  else {
    out.push("Ids that look like rule ids but are not in RULES.md (typo, or a rule that needs adding):");
    out.push("");
    for (const u of unknown) out.push(`- ${u.id}: ${filesCell(u.files)}`);
  }
  out.push("");
  return out.join("\n");
}

function snapshotJson(classified) {
  const ids = classified.map((r) => ({ id: r.id, program: r.program, section: r.section, summary: r.summary, kind: r.kind }));
  return `${JSON.stringify({ $comment: "generated by scripts/gen-rules-coverage.js --update from RULES.md — do not edit; kinds come from the §0.4 formula index and docs/rules-scope.json", ids }, null, 2)}\n`;
}

/** Rules from RULES.md when readable, else from the committed snapshot (kind "calculation" kept). */
function loadRules() {
  if (fs.existsSync(PATHS.rulesMd)) return { from: "RULES.md", rules: parseRulesMd(fs.readFileSync(PATHS.rulesMd, "utf8")) };
  if (!fs.existsSync(PATHS.ruleIds)) throw new Error(`Neither ${PATHS.rulesMd} (set RULES_MD) nor ${PATHS.ruleIds} exists.`);
  const snap = JSON.parse(fs.readFileSync(PATHS.ruleIds, "utf8"));
  return { from: "docs/rule-ids.json", rules: snap.ids.map((r) => ({ id: r.id, program: r.program, section: r.section, summary: r.summary, calculation: r.kind === "calculation" })) };
}

function generate() {
  const { from, rules } = loadRules();
  const scope = loadScope();
  const classified = classify(rules, scope);
  const { refs, descriptions } = scanSources();
  const model = buildRows(classified, refs, scanTests(), descriptions);
  const unusedScope = scope.filter((s) => !rules.some((r) => s.matches(r.id))).map((s) => s.key);
  return { from, classified, model, markdown: render(model), snapshot: snapshotJson(classified), unusedScope };
}

function readOr(file, fallback) {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : fallback;
}

function main(argv) {
  const flags = new Set(argv);
  const g = generate();
  for (const key of g.unusedScope) process.stderr.write(`warning: docs/rules-scope.json entry "${key}" matches no rule id\n`);
  if (flags.has("--json")) {
    process.stdout.write(`${JSON.stringify({ from: g.from, rows: g.model.rows, unknown: g.model.unknown }, null, 2)}\n`);
    return 0;
  }
  if (flags.has("--check")) {
    const problems = [];
    if (readOr(PATHS.coverage, null) !== g.markdown) problems.push("docs/rules-coverage.md is stale: run `node scripts/gen-rules-coverage.js`");
    if (readOr(PATHS.ruleIds, null) !== g.snapshot) problems.push(`docs/rule-ids.json differs from ${g.from} + docs/rules-scope.json: run \`node scripts/gen-rules-coverage.js --update\``);
    for (const p of problems) process.stderr.write(`${p}\n`);
    return problems.length ? 1 : 0;
  }
  fs.writeFileSync(PATHS.coverage, g.markdown);
  if (flags.has("--update")) fs.writeFileSync(PATHS.ruleIds, g.snapshot);
  const rows = g.model.rows;
  process.stdout.write(
    `rules coverage (${g.from}): ${rows.length} ids, ${rows.filter((r) => r.status === "implemented").length} implemented, ` +
      `${rows.filter((r) => r.status === "out of scope").length} out of scope, ${rows.filter((r) => r.status === "MISSING").length} MISSING\n`,
  );
  return 0;
}

module.exports = { parseRulesMd, expandFormulaIds, classify, countTestCases, render, buildRows, generate, PATHS };

// exitCode, not exit(): a piped stdout must be flushed before the process ends.
if (require.main === module) process.exitCode = main(process.argv.slice(2));
