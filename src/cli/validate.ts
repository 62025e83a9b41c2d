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
import type { CliIO } from "./main";
import { terminalText } from "./terminalText";
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

/** The command line of a command that reads one workbook (validate, advise): FILE [--json] [--program] [--type] [--fact]. */
export type WorkbookCommand =
  | { readonly kind: "help" }
  | { readonly kind: "error"; readonly message: string }
  | { readonly kind: "run"; readonly file: string; readonly json: boolean; readonly options: ValidationOptions };

export function parseWorkbookCommand(args: readonly string[], noFileMessage: string): WorkbookCommand {
  const parsed = parseArgs(args, ["--program", "--type", "--fact"]);
  if ("error" in parsed) return { kind: "error", message: parsed.error };
  if (parsed.flags.has("--help") || parsed.flags.has("-h")) return { kind: "help" };
  const unknown = [...parsed.flags].filter((f) => f !== "--json");
  if (unknown.length > 0) return { kind: "error", message: `不明なオプションです: ${unknown.join(" ")}` };
  if (parsed.positional.length !== 1) return { kind: "error", message: parsed.positional.length === 0 ? noFileMessage : "ファイルは1つだけ指定してください。" };
  const options = validationOptions(parsed);
  if ("error" in options) return { kind: "error", message: options.error };
  return { kind: "run", file: parsed.positional[0], json: parsed.flags.has("--json"), options };
}

