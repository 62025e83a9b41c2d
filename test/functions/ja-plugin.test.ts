/**
 * scripts/functions-ja-plugin.js: functions-ja.json is functions.json with the Japanese help overlaid;
 * a function or parameter without Japanese help (or stale help) fails the webpack build.
 */
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import FunctionsJaPlugin, { buildJaMetadata } from "../../scripts/functions-ja-plugin";
import type { HelpSource, MetadataJson } from "../../scripts/functions-ja-plugin";
import { FUNCTION_FILES, HELP_JA, ROOT } from "./functionSources";

const FIXTURE = path.join(__dirname, "fixtures");

interface Build {
  readonly errors: readonly string[];
  readonly asset: (name: string) => MetadataJson | undefined;
}

/** Runs webpack with the metadata plugin and the ja plugin on a trivial entry (nothing else compiled). */
function build(functionFiles: readonly string[], help?: readonly HelpSource[]): Promise<Build> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "gxdc-ja-"));
  const entry = path.join(outDir, "entry.js");
  fs.writeFileSync(entry, "module.exports = 1;\n");
  const compiler = webpack({
    mode: "none",
    context: ROOT,
    entry,
    output: { path: path.join(outDir, "dist"), filename: "bundle.js" },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles as unknown as string }),
      new FunctionsJaPlugin({ input: "functions.json", output: "functions-ja.json", help, root: ROOT }),
    ],
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || !stats) return reject(err ?? new Error("no stats"));
      const read = (name: string) => {
        const file = path.join(outDir, "dist", name);
        return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as MetadataJson) : undefined;
      };
      resolve({ errors: stats.compilation.errors.map((e) => e.message), asset: read });
    });
  });
}

describe("buildJaMetadata", () => {
  const metadata: MetadataJson = {
    allowCustomDataForDataTypeAny: true,
    functions: [
      { id: "TEST.ADD", name: "TEST.ADD", description: "Adds.", parameters: [{ name: "first", description: "First.", type: "any" }, { name: "second", description: "Second.", type: "any", optional: true }] },
    ],
  };
  const help = { "TEST.ADD": { description: "足します。", params: { first: { name: "金額1", description: "円" }, second: { name: "金額2", description: "円。省略時 0" } } } };

  it("overlays the Japanese description and parameter names, keeping ids, names and flags", () => {
    const r = buildJaMetadata(metadata, help);
    expect(r.problems).toEqual([]);
    expect(r.metadata).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: "TEST.ADD",
          name: "TEST.ADD",
          description: "足します。",
          parameters: [
            { name: "金額1", description: "円", type: "any" },
            { name: "金額2", description: "円。省略時 0", type: "any", optional: true },
          ],
        },
      ],
    });
  });

  it("does not modify its input", () => {
    const before = JSON.stringify(metadata);
    buildJaMetadata(metadata, help);
    expect(JSON.stringify(metadata)).toBe(before);
  });

  it.each([
    ["a function without help", {}, /TEST\.ADD: 日本語ヘルプがありません/],
    ["a parameter without help", { "TEST.ADD": { description: "足します。", params: { first: help["TEST.ADD"].params.first } } }, /引数 second/],
    ["an empty description", { "TEST.ADD": { ...help["TEST.ADD"], description: " " } }, /説明 \(description\) が空/],
    ["help for a missing function", { ...help, "TEST.GONE": { description: "x", params: {} } }, /TEST\.GONE: .*stale/],
    ["help for a missing parameter", { "TEST.ADD": { ...help["TEST.ADD"], params: { ...help["TEST.ADD"].params, third: { name: "3", description: "3" } } } }, /引数 third.*stale/],
  ])("reports %s", (_what, table, pattern) => {
    expect(buildJaMetadata(metadata, table).problems.join("\n")).toMatch(pattern);
  });
});

describe("FunctionsJaPlugin in a webpack build", () => {
  it("emits functions-ja.json for the add-in's functions: same ids, Japanese help", async () => {
    const r = await build(FUNCTION_FILES);
    expect(r.errors).toEqual([]);
    const en = r.asset("functions.json")!;
    const ja = r.asset("functions-ja.json")!;
    expect(ja.functions.map((f) => [f.id, f.name])).toEqual(en.functions.map((f) => [f.id, f.name]));
    for (const f of ja.functions) {
      expect(f.description).toBe(HELP_JA[f.id].description);
      const enParams = en.functions.find((e) => e.id === f.id)!.parameters ?? [];
      expect(f.parameters?.map((p) => p.name)).toEqual(enParams.map((p) => HELP_JA[f.id].params[p.name].name));
      expect(f.parameters?.map((p) => p.optional)).toEqual(enParams.map((p) => p.optional));
    }
  }, 120_000);

  it("loads help tables that import other TypeScript modules, without ts-node", async () => {
    const r = await build([path.join(FIXTURE, "sample.ts")], [{ file: path.join(FIXTURE, "sample.ja.ts"), exportName: "SAMPLE_COMPLETE_JA" }]);
    expect(r.errors).toEqual([]);
    expect(r.asset("functions-ja.json")!.functions[0].parameters![0]).toMatchObject({ name: "金額1", description: "金額（円）" });
  }, 120_000);

  it("fails the build when a parameter lacks Japanese help or help is stale", async () => {
    const r = await build([path.join(FIXTURE, "sample.ts")], [{ file: path.join(FIXTURE, "sample.ja.ts"), exportName: "SAMPLE_INCOMPLETE_JA" }]);
    expect(r.errors.join("\n")).toMatch(/TEST\.ECHO: 引数 value/);
    expect(r.errors.join("\n")).toMatch(/TEST\.GONE/);
    expect(r.asset("functions-ja.json")).toBeUndefined();
  }, 120_000);

  it("fails the build when a help table does not export the expected name", async () => {
    const r = await build([path.join(FIXTURE, "sample.ts")], [{ file: path.join(FIXTURE, "sample.ja.ts"), exportName: "NOPE_JA" }]);
    expect(r.errors.join("\n")).toMatch(/does not export NOPE_JA/);
  }, 120_000);
});
