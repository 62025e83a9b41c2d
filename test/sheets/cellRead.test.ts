import fc from "fast-check";
import { findFiscalYearIn, isBlankCell, parseFiscalYear, readNumberCell, readRateClass } from "../../src/rules/sheets/cellRead";
import { aliasRank, parseLabel, parseUnitText } from "../../src/rules/sheets/labels";

describe("parseLabel: header labels as typed", () => {
  it.each([
    ["金額（円）", "金額", "yen", 1],
    ["金額(千円)", "金額", "yen", 1000],
    ["金額 （万円）", "金額", "yen", 10000],
    ["補助対象経費（円）", "補助対象経費", "yen", 1],
    ["金額千円", "金額千円", "yen", 1000],
    ["年間調達量（MWh）", "年間調達量", "kwh", 1000],
    ["年間調達量(千kWh)", "年間調達量", "kwh", 1000],
    ["契約期間（ヶ月）", "契約期間", "years", 1 / 12],
    ["再エネ率(%)", "再エネ率", "percent", 0.01],
    ["年間CO2削減量（t-CO2/年）", "年間co2削減量", "t-co2", 1],
  ])("%j → base %j, unit %s × %d", (text, base, kind, scale) => {
    const info = parseLabel(text);
    expect(info.base).toBe(base);
    expect(info.unit).toEqual(expect.objectContaining({ kind, scale }));
  });

  it("drops spaces, middle dots, full-width forms, footnote marks and a trailing colon", () => {
    expect(parseLabel("内　訳").base).toBe("内訳");
    expect(parseLabel("内容・内訳").base).toBe("内容内訳");
    expect(parseLabel("ＰＵＥ").base).toBe("pue");
    expect(parseLabel("金額※1").base).toBe("金額");
    expect(parseLabel("事業区分：").base).toBe("事業区分");
  });

  it("matches aliases by rank, never by substring (補助率区分 is not 区分)", () => {
    expect(aliasRank(parseLabel("補助率区分"), ["区分"])).toBe(-1);
    expect(aliasRank(parseLabel("金額千円"), ["金額"])).toBe(0);
    expect(aliasRank(parseLabel("細目"), ["細分", "細目"])).toBe(1);
  });

  it("reads unit notes such as （単位：千円）", () => {
    expect(parseUnitText("単位：千円")).toEqual(expect.objectContaining({ kind: "yen", scale: 1000 }));
    expect(parseUnitText("請求書")).toBeNull();
  });
});

describe("readNumberCell: Japanese numbers as typed", () => {
  it.each([
    [12000, 1, "plain", 12000, false],
    [12, 1000, "yen", 12000, false],
    ["１２，０００", 1, "yen", 12000, true],
    ["12,000円", 1000, "yen", 12000, true],
    ["1,200千円", 1, "yen", 1_200_000, true],
    ["3万円", 1000, "yen", 30_000, true],
    ["3,000MWh", 1, "kwh", 3_000_000, true],
    ["15年", 1, "years", 15, true],
    ["180ヶ月", 1, "years", 15, true],
    ["△500", 1, "yen", -500, true],
  ] as const)("%j (column scale %d, %s) → %d", (raw, scale, kind, value, fromText) => {
    const r = readNumberCell(raw, scale, kind);
    expect(r).toEqual(expect.objectContaining({ kind: "number", value, fromText }));
  });

  it("notes full-width input", () => {
    const r = readNumberCell("１２，０００", 1, "yen");
    expect(r.kind === "number" && r.notes).toContain("全角文字を半角として読みました");
  });

  it.each([null, "", "　", "-", "－"])("%j is blank", (v) => expect(readNumberCell(v)).toEqual({ kind: "blank" }));

  it("an error value is reported, not read", () => {
    expect(readNumberCell({ error: "#REF!" })).toEqual({ kind: "error", error: "#REF!" });
  });

  it.each(["未定", "別途見積", "TRUE"])("%j is unreadable", (v) => expect(readNumberCell(v).kind).toBe("unreadable"));

  it("never throws and never returns NaN for any string", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = readNumberCell(s, 1, "yen");
        return r.kind !== "number" || Number.isFinite(r.value);
      }),
    );
  });
});

describe("parseFiscalYear / findFiscalYearIn", () => {
  it.each([
    [2024, 2024],
    ["2024", 2024],
    ["2024年度", 2024],
    ["FY2025", 2025],
    ["令和6年度", 2024],
    ["令和元年度", 2019],
    ["R7", 2025],
    ["Ｒ７年度", 2025],
    ["平成31年度", 2019],
    ["来年度", null],
    [1500, null],
    [2024.5, null],
  ])("%j → %j", (v, fy) => expect(parseFiscalYear(v)).toBe(fy));

  it("finds a year inside a label", () => {
    expect(findFiscalYearIn("補助金所要額（2024年度）")).toBe(2024);
    expect(findFiscalYearIn("令和7年度 補助金所要額")).toBe(2025);
    expect(findFiscalYearIn("補助金所要額")).toBeNull();
  });
});

describe("readRateClass", () => {
  it("keeps typed text and turns fraction-formatted numbers into 1/n", () => {
    expect(readRateClass("１／３")).toBe("１／３");
    expect(readRateClass(0.5)).toBe("1/2");
    expect(readRateClass(1 / 3)).toBe("1/3");
    expect(readRateClass(null)).toBeNull();
  });
});

describe("isBlankCell", () => {
  it("reads empty text, whitespace and dashes as blank, anything else as a value", () => {
    for (const v of [null, "", " ", "　", "-", "－", "―", "—", "‐", "ー", " - ", "\t\n", "\u00a0", "\ufeff"]) expect([v, isBlankCell(v)]).toEqual([v, true]);
    for (const v of ["0", "a", "工事費", "ア", "ー1", "1 -", "（", "Ａ", "ｱ", 0, false, { error: "#N/A" }]) expect([v, isBlankCell(v)]).toEqual([v, false]);
  });

  it("answers for every single character as the definition does (whitespace or a dash), quick path included", () => {
    const definition = /^[\s\u3000\-－―—‐ー]*$/;
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isBlankCell(ch) !== definition.test(ch) || isBlankCell(`${ch}x`) || isBlankCell(`${ch}ー`) !== definition.test(ch)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
