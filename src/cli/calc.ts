/**
 * `gxdc calc [--json]` (SPEC §7): formulas from stdin, one per line, each evaluated on its own in a
 * real formula engine (HyperFormula, GPL — CLI only) in which every custom function is registered.
 *
 * Input: one formula per line; the leading "=" may be left out; full-width characters typed outside
 * "…" are read as half-width. Blank lines and lines starting with "#" (comments) are skipped and
 * produce no output, so a commented formula file can be piped in as it is.
 * Output: one line per formula. Plain: the value (numbers as JavaScript prints them, TRUE/FALSE,
 * text) or `#CODE message`. --json: {"value": …} or {"error": "#CODE", "message": "…"}.
 * Exit 0 even when formulas give errors (they are results); 2 for bad usage.
 */
import * as readline from "readline";
import type { EvalResult, FormulaEngine } from "./engine/formulaEngine";
import type { CliIO } from "./main";
import { escapeControls } from "./terminalText";

const USAGE = `使い方 / usage: gxdc calc [--json]
  標準入力から数式を 1 行に 1 つ読み、1 行に 1 つ結果を出力します。
  先頭の "=" は省略できます。空行と "#" で始まる行（コメント）は読み飛ばします（出力なし）。
  --json  結果を 1 行 1 つの JSON で出力: {"value": …} または {"error": "#DIV/0!", "message": "…"}
  例: echo '=GX.SUBSIDYRATE("DC",1,"大企業")' | gxdc calc
`;

interface CalcOptions {
  readonly json: boolean;
}

type ParsedArgs = { readonly kind: "run"; readonly options: CalcOptions } | { readonly kind: "help" } | { readonly kind: "error"; readonly message: string };

export function parseCalcArgs(args: readonly string[]): ParsedArgs {
  let json = false;
  for (const arg of args) {
    if (arg === "--json") json = true;
    else if (arg === "-h" || arg === "--help") return { kind: "help" };
    else if (arg.startsWith("-")) return { kind: "error", message: `不明なオプションです: ${arg}` };
    else return { kind: "error", message: `数式は引数ではなく標準入力から渡してください: ${arg}` };
  }
  return { kind: "run", options: { json } };
}

/** Blank lines and # comments carry no formula. */
export const isFormulaLine = (line: string): boolean => {
  const t = line.trim();
  return t !== "" && !t.startsWith("#");
};

/** One result as one output line (without the newline). */
export function formatResult(r: EvalResult, json: boolean): string {
  if (json) return JSON.stringify("error" in r ? { error: r.error, message: r.message } : { value: r.value });
  if ("error" in r) return r.message ? `${r.error} ${oneLine(r.message)}` : r.error;
  if (typeof r.value === "boolean") return r.value ? "TRUE" : "FALSE";
  return typeof r.value === "number" ? String(r.value) : oneLine(r.value);
}

/** Message when the optional formula engine is not installed (e.g. `npm ci --omit=optional`). */
export const ENGINE_MISSING_MESSAGE =
  "gxdc calc: 数式エンジン HyperFormula（GPL-3.0、任意の依存パッケージ）がインストールされていません。" +
  "`npm install hyperformula` の後に再実行してください。validate / template はこのままで使えます。\n" +
  "gxdc calc: the formula engine HyperFormula (GPL-3.0, an optional dependency) is not installed; install it to use calc.";

/**
 * Loads HyperFormula and the function registry only when `calc` runs. HyperFormula is an optional dependency:
 * without it `calc` exits 2 with a message instead of a stack trace, and the other commands are unaffected.
 */
async function loadFormulaEngine(): Promise<{ engine: FormulaEngine } | { error: string }> {
  try {
    const [{ createFormulaEngine }, { CUSTOM_FUNCTIONS }] = await Promise.all([import("./engine/formulaEngine"), import("./engine/registry.generated")]);
    return { engine: createFormulaEngine(CUSTOM_FUNCTIONS) };
  } catch (err) {
    if (isMissingModule(err, "hyperformula")) return { error: ENGINE_MISSING_MESSAGE };
    throw err;
  }
}

const isMissingModule = (err: unknown, name: string): boolean =>
  typeof err === "object" && err !== null && (err as { code?: unknown }).code === "MODULE_NOT_FOUND" && String((err as Error).message).includes(`'${name}'`);


/**
 * Keeps one result per line and the terminal safe: line breaks inside text are shown as \n, other
 * control characters (ESC …) and bidi overrides as visible escapes. --json output is exact.
 */
const oneLine = (s: string): string => escapeControls(s.replace(/\r\n/g, "\n"));

/** Shown on stderr when calc starts at a terminal, so it does not seem to hang waiting for input. */
export const TTY_HINT = "gxdc calc: 数式を 1 行に 1 つ入力してください（例: =DC.ADMINLIMIT(250000000)、終了は Ctrl+D、使い方は --help）。\n";

export async function runCalc(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseCalcArgs(args);
  if (parsed.kind === "help") {
    io.stdout.write(USAGE);
    return 0;
  }
  if (parsed.kind === "error") {
    io.stderr.write(`${parsed.message}\n${USAGE}`);
    return 2;
  }
  const loaded = await loadFormulaEngine();
  if ("error" in loaded) {
    io.stderr.write(`${loaded.error}\n`);
    return 2;
  }
  const engine = loaded.engine;
  try {
    if ((io.stdin as { isTTY?: boolean }).isTTY) io.stderr.write(TTY_HINT);
    const lines = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
    let first = true;
    for await (const raw of lines) {
      const line = first ? raw.replace(/^\uFEFF/, "") : raw;
      first = false;
      if (!isFormulaLine(line)) continue;
      io.stdout.write(formatResult(engine.evaluate(line), parsed.options.json) + "\n");
    }
  } finally {
    engine.destroy();
  }
  return 0;
}
