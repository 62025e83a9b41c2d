/** gxdc advise (issue 14): exit 0 when the workbook is read, 2 when not; text ranked by gain; --json contract. */
import { createHash } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAdvise } from "../../src/cli/advise";
import { main } from "../../src/cli/main";
import { memoryIO } from "../sheets/helpers";

const ROOT = join(__dirname, "..", "..");
const example = (name: string) => join(ROOT, "examples", name);
const EXAMPLES = ["dc-new-clean.xlsx", "dc-new-mistakes.xlsx", "gx-dc-clean.xlsx", "gx-dc-mistakes.xlsx"];

async function run(...args: string[]) {
  const io = memoryIO();
  const code = await runAdvise(args, io);
  return { code, out: io.out(), err: io.err() };
}

interface JsonSuggestion {
  ruleId: string;
  change: string;
  subsidyBefore: number | null;
  subsidyAfter: number | null;
  gain: number | null;
  ruleIds: string[];
  citations: string[];
  formula: string;
  inputs: Record<string, unknown>;
  uncertain: string[];
}

describe("gxdc advise", () => {
  it.each(EXAMPLES)("examples/%s: exit 0, the workbook bytes unchanged", async (name) => {
    const hash = async () => createHash("sha256").update(await readFile(example(name))).digest("hex");
    const before = await hash();
    const r = await run(example(name));
    expect(r.code).toBe(0);
    expect(r.out).toContain("読んだ表:");
    expect(await hash()).toBe(before);
  });

  it("--json: every suggestion has the four contract keys, rule ids with citations, and is ranked by gain", async () => {
    for (const name of EXAMPLES) {
      const r = await run(example(name), "--json");
      expect(r.code).toBe(0);
      const { suggestions } = JSON.parse(r.out) as { suggestions: JsonSuggestion[] };
      for (const s of suggestions) {
        expect(Object.keys(s)).toEqual(expect.arrayContaining(["ruleId", "change", "subsidyBefore", "subsidyAfter"]));
        expect(s.ruleIds[0]).toBe(s.ruleId);
        expect(s.citations).toHaveLength(s.ruleIds.length);
        expect(s.formula.length).toBeGreaterThan(0);
      }
      const gains = suggestions.map((s) => s.gain ?? -Infinity);
      expect(gains).toEqual([...gains].sort((a, b) => b - a));
    }
  });

  it("GX-MATRIX-01 #12 → #9 / GX-LOC-02: gx-dc-mistakes — both plans reach No1: 大企業 1/3 × 300億円 = 100億円 (GX-RATE-01, AMB-11)", async () => {
    const r = await run(example("gx-dc-mistakes.xlsx"), "--json");
    const { suggestions } = JSON.parse(r.out) as { suggestions: JsonSuggestion[] };
    const tier = suggestions.filter((s) => s.gain !== null && s.gain > 0);
    expect(tier.map((s) => [s.ruleId, s.subsidyBefore, s.subsidyAfter])).toEqual([
      ["GX-MATRIX-01", 0, 10_000_000_000],
      ["GX-LOC-02", 0, 10_000_000_000],
    ]);
    expect(tier.every((s) => s.uncertain.some((u) => u.includes("検討中")))).toBe(true);
  });

  it("the text report lists the suggestions with figures, formula and citations", async () => {
    const r = await run(example("gx-dc-mistakes.xlsx"));
    expect(r.out).toMatch(/1\. \[GX-MATRIX-01\] \+10,000,000,000円/);
    expect(r.out).toContain("支援区分 対象外 → No1");
    expect(r.out).toContain("計算: 補助金額 = MIN(補助率 × 補助対象経費, 上限)");
    expect(r.out).toContain("[GX-MATRIX-01] GX地域共創補助金2026 概要説明資料 Ver1.1 §");
  });

  it("--program dc-zero limits the tables read; --type sets 事業区分", async () => {
    const r = await run(example("gx-dc-mistakes.xlsx"), "--program", "dc-zero");
    expect(r.code).toBe(0);
    expect(r.out).toContain("（経費内訳・電力調達計画の表は見つかりませんでした）");
    const t = await run(example("dc-new-clean.xlsx"), "--type", "改修", "--json");
    const { suggestions } = JSON.parse(t.out) as { suggestions: JsonSuggestion[] };
    expect(suggestions.some((s) => s.ruleIds.includes("DC-RENO-RATE-01"))).toBe(true);
  });

  it.each([
    ["a missing file", ["/nonexistent/book.xlsx"]],
    ["no file", []],
    ["an unknown option", ["x.xlsx", "--fast"]],
    ["a program without advice", ["x.xlsx", "--program", "meti-cloud"]],
  ])("exit 2 on %s", async (_name, args) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain("gxdc advise:");
  });

  it("exit 2 on a file that is not an .xlsx workbook", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gxdc-advise-"));
    const f = join(dir, "not.xlsx");
    await writeFile(f, "plain text");
    expect((await run(f)).code).toBe(2);
  });

  it("main dispatches `advise` and lists it in the usage", async () => {
    const io = memoryIO();
    expect(await main(["advise", example("gx-dc-clean.xlsx")], io)).toBe(0);
    const help = memoryIO();
    await main(["--help"], help);
    expect(help.out()).toContain("gxdc advise FILE.xlsx");
  });
});
