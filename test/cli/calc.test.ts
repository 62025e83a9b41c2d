/**
 * `gxdc calc` end to end over the formula fixtures (test/fixtures/formulas/*.txt): every ★ function
 * of SPEC §4 with its table cases from RULES.md, errors, full-width input and nested formulas.
 * A fixture is itself valid calc input ('#' lines are comments); '## title' names the next case and
 * '#> {json}' gives the expected output line. Run in-process (fast) and once through bin/gxdc.js.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { PassThrough, Readable } from "stream";
import { runCalc, TTY_HINT } from "../../src/cli/calc";
import type { CliIO } from "../../src/cli/main";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(ROOT, "test/fixtures/formulas");

interface Expected {
  readonly value?: number | string | boolean;
  readonly error?: string;
  readonly message?: string;
  readonly messagePattern?: string;
}
interface Case {
  readonly title: string;
  readonly formula: string;
  readonly expected: Expected;
  readonly line: number;
}

function parseFixture(text: string, file: string): Case[] {
  const cases: Case[] = [];
  let title: string | null = null;
  let pending: { formula: string; title: string; line: number } | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const where = `${file}:${i + 1}`;
    if (line.startsWith("#>")) {
      if (!pending) throw new Error(`${where}: expectation without a formula`);
      cases.push({ ...pending, expected: JSON.parse(line.slice(2)) as Expected });
      pending = null;
    } else if (line.startsWith("## ")) {
      title = line.slice(3);
    } else if (line !== "" && !line.startsWith("#")) {
      if (pending) throw new Error(`${where}: the formula before this one has no '#>' expectation`);
      pending = { formula: line, title: title ?? line, line: i + 1 };
      title = null;
    }
  });
  if (pending) throw new Error(`${file}: the last formula has no '#>' expectation`);
  return cases;
}

/** Runs runCalc over a text as stdin; resolves to exit code and output. */
async function calc(args: readonly string[], input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (c: Buffer) => out.push(c.toString()));
  stderr.on("data", (c: Buffer) => err.push(c.toString()));
  const io: CliIO = { stdin: Readable.from([input]), stdout, stderr };
  const code = await runCalc(args, io);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const outputLines = (s: string): string[] => s.split("\n").filter((l) => l !== "");

function expectResult(actual: Record<string, unknown>, expected: Expected): void {
  if ("value" in expected) {
    expect(actual).not.toHaveProperty("error");
    const e = expected.value;
    if (typeof e === "number" && !Number.isInteger(e)) {
      // Non-integers: the exact fraction printed as a double; allow only the last-digit difference.
      expect(typeof actual.value).toBe("number");
      expect(Math.abs((actual.value as number) - e)).toBeLessThanOrEqual(Math.abs(e) * 1e-12);
    } else {
      expect(actual).toEqual({ value: e });
    }
    return;
  }
  expect(actual.error).toBe(expected.error);
  expect(typeof actual.message).toBe("string");
  expect((actual.message as string).length).toBeGreaterThan(0);
  if (expected.message !== undefined) expect(actual.message).toBe(expected.message);
  if (expected.messagePattern !== undefined) expect(actual.message).toMatch(new RegExp(expected.messagePattern, "u"));
}

const fixtureFiles = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .sort();

describe.each(fixtureFiles)("gxdc calc --json over %s", (file) => {
  const text = fs.readFileSync(path.join(FIXTURES, file), "utf8");
  const cases = parseFixture(text, file);
  let results: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const r = await calc(["--json"], text);
    expect(r.code).toBe(0);
    results = outputLines(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
  });

  it("prints exactly one JSON line per formula (comments and blank lines skipped)", () => {
    expect(results).toHaveLength(cases.length);
  });

  it.each(cases.map((c, i) => [`${c.title} — ${c.formula} (line ${c.line})`, i] as const))("%s", (_title, i) => {
    expectResult(results[i], cases[i].expected);
  });
});

