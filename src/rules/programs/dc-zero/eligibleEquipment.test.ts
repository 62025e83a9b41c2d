import { classifyExpense, equipmentItemOf } from "./classifyExpense";
import { evaluateExpenses } from "./evaluateExpenses";
import { DC_ZERO_CURRENT } from "./params";
import { DC_PROJECT_TYPES } from "./projectType";
import type { DcProjectType, ExpenseSheetInput } from "./sheetTypes";
import { line } from "./testdata/expenseSheets";

const P = DC_ZERO_CURRENT.params;

describe("補助対象設備 ① per 事業区分: which item a text names", () => {
  it.each([
    ["DC-NEW-EQ-01", "new", "太陽光発電設備 2,000kW", "ア"],
    ["DC-NEW-EQ-01", "new", "地中熱利用設備", "ア"],
    ["DC-NEW-EQ-01", "new", "再エネ変動調整用蓄電池", "イ"],
    ["DC-NEW-EQ-01", "new", "EMS機器", "イ"],
    ["DC-NEW-EQ-01", "new", "計測機器", "イ"],
    ["DC-NEW-EQ-01", "new", "高効率チラー", "ウ"],
    ["DC-NEW-EQ-01", "new", "受変電設備", "エ"],
    ["DC-NEW-EQ-01", "new", "自営線敷設", "エ"],
    ["DC-RENO-EQ-01", "renovation", "屋上太陽光発電設備", "ア"],
    ["DC-RENO-EQ-01", "renovation", "蓄熱槽", "イ"],
    ["DC-RENO-EQ-01", "renovation", "サーバー室空調機の更新", "ウ"],
    ["DC-RENO-EQ-01", "renovation", "キュービクル", "エ"],
    ["DC-MOVE-EQ-01", "relocation", "サーバー（高効率の新鋭機）", "ア"],
    ["DC-MOVE-EQ-01", "relocation", "移設ICT機器用の高効率空調", "イ"],
    ["DC-MOVE-EQ-01", "relocation", "冗長構成費（移設期間中）", "ウ"],
    ["DC-MOVE-EQ-01", "relocation", "ICT機器の輸送費", "ア"],
    ["DC-MOVE-EQ-01", "relocation", "輸送費", "エ"],
    ["DC-CONT-EQ-01", "container", "太陽光発電設備", "ア"],
    ["DC-CONT-EQ-01", "container", "再エネ変動調整用蓄電池", "イ"],
    ["DC-CONT-EQ-01", "container", "ストレージ", "ウ"],
    ["DC-CONT-EQ-01", "container", "液冷システム", "エ"],
    ["DC-CONT-EQ-01", "container", "受変電設備", "オ"],
    ["DC-CONT-EQ-01", "container", "UPS", "オ"],
    ["DC-CONT-EQ-01", "container", "コンテナ筐体", "カ"],
  ] as const)("%s: %s 「%s」 → item %s", (ruleId, type, text, item) => {
    const hit = equipmentItemOf(text, type);
    expect(hit?.item).toBe(item);
    expect(hit?.ruleId).toBe(ruleId);
    expect(classifyExpense(text, type).equipmentItem?.item).toBe(item);
  });

  it("DC-NEW-EQ-01 / DC-RENO-EQ-01 / DC-MOVE-EQ-01 / DC-CONT-EQ-01: each type cites its own list", () => {
    expect(DC_PROJECT_TYPES.map((t) => P.eligibleEquipment[t].ruleId)).toEqual(["DC-NEW-EQ-01", "DC-RENO-EQ-01", "DC-MOVE-EQ-01", "DC-CONT-EQ-01"]);
    expect(DC_PROJECT_TYPES.map((t) => P.eligibleEquipment[t].value.map((r) => r.key).join(""))).toEqual(["アイウエ", "アイウエ", "アイウエ", "アイウエオカ"]);
  });

  it("DC-CONT-EQ-01: a battery housing is not the ICT enclosure カ", () => {
    expect(equipmentItemOf("蓄電池コンテナ筐体", "container")?.item).toBe("イ");
  });

  it("DC-NEW-EQ-01: a battery for PV is a 変動調整 item (イ), a PV power conditioner an ア 付帯設備", () => {
    expect(equipmentItemOf("家庭用蓄電池（太陽光用）", "new")?.item).toBe("イ");
    expect(equipmentItemOf("太陽光発電用パワコン", "new")?.item).toBe("ア");
  });

  it("no item without a 事業区分 or for text naming none", () => {
    expect(classifyExpense("高効率チラー").equipmentItem).toBeNull();
    expect(equipmentItemOf("現場事務所の賃借", "new")).toBeNull();
  });
});

