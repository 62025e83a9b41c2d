/**
 * gxdc template PROGRAM --out FILE.xlsx [--force] (SPEC §7): writes the blank official-style sheets
 * (the same templates the taskpane inserts). Refuses to overwrite an existing file without --force.
 */
import { access } from "node:fs/promises";
import { templatesFor, type TemplateProgram } from "../rules/sheets/templates";
import type { CliIO } from "./main";
import { parseArgs } from "./validate";
import { templatesWorkbook, writeWorkbookFile } from "./xlsx";

const PROGRAMS: readonly (TemplateProgram | "all")[] = ["dc-zero", "gx-regional", "meti-cloud", "all"];

const USAGE = `使い方: gxdc template PROGRAM --out FILE.xlsx [--force]
  PROGRAM   ${PROGRAMS.join(" | ")}
  --out     書き出すファイル
  --force   既存のファイルを上書きします
`;

export async function runTemplate(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, ["--out"]);
  if ("error" in parsed) return usageError(io, parsed.error);
  if (parsed.flags.has("--help") || parsed.flags.has("-h")) {
    io.stdout.write(USAGE);
    return 0;
  }
  const unknown = [...parsed.flags].filter((f) => f !== "--force");
  if (unknown.length > 0) return usageError(io, `不明なオプションです: ${unknown.join(" ")}`);
  const [program, ...extra] = parsed.positional;
  if (program === undefined) return usageError(io, "PROGRAM を指定してください。");
  if (extra.length > 0) return usageError(io, `余分な引数があります: ${extra.join(" ")}`);
  if (!PROGRAMS.includes(program as TemplateProgram)) return usageError(io, `PROGRAM「${program}」は指定できません。指定できる値: ${PROGRAMS.join(" / ")}`);
  const out = parsed.options.get("--out")?.at(-1);
  if (!out) return usageError(io, "--out で書き出すファイルを指定してください。");
  if (!parsed.flags.has("--force") && (await exists(out))) {
    io.stderr.write(`gxdc template: ファイルが既にあります: ${out}（上書きするには --force を付けてください）\n`);
    return 2;
  }

  const templates = templatesFor(program as TemplateProgram | "all");
  try {
    await writeWorkbookFile(templatesWorkbook(templates), out);
  } catch (e) {
    io.stderr.write(`gxdc template: 書き出せません: ${out}（${e instanceof Error ? e.message : String(e)}）\n`);
    return 2;
  }
  io.stdout.write(`書き出しました: ${out}（シート: ${templates.map((t) => t.sheetName).join("、")}）\n`);
  return 0;
}

function usageError(io: CliIO, message: string): number {
  io.stderr.write(`gxdc template: ${message}\n${USAGE}`);
  return 2;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
