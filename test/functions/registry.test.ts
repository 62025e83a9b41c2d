/**
 * The formula engine's function registry (src/cli/engine/registry.generated.ts) is generated from
 * the JSDoc; this fails when someone changed a wrapper's JSDoc and did not regenerate it.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CUSTOM_FUNCTIONS } from "../../src/cli/engine/registry.generated";
import { ROOT, loadMetadata, loadWrappers } from "./functionSources";

const generator = (...args: string[]) => spawnSync(process.execPath, ["scripts/gen-function-registry.js", ...args], { cwd: ROOT, encoding: "utf8" });

describe("registry.generated.ts", () => {
  it("is up to date with the JSDoc (else run `node scripts/gen-function-registry.js`)", () => {
    const r = generator("--check");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 60_000);

  it("the check fails on a stale file", () => {
    const stale = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gxdc-registry-")), "registry.generated.ts");
    fs.writeFileSync(stale, "export const CUSTOM_FUNCTIONS = [];\n");
    const r = generator("--check", "--out", stale);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("stale");
  }, 60_000);

  it("registers every function of the metadata with its parameters and its exported wrapper", async () => {
    const meta = await loadMetadata();
    const wrappers = await loadWrappers(meta);
    expect(CUSTOM_FUNCTIONS.map((f) => f.id)).toEqual(meta.functions.map((f) => f.id));
    for (const fn of meta.functions) {
      const spec = CUSTOM_FUNCTIONS.find((s) => s.id === fn.id)!;
      expect(spec.impl).toBe(wrappers.get(fn.id));
      expect(spec.parameters).toEqual(
        fn.parameters.map((p) => ({ name: p.name, optional: p.optional === true, matrix: p.dimensionality === "matrix" })),
      );
    }
  }, 60_000);
});
