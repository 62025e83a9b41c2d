import { DC_ZERO_CURRENT } from "./params";
import { resolveTaxonomy } from "./taxonomy";

const P = DC_ZERO_CURRENT.params;
const resolve = (category: string | null, item: string | null, subItem: string | null = null) => resolveTaxonomy({ category, item, subItem }, P);

describe("resolveTaxonomy (DC-EXP-04 別表第1, MOE-ADMIN-03 別表第2)", () => {
  const valid = P.taxonomy.value.flatMap((c) =>
    c.items.flatMap((i) => (i.subItems.length === 0 ? [[c.name, i.name, null]] : i.subItems.map((s) => [c.name, i.name, s.name]))),
  ) as [string, string, string | null][];

  it.each(valid)("DC-EXP-04: %s / %s / %s is valid", (category, item, sub) => {
    expect(resolve(category, item, sub)).toEqual({ category, item, problems: [] });
  });

  it.each([
    ["工事費", "本工事費", "（直接工事費）材料費"],
    ["工事費", "本工事費", "(間接工事費) 現場管理費"],
    ["工事費", "測量及び試験費", null],
    ["事務費", "事務費", "使用料及び賃借料"],
    ["事務費", "事務費", "通信運搬費"],
    ["事務費", "事務費", "報酬・給料・職員手当"],
    ["　設備費 ", "設備費", null],
  ])("accepts the spelling %s / %s / %s", (category, item, sub) => {
    expect(resolve(category, item, sub).problems).toEqual([]);
  });

  it("a blank 費目 is fine where the 区分 has a single 費目", () => {
    expect(resolve("業務費", null)).toEqual({ category: "業務費", item: "業務費", problems: [] });
  });

  it("DC-EXP-04: a blank 区分 is inferred from the 費目, with a warning", () => {
    const r = resolve(null, "付帯工事費");
    expect(r.category).toBe("工事費");
    expect(r.problems.map((p) => [p.field, p.severity])).toEqual([["category", "warning"]]);
  });

  it("DC-EXP-04: 本工事費 without 細分 → warning listing the 細分", () => {
    const r = resolve("工事費", "本工事費");
    expect(r.problems[0].message).toContain("材料費、労務費、直接経費、共通仮設費、現場管理費、一般管理費");
  });

  it("DC-EXP-04: a 本工事費 細分 under 設備費 → error; free text under 設備費 is ignored", () => {
    expect(resolve("設備費", "設備費", "材料費").problems.map((p) => p.severity)).toEqual(["error"]);
    expect(resolve("設備費", "設備費", "型式 ABC-123").problems).toEqual([]);
  });

  it("MOE-ADMIN-03: 事務費 with a 本工事費 細分 → error citing 別表第1", () => {
    const r = resolve("事務費", "事務費", "労務費");
    expect(r.problems.map((p) => [p.severity, p.ruleId])).toEqual([["error", "DC-EXP-04"]]);
  });
});