describe("equipment outside the type's list (DC-NEW-EQ-01, DC-RENO-EQ-01, DC-MOVE-EQ-01)", () => {
  it.each([
    ["relocation", "受変電設備更新", "DC-MOVE-EQ-01", "ineligible"],
    ["relocation", "自営線", "DC-MOVE-EQ-01", "ineligible"],
    ["relocation", "パワーコンディショナ", "DC-MOVE-EQ-01", "ineligible"],
    ["relocation", "分電盤（ラック用）", "DC-MOVE-EQ-01", "review"],
    ["relocation", "UPS", "DC-MOVE-EQ-01", "review"],
    ["relocation", "計測機器", "DC-MOVE-EQ-01", "review"],
    ["relocation", "地中熱ヒートポンプ", "DC-MOVE-EQ-01", "review"],
    ["relocation", "中古サーバー", "DC-MOVE-EQ-01", "review"],
    ["relocation", "コンテナ筐体", "DC-MOVE-EQ-01", "review"],
    ["new", "UPS", "DC-NEW-EQ-01", "review"],
    ["new", "無停電電源装置", "DC-NEW-EQ-01", "review"],
    ["new", "コンテナ外装", "DC-NEW-EQ-01", "review"],
    ["renovation", "UPS更新", "DC-RENO-EQ-01", "review"],
    ["container", "中古サーバー", "DC-CONT-REQ-01", "review"],
  ] as const)("%s: 「%s」 → %s (%s)", (type, text, ruleId, verdict) => {
    const c = classifyExpense(text, type);
    expect([c.match?.ruleId, c.verdict]).toEqual([ruleId, verdict]);
    expect(c.reasonJa).toContain(ruleId);
  });

  it.each([
    ["relocation", "サーバー（高効率の新鋭機）"],
    ["relocation", "雪氷熱を利用したICT機器の冷却設備"],
    ["relocation", "冗長構成費"],
    ["relocation", "ICT機器の輸送費"],
    ["container", "UPS"],
    ["container", "コンテナ筐体"],
    ["container", "受変電設備"],
    ["new", "受変電設備"],
    ["renovation", "自営線"],
  ] as const)("in the list, not flagged: %s 「%s」", (type, text) => {
    expect(classifyExpense(text, type).verdict).toBe("eligible");
  });

  it("DC-MOVE-EQ-01: an excluded item keeps its ②主な補助対象外設備 rule (DC-MOVE-EXCL-01 decides)", () => {
    expect(classifyExpense("UPS用蓄電池", "relocation").match?.ruleId).toBe("DC-MOVE-EXCL-01");
  });
});

describe("DC-EQ-06: RE equipment conditions read from the text (新設・改修・コンテナ)", () => {
  it.each([
    ["new", "太陽光発電設備（余剰電力は近隣施設へ売電）", "当該データセンター以外"],
    ["renovation", "太陽光発電設備（他施設へも供給）", "当該データセンター以外"],
    ["container", "既設太陽光発電設備の改修", "既設の再エネ発電設備"],
  ] as const)("DC-EQ-06: %s 「%s」 → warning", (type, text, label) => {
    const c = classifyExpense(text, type);
    expect([c.verdict, c.match?.ruleId]).toEqual(["review", "DC-EQ-06"]);
    expect(c.match?.labelJa).toContain(label);
  });

  it("DC-EQ-06: not applied to 移設 (its RE equipment is excluded anyway), to text without RE equipment, nor to a battery added to existing PV", () => {
    expect(classifyExpense("既設太陽光発電設備", "relocation").match?.ruleId).toBe("DC-MOVE-EXCL-01");
    expect(classifyExpense("既設空調機の更新", "renovation").verdict).toBe("eligible");
    expect(classifyExpense("既設太陽光に再エネ変動調整用蓄電池を増設", "renovation").verdict).toBe("eligible");
  });
});

