/**
 * Every exported wrapper, called as Excel might call it — nulls for omitted arguments, garbage text,
 * negative and huge numbers, booleans, odd objects — never throws and never returns NaN/Infinity:
 * it returns a finite number, text, a boolean, or an error object with one of the four codes and a
 * message (SPEC §4). Wrappers are found through the metadata, so new functions are covered unasked.
 */
import fc from "fast-check";
import { loadMetadata, loadWrappers } from "./functionSources";
import type { FunctionMeta, Wrapper } from "./functionSources";

const ERROR_CODES = ["#VALUE!", "#N/A", "#NUM!", "#DIV/0!"];

/** Accepted spellings of SPEC §4, so the properties also reach past argument validation. */
const ACCEPTED_TEXT = [
  "製造", "DC", "datacenter", "manufacturing", "①", "②", "新設", "既設", "新設・再稼働", "既設含む", "CPPA", "自家発", "メニュー",
  "大企業", "中堅", "中小", "large", "sme", "改修", "移設", "コンテナ", "container", "リプレース", "再稼働", "原子力", "太陽光",
  "対象外", "No1", "TRUE", "該当", "非該当", "１２，０００円", "3億円", "50%", "△100", "2025-02-20", "令和7年2月20日",
];

const excelValue = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.integer({ min: -1e12, max: 1e12 }) },
  { weight: 2, arbitrary: fc.constantFrom(-1, 0, 1, 2, 3, 4, 5, 6, -0.5, 0.5, 1e15, -1e15, Number.MAX_VALUE) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 4, arbitrary: fc.constantFrom(...ACCEPTED_TEXT) },
  { weight: 1, arbitrary: fc.anything() },
  // Issue 11: subnormals, the double range's edge and text that overflows it.
  { weight: 2, arbitrary: fc.constantFrom(5e-324, 1e-310, 1.7976931348623157e308, -1.7976931348623157e308, "9".repeat(400), `${"９".repeat(400)}円`, "1e400", "NaN", "Infinity", "1.15E8", "1E+21") },
);

/** Why a result is not a valid Excel result, or null when it is. */
function invalidResult(r: unknown, excelArgs = true): string | null {
  if (typeof r === "number") return Number.isFinite(r) ? null : `non-finite number ${r}`;
  if (typeof r === "string" && /^(NaN|-?Infinity)$|NaN ?円|NaNkWh/.test(r)) return `non-finite text ${r}`;
  if (typeof r === "string" || typeof r === "boolean") return null;
  if (typeof r === "object" && r !== null && typeof (r as { code?: unknown }).code === "string") {
    const { code, message } = r as { code: string; message?: unknown };
    if (!ERROR_CODES.includes(code)) return `unexpected error code ${code}`;
    if (typeof message !== "string" || message.trim() === "") return `${code} without a message`;
    // Values Excel can pass (numbers, text, booleans, blanks) never end in an internal error.
    return excelArgs && /内部エラー|not finite/.test(message) ? `internal error shown to the user: ${message}` : null;
  }
  return `not an Excel value: ${String(r)}`;
}

let functions: readonly FunctionMeta[] = [];
let wrappers = new Map<string, Wrapper | undefined>();
beforeAll(async () => {
  const meta = await loadMetadata();
  functions = meta.functions;
  wrappers = await loadWrappers(meta);
}, 60_000);

it("finds the wrappers through the metadata", () => {
  expect(functions.length).toBeGreaterThan(0);
  expect([...wrappers.values()].every((w) => typeof w === "function")).toBe(true);
});

const RUNS_PER_FUNCTION = 320;

it("every wrapper never throws and returns a valid Excel value or error for any arguments", () => {
  let calls = 0;
  for (const f of functions) {
    const wrapper = wrappers.get(f.id);
    if (!wrapper) continue; // reported by metadata.test.ts
    const args = fc.tuple(...f.parameters.map(() => excelValue));
    fc.assert(
      fc.property(args, (values) => {
        let result: unknown;
        try {
          result = wrapper(...values);
        } catch (e) {
          throw new Error(`${f.id} threw ${String(e)}`);
        }
        const excelArgs = values.every((v) => v === null || ["number", "string", "boolean"].includes(typeof v));
        const problem = invalidResult(result, excelArgs);
        if (problem) throw new Error(`${f.id}: ${problem}`);
      }),
      { numRuns: RUNS_PER_FUNCTION },
    );
    calls += RUNS_PER_FUNCTION;
  }
  // The calc fuzz of issue 11: at least 10,000 direct calls in all (test/cli/calcFuzz.test.ts adds 10,000 through the engine).
  expect(calls).toBeGreaterThanOrEqual(10_000);
});

it("every wrapper called with only nulls returns a valid value or error", () => {
  for (const f of functions) {
    const wrapper = wrappers.get(f.id);
    if (!wrapper) continue;
    expect({ id: f.id, problem: invalidResult(wrapper(...f.parameters.map(() => null))) }).toEqual({ id: f.id, problem: null });
  }
});

it("every wrapper rejects negative numbers without throwing or producing NaN", () => {
  for (const f of functions) {
    const wrapper = wrappers.get(f.id);
    if (!wrapper) continue;
    for (const n of [-1, -1e12, -0.001]) {
      expect({ id: f.id, n, problem: invalidResult(wrapper(...f.parameters.map(() => n))) }).toEqual({ id: f.id, n, problem: null });
    }
  }
});
