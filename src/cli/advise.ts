/**
 * gxdc advise FILE.xlsx [--json] [--program P] [--type 新設] [--fact 名前=値 ...] — 改善提案: what would raise
 * the subsidy, ranked by gain, with inputs, formula, rule ids and citations (src/rules/advisor). Read-only.
 * Exit 0 when the workbook could be read (whatever it holds); 2 when not, or on bad arguments.
 */
import { basename } from "path";
import type { AdviceReport, Suggestion } from "../rules/advisor";
import { adviseWorkbook } from "../rules/advisor";
import { readableCitation } from "../rules/sources";
import type { CliIO } from "./main";
import { parseWorkbookCommand } from "./validate";

const USAGE = `使い方: gxdc advise FILE.xlsx [--json] [--program dc-zero|gx-regional] [--type 新設] [--fact 名前=値 ...]
  --json         {"suggestions":[{"ruleId","change","subsidyBefore","subsidyAfter", …}]} を出力します
  --program P    提案するプログラムを限定します
  --type X       事業区分（新設/改修/移設/コンテナ）または投資類型（製造/DC）を指定します（シートの記載より優先）
  --fact 名前=値  事実を指定します（例: --fact 企業規模=中小 --fact 脱炭素電力供給地域=該当）
ブックは変更しません。終了コード: 0 読めた / 2 読めない入力・引数の誤り
`;

export async function runAdvise(args: readonly string[], io: CliIO): Promise<number> {
  const command = parseWorkbookCommand(args, ".xlsx ファイルを指定してください。");
  if (command.kind === "help") {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command.kind === "error") return usageError(io, command.message);
  const { file, options } = command;
  if (options.program !== undefined && options.program !== "dc-zero" && options.program !== "gx-regional") {
    return usageError(io, `--program「${options.program}」には改善提案がありません。指定できる値: dc-zero / gx-regional`);
  }

  // Loaded lazily: only this path reads a workbook.
  const { readWorkbookFile } = await import("./xlsx");
  const read = await readWorkbookFile(file);
  if (!read.ok) {
    io.stderr.write(`gxdc advise: ${read.message}\n`);
    return 2;
  }
  const report = adviseWorkbook(read.workbook, { program: options.program as "dc-zero" | "gx-regional" | undefined, facts: options.facts });
  if (command.json) io.stdout.write(`${JSON.stringify({ file: basename(file), suggestions: report.suggestions, read: report.read, notes: report.notes }, null, 2)}\n`);
  else io.stdout.write(formatAdvice(file, report));
  return 0;
}

function usageError(io: CliIO, message: string): number {
  io.stderr.write(`gxdc advise: ${message}\n${USAGE}`);
  return 2;
}

const yenOrDash = (n: number | null): string => (n === null ? "—" : `${n.toLocaleString("ja-JP", { maximumFractionDigits: 2 })}円`);

function gainText(s: Suggestion): string {
  if (s.gain === null) return "増減: 計算できません";
  if (s.gain === 0) return "増減: 0円";
  return `${s.gain > 0 ? "+" : ""}${yenOrDash(s.gain)}`;
}

/** The human report: suggestions ranked by gain, each with its figures, formula, rules and citations. */
export function formatAdvice(file: string, report: AdviceReport): string {
  const out: string[] = [`gxdc advise: ${file}`, ""];
  out.push("読んだ表:");
  if (report.read.length === 0) out.push("  （経費内訳・電力調達計画の表は見つかりませんでした）");
  for (const r of report.read) out.push(`  ${r}`);
  for (const n of report.notes) out.push(`  ℹ ${n}`);
  out.push("", report.suggestions.length === 0 ? "改善提案: ありません（規則の範囲で補助金額が増える変更は見つかりませんでした）。" : "改善提案（補助金の増加額の大きい順）:");
  report.suggestions.forEach((s, i) => {
    out.push("", `${i + 1}. [${s.ruleId}] ${gainText(s)}${s.sheet ? `  シート「${s.sheet}」` : ""}${s.uncertain.length > 0 ? "  ※要確認の読み方あり" : ""}`);
    out.push(`   ${s.change}`);
    const tiers = s.before.tier !== null || s.after.tier !== null ? `支援区分 ${s.before.tier ?? "—"} → ${s.after.tier ?? "—"}、` : "";
    const rate = s.before.rate !== s.after.rate ? `補助率 ${s.before.rate ?? "—"} → ${s.after.rate ?? "—"}、` : s.before.rate ? `補助率 ${s.before.rate}、` : "";
    const cap = s.before.capYen !== s.after.capYen ? `上限 ${yenOrDash(s.before.capYen)} → ${yenOrDash(s.after.capYen)}、` : s.before.capYen !== null ? `上限 ${yenOrDash(s.before.capYen)}、` : "";
    out.push(`   ${tiers}${rate}${cap}補助金額 ${yenOrDash(s.subsidyBefore)} → ${yenOrDash(s.subsidyAfter)}`);
    out.push(`   計算: ${s.formula}`);
    const inputs = Object.entries(s.inputs).filter(([, v]) => v !== null);
    if (inputs.length > 0) out.push(`   入力: ${inputs.map(([k, v]) => `${k}=${typeof v === "number" && !k.includes("年度") ? v.toLocaleString("ja-JP") : String(v)}`).join("、")}`);
    for (const n of s.notes) out.push(`   ・${n}`);
    for (const u of s.uncertain) out.push(`   ※ ${u}`);
    s.ruleIds.forEach((r, j) => out.push(`   [${r}] ${readableCitation(s.citations[j] ?? "")}`));
  });
  out.push("", "この提案はブックを変更しません。採用するときは、シートを自分で修正してから gxdc validate で確認してください。", "");
  return out.join("\n");
}
