import { findKeyword } from "./keywordMatch";
import { classifyExpense, equipmentRateClass, parseRateClassText, rateForEquipment } from "./classifyExpense";
import { DC_ZERO_CURRENT } from "./params";
import type { KeywordRow } from "./keywordMatch";

const P = DC_ZERO_CURRENT.params;
const cases = (rows: readonly KeywordRow[]) => rows.flatMap((row) => row.keywords.map((k) => [row.labelJa, k, row] as const));

describe("classifyExpense: every ineligible keyword (DC-EXP-02, DC-EXP-03)", () => {
  for (const table of P.ineligible) {
    it.each(cases(table.value))(`${table.ruleId}: 「%s」 is detected by %j`, (label, keyword) => {
      const c = classifyExpense(`${keyword}に係る費用一式`);
      expect(c.matches.some((m) => m.labelJa === label && m.ruleId === table.ruleId)).toBe(true);
      expect(c.verdict).toBe("ineligible");
      expect(c.reasonJa).toMatch(/^対象外: /);
    });
  }

  it.each([
    ["データセンター用地の取得費", "事業に必要な用地の確保に要する経費"],
    ["サーバー棟建屋の建設工事", "建屋の建設にかかる経費"],
    ["既存空調機の撤去費", "既存施設・設備等の撤去費及び処分費"],
    ["PCS予備品", "予備品、銘板費"],
    ["浸水対策のための嵩上げ基礎", "浸水対策などの嵩上げ基礎に係る経費"],
    ["非化石証書の購入", "再エネ電力メニュー及び再エネ電力証書の購入費用"],
    ["小規模事業用電気工作物の届出費用", "官公庁等への申請・届出等に係る経費"],
    ["補助金申請書作成支援", "本補助金への応募・申請手続きに係る経費"],
    ["基本設計業務委託", "基本設計費"],
    ["事前調査（地盤）", "事前調査費"],
  ])("DC-EXP-02/03: %s → %s", (text, label) => {
    expect(classifyExpense(text).match?.labelJa).toBe(label);
  });

  it("DC-EXP-03: a warranty (保証書) delivered with equipment is not an RE certificate purchase", () => {
    expect(classifyExpense("蓄電池システム（メーカー保証書付き）").match?.labelJa).not.toBe("再エネ電力メニュー及び再エネ電力証書の購入費用");
    expect(classifyExpense("グリーン電力証書の購入").match?.labelJa).toBe("再エネ電力メニュー及び再エネ電力証書の購入費用");
  });

  it("AMB-37: 基本設計 is ineligible although 別表第1 測量及試験費 names it", () => {
    const c = classifyExpense("測量及試験費（基本設計）");
    expect(c.match?.ruleId).toBe("DC-EXP-02");
  });

  it.each([
    "受変電設備（建屋内配線含む）",
    "共通仮設費（重機の設置撤去）",
    "防災監視盤",
    "実施設計",
    "システム設計費",
    "残土処分",
  ])("legitimate wording is not flagged: %s", (text) => {
    expect(classifyExpense(text).verdict).toBe("eligible");
    expect(classifyExpense(text).reasonJa).toBe("対象");
  });
});

