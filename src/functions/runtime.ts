/**
 * The one shared helper of the custom functions: coerce Excel arguments, call the rules core,
 * map its Result to an Excel value or a CustomFunctions.Error (SPEC §4, STYLE-ANCHORS §C).
 * Never throws, never returns NaN/Infinity. Japanese messages ride on #VALUE! and #N/A
 * (the only codes whose message Excel shows).
 */
import type { ErrorCode, Result } from "../rules/lib/result";
import { fail, ok } from "../rules/lib/result";
import { normalizeText, parseJapaneseNumber, parseYesNo } from "../rules/lib/normalize";

export type ExcelScalar = number | string | boolean;
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#NUM!" | "#DIV/0!";

/** Same shape as CustomFunctions.Error (code + message); used where the Office runtime is absent (CLI, tests). */
export class FunctionError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

const EXCEL_CODE: Readonly<Record<ErrorCode, ExcelErrorCode>> = {
  INVALID_INPUT: "#VALUE!",
  OUT_OF_DOMAIN: "#NUM!",
  DIVISION_BY_ZERO: "#DIV/0!",
  NO_RULE_IN_FORCE: "#N/A",
  NOT_APPLICABLE: "#N/A",
};

const OFFICE_CODE: Readonly<Record<ExcelErrorCode, string>> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#NUM!": "invalidNumber",
  "#DIV/0!": "divisionByZero",
};

/** What a wrapper returns for an error: CustomFunctions.Error in Office, FunctionError elsewhere. */
export interface ExcelErrorValue {
  readonly code: string;
  readonly message?: string;
}

interface OfficeErrorRuntime {
  Error: new (code: unknown, message?: string) => ExcelErrorValue;
  ErrorCode: Record<string, unknown>;
}

/** Builds CustomFunctions.Error when running inside Office, a FunctionError otherwise. */
export function excelError(code: ExcelErrorCode, message: string): ExcelErrorValue {
  const cf = (globalThis as unknown as { CustomFunctions?: Partial<OfficeErrorRuntime> }).CustomFunctions;
  if (cf?.Error && cf.ErrorCode) {
    // Excel shows custom messages only for #VALUE! and #N/A; others get the bare code.
    const withMessage = code === "#VALUE!" || code === "#N/A";
    return withMessage ? new cf.Error(cf.ErrorCode[OFFICE_CODE[code]], message) : new cf.Error(cf.ErrorCode[OFFICE_CODE[code]]);
  }
  return new FunctionError(code, message);
}

export type CellResult = ExcelScalar | ExcelErrorValue;

/**
 * Runs a wrapper body: maps failures to Excel errors, guards against NaN/Infinity and
 * turns an unexpected exception into #VALUE! with a message instead of a crash.
 */
export function run(body: () => Result<ExcelScalar>): CellResult {
  try {
    const r = body();
    if (!r.ok) return excelError(EXCEL_CODE[r.error.code], r.error.message);
    if (typeof r.value === "number" && !Number.isFinite(r.value)) {
      return excelError("#NUM!", "計算結果が数値の範囲を超えました。");
    }
    return r.value;
  } catch (e) {
    // Exact arithmetic refuses values beyond the double range (Fraction: not finite): that is Excel's #NUM!.
    if (e instanceof RangeError) return excelError("#NUM!", "数値が大きすぎるか小さすぎて計算できません。");
    return excelError("#VALUE!", `内部エラーが発生しました: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Excel passes null for omitted optional arguments (and "" or 0 for some blank cells). */
export const isOmitted = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

export interface NumberArgOptions {
  /** Smallest accepted value; below → #NUM! (out of domain). */
  readonly min?: number;
  /** Value used when the argument is omitted; without it an omitted argument is #VALUE!. */
  readonly default?: number;
}

/** A number argument: numbers, numeric text with full-width digits, commas and 円/万円/億円 units. */
export function argNumber(v: unknown, name: string, opts: NumberArgOptions = {}): Result<number> {
  if (isOmitted(v)) {
    return opts.default !== undefined ? ok(opts.default) : fail("INVALID_INPUT", `${name}を入力してください。`, { path: name });
  }
  if (typeof v === "boolean") return fail("INVALID_INPUT", `${name}に TRUE/FALSE は指定できません。数値を入力してください。`, { path: name });
  const parsed = parseJapaneseNumber(v, name);
  if (!parsed.ok) return parsed;
  const n = parsed.value.value;
  if (opts.min !== undefined && n < opts.min) {
    return fail("OUT_OF_DOMAIN", `${name}は${opts.min}以上で指定してください（入力値: ${n}）。`, { path: name });
  }
  return ok(n);
}

/** A yes/no argument: TRUE/FALSE, 該当/非該当, はい/いいえ, ○/×; omitted → default. */
export function argBool(v: unknown, name: string, defaultValue: boolean): Result<boolean> {
  if (isOmitted(v)) return ok(defaultValue);
  return parseYesNo(v, name);
}

/** A text argument, normalised (trim, NFKC, lower-case Latin); omitted → default or #VALUE!. */
export function argText(v: unknown, name: string, defaultValue?: string): Result<string> {
  if (isOmitted(v)) {
    return defaultValue !== undefined ? ok(defaultValue) : fail("INVALID_INPUT", `${name}を入力してください。`, { path: name });
  }
  return ok(normalizeText(String(v)));
}
