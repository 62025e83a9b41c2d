/**
 * gxdc validate FILE.xlsx [--json] [--program P] [--type 新設] [--fact 名前=値 ...] (SPEC §7).
 * Exit 0: no error finding; 1: error findings; 2: unreadable input or bad arguments.
 */
import { readableCitation } from "../rules/sources";
import { basename } from "path";
import { parseProjectType } from "../rules/programs/dc-zero/projectType";
import { parseInvestmentType } from "../rules/programs/gx-regional/aliases";
import { factKeyOf } from "../rules/sheets/factCatalog";
import { FORM_STATUS_JA } from "../rules/sheets/formStatus";
import type { ProgramChoice, SummaryFigure, ValidationOptions, ValidationReport } from "../rules/sheets/report";
import type { Finding, Severity } from "../rules/sheets/types";
import { validateWorkbook } from "../rules/sheets/validateWorkbook";
import type { CliIO } from "./main";
import { readWorkbookFile } from "./xlsx";

const PROGRAMS: readonly ProgramChoice[] = ["dc-zero", "gx-regional", "dc-tech", "meti-cloud"];

const USAGE = `使い方: gxdc validate FILE.xlsx [--json] [--program ${PROGRAMS.join("|")}] [--type 新設] [--fact 名前=値 ...]
  --json         検出結果（Finding の配列）を JSON で出力します
  --program P    検証するプログラムを限定します
  --type X       事業区分（新設/改修/移設/コンテナ）または投資類型（製造/DC）を指定します（シートの記載より優先）
  --fact 名前=値  事実を指定します（例: --fact 企業規模=中小 --fact 脱炭素電力供給地域=該当）
終了コード: 0 エラーなし / 1 エラーあり / 2 読めない入力・引数の誤り
`;

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, readonly string[]>;
}

/** Splits `--name value`, `--name=value` and bare flags; `valued` names take a value. */
export function parseArgs(args: readonly string[], valued: readonly string[]): ParsedArgs | { error: string } {
  const positional: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--") && a !== "-h") {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (valued.includes(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (value === undefined) return { error: `${name} には値を指定してください。` };
      options.set(name, [...(options.get(name) ?? []), value]);
    } else {
      flags.add(name);
    }
  }
  return { positional, flags, options };
}

export async function runValidate(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, ["--program", "--type", "--fact"]);
  if ("error" in parsed) return usageError(io, parsed.error);
  if (parsed.flags.has("--help") || parsed.flags.has("-h")) {
    io.stdout.write(USAGE);
    return 0;
  }
  const unknown = [...parsed.flags].filter((f) => f !== "--json");
  if (unknown.length > 0) return usageError(io, `不明なオプションです: ${unknown.join(" ")}`);
  if (parsed.positional.length !== 1) return usageError(io, parsed.positional.length === 0 ? "検証する .xlsx ファイルを指定してください。" : "ファイルは1つだけ指定してください。");
  const options = validationOptions(parsed);
  if ("error" in options) return usageError(io, options.error);

  const file = parsed.positional[0];
  const read = await readWorkbookFile(file);
  if (!read.ok) {
    io.stderr.write(`gxdc validate: ${read.message}\n`);
    return 2;
  }
  const report = validateWorkbook(read.workbook, { ...options, fileName: basename(file) });
  if (parsed.flags.has("--json")) io.stdout.write(`${JSON.stringify(report.findings, null, 2)}\n`);
  else io.stdout.write(formatReport(file, report));
  return report.findings.some((f) => f.severity === "error") ? 1 : 0;
}

function usageError(io: CliIO, message: string): number {
  io.stderr.write(`gxdc validate: ${message}\n${USAGE}`);
  return 2;
}

/** --program, --type and --fact as ValidationOptions; an unknown value is an argument error. */
export function validationOptions(parsed: ParsedArgs): ValidationOptions | { error: string } {
  const program = parsed.options.get("--program")?.at(-1);
  if (program !== undefined && !PROGRAMS.includes(program as ProgramChoice)) {
    return { error: `--program「${program}」は指定できません。指定できる値: ${PROGRAMS.join(" / ")}` };
  }
  const facts: Record<string, string> = {};
  for (const f of parsed.options.get("--fact") ?? []) {
    const eq = f.indexOf("=");
    if (eq <= 0) return { error: `--fact は 名前=値 の形で指定してください: ${f}` };
    const key = factKeyOf(f.slice(0, eq));
    if (!key) return { error: `--fact の名前「${f.slice(0, eq)}」は不明です。` };
    facts[key] = f.slice(eq + 1);
  }
  const type = parsed.options.get("--type")?.at(-1);
  if (type !== undefined) {
    const asDc = program === undefined || program === "dc-zero" ? parseProjectType(type) : null;
    const asGx = program === undefined || program === "gx-regional" ? parseInvestmentType(type) : null;
    if (asDc?.ok) facts["事業区分"] = type;
    else if (asGx?.ok) facts["投資類型"] = type;
    else {
      const accepted = [asDc && !asDc.ok ? asDc.error.message : null, asGx && !asGx.ok ? asGx.error.message : null].filter(Boolean).join(" ");
      return { error: `--type: ${accepted || `「${type}」はこのプログラムでは指定できません。`}` };
    }
  }
  return { ...(program && { program: program as ProgramChoice }), ...(Object.keys(facts).length > 0 && { facts }) };
}

const MARK: Readonly<Record<Severity, string>> = { error: "✖ エラー", warning: "⚠ 警告  ", info: "ℹ 情報  " };

/** The human report: detected sheets, findings grouped by sheet in cell order, summary figures, counts. */
export function formatReport(file: string, report: ValidationReport): string {
  const out: string[] = [`gxdc validate: ${file}`, ""];
  out.push("見つかったシート:");
  if (report.detected.length === 0) out.push("  （様式のシートは見つかりませんでした）");
  for (const d of report.detected) out.push(`  ${d.title}: シート「${d.sheet}」 ${d.anchor}`);
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) groups.set(f.sheet, [...(groups.get(f.sheet) ?? []), f]);
  for (const [sheet, findings] of groups) {
    out.push("", sheet === "" ? "■ ブック全体" : `■ シート「${sheet}」`);
    for (const f of findings) {
      out.push(`  ${MARK[f.severity]}  ${(f.cell || "-").padEnd(6)} ${f.message}`);
      out.push(`  ${" ".repeat(10)}${" ".repeat(7)}[${f.ruleId}] ${readableCitation(f.source)}`);
    }
  }
  if (report.summary.length > 0) {
    out.push("", "集計:");
    for (const s of report.summary) out.push(`  ${s.label}: ${formatFigure(s)}${s.note ? `（${s.note}）` : ""}`);
  }
  const count = (s: Severity): number => report.findings.filter((f) => f.severity === s).length;
  const status = report.formStatus && report.formStatus !== "filled" ? `（${FORM_STATUS_JA[report.formStatus]}）` : "";
  out.push("", `結果: エラー ${count("error")} 件、警告 ${count("warning")} 件、情報 ${count("info")} 件${status}`, "");
  return out.join("\n");
}

function formatFigure(s: SummaryFigure): string {
  if (s.value === null) return "—";
  if (typeof s.value === "boolean") return s.value ? "満たす" : "満たさない";
  if (typeof s.value === "number") return `${s.value.toLocaleString("ja-JP", { maximumFractionDigits: 2 })}${s.unit ? ` ${s.unit}` : ""}`;
  return s.value;
}
