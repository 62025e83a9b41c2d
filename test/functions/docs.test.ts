/** docs/functions.md is generated from the metadata and the ja help; it must not drift. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { HELP_JA, ROOT, loadMetadata } from "./functionSources";

const generator = (...args: string[]) => spawnSync(process.execPath, ["scripts/gen-function-docs.js", ...args], { cwd: ROOT, encoding: "utf8" });

describe("docs/functions.md", () => {
  it("is up to date (else run `node scripts/gen-function-docs.js`)", () => {
    const r = generator("--check");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 60_000);

  it("the check fails on a stale file", () => {
    const stale = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gxdc-docs-")), "functions.md");
    fs.writeFileSync(stale, fs.readFileSync(path.join(ROOT, "docs/functions.md"), "utf8").replace("## ", "## X"));
    const r = generator("--check", "--out", stale);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("stale");
  }, 60_000);

  it("documents every function with its Japanese description and parameter names", async () => {
    const doc = fs.readFileSync(path.join(ROOT, "docs/functions.md"), "utf8");
    const meta = await loadMetadata();
    for (const f of meta.functions) {
      expect(doc).toContain(`## ${f.id}\n`);
      const signature = `=${f.id}(${f.parameters.map((p) => (p.optional ? `[${HELP_JA[f.id].params[p.name].name}]` : HELP_JA[f.id].params[p.name].name)).join(", ")})`;
      expect(doc).toContain(signature);
    }
  }, 60_000);
});
