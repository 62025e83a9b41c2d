/**
 * Webpack plugin: emits functions-ja.json, the ja-JP overlay of the custom-function metadata.
 *
 * After CustomFunctionsMetadataPlugin has put functions.json into the compilation, this plugin
 * copies it and replaces each function's `description` and each parameter's `name` / `description`
 * with the Japanese help of GX_HELP_JA + DC_HELP_JA (src/functions/i18n/*.ja.ts, keyed by function
 * id and TypeScript parameter name). Ids and function names stay as they are (SPEC §3).
 * The tables are read at build time by transpiling them in memory (no ts-node).
 *
 * The build fails (a compilation error) when a function or a parameter has no Japanese help, or
 * when a help entry names a function or parameter that does not exist (stale help).
 */
"use strict";
const { HELP_SOURCES, ROOT, loadHelpTables } = require("./lib/function-sources");

const PLUGIN_NAME = "FunctionsJaPlugin";

const nonEmpty = (v) => typeof v === "string" && v.trim() !== "";

/**
 * Overlays Japanese help on generated metadata. Pure: returns { metadata, problems };
 * `metadata` is a new object, `problems` lists every missing or stale entry.
 */
function buildJaMetadata(metadata, helpTable) {
  const problems = [];
  const ids = new Set();
  const functions = (metadata.functions || []).map((fn) => {
    ids.add(fn.id);
    const help = helpTable[fn.id];
    if (!help) {
      problems.push(`${fn.id}: 日本語ヘルプがありません (no Japanese help for this function in the ja tables)`);
      return fn;
    }
    if (!nonEmpty(help.description)) problems.push(`${fn.id}: 日本語の説明 (description) が空です`);
    const paramHelp = help.params || {};
    const names = new Set((fn.parameters || []).map((p) => p.name));
    for (const key of Object.keys(paramHelp)) {
      if (!names.has(key)) problems.push(`${fn.id}: 引数 ${key} の日本語ヘルプがありますが、その引数はありません (stale help)`);
    }
    const parameters = (fn.parameters || []).map((p) => {
      const h = paramHelp[p.name];
      if (!h || !nonEmpty(h.name) || !nonEmpty(h.description)) {
        problems.push(`${fn.id}: 引数 ${p.name} の日本語の名前・説明がありません (params.${p.name}.name / .description)`);
        return p;
      }
      return { ...p, name: h.name, description: h.description };
    });
    return { ...fn, description: help.description, parameters };
  });
  for (const id of Object.keys(helpTable)) {
    if (!ids.has(id)) problems.push(`${id}: 日本語ヘルプがありますが、その関数はありません (stale help)`);
  }
  return { metadata: { ...metadata, functions }, problems };
}

class FunctionsJaPlugin {
  /**
   * @param {{ input?: string, output?: string, help?: {file: string, exportName: string}[], root?: string }} options
   *   input/output: asset names; help: the ja tables (default GX_HELP_JA + DC_HELP_JA); root: base of help paths.
   */
  constructor(options = {}) {
    this.input = options.input || "functions.json";
    this.output = options.output || "functions-ja.json";
    this.help = options.help || HELP_SOURCES;
    this.root = options.root || ROOT;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const error = (msg) => compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${msg}`));
        const asset = compilation.getAsset(this.input);
        if (!asset) {
          // The metadata plugin reports its own errors and then emits nothing; only add ours when it is silent.
          if (compilation.errors.length === 0) error(`${this.input} was not emitted; CustomFunctionsMetadataPlugin must run first`);
          return;
        }
        const { table, files, problems: loadProblems } = loadHelpTables(this.help, this.root);
        files.forEach((f) => compilation.fileDependencies.add(f));
        const { metadata, problems } = buildJaMetadata(JSON.parse(asset.source.source().toString()), table);
        const all = [...loadProblems, ...problems];
        if (all.length > 0) {
          all.forEach(error);
          return;
        }
        compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(metadata, null, 4)));
      });
    });
  }
}

module.exports = FunctionsJaPlugin;
module.exports.FunctionsJaPlugin = FunctionsJaPlugin;
module.exports.buildJaMetadata = buildJaMetadata;
