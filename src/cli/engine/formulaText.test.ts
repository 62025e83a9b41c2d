import fc from "fast-check";
import { halfWidthOutsideStrings, toFormula } from "./formulaText";

describe("toFormula", () => {
  it.each([
    ["=SUM(1,2)", "=SUM(1,2)"],
    ["SUM(1,2)", "=SUM(1,2)"],
    ["  =SUM(1,2)  ", "=SUM(1,2)"],
    ["＝ＤＣ．ＰＵＥ（１３０，１００）", "=DC.PUE(130,100)"],
    ['=GX.SUBSIDYRATE("ＤＣ",１,"大企業")', '=GX.SUBSIDYRATE("ＤＣ",1,"大企業")'],
    ["＝ＧＸ．ＭＩＮＩＮＶＥＳＴＭＥＮＴ（＂大企業＂）", '=GX.MININVESTMENT("大企業")'],
    ['=A("ａ""ｂ",１)', '=A("ａ""ｂ",1)'],
    ["=1\u3000+\u30002", "=1 + 2"],
    ["1.15E8", "=1.15e8"],
    ["=1E+21", "=1e+21"],
    ["=2.E-3+.5E2", "=2.e-3+.5e2"],
    ['="1E5"&1E5', '="1E5"&1e5'],
    ["=A1E5+LOG10E2", "=A1E5+LOG10E2"],
  ])("%s → %s", (line, formula) => {
    expect(toFormula(line)).toBe(formula);
  });
});

describe("halfWidthOutsideStrings", () => {
  it("leaves text without full-width characters unchanged", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii" }), (s) => halfWidthOutsideStrings(s) === s));
  });

  it("keeps the content of string literals as typed", () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !/["＂]/.test(s)), (inner) => halfWidthOutsideStrings(`"${inner}"`) === `"${inner}"`),
    );
  });
});