export async function runValidate(args: readonly string[], io: CliIO): Promise<number> {
  const command = parseWorkbookCommand(args, "検証する .xlsx ファイルを指定してください。");
  if (command.kind === "help") {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command.kind === "error") return usageError(io, command.message);
  const { file, options } = command;
  const read = await readWorkbookFile(file);
  if (!read.ok) {
    io.stderr.write(`gxdc validate: ${terminalText(read.message, MESSAGE_LIMIT)}\n`);
    return 2;
  }
  // Loaded once the file is readable: a refused file does not pay for the whole rules engine (~0.5 s).
  const { validateWorkbook } = await import("../rules/sheets/validateWorkbook");
  const report = validateWorkbook(read.workbook, { ...options, fileName: basename(file) });
  if (command.json) io.stdout.write(`${JSON.stringify(report.findings.map(jsonFinding), null, 2)}\n`);
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

/** A finding for --json: exact, with the citation naming the document instead of the seed file. */
export const jsonFinding = (f: Finding): Finding => ({ ...f, source: readableCitation(f.source) });

const MARK: Readonly<Record<Severity, string>> = { error: "✖ エラー", warning: "⚠ 警告  ", info: "ℹ 情報  " };
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const GROUP_TITLE: Readonly<Record<Severity, string>> = { error: "エラー", warning: "警告", info: "情報" };
/** Longest finding message echoed (messages quote cell text); cell text alone is capped at ECHO_LIMIT. */
const MESSAGE_LIMIT = 600;

/** A total or a figure recomputed from the lines (DC-EXP-04, 全行の合計 …): it can only follow from other errors. */
const isDerived = (f: Finding): boolean => f.ruleId === "DC-EXP-04" || /全行の合計|行から計算した|明細の合計/.test(f.message);

/**
 * Knock-on findings (波及) of one sheet's findings: a total or a figure recomputed from the lines that disagrees
 * because a line above it on the same sheet is already an error. Fixing the line fixes it; it is listed,
 * marked, not hidden. One pass: the first row of a line error decides for every derived error below it.
 */
export function knockOnFindings(sameSheet: readonly Finding[]): ReadonlySet<Finding> {
  let firstLineError = Number.MAX_SAFE_INTEGER;
  for (const f of sameSheet) if (f.severity === "error" && !isDerived(f)) firstLineError = Math.min(firstLineError, rowOf(f.cell));
  return new Set(sameSheet.filter((f) => f.severity === "error" && isDerived(f) && firstLineError < rowOf(f.cell)));
}

/** Marks a knock-on finding; the legend line explains it once. */
export const KNOCK_ON = "〔波及〕";
const KNOCK_ON_LEGEND = `${KNOCK_ON} = 合計・集計の不一致で、上の行のエラーから生じている可能性があります。先に上の行を直してください。`;

const rowOf = (cell: string): number => {
  const m = /(\d+)$/.exec(cell);
  return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
};

/** The result line; a workbook whose forms are blank or absent says so (未入力 / 様式が見つかりません). */
const countLine = (report: ValidationReport): string => {
  const count = (s: Severity): number => report.findings.filter((f) => f.severity === s).length;
  const status = report.formStatus && report.formStatus !== "filled" ? `（${FORM_STATUS_JA[report.formStatus]}）` : "";
  return `結果: エラー ${count("error")} 件、警告 ${count("warning")} 件、情報 ${count("info")} 件${status}`;
};

/**
 * The human report, as the taskpane shows it: the result line and the subsidy amount first, then the
 * detected sheets, then findings by sheet and by severity (cell order within), knock-on findings marked
 * 波及, then the summary figures. Every text from the workbook is escaped and capped (terminalText).
 */
export function formatReport(file: string, report: ValidationReport): string {
  const safe = (t: string): string => terminalText(t);
  const out: string[] = [`gxdc validate: ${safe(file)}`];
  const amount = report.summary.find((s) => /^補助金額/.test(s.label) && /合計/.test(s.label)) ?? report.summary.find((s) => /補助金額/.test(s.label));
  out.push(`${countLine(report)}${amount ? ` ／ ${safe(amount.label)}: ${safe(formatFigure(amount))}` : ""}`, "");
  out.push("見つかったシート:");
  if (report.detected.length === 0) out.push("  （様式のシートは見つかりませんでした）");
  for (const d of report.detected) out.push(`  ${d.title}: シート「${safe(d.sheet)}」 ${d.anchor}`);
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const group = groups.get(f.sheet);
    if (group) group.push(f);
    else groups.set(f.sheet, [f]);
  }
  let anyKnockOn = false;
  for (const [sheet, findings] of groups) {
    const knockOn = knockOnFindings(findings);
    anyKnockOn ||= knockOn.size > 0;
    out.push("", sheet === "" ? "■ ブック全体" : `■ シート「${safe(sheet)}」`);
    for (const severity of SEVERITIES) {
      const these = findings.filter((f) => f.severity === severity);
      if (these.length === 0) continue;
      out.push(`  ${GROUP_TITLE[severity]} ${these.length} 件`);
      for (const f of these) {
        const mark = knockOn.has(f) ? `${KNOCK_ON} ` : "";
        out.push(`  ${MARK[f.severity]}  ${safe(f.cell || "-").padEnd(6)} ${mark}${terminalText(f.message, MESSAGE_LIMIT)}`);
        out.push(`  ${" ".repeat(10)}${" ".repeat(7)}[${safe(f.ruleId)}] ${safe(readableCitation(f.source))}`);
      }
    }
  }
  if (anyKnockOn) out.push("", KNOCK_ON_LEGEND);
  if (report.summary.length > 0) {
    out.push("", "集計:");
    for (const s of report.summary) out.push(`  ${safe(s.label)}: ${safe(formatFigure(s))}${s.note ? `（${terminalText(s.note, MESSAGE_LIMIT)}）` : ""}`);
  }
  out.push("", countLine(report), "");
  return out.join("\n");
}

function formatFigure(s: SummaryFigure): string {
  if (s.value === null) return "—";
  if (typeof s.value === "boolean") return s.value ? "満たす" : "満たさない";
  if (typeof s.value === "number" && !Number.isFinite(s.value)) return "—（計算できません）";
  if (typeof s.value === "number") return `${s.value.toLocaleString("ja-JP", { maximumFractionDigits: 2 })}${s.unit ? ` ${s.unit}` : ""}`;
  return s.value;
}