describe("gxdc calc plain output", () => {
  it("prints numbers in full precision, TRUE/FALSE, text, and errors as '#CODE message'", async () => {
    const r = await calc([], ['=GX.SUBSIDYRATE("DC",1,"大企業")', "=1=1", '="対象外"', "=DC.PUE(130,0)", "=DC.ADMINLIMIT(250000000)"].join("\n"));
    const lines = outputLines(r.stdout);
    expect(lines.slice(0, 3)).toEqual(["0.3333333333333333", "TRUE", "対象外"]);
    expect(lines[3]).toMatch(/^#DIV\/0! \S/);
    expect(lines[4]).toBe("12750000");
    expect(r.code).toBe(0);
  });

  it("skips blank and # lines, reads CRLF and a leading BOM", async () => {
    const r = await calc([], "\uFEFF=SUM(1,2)\r\n\r\n# comment\r\n   \r\n=SUM(3,4)\r\n");
    expect(outputLines(r.stdout)).toEqual(["3", "7"]);
  });

  it("exits 0 when every formula is an error (errors are results)", async () => {
    const r = await calc(["--json"], "=1/0\n=GX.NOSUCH()\n");
    expect(r.code).toBe(0);
    expect(outputLines(r.stdout).map((l) => (JSON.parse(l) as { error: string }).error)).toEqual(["#DIV/0!", "#NAME?"]);
  });

  it("prints nothing for empty input", async () => {
    const r = await calc(["--json"], "");
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});

describe("gxdc calc hostile input (issue 11)", () => {
  it.each([
    ["1.15E8", 115000000],
    ["=1.15E8*2", 230000000],
    ["1E+21", 1e21],
    ["=.5E-3", 0.0005],
    ["=１．１５Ｅ８", 115000000],
  ])("reads the number literal %s as Excel does", async (line, value) => {
    const r = await calc(["--json"], `${line}\n`);
    expect(outputLines(r.stdout).map((l) => JSON.parse(l) as unknown)).toEqual([{ value }]);
  });

  it("leaves E inside strings and names alone", async () => {
    const r = await calc(["--json"], '="1E5"&1E1\n');
    expect(outputLines(r.stdout).map((l) => JSON.parse(l) as unknown)).toEqual([{ value: "1E510" }]);
  });

  it("gives =SEQUENCE(10000,10000) an error value quickly and still evaluates the following lines", async () => {
    const started = Date.now();
    const r = await calc(["--json"], "=SEQUENCE(10000,10000)\n=SUM(SEQUENCE(100000))\n=1+1\n=SUM(SEQUENCE(100,10))\n");
    const lines = outputLines(r.stdout).map((l) => JSON.parse(l) as { value?: unknown; error?: string; message?: string });
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("配列が大きすぎます") });
    expect(lines[1]).toMatchObject({ error: "#VALUE!" });
    expect(lines[2]).toEqual({ value: 2 });
    expect(lines[3]).toEqual({ value: 500500 });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("applies Excel's limits: formulas over 8,192 characters, texts over 32,767, nesting too deep — and goes on", async () => {
    const deep = `=${"(".repeat(4000)}1${")".repeat(4000)}`;
    const input = [`=SUM(1${",1".repeat(5000)})`, '=REPT("a",1E7)', '=LEN(REPT("a",32767))', deep, "=2+2"].join("\n");
    const lines = outputLines((await calc(["--json"], input)).stdout).map((l) => JSON.parse(l) as { value?: unknown; error?: string; message?: string });
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("数式が長すぎます（10,007 文字") });
    expect(lines[1]).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("文字列が長すぎます（10,000,000 文字") });
    expect(lines[2]).toEqual({ value: 32767 });
    expect(lines[3]).toMatchObject({ error: "#ERROR!" });
    expect(lines[3].message).not.toMatch(/stack|Maximum/);
    expect(lines[4]).toEqual({ value: 4 });
  });

  it("never prints NaN or Infinity: overflow is #NUM! with a Japanese message", async () => {
    const r = await calc([], "=1E308*10\n=SQRT(-1)\n=10^400\n=-1E308*10\n");
    const lines = outputLines(r.stdout);
    expect(lines).toHaveLength(4);
    for (const l of lines) {
      expect(l).toMatch(/^#NUM! /);
      expect(l).not.toMatch(/NaN|Infinity/);
    }
  });

  it("escapes control characters and bidi overrides in plain output; --json stays exact", async () => {
    const formula = '=CHAR(27)&"[2J"&CHAR(10)&"エラー 0 件"&UNICHAR(8238)\n';
    const plain = await calc([], formula);
    expect(plain.stdout).toBe("\\x1B[2J\\nエラー 0 件\\u202E\n");
    const json = await calc(["--json"], formula);
    expect(JSON.parse(json.stdout)).toEqual({ value: "\u001b[2J\nエラー 0 件\u202e" });
  });

  it("prints a one-line hint on stderr when stdin is a terminal, and none when it is piped", async () => {
    const stdin = Object.assign(Readable.from(["=1+1\n"]), { isTTY: true });
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const err: string[] = [];
    stderr.on("data", (c: Buffer) => err.push(c.toString()));
    const out: string[] = [];
    stdout.on("data", (c: Buffer) => out.push(c.toString()));
    expect(await runCalc([], { stdin, stdout, stderr })).toBe(0);
    expect(err.join("")).toBe(TTY_HINT);
    expect(TTY_HINT.trimEnd().split("\n")).toHaveLength(1);
    expect(out.join("")).toBe("2\n");
    expect((await calc([], "=1+1\n")).stderr).toBe("");
  });
});

describe("gxdc calc usage", () => {
  it.each([[["--bogus"]], [["=SUM(1,2)"]], [["--json", "extra"]]])("exits 2 with the usage on stderr for %j", async (args) => {
    const r = await calc(args, "=SUM(1,2)\n");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("gxdc calc");
  });

  it("--help prints the usage and exits 0", async () => {
    const r = await calc(["--help"], "");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--json");
  });
});

// bin/gxdc.js runs the CLI compiled by Jest's globalSetup (test/helpers/compileCli.js).
describe("node bin/gxdc.js calc (compiled CLI)", () => {
  it("gives the same JSON lines as the in-process run over a fixture", async () => {
    const text = fs.readFileSync(path.join(FIXTURES, "excel.txt"), "utf8");
    const spawned = spawnSync(process.execPath, ["bin/gxdc.js", "calc", "--json"], { cwd: ROOT, input: text, encoding: "utf8" });
    expect(spawned.stderr).toBe("");
    expect(spawned.status).toBe(0);
    const inProcess = await calc(["--json"], text);
    expect(outputLines(spawned.stdout)).toEqual(outputLines(inProcess.stdout));
    expect(outputLines(spawned.stdout)).toHaveLength(parseFixture(text, "excel.txt").length);
  });

  it("exits 2 for bad usage", () => {
    const spawned = spawnSync(process.execPath, ["bin/gxdc.js", "calc", "--bogus"], { cwd: ROOT, input: "", encoding: "utf8" });
    expect(spawned.status).toBe(2);
  });
});
