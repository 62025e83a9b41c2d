/**
 * `gxdc` runs on its own dependencies (issue 9): in an install without devDependencies, validate and template
 * work; calc needs the optional HyperFormula and, without it, exits 2 with a message instead of a stack trace.
 * The install is simulated by test/helpers/productionInstall.js, which refuses every package the project's code
 * requires that package.json does not list as a dependency.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const GUARD = path.join(ROOT, "test", "helpers", "productionInstall.js");

function gxdc(args: readonly string[], options: { omitOptional?: boolean; input?: string } = {}) {
  return spawnSync(process.execPath, ["--require", GUARD, "bin/gxdc.js", ...args], {
    cwd: ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, GXDC_OMIT_OPTIONAL: options.omitOptional ? "1" : "0" },
    timeout: 60_000,
  });
}

describe("gxdc without devDependencies", () => {
  it("the guard really refuses a devDependency (otherwise the tests below prove nothing)", () => {
    const r = spawnSync(process.execPath, ["--require", GUARD, "-e", "require('typescript')"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("not a production dependency");
  });

  it("validate reads an example and reports its errors (exit 1, not MODULE_NOT_FOUND)", () => {
    const r = gxdc(["validate", "examples/dc-new-mistakes.xlsx", "--json"], { omitOptional: true });
    expect(r.stderr).not.toMatch(/MODULE_NOT_FOUND|Cannot find module/);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toBeTruthy();
  });

  it("template writes a workbook", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gxdc-")), "t.xlsx");
    const r = gxdc(["template", "dc-zero", "--out", out], { omitOptional: true });
    expect(r.stderr).not.toMatch(/Cannot find module/);
    expect(r.status).toBe(0);
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
  });

  it("--help loads no package at all", () => {
    const r = gxdc(["--help"], { omitOptional: true });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("gxdc calc");
  });

  it("calc with HyperFormula installed (optional dependency present) evaluates", () => {
    const r = gxdc(["calc"], { input: "=DC.ADMINLIMIT(250000000)\n" });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("12750000");
    expect(r.status).toBe(0);
  });

  it("calc without HyperFormula exits 2 with a message naming what to install", () => {
    const r = gxdc(["calc"], { omitOptional: true, input: "=1+1\n" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("HyperFormula");
    expect(r.stderr).toContain("npm install hyperformula");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
