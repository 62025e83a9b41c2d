/** The GX checklist follows what the validated 電力調達計画 says: its 支援区分 and its source types. */
import { gxDcClean, gxDcMistakes } from "../../src/examples";
import { sheetFromRows } from "../../src/rules/sheets/gridBuilder";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";
import { checklistFor } from "../../src/taskpane/programContent";

const ruleIds = (items: readonly { ruleId: string }[]) => new Set(items.map((i) => i.ruleId));

describe("GX checklist with the validation report", () => {
  const clean = validateWorkbook(gxDcClean.workbook, gxDcClean.options);

  it("the report carries the plan's tier and source types", () => {
    expect(clean.checklistContext.gx?.tier).toBe(1);
    expect(clean.checklistContext.gx?.sources?.length).toBeGreaterThan(0);
  });

  // The tier items (No4・No5) belong to 製造設備投資型; the context drives them whatever the plan's sheet is.
  it("GX-CONTRIB-02: a No1 plan drops the No4・No5 contribution agreement; without a report it is listed", () => {
    expect(ruleIds(checklistFor("gx-regional", "製造設備投資型"))).toContain("GX-CONTRIB-02");
    expect(ruleIds(checklistFor("gx-regional", "製造設備投資型", clean))).not.toContain("GX-CONTRIB-02");
  });

  it("GX-DISC-02: the discipline items name only the plan's source types (solar, wind, hydro: no geothermal, no biomass)", () => {
    const labels = (items: readonly { ruleId: string; label: string }[]) => items.filter((i) => i.ruleId === "GX-DISC-02").map((i) => i.label).join(" ");
    const all = labels(checklistFor("gx-regional", "DC設備投資型"));
    const plan = labels(checklistFor("gx-regional", "DC設備投資型", clean));
    expect(all).toContain("地熱");
    expect(plan).toContain("風力");
    expect(plan).toContain("水力");
    expect(plan).not.toContain("地熱");
    expect(plan).not.toContain("バイオマス");
  });

  it("two alternative plans: no tier (every tier item stays), sources of both", () => {
    const two = validateWorkbook(gxDcMistakes.workbook, gxDcMistakes.options);
    expect(two.checklistContext.gx?.tier).toBeUndefined();
    expect(ruleIds(checklistFor("gx-regional", "製造設備投資型", two))).toContain("GX-CONTRIB-02");
  });

  it("a DC workbook's report has no GX context and leaves the DC checklist as it is", () => {
    const dc = validateWorkbook({ sheets: [] }, { program: "dc-zero" });
    expect(dc.checklistContext).toEqual({});
    expect(checklistFor("dc-zero", "新設", dc)).toEqual(checklistFor("dc-zero", "新設"));
  });

  it("GX-DISC-02: the sheet's FIT/FIP column reaches the checklist: a certified wind plant drops the wind items", () => {
    const rows = [
      ["投資類型", "DC設備投資型"],
      ["企業規模", "大企業"],
      ["事業実施場所", "北海道"],
      ["年間使用電力量", 100_000_000],
      [],
      ["電源種", "状態", "調達方法", "都道府県", "年間調達量（kWh）", "契約期間（年）", "FIT/FIP認定"],
      ["太陽光発電", "新設", "CPPA", "北海道", 60_000_000, 20, "なし"],
      ["風力発電", "新設", "CPPA", "北海道", 40_000_000, 15, "FIP認定済"],
    ];
    const r = validateWorkbook({ sheets: [sheetFromRows("電力調達計画", rows)] }, { program: "gx-regional" });
    expect(r.checklistContext.gx?.sources).toEqual([
      { code: "a", fitFip: "none" },
      { code: "b", fitFip: "certified" },
    ]);
    const items = checklistFor("gx-regional", "DC設備投資型", r);
    expect(ruleIds(items)).toContain("GX-DISC-01");
    expect(ruleIds(items)).not.toContain("GX-DISC-02");
  });
});
