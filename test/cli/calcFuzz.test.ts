/**
 * The calc fuzz of issue 11: at least 10,000 random formula calls spread over every registered custom
 * function, evaluated by the real `gxdc calc` engine (HyperFormula + the generated registry) with
 * hostile literal arguments — subnormal and overflowing numbers, 400-digit text, "NaN", control
 * characters, arrays, errors, too few and too many arguments. No call may throw (an exception shows up
 * as "数式を評価できません: …"), give a non-finite number, or print NaN / Infinity / an internal error.
 * test/functions/wrappers.test.ts fuzzes the same wrappers directly, without the engine.
 */
import fc from "fast-check";
import { createFormulaEngine, type EvalResult, type FormulaEngine } from "../../src/cli/engine/formulaEngine";
import { CUSTOM_FUNCTIONS } from "../../src/cli/engine/registry.generated";

const TOTAL_CALLS = 10_000;

/** Accepted spellings (SPEC §4), so calls also reach past argument checks into the rules. */
const ACCEPTED = [
  "製造", "DC", "datacenter", "①", "②", "新設", "既設", "新設・再稼働", "CPPA", "自家発", "大企業", "中堅", "中小", "改修", "移設",
  "コンテナ", "再稼働", "太陽光", "対象外", "TRUE", "該当", "非該当", "１２，０００円", "3億円", "50%", "△100", "2025-02-20", "令和7年2月20日",
];

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** One argument as formula text. */
const argument: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -1e12, max: 1e12 }).map(String) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? "0" : String(n).toUpperCase())) },
  {
    weight: 3,
    arbitrary: fc.constantFrom("0", "1", "2", "3", "-1", "0.5", "1E+308", "1.7976931348623157E308", "5E-324", "1E-310", "1.15E8", "1E+21", "-1E308", "9".repeat(20), "1E308*10", "-1E308*10"),
  },
  { weight: 4, arbitrary: fc.constantFrom(...ACCEPTED).map(quote) },
  {
    weight: 2,
    arbitrary: fc.constantFrom("9".repeat(400), `${"９".repeat(400)}円`, "NaN", "Infinity", "-Infinity", "1e400", "1E+400円", "", " ", "０", "△", "，", "%").map(quote),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map(quote) },
  { weight: 1, arbitrary: fc.constantFrom("TRUE", "FALSE", "1/0", "NA()", "SQRT(-1)", "CHAR(27)&\"[2J\"", "{1,2;3,4}", "SEQUENCE(2,2)", "SEQUENCE(10000,10000)", "REPT(\"9\",400)") },
  { weight: 1, arbitrary: fc.constant("") }, // an empty argument slot, as in =F(1,,3)
);

/** A call of `id` with between 0 and (declared + 1) arguments. */
const call = (id: string, declared: number): fc.Arbitrary<string> =>
  fc.array(argument, { minLength: 0, maxLength: declared + 1 }).map((args) => `=${id}(${args.join(",")})`);

/** Why a result is not acceptable, or null. */
function problem(r: EvalResult): string | null {
  if ("error" in r) {
    if (!/^#[A-Z0-9/!?]+$/.test(r.error)) return `odd error code ${r.error}`;
    if (typeof r.message !== "string" || r.message.trim() === "") return `${r.error} without a message`;
    if (/^数式を評価できません: /.test(r.message)) return `exception: ${r.message}`;
    // The user's own input may be quoted back (「-Infinity」は指定できません); anything else may not say NaN / ∞.
    if (/NaN|Infinity|内部エラー|not finite/.test(r.message.replace(/「[^」]*」/g, "「」"))) return `message leaks ${r.message}`;
    return null;
  }
  if (typeof r.value === "number") return Number.isFinite(r.value) ? null : `non-finite ${r.value}`;
  if (typeof r.value === "string") return /^(NaN|-?Infinity)$|NaN ?円|NaNkWh/.test(r.value) ? `text ${r.value}` : null;
  return typeof r.value === "boolean" ? null : `not a value: ${String(r.value)}`;
}

let engine: FormulaEngine;
beforeAll(() => {
  engine = createFormulaEngine(CUSTOM_FUNCTIONS);
});
afterAll(() => engine.destroy());

it(`${TOTAL_CALLS.toLocaleString("en")}+ random calls over every custom function: no exception, no NaN or ∞`, () => {
  expect(CUSTOM_FUNCTIONS.length).toBeGreaterThan(20);
  const perFunction = Math.ceil(TOTAL_CALLS / CUSTOM_FUNCTIONS.length);
  let calls = 0;
  for (const f of CUSTOM_FUNCTIONS) {
    fc.assert(
      fc.property(call(f.id, f.parameters.length), (formula) => {
        calls++;
        const why = problem(engine.evaluate(formula));
        if (why) throw new Error(`${formula}: ${why}`);
      }),
      { numRuns: perFunction },
    );
  }
  expect(calls).toBeGreaterThanOrEqual(TOTAL_CALLS);
}, 120_000);

it("the fuzz would catch what it looks for", () => {
  expect(problem({ value: Number.NaN })).toMatch(/non-finite/);
  expect(problem({ value: Infinity })).toMatch(/non-finite/);
  expect(problem({ error: "#VALUE!", message: "数式を評価できません: boom" })).toMatch(/exception/);
  expect(problem({ error: "#VALUE!", message: "内部エラーが発生しました: Fraction: not finite" })).toMatch(/leaks/);
  expect(problem({ value: "NaN 円" })).toMatch(/text/);
  expect(problem({ value: 1 })).toBeNull();
});
