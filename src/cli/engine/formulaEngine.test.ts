import fc from "fast-check";
import { FunctionError } from "../../functions/runtime";
import type { ExcelErrorCode } from "../../functions/runtime";
import { createFormulaEngine } from "./formulaEngine";
import type { FormulaEngine } from "./formulaEngine";
import type { CustomFunctionSpec, ParameterSpec } from "./spec";

const p = (name: string, optional = false, matrix = false): ParameterSpec => ({ name, optional, matrix });

/** Test doubles for wrappers: they record what they receive and return what the test asks for. */
let received: unknown[] = [];
const SPECS: CustomFunctionSpec[] = [
  { id: "TEST.ADD", parameters: [p("a"), p("b")], impl: (a: number, b: number) => a + b },
  {
    id: "TEST.ECHO",
    parameters: [p("value"), p("extra", true)],
    impl: (...args: unknown[]) => {
      received = args;
      return args[0];
    },
  },
  { id: "TEST.FAIL", parameters: [p("code"), p("message")], impl: (code: ExcelErrorCode, message: string) => new FunctionError(code, message) },
  { id: "TEST.SHAPEFAIL", parameters: [], impl: () => ({ code: "#N/A", message: "上限の定めなし" }) },
  { id: "TEST.NAN", parameters: [], impl: () => Number.NaN },
  { id: "TEST.INF", parameters: [], impl: () => Number.POSITIVE_INFINITY },
  {
    id: "TEST.THROW",
    parameters: [],
    impl: () => {
      throw new Error("boom");
    },
  },
  { id: "TEST.NOTHING", parameters: [], impl: () => undefined },
  {
    id: "TEST.RSUM",
    parameters: [p("values", false, true)],
    impl: (rows: unknown[][]) => {
      received = [rows];
      return rows.flat().reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
    },
  },
  { id: "TEST.OPT3", parameters: [p("a"), p("b", true), p("c", true)], impl: (...args: unknown[]) => ((received = args), 1) },
];

let engine: FormulaEngine;
beforeAll(() => {
  engine = createFormulaEngine(SPECS);
});
afterAll(() => engine.destroy());
beforeEach(() => {
  received = [];
});

describe("custom functions under their Excel names", () => {
  it("calls a wrapper registered under a dotted name", () => {
    expect(engine.evaluate("=TEST.ADD(1,2)")).toEqual({ value: 3 });
  });

  it("matches the function name case-insensitively, as Excel does", () => {
    expect(engine.evaluate("=test.add(2,2)")).toEqual({ value: 4 });
  });

  it("passes text, numbers and the TRUE/FALSE literals through unchanged", () => {
    expect(engine.evaluate('=TEST.ECHO("大企業")')).toEqual({ value: "大企業" });
    expect(engine.evaluate("=TEST.ECHO(TRUE)")).toEqual({ value: true });
    expect(engine.evaluate("=TEST.ECHO(FALSE)")).toEqual({ value: false });
    expect(engine.evaluate("=TEST.ECHO(-12.5)")).toEqual({ value: -12.5 });
  });

  it("passes an omitted optional argument as null", () => {
    engine.evaluate("=TEST.ECHO(1)");
    expect(received).toEqual([1, null]);
  });

  it("passes empty arguments (,,) as null", () => {
    engine.evaluate("=TEST.OPT3(1,,)");
    expect(received).toEqual([1, null, null]);
  });

  it("gives a matrix parameter the rows of an array", () => {
    expect(engine.evaluate("=TEST.RSUM({1,2;3,4})")).toEqual({ value: 10 });
    expect(received).toEqual([
      [
        [1, 2],
        [3, 4],
      ],
    ]);
  });

  it("gives a matrix parameter a single value as a 1×1 matrix", () => {
    expect(engine.evaluate("=TEST.RSUM(5)")).toEqual({ value: 5 });
    expect(received).toEqual([[[5]]]);
  });

  it("refuses a multi-cell array for a scalar parameter with #VALUE!", () => {
    const r = engine.evaluate("=TEST.ECHO({1,2})");
    expect(r).toMatchObject({ error: "#VALUE!" });
  });

  it("reads a 1×1 array given to a scalar parameter as its value", () => {
    expect(engine.evaluate("=TEST.ECHO({7})")).toEqual({ value: 7 });
  });
});

