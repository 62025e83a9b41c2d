/** gxdc template (SPEC §7): writes the templates, refuses to overwrite, the file is recognised when read back. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runTemplate } from "../../src/cli/template";
import { readWorkbookFile } from "../../src/cli/xlsx";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";
import { memoryIO } from "../sheets/helpers";

const ROOT = join(__dirname, "..", "..");
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gxdc-template-"));
});

async function run(...args: string[]) {
  const io = memoryIO();
  const code = await runTemplate(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe("runTemplate", () => {
  it.each([
    ["dc-zero", ["dc-expenses", "dc-plan-indicators"]],
    ["gx-regional", ["gx-power-plan"]],
    ["meti-cloud", ["cloud-cost", "cloud-capex"]],
    ["all", ["dc-expenses", "dc-plan-indicators", "gx-power-plan", "cloud-cost", "cloud-capex"]],
  ])("%s: writes a workbook whose sheets are recognised, 未入力 (no error) when blank", async (program, kinds) => {
    const out = join(dir, `${program}.xlsx`);
    const r = await run(program, "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("書き出しました");
    const read = await readWorkbookFile(out);
    if (!read.ok) throw new Error(read.message);
    const report = validateWorkbook(read.workbook);
    expect(report.detected.map((d) => d.kind)).toEqual(kinds);
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([expect.objectContaining({ severity: "warning", ruleId: "SHEET-KIND-05", message: expect.stringContaining("未入力") })]);
  });

  it("refuses to overwrite an existing file unless --force", async () => {
    const out = join(dir, "existing.xlsx");
    await writeFile(out, "keep me");
    const r = await run("dc-zero", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--force");
    expect(await readFile(out, "utf8")).toBe("keep me");
    expect((await run("dc-zero", `--out=${out}`, "--force")).code).toBe(0);
    expect((await stat(out)).size).toBeGreaterThan(1000);
  });

  it("exits 2 for an unknown program or a missing --out", async () => {
    expect((await run("dc-tech", "--out", join(dir, "x.xlsx"))).code).toBe(2);
    expect((await run("dc-zero")).err).toContain("--out");
    expect((await run()).code).toBe(2);
  });
});

const built = existsSync(join(ROOT, "build", "cli", "cli", "main.js"));
(built ? describe : describe.skip)("bin/gxdc.js template (spawned)", () => {
  it("writes a file that gxdc validate reads back (exit 0)", () => {
    const out = join(dir, "spawned.xlsx");
    const gxdc = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin", "gxdc.js"), ...args], { cwd: ROOT, encoding: "utf8" });
    expect(gxdc("template", "all", "--out", out).status).toBe(0);
    const v = gxdc("validate", out, "--json");
    expect(v.status).toBe(0);
    expect(JSON.parse(v.stdout).filter((f: { severity: string }) => f.severity !== "info").map((f: { ruleId: string }) => f.ruleId)).toEqual(["SHEET-KIND-05"]);
  });
});
