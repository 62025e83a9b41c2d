/** gxdc validate (SPEC §7): exit 0 / 1 / 2, the human report, --json, options. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatReport, runValidate } from "../../src/cli/validate";
import type { ValidationReport } from "../../src/rules/sheets/report";
import type { Finding } from "../../src/rules/sheets/types";
import { memoryIO } from "../sheets/helpers";

const ROOT = join(__dirname, "..", "..");
const example = (name: string) => join(ROOT, "examples", name);

async function run(...args: string[]) {
  const io = memoryIO();
  const code = await runValidate(args, io);
  return { code, out: io.out(), err: io.err() };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gxdc-validate-"));
});

describe("runValidate", () => {
  it("exits 0 on the clean examples, with a Japanese report", async () => {
    for (const f of ["dc-new-clean.xlsx", "gx-dc-clean.xlsx"]) {
      const r = await run(example(f));
      expect([f, r.code]).toEqual([f, 0]);
      expect(r.out).toContain("見つかったシート");
      expect(r.out).toContain("結果: エラー 0 件");
    }
  });

  it("exits 1 on the faulty examples; the report puts the result first and groups by sheet and severity in cell order", async () => {
    const r = await run(example("dc-new-mistakes.xlsx"));
    expect(r.code).toBe(1);
    expect(r.out.split("\n")[1]).toMatch(/^結果: エラー 10 件、警告 4 件、情報 3 件 ／ 補助金額（合計）: 171,500,000 円$/);
    expect(r.out).toContain("■ シート「別紙2 経費内訳」");
    expect(r.out).toMatch(/✖ エラー\s+I8\s+.*撤去/);
    const sheet = r.out.split("■ シート「別紙1")[0].split("■ シート「別紙2 経費内訳」")[1];
    const groups = [...sheet.matchAll(/^  (エラー|警告|情報) (\d+) 件$/gm)].map((m) => [m[1], Number(m[2])]);
    expect(groups).toEqual([["エラー", 9], ["警告", 4]]);
    for (const part of sheet.split(/^  (?:エラー|警告|情報) \d+ 件$/m).slice(1)) {
      const rows = [...part.matchAll(/[✖⚠ℹ] \S+\s+[A-Z]+(\d+)/g)].map((m) => Number(m[1]));
      expect(rows).toEqual([...rows].sort((a, b) => a - b));
    }
    expect(r.out).toMatch(/集計:[\s\S]*補助金額（2024年度）/);
  });

  it("marks totals that disagree below an erroneous line as knock-on (波及), and only those", async () => {
    const r = await run(example("dc-new-mistakes.xlsx"));
    const knockOn = [...r.out.matchAll(/✖ エラー\s+([A-Z]+\d+)\s+〔波及〕/g)].map((m) => m[1]);
    expect(knockOn).toEqual(["H16", "I16", "H19", "H20"]);
    expect(r.out).toContain("〔波及〕 = 合計・集計の不一致");
    expect((await run(example("dc-new-clean.xlsx"))).out).not.toContain("〔波及〕");
  });

  it("cites documents by name, never by seed file, in text and --json", async () => {
    const text = await run(example("dc-new-mistakes.xlsx"));
    expect(text.out).toContain("公募要領（令和6年4月16日） § 別表第1");
    expect(text.out).not.toMatch(/\.txt/);
    const json = JSON.parse((await run(example("gx-dc-mistakes.xlsx"), "--json")).out) as Finding[];
    for (const f of json) expect(f.source).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    expect(json.map((f) => f.source)).toContainEqual(expect.stringContaining("GX地域共創補助金2026 概要説明資料 Ver1.1 § "));
  });

  it("escapes and caps untrusted text in the text report (sheet names, cell text in messages, the file name)", () => {
    const evil = "\u001b[2J\u001b[32m結果: エラー 0 件\n結果: エラー 0 件\u202E";
    const report: ValidationReport = {
      findings: [{ sheet: `別紙2${evil}`, cell: "I8", severity: "error", ruleId: "DC-EXP-03", message: `「${evil}${"あ".repeat(2000)}」は補助対象外です`, source: "004_83a32f419551a032.txt § Ⅲ" }],
      detected: [{ kind: "dc-expenses", sheet: `別紙2${evil}`, anchor: "A5", title: "経費内訳（別紙2）" }],
      summary: [{ id: "x", label: "補助金額（合計）", labelEn: "Subsidy", value: Number.NaN, unit: "円" }],
      checksRun: [],
      checklistContext: {},
      costBreakdown: [],
      yearBreakdown: [],
    };
    const text = formatReport(`book${evil}.xlsx`, report);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text.split("\n").filter((l) => l.startsWith("結果: "))).toEqual(["結果: エラー 1 件、警告 0 件、情報 0 件 ／ 補助金額（合計）: —（計算できません）", "結果: エラー 1 件、警告 0 件、情報 0 件"]);
    expect(text).toContain("\\x1B[2J\\x1B[32m結果: エラー 0 件\\n結果: エラー 0 件\\u202E");
    expect(text).toMatch(/…（全 2,\d{3} 文字）/);
    expect(text).not.toMatch(/NaN/);
    expect(text).toContain("DCゼロエミ・レジリエンス事業 公募要領（令和6年4月16日） § Ⅲ");
  });

  it("--json prints exactly the Finding objects", async () => {
    const r = await run(example("gx-dc-mistakes.xlsx"), "--json");
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as Finding[];
    expect(findings).toContainEqual(expect.objectContaining({ sheet: "電力調達計画", cell: "F13", severity: "error", ruleId: "GX-CONTRACT-01" }));
    for (const f of findings) expect(Object.keys(f).sort()).toEqual(["cell", "message", "ruleId", "severity", "sheet", "source"]);
  });

  it("exits 2 for a missing file", async () => {
    const r = await run(join(dir, "nope.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("ファイルが見つかりません");
  });

  it("exits 2 for a text file renamed .xlsx", async () => {
    const f = join(dir, "text.xlsx");
    await writeFile(f, "区分,費目\n設備費,設備費\n");
    const r = await run(f);
    expect(r.code).toBe(2);
    expect(r.err).toContain(".xlsx");
  });

  it("exits 2 for a password-protected (encrypted, OLE) workbook", async () => {
    const f = join(dir, "encrypted.xlsx");
    await writeFile(f, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const r = await run(f);
    expect(r.code).toBe(2);
    expect(r.err).toContain("パスワード");
  });

  it("exits 2 for a corrupt zip", async () => {
    const f = join(dir, "corrupt.xlsx");
    await writeFile(f, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(100, 7)]));
    const r = await run(f);
    expect(r.code).toBe(2);
    expect(r.err).toContain("壊れている");
    expect(r.err).toContain("終端レコード");
  });

  it("exits 2 on bad arguments", async () => {
    expect((await run()).code).toBe(2);
    expect((await run(example("dc-new-clean.xlsx"), "--program", "x")).code).toBe(2);
    expect((await run(example("dc-new-clean.xlsx"), "--type", "倉庫")).err).toContain("指定できる値");
    expect((await run(example("dc-new-clean.xlsx"), "--fact", "色=赤")).code).toBe(2);
    expect((await run(example("dc-new-clean.xlsx"), "--bogus")).code).toBe(2);
  });

  it("--type and --fact override the workbook's facts", async () => {
    // The clean 新設 plan checked as コンテナ: a single-year type spread over two 年度 is an error.
    const r = await run(example("dc-new-clean.xlsx"), "--type", "コンテナ", "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toContainEqual(expect.objectContaining({ ruleId: "DC-CONT-PERIOD-01", severity: "error" }));
    const g = await run(example("gx-dc-clean.xlsx"), "--fact", "事業実施場所=東京都", "--json");
    expect(JSON.parse(g.out)).toContainEqual(expect.objectContaining({ ruleId: "GX-LOC-02", severity: "error" }));
  });

  it("--program limits the check to one program", async () => {
    const r = await run(example("dc-new-mistakes.xlsx"), "--program", "gx-regional", "--json");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Finding[]).filter((f) => f.severity !== "info").map((f) => f.ruleId)).toEqual(["SHEET-KIND-05"]);
  });
});

/** End to end through bin/gxdc.js; needs the compiled CLI (npm run build:cli, run by npm ci). */
const built = existsSync(join(ROOT, "build", "cli", "cli", "main.js"));
(built ? describe : describe.skip)("bin/gxdc.js validate (spawned)", () => {
  const gxdc = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin", "gxdc.js"), ...args], { cwd: ROOT, encoding: "utf8" });

  it("exits 0 on examples/dc-new-clean.xlsx", () => {
    expect(gxdc("validate", "examples/dc-new-clean.xlsx").status).toBe(0);
  });

  it("exits 1 on a faulty example, --json parseable", () => {
    const r = gxdc("validate", "examples/dc-new-mistakes.xlsx", "--json");
    expect(r.status).toBe(1);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
  });

  it("exits 2 on a text file renamed .xlsx and on a missing file", async () => {
    const f = join(dir, "renamed.xlsx");
    await copyFile(join(ROOT, "package.json"), f);
    expect(gxdc("validate", f).status).toBe(2);
    expect(gxdc("validate", join(dir, "missing.xlsx")).status).toBe(2);
  });
});
