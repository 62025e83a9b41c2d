/**
 * Where the custom functions and their Japanese help live, and how build scripts read them
 * without ts-node: the metadata comes from the JSDoc (custom-functions-metadata, the same
 * generator the webpack plugin runs); the ja help tables are TypeScript modules loaded through
 * a small on-the-fly transpile (typescript.transpileModule) with relative .ts imports resolved.
 * Used by scripts/functions-ja-plugin.js, gen-function-docs.js and gen-function-registry.js.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { createRequire, Module } = require("module");

const ROOT = path.resolve(__dirname, "..", "..");

/** The wrapper modules: the single list (webpack.config.js and the tests read it from here). */
const FUNCTION_SOURCES = ["src/functions/gx.ts", "src/functions/dc.ts", "src/functions/s002.ts", "src/functions/advisor.ts"];

/** The Japanese help tables: file and exported name (a FunctionHelpTable, src/functions/i18n/types.ts). */
const HELP_SOURCES = [
  { file: "src/functions/i18n/gx.ja.ts", exportName: "GX_HELP_JA" },
  { file: "src/functions/i18n/dc.ja.ts", exportName: "DC_HELP_JA" },
  { file: "src/functions/i18n/s002.ja.ts", exportName: "S002_HELP_JA" },
  { file: "src/functions/i18n/advisor.ja.ts", exportName: "ADVISOR_HELP_JA" },
];

const TS_EXTENSIONS = [".ts", ".tsx"];

/** Resolves a relative import to a TypeScript file (x, x.ts, x.tsx, x/index.ts), or null. */
function resolveTsFile(base) {
  const candidates = [base, ...TS_EXTENSIONS.map((e) => base + e), ...TS_EXTENSIONS.map((e) => path.join(base, "index" + e))];
  return candidates.find((c) => TS_EXTENSIONS.includes(path.extname(c)) && fs.existsSync(c) && fs.statSync(c).isFile()) ?? null;
}

/**
 * Loads a TypeScript module (and the .ts modules it imports relatively) by transpiling each one to
 * CommonJS in memory. Types are erased, nothing is type-checked. Packages resolve through Node.
 * `loaded` collects every file read, so a webpack plugin can watch them.
 */
function loadTsModule(file, cache = new Map(), loaded = new Set()) {
  const abs = path.resolve(file);
  const cached = cache.get(abs);
  if (cached) return cached.exports;
  const ts = require("typescript");
  const { outputText } = ts.transpileModule(fs.readFileSync(abs, "utf8"), {
    fileName: abs,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      jsx: ts.JsxEmit.ReactJSX,
    },
  });
  const mod = { exports: {} };
  cache.set(abs, mod);
  loaded.add(abs);
  const nodeRequire = createRequire(abs);
  const localRequire = (spec) => {
    if (spec.startsWith(".")) {
      const tsFile = resolveTsFile(path.resolve(path.dirname(abs), spec));
      if (tsFile) return loadTsModule(tsFile, cache, loaded);
    }
    return nodeRequire(spec);
  };
  const wrapper = vm.runInThisContext(Module.wrap(outputText), { filename: abs });
  wrapper.call(mod.exports, mod.exports, localRequire, mod, abs, path.dirname(abs));
  return mod.exports;
}

/**
 * Reads the Japanese help tables and merges them into one id → help table.
 * Returns { table, files, problems }: problems are Japanese/English build messages
 * (missing export, an id defined twice).
 */
function loadHelpTables(sources = HELP_SOURCES, root = ROOT) {
  const table = {};
  const problems = [];
  const files = new Set();
  const cache = new Map();
  for (const { file, exportName } of sources) {
    const abs = path.resolve(root, file);
    if (!fs.existsSync(abs)) {
      problems.push(`${file}: file not found (ja help table ${exportName})`);
      continue;
    }
    let exported;
    try {
      exported = loadTsModule(abs, cache, files)[exportName];
    } catch (e) {
      problems.push(`${file}: cannot load (${e && e.message ? e.message : e})`);
      continue;
    }
    if (!exported || typeof exported !== "object") {
      problems.push(`${file}: does not export ${exportName}`);
      continue;
    }
    for (const [id, help] of Object.entries(exported)) {
      if (Object.prototype.hasOwnProperty.call(table, id)) problems.push(`${file}: ${id} has Japanese help in two tables`);
      table[id] = help;
    }
  }
  return { table, files: [...files], problems };
}

/** Runs custom-functions-metadata on the wrapper modules: { metadata, associate, errors }. */
async function generateMetadata(sources = FUNCTION_SOURCES, root = ROOT) {
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
  const files = sources.map((f) => path.resolve(root, f));
  const missing = files.filter((f) => !fs.existsSync(f));
  if (missing.length > 0) return { metadata: { functions: [] }, associate: [], errors: missing.map((f) => `${f}: file not found`) };
  const r = await generateCustomFunctionsMetadata(files, false);
  const metadata = r.errors.length === 0 && r.metadataJson ? JSON.parse(r.metadataJson) : { functions: [] };
  return { metadata, associate: r.associate, errors: r.errors };
}

/** `--flag value` or `--flag=value` from argv, else the default. */
function optionValue(argv, flag, fallback) {
  const i = argv.findIndex((a) => a === flag || a.startsWith(flag + "="));
  if (i < 0) return fallback;
  return argv[i].includes("=") ? argv[i].slice(flag.length + 1) : argv[i + 1];
}

module.exports = { ROOT, FUNCTION_SOURCES, HELP_SOURCES, loadTsModule, loadHelpTables, generateMetadata, optionValue };
