import { citation, readableCitation, SOURCES, type SourceId } from "./sources";

describe("readableCitation", () => {
  it.each(Object.keys(SOURCES) as SourceId[])("replaces the seed file name of %s by the document's short name", (id) => {
    const text = readableCitation(citation(id, "1 (4) 補助金の交付額"));
    expect(text).toBe(`${SOURCES[id].shortTitle} § 1 (4) 補助金の交付額`);
    expect(text).not.toMatch(/\.txt/);
  });

  it("leaves text without a known seed unchanged (sheet-reader findings cite the form itself)", () => {
    expect(readableCitation("別紙2 経費内訳（協会の様式）")).toBe("別紙2 経費内訳（協会の様式）");
  });

  it("names every document a text cites and is idempotent", () => {
    const two = `${citation("dc-zero-r6-koubo", "Ⅲ")} / ${citation("gx-overview-2026-v1.1", "電源の契約期間")}`;
    const once = readableCitation(two);
    expect(once).toBe(`${SOURCES["dc-zero-r6-koubo"].shortTitle} § Ⅲ / ${SOURCES["gx-overview-2026-v1.1"].shortTitle} § 電源の契約期間`);
    expect(readableCitation(once)).toBe(once);
  });

  it("every short title is distinct", () => {
    const titles = Object.values(SOURCES).map((s) => s.shortTitle);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
