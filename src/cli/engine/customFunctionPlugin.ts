/**
 * The add-in's custom functions as a HyperFormula function plugin, so `gxdc calc` evaluates
 * them inside ordinary Excel formulas (`=IF(GX.TIER(...)=1,"最高","")`, `=SUM(...)`).
 *
 * LICENCE NOTE: HyperFormula is GPL-3.0-only (used here with licenseKey "gpl-v3"). It serves the
 * gxdc CLI and the tests only and never enters the add-in bundles in dist/ (no webpack entry
 * imports src/cli). The project itself is MIT (SPEC §8).
 *
 * Arguments go to the wrappers as Excel would pass them: numbers, text, booleans; omitted or empty
 * arguments → null; a range → rows (`any[][]`) for a matrix parameter, its single value for a
 * scalar one. Results: values as is; error objects ({code, message}) → CellError of that type.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { FunctionPluginDefinition, ImplementedFunctions } from "hyperformula";
import type { CustomFunctionSpec, ParameterSpec } from "./spec";

const ERROR_TYPES: Readonly<Record<string, ErrorType>> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

/** An error value as the wrappers return it (FunctionError / CustomFunctions.Error): typed by shape. */
function isErrorValue(v: unknown): v is { code: string; message?: unknown } {
  return typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as { code?: unknown }).code === "string";
}

/** A scalar as a wrapper receives it. */
function toExcelScalar(v: unknown): unknown {
  return v === undefined || v === EmptyValue ? null : v;
}

/** One argument for one parameter; a CellError when it cannot be passed. */
function toArgument(v: unknown, param: ParameterSpec | undefined, id: string): unknown {
  if (v instanceof SimpleRangeValue) {
    const rows = v.rawData().map((row) => row.map(toExcelScalar));
    if (param?.matrix) return rows;
    if (rows.length === 1 && rows[0].length === 1) return rows[0][0];
    return new CellError(ErrorType.VALUE, `${id} の引数 ${param?.name ?? ""} には範囲ではなく 1 つの値を指定してください。`);
  }
  const scalar = toExcelScalar(v);
  return param?.matrix && scalar !== null ? [[scalar]] : scalar;
}

/** A wrapper's result as a cell value. */
export function toCellValue(result: unknown, id: string): number | string | boolean | CellError {
  if (isErrorValue(result)) {
    const type = ERROR_TYPES[result.code] ?? ErrorType.VALUE;
    const message = typeof result.message === "string" ? result.message : "";
    return new CellError(type, type === ErrorType.VALUE && !(result.code in ERROR_TYPES) ? `${result.code} ${message}`.trim() : message);
  }
  if (typeof result === "number") {
    return Number.isFinite(result) ? result : new CellError(ErrorType.NUM, `${id} の計算結果が数値の範囲を超えました。`);
  }
  if (typeof result === "string" || typeof result === "boolean") return result;
  if (Array.isArray(result) && result.length === 1 && Array.isArray(result[0]) && result[0].length === 1) {
    return toCellValue(result[0][0], id);
  }
  return new CellError(ErrorType.VALUE, `${id} の結果を値として扱えません（${Array.isArray(result) ? "配列" : String(result)}）。`);
}

/** Calls a wrapper; an exception (a bug, never expected) becomes #VALUE! instead of breaking the sheet. */
function callWrapper(spec: CustomFunctionSpec, args: readonly unknown[]): number | string | boolean | CellError {
  try {
    return toCellValue(spec.impl(...args), spec.id);
  } catch (e) {
    return new CellError(ErrorType.VALUE, `${spec.id} で内部エラーが発生しました: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function arityError(spec: CustomFunctionSpec, given: number): CellError | null {
  const max = spec.parameters.length;
  const min = spec.parameters.reduce((n, p, i) => (p.optional ? n : i + 1), 0);
  if (given >= min && given <= max) return null;
  const expected = min === max ? `${max} 個` : `${min}～${max} 個`;
  return new CellError(ErrorType.NA, `${spec.id} の引数は ${expected}です（指定: ${given} 個）。`);
}

const methodName = (id: string): string => `customFunction_${id.replace(/[^A-Za-z0-9_]/g, "_")}`;

/** Builds a plugin class that implements exactly the given functions under their Excel names. */
export function buildCustomFunctionPlugin(specs: readonly CustomFunctionSpec[]): FunctionPluginDefinition {
  const byId = new Map(specs.map((s) => [s.id.toUpperCase(), s]));

  class CustomFunctionsPlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = {};

    callCustom(id: string, ast: { args: Parameters<CustomFunctionsPlugin["runFunction"]>[0] }, state: Parameters<CustomFunctionsPlugin["runFunction"]>[1]) {
      const spec = byId.get(id);
      if (!spec) return new CellError(ErrorType.NAME, `関数 ${id} は登録されていません。`);
      const wrongArity = arityError(spec, ast.args.length);
      if (wrongArity) return wrongArity;
      return this.runFunction(ast.args, state, this.metadata(id), (...raw: unknown[]) => {
        const args = spec.parameters.map((p, i) => toArgument(raw[i], p, spec.id));
        const bad = args.find((a): a is CellError => a instanceof CellError);
        return bad ?? callWrapper(spec, args);
      });
    }
  }

  const proto = CustomFunctionsPlugin.prototype as unknown as Record<string, unknown>;
  for (const [id, spec] of byId) {
    const method = methodName(id);
    CustomFunctionsPlugin.implementedFunctions[id] = {
      method,
      vectorizationForbidden: true,
      parameters: spec.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional })),
    };
    proto[method] = function (this: CustomFunctionsPlugin, ast: { args: never }, state: never) {
      return this.callCustom(id, ast, state);
    };
  }
  return CustomFunctionsPlugin;
}

/**
 * Registers the functions in HyperFormula's (process-wide) function registry, replacing earlier
 * registrations of the same ids. Engines built afterwards see them; engines built before keep theirs.
 */
export function registerCustomFunctions(specs: readonly CustomFunctionSpec[]): void {
  const plugin = buildCustomFunctionPlugin(specs);
  const ids = Object.keys(plugin.implementedFunctions);
  const registered = new Set(HyperFormula.getRegisteredFunctionNames("enGB"));
  for (const id of ids) if (registered.has(id)) HyperFormula.unregisterFunction(id);
  const names = Object.fromEntries(ids.map((id) => [id, id]));
  HyperFormula.registerFunctionPlugin(plugin, { enGB: names });
}