describe("classifyExpense: per-type exclusions", () => {
  it.each([
    ["renovation", "非常用発電機", "DC-RENO-EXCL-01", "ineligible"],
    ["renovation", "ICT機器（サーバー）", "DC-RENO-EXCL-01", "ineligible"],
    ["renovation", "UPS用蓄電池", "DC-RENO-EXCL-01", "review"],
    ["renovation", "再エネ変動調整用蓄電池 500kWh", null, "eligible"],
    ["renovation", "サーバー室空調機", null, "eligible"],
    ["relocation", "非常用発電設備", "DC-MOVE-EXCL-01", "ineligible"],
    ["relocation", "太陽光発電設備", "DC-MOVE-EXCL-01", "ineligible"],
    ["relocation", "再エネ変動調整用蓄電池", "DC-MOVE-EXCL-01", "ineligible"],
    ["relocation", "データセンター全体の空調設備更新", "DC-MOVE-EXCL-01", "ineligible"],
    ["relocation", "移設ICT機器用の高効率空調", null, "eligible"],
    ["relocation", "DCIM（運用管理）", "DC-MOVE-EXCL-01", "ineligible"],
    ["relocation", "サーバー（高効率の新鋭機）", null, "eligible"],
    ["container", "非常用発電機", "DC-CONT-EXCL-01", "ineligible"],
    ["container", "蓄電池", "DC-CONT-EXCL-01", "review"],
    ["container", "ICT機器（サーバー、ストレージ）", null, "eligible"],
    ["new", "GPUサーバー", "DC-NEW-EXCL-01", "ineligible"],
    ["new", "非常用発電機", "DC-NEW-EXCL-01", "review"],
    ["new", "オフサイト太陽光発電所", "DC-NEW-REQ-02", "ineligible"],
    ["new", "蓄電池 1,000kWh", null, "eligible"],
  ] as const)("%s: %s → %s (%s)", (type, text, ruleId, verdict) => {
    const c = classifyExpense(text, type);
    expect(c.verdict).toBe(verdict);
    expect(c.match?.ruleId ?? null).toBe(ruleId);
  });

  it("without a 事業区分 only the general list applies", () => {
    expect(classifyExpense("非常用発電機").verdict).toBe("eligible");
  });

  it("an error-level match outranks an earlier warning-level one", () => {
    const c = classifyExpense("蓄電池の撤去", "renovation");
    expect(c.verdict).toBe("ineligible");
    expect(c.match?.ruleId).toBe("DC-EXP-03");
  });
});

describe("rate class (DC-NEW-RATE-01, AMB-35)", () => {
  it.each(cases(P.lowerRateItems.value))("DC-NEW-RATE-01: 「%s」 keyword %j → 1/3", (_label, keyword) => {
    expect(classifyExpense(`${keyword} 一式`).rateClass).toBe("lower");
  });

  it.each([
    ["太陽光発電用パワコン", "lower"],
    ["高効率チラー", "lower"],
    ["ハイブリッドPCS", "standard"],
    ["蓄電池", "standard"],
    ["塩ビ管 PVC", "standard"],
    ["ＰＶモジュール", "lower"],
  ] as const)("AMB-35: %s → %s", (text, cls) => {
    expect(classifyExpense(text).rateClass).toBe(cls);
  });

  it.each([
    ["1/3", "lower"],
    ["１／３", "lower"],
    ["3分の1", "lower"],
    ["２分の１", "standard"],
    ["1/2", "standard"],
    ["50%", null],
  ] as const)("補助率区分 %j → %s", (text, cls) => {
    expect(parseRateClassText(text)).toBe(cls);
  });

  it("設備区分: 太陽光/空調 → lower, 蓄電池/その他 → standard, unknown → INVALID_INPUT", () => {
    expect(equipmentRateClass("太陽光")).toEqual({ ok: true, value: "lower" });
    expect(equipmentRateClass("空調")).toEqual({ ok: true, value: "lower" });
    expect(equipmentRateClass("蓄電池")).toEqual({ ok: true, value: "standard" });
    expect(equipmentRateClass("その他")).toEqual({ ok: true, value: "standard" });
    const r = equipmentRateClass("ふつう");
    expect(!r.ok && r.error.code).toBe("INVALID_INPUT");
    expect(!r.ok && r.error.message).toContain("太陽光");
  });

  it("rateForEquipment: 0 when the equipment is excluded for the type; 1/3 everywhere for 移設", () => {
    const ict = rateForEquipment("renovation", "ICT機器");
    expect(ict.ok && ict.value.toNumber()).toBe(0);
    const move = rateForEquipment("relocation", "サーバー");
    expect(move.ok && move.value.toString()).toBe("1/3");
    const pv = rateForEquipment("new", "太陽光パネル");
    expect(pv.ok && pv.value.toString()).toBe("1/3");
  });
});

describe("findKeyword", () => {
  it("matches Latin keywords as words and Japanese ones after NFKC, ignoring spaces and middle dots", () => {
    expect(findKeyword("pvc pipe", ["PV"])).toBeNull();
    expect(findKeyword("PV-panel", ["PV"])).toBe("PV");
    expect(findKeyword("申請届出", ["申請・届出"])).toBe("申請・届出");
    expect(findKeyword("太陽光　発電", ["太陽光発電"])).toBe("太陽光発電");
    expect(findKeyword("ｻｰﾊﾞｰ", ["サーバー"])).toBe("サーバー");
  });
});
