/**
 * gxdc — the command line on the same rules core as the add-in (SPEC §7).
 *   gxdc calc [--json]                     formulas from stdin, evaluated in a real formula engine
 *   gxdc validate FILE.xlsx [--json] [...] the sheet validators on a saved workbook
 *   gxdc template PROGRAM --out FILE.xlsx  blank official-style sheets
 *   gxdc advise FILE.xlsx [--json] [...]   改善提案: what would raise the subsidy (read-only)
 */
// Each command is loaded when it runs, so `gxdc --help` starts like a bare node process and `validate` never
// loads the formula engine (HyperFormula, only for `calc`; see README "Licences").

export interface CliIO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

const USAGE = `使い方 / usage:
  gxdc calc [--json]                          数式を標準入力から1行ずつ読み、評価します
  gxdc validate FILE.xlsx [--json] [--program P] [--type 新設] [--fact 名前=値 ...]
                                              経費内訳・別紙シートを検証します (exit 0: エラーなし, 1: エラーあり, 2: 読めない)
  gxdc template PROGRAM --out FILE.xlsx       空の様式シートを書き出します (PROGRAM: dc-zero | gx-regional | meti-cloud | all)
  gxdc advise FILE.xlsx [--json] [--type 新設] 補助金額が増える変更を提案します (ブックは変更しません; exit 0: 読めた, 2: 読めない)
`;

/** Runs one gxdc command; resolves to the process exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "calc":
      return (await import("./calc")).runCalc(rest, io);
    case "validate":
      return (await import("./validate")).runValidate(rest, io);
    case "template":
      return (await import("./template")).runTemplate(rest, io);
    case "advise":
      return (await import("./advise")).runAdvise(rest, io);
    case "-h":
    case "--help":
    case "help":
      io.stdout.write(USAGE);
      return 0;
    default:
      io.stderr.write(command ? `不明なコマンドです: ${command}\n${USAGE}` : USAGE);
      return 2;
  }
}