describe("DC-RE-01: バイオマス発電 is RE only with a 依存率 of 60% or more (発電量ベース)", () => {
  it.each(["new", "renovation", "container"] as const)("DC-RE-01: %s 「木質バイオマス発電設備」 → warning asking for the 依存率", (type) => {
    const c = classifyExpense("木質バイオマス発電設備", type);
    expect([c.verdict, c.match?.ruleId]).toEqual(["review", "DC-RE-01"]);
    expect(c.match?.labelJa).toContain("60%以上");
  });

  it("DC-RE-01: other RE generation is not asked about; 移設 keeps its own exclusion", () => {
    expect(classifyExpense("太陽光発電設備", "new").verdict).toBe("eligible");
    expect(classifyExpense("バイオマス発電設備", "relocation").match?.ruleId).toBe("DC-MOVE-EXCL-01");
  });
});

describe("evaluateExpenses: the eligible lists and the new-RE requirement on a sheet", () => {
  const sheet = (type: DcProjectType, ...texts: string[]): ExpenseSheetInput => ({
    projectType: type,
    lines: texts.map((description, i) => line(3 + i, { category: "設備費", item: "設備費", description, amountYen: 1_000_000, eligibleYen: 1_000_000 })),
    declared: {},
  });

  it("DC-MOVE-EQ-01: 受変電設備 counted as eligible in a 移設 sheet → error on 補助対象経費; the list is a check that ran", () => {
    const r = evaluateExpenses(sheet("relocation", "サーバー", "受変電設備"));
    const i = r.issues.find((x) => x.ruleId === "DC-MOVE-EQ-01");
    expect([i?.row, i?.field, i?.severity]).toEqual([4, "eligibleYen", "error"]);
    expect(i?.message).toContain("移設の補助対象設備");
    expect(r.checksRun).toContain("DC-MOVE-EQ-01");
  });

  it.each(DC_PROJECT_TYPES)("DC-*-EQ-01: the %s list is recorded as run", (type) => {
    expect(evaluateExpenses(sheet(type, "太陽光発電設備")).checksRun).toContain(P.eligibleEquipment[type].ruleId);
  });

  it.each([
    ["renovation", "DC-RENO-REQ-01"],
    ["container", "DC-CONT-REQ-02"],
    ["new", "DC-NEW-REQ-01"],
  ] as const)("%s without any RE equipment line → warning %s (sheet level)", (type, ruleId) => {
    const r = evaluateExpenses(sheet(type, "高効率チラー"));
    const i = r.issues.find((x) => x.ruleId === ruleId);
    expect([i?.row, i?.field, i?.severity]).toEqual([null, null, "warning"]);
    expect(i?.message).toContain("再エネ設備の新規導入が要件");
    // A warning on the 経費内訳 does not prove the requirement: the checklist item stays manual.
    expect(r.checksRun).not.toContain(ruleId);
  });

  it.each([
    ["renovation", "太陽光発電設備"],
    ["container", "地中熱利用設備"],
    ["new", "太陽光発電用パワコン"],
  ] as const)("%s with an RE line 「%s」 → no new-RE warning", (type, text) => {
    const r = evaluateExpenses(sheet(type, "高効率チラー", text));
    expect(r.issues.filter((x) => ["DC-RENO-REQ-01", "DC-CONT-REQ-02", "DC-NEW-REQ-01"].includes(x.ruleId))).toEqual([]);
  });

  it("a battery for PV alone does not show new RE equipment", () => {
    const r = evaluateExpenses(sheet("container", "再エネ変動調整用蓄電池（太陽光用）"));
    expect(r.issues.some((x) => x.ruleId === "DC-CONT-REQ-02")).toBe(true);
  });

  it("an RE line that is itself ineligible does not show new RE (オフサイト, 撤去)", () => {
    const r = evaluateExpenses(sheet("renovation", "既存太陽光発電設備の撤去"));
    expect(r.issues.some((x) => x.ruleId === "DC-RENO-REQ-01")).toBe(true);
  });

  it("移設 has no new-RE requirement", () => {
    const r = evaluateExpenses(sheet("relocation", "サーバー"));
    expect(r.issues.filter((x) => x.severity !== "info")).toEqual([]);
  });
});
