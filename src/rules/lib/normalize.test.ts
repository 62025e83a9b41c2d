import fc from "fast-check";
import { matchAlias, memoized, normalizeText, parseJapaneseNumber, parseYesNo } from "./normalize";

describe("normalizeText", () => {
  it.each([
    ["  ＤＣ設備投資型 ", "dc設備投資型"],
    ["①", "1"],
    ["Ｍａｎｕｆａｃｔｕｒｉｎｇ", "manufacturing"],
    ["新設　・再稼働", "新設 ・再稼働"],
  ])("normalises %j to %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe("matchAlias", () => {
  const table = { manufacturing: ["製造", "製造設備投資型", "manufacturing"], datacenter: ["DC", "DC設備投資型", "datacenter"] } as const;
  it("matches full-width and case variants", () => {
    expect(matchAlias("ＤＣ", table, "投資類型")).toEqual({ ok: true, value: "datacenter" });
    expect(matchAlias(" Manufacturing ", table, "投資類型")).toEqual({ ok: true, value: "manufacturing" });
  });
  it("fails with a Japanese message listing the accepted values", () => {
    const r = matchAlias("倉庫", table, "投資類型");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("INVALID_INPUT");
      expect(r.error.message).toContain("製造設備投資型");
      expect(r.error.message).toContain("「倉庫」");
    }
  });
  it("treats blank text as missing input", () => {
    const r = matchAlias("  ", table, "投資類型");
    expect(r.ok || r.error.message).toContain("入力してください");
  });
});

describe("parseJapaneseNumber", () => {
  it.each([
    [12000, 12000],
    ["１２０００", 12000],
    ["12,000", 12000],
    ["１２，０００円", 12000],
    ["1,500千円", 1_500_000],
    ["３億円", 300_000_000],
    ["2.5万円", 25_000],
    ["△1,000", -1000],
    ["50%", 0.5],
    ["0.5", 0.5],
    // Scaled in decimal, exactly: a float product would give 1100.0000000000002, 0.12300000000000001, 700.0000000000001, 114999999.99999999.
    ["1.1千円", 1_100],
    ["12.3%", 0.123],
    ["0.07万円", 700],
    ["1.15億円", 115_000_000],
    ["△0.5万円", -5_000],
    [".5", 0.5],
    // Bare multipliers for quantities (kWh, t-CO2): "100万" as users write 100万kWh.
    ["１００万", 1_000_000],
    ["1.5億", 150_000_000],
    ["5千", 5_000],
  ])("reads %j as %d", (input, expected) => {
    const r = parseJapaneseNumber(input);
    expect(r.ok && r.value.value).toBe(expected);
  });
  it("notes what it tolerated", () => {
    const r = parseJapaneseNumber("１２，０００円");
    expect(r.ok && r.value.notes.length).toBeGreaterThan(0);
  });
  it("reads every 0.01–999.99 万円 and % exactly as decimal text says (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), (hundredths) => {
        const text = (hundredths / 100).toFixed(2);
        const man = parseJapaneseNumber(`${text}万円`);
        const pct = parseJapaneseNumber(`${text}%`);
        expect(man.ok && man.value.value).toBe(hundredths * 100);
        expect(pct.ok && pct.value.value).toBe(Number(`${text}e-2`));
      }),
    );
  });
  it.each(["abc", "12,00", "", "1.2.3", true, null, NaN, "万", "1万万"])("rejects %j", (input) => {
    expect(parseJapaneseNumber(input).ok).toBe(false);
  });
});

describe("parseYesNo", () => {
  it.each([
    [true, true],
    ["該当", true],
    ["非該当", false],
    ["はい", true],
    ["いいえ", false],
    ["○", true],
    ["×", false],
    ["TRUE", true],
    ["false", false],
  ])("reads %j as %s", (input, expected) => {
    expect(parseYesNo(input)).toEqual({ ok: true, value: expected });
  });
  it("rejects other text", () => {
    expect(parseYesNo("たぶん").ok).toBe(false);
  });
});

describe("parseJapaneseNumber: numbers beyond the double range (issue 11)", () => {
  it.each(["9".repeat(400), `${"9".repeat(400)}円`, `△${"1".repeat(320)}`, `${"1".repeat(305)}億円`])("%s is OUT_OF_DOMAIN, not ∞", (text) => {
    const r = parseJapaneseNumber(text, "金額");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("OUT_OF_DOMAIN");
      expect(r.error.message).not.toMatch(/Infinity|NaN|∞/);
      expect(r.error.message.length).toBeLessThan(120);
    }
  });

  it("still reads the largest finite values", () => {
    const r = parseJapaneseNumber("1".repeat(300));
    expect(r.ok && Number.isFinite(r.value.value)).toBe(true);
  });
});

describe("memoized (bounded, two generations)", () => {
  const LIMIT = 20_000;

  it("computes a string once while it is held, and gives what compute gives", () => {
    const memo = new Map<string, number>();
    let calls = 0;
    const length = (s: string): number => (calls++, s.length);
    expect(memoized(memo, "経費内訳", length)).toBe(4);
    expect(memoized(memo, "経費内訳", length)).toBe(4);
    expect(calls).toBe(1);
  });

  it("keeps a string asked for all along while 100,000 distinct strings stream through, and stays bounded", () => {
    const memo = new Map<string, string>();
    const computed = new Map<string, number>();
    const compute = (s: string): string => {
      computed.set(s, (computed.get(s) ?? 0) + 1);
      return s.toUpperCase();
    };
    let wrong = 0;
    let largest = 0;
    for (let i = 0; i < 100_000; i++) {
      if (memoized(memo, "header", compute) !== "HEADER") wrong++;
      if (memoized(memo, `line ${i}`, compute) !== `LINE ${i}`) wrong++;
      largest = Math.max(largest, memo.size);
    }
    expect(wrong).toBe(0);
    expect(largest).toBe(LIMIT);
    expect(computed.get("header")).toBe(1);
    // A string seen once long ago was let go and is computed again (the memo does not grow without limit).
    expect(memoized(memo, "line 0", compute)).toBe("LINE 0");
    expect(computed.get("line 0")).toBe(2);
  });

  it("a string of the previous generation comes back without being computed again", () => {
    const memo = new Map<string, number>();
    let calls = 0;
    const compute = (): number => ++calls;
    memoized(memo, "kept", compute);
    for (let i = 0; i < LIMIT; i++) memoized(memo, `x${i}`, compute); // the memo turns over once
    expect(memo.has("kept")).toBe(false);
    expect(memoized(memo, "kept", compute)).toBe(1);
    expect(calls).toBe(LIMIT + 1);
  });
});
