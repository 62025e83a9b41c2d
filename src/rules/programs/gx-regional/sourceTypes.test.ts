import { classifySource, countsAsNew } from "./sourceTypes";
import type { SourceState, SourceTypeCode } from "./types";

const code = (text: string): string => {
  const r = classifySource(text);
  if (!r.ok) throw new Error(r.error.message);
  const c = r.value;
  return c.kind === "source" ? c.row.code : c.kind === "certificate" ? c.row.kind : "other";
};

describe("classifySource", () => {
  it.each([
    ["太陽光", "a"],
    ["太陽光発電", "a"],
    ["洋上風力", "b"],
    ["水力発電", "c"],
    ["地熱", "d"],
    ["バイオマス（専焼）", "e"],
    ["バイオマス発電 (専焼)", "e"],
    ["バイオマス混焼", "f"],
    ["原子力", "g"],
    ["火力発電（水素専焼）", "h"],
    ["水素混焼", "i"],
    ["アンモニア専焼", "j"],
    ["火力発電(アンモニア混焼)", "k"],
    ["ＣＣＳ付火力発電", "l"],
    ["燃料電池", "m"],
    ["非化石証書", "nonFossil"],
    ["非FIT非化石証書（トラッキングあり）", "nonFossil"],
    ["グリーン電力証書", "greenPower"],
    ["再エネ電力由来J-クレジット", "reJCredit"],
    ["再エネ電力由来「クレジット」", "reJCredit"],
    ["Jクレジット", "reJCredit"],
    ["系統電力", "other"],
  ])("GX-SRC-01 / GX-PWR-09: 「%s」 → %s", (text, expected) => expect(code(text)).toBe(expected));

  it("GX-SRC-01: unknown text and plain バイオマス (専焼 or 混焼?) are INVALID_INPUT listing a–m and the certificates", () => {
    for (const text of ["石炭火力", "バイオマス", "I-REC"]) {
      const r = classifySource(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe("INVALID_INPUT");
        expect(r.error.message).toContain("a.太陽光発電");
        expect(r.error.message).toContain("グリーン電力証書");
      }
    }
  });
});

describe("countsAsNew", () => {
  const row = (c: SourceTypeCode) => {
    const r = classifySource({ a: "太陽光", c: "水力", g: "原子力", l: "CCS", m: "燃料電池", e: "バイオマス専焼" }[c as "a"]);
    if (!r.ok || r.value.kind !== "source") throw new Error("setup");
    return r.value.row;
  };
  it.each([
    ["a", "new", true],
    ["a", "replace", true],
    ["a", "majorRefurbishment", false],
    ["a", "restart", false],
    ["a", "existing", false],
    ["c", "majorRefurbishment", true],
    ["e", "conversion", true],
    ["g", "restart", true],
    ["g", "existing", false],
    ["l", "new", false],
    ["l", "conversion", true],
    ["m", "new", true],
    ["m", "replace", false],
  ] as [SourceTypeCode, SourceState, boolean][])("GX-SRC-01: %s in state %s counts as 新設・再稼働: %s", (c, state, expected) => {
    expect(countsAsNew(row(c), state)).toBe(expected);
  });
});
