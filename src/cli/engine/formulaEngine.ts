/**
 * A formula engine with the custom functions registered: evaluates one formula at a time in a
 * fresh cell, so every formula stands alone (SPEC §7 `gxdc calc`).
 *
 * LICENCE NOTE: HyperFormula is GPL-3.0-only, used with licenseKey "gpl-v3" by the gxdc CLI and the
 * tests only; it never enters the add-in bundles in dist/.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { ConfigParams } from "hyperformula";
import { registerCustomFunctions } from "./customFunctionPlugin";
import { toFormula } from "./formulaText";
import type { CustomFunctionSpec } from "./spec";

export type ExcelValue = number | string | boolean;

/** A formula's result: a value, or an Excel error code with its (Japanese where we can) message. */
export type EvalResult = { readonly value: ExcelValue } | { readonly error: string; readonly message: string };

export interface FormulaEngine {
  /** Evaluates one formula ("=" optional). Never throws. */
  evaluate(formula: string): EvalResult;
  /** Frees the engine. */
  destroy(): void;
}

/**
 * The largest array a formula may build or spill, intermediate arrays included (HyperFormula checks
 * every array against the sheet size): =SEQUENCE(10000,10000) is a #VALUE! with a message in
 * milliseconds instead of 100 million cells. 1,000 × 100 cells evaluate and clear in about a second.
 */
export const ARRAY_LIMIT = { rows: 1_000, columns: 100 } as const;

/** Excel's limits: a formula of at most 8,192 characters, a cell text of at most 32,767. */
export const FORMULA_LENGTH_LIMIT = 8_192;
export const TEXT_LENGTH_LIMIT = 32_767;

const CONFIG: Partial<ConfigParams> = {
  maxRows: ARRAY_LIMIT.rows,
  maxColumns: ARRAY_LIMIT.columns,
  licenseKey: "gpl-v3",
  // Full precision as JavaScript prints it (HyperFormula rounds to 14 digits by default).
  smartRounding: false,
  // An empty cell reference reads as 0, as in Excel.
  evaluateNullToZero: true,
};

/** Messages for engine errors that come without one. */
const DEFAULT_MESSAGES: Readonly<Record<string, string>> = {
  "#DIV/0!": "0 で除算しています。",
  "#N/A": "値がありません。",
  "#VALUE!": "値の種類が正しくありません。",
  "#NUM!": "数値が有効な範囲にありません。",
  "#NAME?": "名前が正しくありません。",
  "#REF!": "参照が正しくありません。",
  "#CYCLE!": "循環参照になっています。",
  "#SPILL!": "配列の結果を展開できません。",
  "#ERROR!": "数式を評価できません。",
};

/** HyperFormula's English messages for the mistakes people make most, in Japanese. */
const TRANSLATIONS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Function name (.+) not recognized\.$/, (m) => `関数 ${m[1]} はありません。関数名を確認してください（GX.* / DC.* と Excel の標準関数が使えます）。`],
  [/^Named expression (.+) not recognized\.$/, (m) => `名前 ${m[1]} は定義されていません。文字列は "…" で囲んでください。`],
  [/^Parsing error/, (m) => `数式を解析できません。文字列は "…" で囲んでください（${m.input}）。`],
  [/^Wrong number of arguments\.$/, () => "引数の数が正しくありません。"],
  [/NaN or infinite value/, () => "計算結果が数値の範囲を超えたか、数値になりません。"],
  [/^Value too large\.$/, () => `配列が大きすぎます（gxdc calc で扱える配列は ${ARRAY_LIMIT.rows.toLocaleString("ja-JP")} 行 × ${ARRAY_LIMIT.columns} 列まで）。`],
];

function errorMessage(code: string, message: string): string {
  for (const [pattern, translate] of TRANSLATIONS) {
    const m = pattern.exec(message);
    if (m) return translate(m);
  }
  return message !== "" ? message : (DEFAULT_MESSAGES[code] ?? "");
}

function toEvalResult(v: unknown): EvalResult {
  if (v instanceof DetailedCellError) return { error: v.value, message: errorMessage(v.value, v.message ?? "") };
  // Never NaN or ±∞ (SPEC §4): a non-finite number is #NUM!, as Excel shows it.
  if (typeof v === "number" && !Number.isFinite(v)) return { error: "#NUM!", message: "計算結果が数値の範囲を超えました。" };
  if (typeof v === "string" && v.length > TEXT_LENGTH_LIMIT) return { error: "#VALUE!", message: `文字列が長すぎます（${v.length.toLocaleString("ja-JP")} 文字。Excel のセルの上限は ${TEXT_LENGTH_LIMIT.toLocaleString("ja-JP")} 文字）。` };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  // An empty result (e.g. a reference to an empty cell) shows as 0 in Excel.
  return { value: 0 };
}

/** Builds an engine in which `functions` are registered under their Excel names. */
export function createFormulaEngine(functions: readonly CustomFunctionSpec[]): FormulaEngine {
  registerCustomFunctions(functions);
  const hf = HyperFormula.buildEmpty(CONFIG);
  // Excel's TRUE / FALSE literals (HyperFormula only has the functions TRUE() / FALSE()).
  hf.addNamedExpression("TRUE", "=TRUE()");
  hf.addNamedExpression("FALSE", "=FALSE()");
  const sheet = hf.getSheetId(hf.addSheet("calc"));
  if (sheet === undefined) throw new Error("gxdc calc: cannot create the calculation sheet");
  const cell = { sheet, row: 0, col: 0 };
  return {
    evaluate(formula: string): EvalResult {
      if (formula.length > FORMULA_LENGTH_LIMIT) {
        return { error: "#VALUE!", message: `数式が長すぎます（${formula.length.toLocaleString("ja-JP")} 文字。Excel の上限は ${FORMULA_LENGTH_LIMIT.toLocaleString("ja-JP")} 文字）。` };
      }
      try {
        hf.setCellContents(cell, [[toFormula(formula)]]);
        return toEvalResult(hf.getCellValue(cell));
      } catch (e) {
        if (e instanceof RangeError && /call stack/.test(e.message)) return { error: "#ERROR!", message: "数式の入れ子が深すぎて評価できません。" };
        return { error: "#ERROR!", message: `数式を評価できません: ${e instanceof Error ? e.message : String(e)}` };
      } finally {
        hf.setCellContents(cell, [[null]]);
      }
    },
    destroy: () => hf.destroy(),
  };
}