describe("error objects become cell errors of the same type", () => {
  it.each<ExcelErrorCode>(["#VALUE!", "#N/A", "#NUM!", "#DIV/0!"])("%s keeps its code and message", (code) => {
    expect(engine.evaluate(`=TEST.FAIL("${code}","理由です")`)).toEqual({ error: code, message: "理由です" });
  });

  it("recognises an error by shape (CustomFunctions.Error is not an Error subclass)", () => {
    expect(engine.evaluate("=TEST.SHAPEFAIL()")).toEqual({ error: "#N/A", message: "上限の定めなし" });
  });

  it("turns NaN and Infinity into #NUM!", () => {
    expect(engine.evaluate("=TEST.NAN()")).toMatchObject({ error: "#NUM!" });
    expect(engine.evaluate("=TEST.INF()")).toMatchObject({ error: "#NUM!" });
  });

  it("turns an exception into #VALUE! with the reason instead of failing the formula", () => {
    const r = engine.evaluate("=TEST.THROW()");
    expect(r).toMatchObject({ error: "#VALUE!" });
    expect("message" in r && r.message).toContain("boom");
  });

  it("turns a missing result into #VALUE!", () => {
    expect(engine.evaluate("=TEST.NOTHING()")).toMatchObject({ error: "#VALUE!" });
  });

  it("propagates an error argument without calling the wrapper (as Excel does)", () => {
    expect(engine.evaluate("=TEST.ECHO(1/0)")).toMatchObject({ error: "#DIV/0!" });
    expect(received).toEqual([]);
  });

  it("lets IFERROR catch a custom function's error", () => {
    expect(engine.evaluate('=IFERROR(TEST.FAIL("#NUM!","x"),"代替")')).toEqual({ value: "代替" });
  });
});

describe("ordinary Excel formulas around the custom functions", () => {
  it.each([
    ["=SUM(1,2)", 3],
    ["=TEST.ADD(1,2)*10", 30],
    ["=TEST.ADD(100,130)<=230", true],
    ["=TEST.ADD(100,131)<=230", false],
    ['=IF(TEST.ECHO(1)=1,"最高","")', "最高"],
    ["=SUM(TEST.ADD(1,2),TEST.ADD(3,4))", 10],
    ["=1/3", 1 / 3],
    ["=0.1+0.2", 0.1 + 0.2],
  ])("%s → %p", (formula, expected) => {
    expect(engine.evaluate(formula)).toEqual({ value: expected });
  });

  it("adds a missing leading = and reads full-width input outside strings", () => {
    expect(engine.evaluate("TEST.ADD(1,2)")).toEqual({ value: 3 });
    expect(engine.evaluate("＝ＴＥＳＴ．ＡＤＤ（１，２）")).toEqual({ value: 3 });
    expect(engine.evaluate('=TEST.ECHO("ＤＣ")')).toEqual({ value: "ＤＣ" });
  });

  it("evaluates every formula on its own: a spilled array does not leak into the next formula", () => {
    engine.evaluate("={1,2,3}");
    expect(engine.evaluate("=B1+C1")).toEqual({ value: 0 });
  });
});

describe("engine errors", () => {
  it("an unknown function is #NAME? with a Japanese message naming it", () => {
    const r = engine.evaluate("=GX.NOSUCH(1)");
    expect(r).toMatchObject({ error: "#NAME?" });
    expect("message" in r && r.message).toMatch(/関数 GX\.NOSUCH はありません/);
  });

  it("unquoted text is #NAME? (Latin) or #ERROR! (Japanese), both with a hint to quote it", () => {
    const latin = engine.evaluate("=TEST.ECHO(large)");
    expect(latin).toMatchObject({ error: "#NAME?" });
    expect("message" in latin && latin.message).toContain('"…"');
    const japanese = engine.evaluate("=TEST.ECHO(大企業)");
    expect(japanese).toMatchObject({ error: "#ERROR!" });
    expect("message" in japanese && japanese.message).toContain('"…"');
  });

  it("a wrong number of arguments is #N/A stating the expected count", () => {
    expect(engine.evaluate("=TEST.ADD(1)")).toEqual({ error: "#N/A", message: "TEST.ADD の引数は 2 個です（指定: 1 個）。" });
    expect(engine.evaluate("=TEST.OPT3(1,2,3,4)")).toEqual({ error: "#N/A", message: "TEST.OPT3 の引数は 1～3 個です（指定: 4 個）。" });
  });

  it("a syntax error is #ERROR! in Japanese", () => {
    const r = engine.evaluate("=TEST.ADD(1,");
    expect(r).toMatchObject({ error: "#ERROR!" });
    expect("message" in r && r.message).toMatch(/^数式を解析できません/);
  });

  it("an engine error without a message gets a Japanese one", () => {
    expect(engine.evaluate("=1/0")).toEqual({ error: "#DIV/0!", message: "0 で除算しています。" });
  });

  it("never throws and always gives a value or an error, whatever the line", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (line) => {
        const r = engine.evaluate(line);
        if ("error" in r) return /^#[A-Z0-9/!?]+/.test(r.error) && typeof r.message === "string";
        return ["number", "string", "boolean"].includes(typeof r.value) && (typeof r.value !== "number" || Number.isFinite(r.value));
      }),
      { numRuns: 300 },
    );
  });
});

describe("a second engine", () => {
  it("replaces earlier registrations of the same ids", () => {
    const other = createFormulaEngine([{ id: "TEST.ADD", parameters: [p("a"), p("b")], impl: (a: number, b: number) => a * b }]);
    try {
      expect(other.evaluate("=TEST.ADD(3,4)")).toEqual({ value: 12 });
    } finally {
      other.destroy();
    }
  });
});
