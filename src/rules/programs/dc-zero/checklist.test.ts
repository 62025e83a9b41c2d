import { DC_ZERO_CHECKLIST } from "./checklist";
import { DC_PROJECT_TYPES } from "./projectType";
import type { DcProjectType } from "./sheetTypes";

const item = (type: DcProjectType, ruleId: string) => DC_ZERO_CHECKLIST[type].find((i) => i.ruleId === ruleId && i.kind === "requirement");
const typesOf = (ruleId: string): DcProjectType[] => DC_PROJECT_TYPES.filter((t) => item(t, ruleId) !== undefined);
const ALL = ["new", "renovation", "relocation", "container"];
const NOT_MOVE = ["new", "renovation", "container"];

describe("dc-zero checklist: requirements the workbook cannot prove", () => {
  it.each([
    ["DC-JOINT-01", ALL, "(3) 共同実施", "【共同実施の場合】"],
    ["DC-JOINT-02", ALL, "(3) 共同実施", "【共同実施の場合】"],
    ["DC-JOINT-03", ALL, "(3) 共同実施", "【ファイナンスリースを利用する場合】"],
    ["DC-JOINT-04", NOT_MOVE, "(3) 共同実施", "【オンサイトPPAを利用する場合】"],
    ["DC-AREA-02", NOT_MOVE, "1 データセンター新設支援事業 (1)", "市町村の同意書"],
    ["DC-EQ-02", NOT_MOVE, "(6) 補助対象設備 (＊ notes)", "需要家に帰属"],
    ["DC-EQ-04", NOT_MOVE, "(6) 補助対象設備 (＊ notes)", "自己託送"],
    ["DC-EQ-05", NOT_MOVE, "(6) 補助対象設備 (＊ notes)", "事業計画策定ガイドライン"],
    ["DC-EQ-06", NOT_MOVE, "1 (1) ＊; 2 (1) ＊; 4 (1) ＊", "公募開始日以降"],
    ["DC-BATT-02", NOT_MOVE, "(6) 補助対象設備 (蓄電池)", "【家庭用蓄電池の場合】"],
    ["DC-CONT-REQ-02", ["container"], "4 (1) イ", "再エネ設備を新規に導入"],
    ["DC-CONT-REQ-03", ["container"], "4 (1) ウ", "明確な算出根拠"],
    ["DC-CONT-REQ-04", ["container"], "4 (1) エ", "維持管理体制"],
    ["DC-CONT-REQ-05", ["container"], "4 (1) オ", "公表に同意"],
    ["DC-DOC-02", ALL, "【応募申請書類】【参考資料】", "公募のお知らせ"],
    ["DC-DOC-03", ALL, "Ⅶ (1) ※10", "直近3決算期"],
  ])("%s: a manual item for %j citing § %s, label with 「%s」 and a note on the evidence to keep", (ruleId, types, locator, labelPart) => {
    expect(typesOf(ruleId)).toEqual(types);
    for (const t of types as DcProjectType[]) {
      const i = item(t, ruleId);
      expect(i?.citation).toBe(`004_83a32f419551a032.txt § ${locator}`);
      expect(i?.label).toContain(labelPart);
      expect(i?.labelEn.length).toBeGreaterThan(10);
      expect(i?.autoRuleIds).toEqual([]);
      expect(i?.note?.length ?? 0).toBeGreaterThan(10);
    }
  });

  it.each([
    ["DC-RENO-EQ-01", ["renovation"], ["DC-RENO-EQ-01"]],
    ["DC-MOVE-EQ-01", ["relocation"], ["DC-MOVE-EQ-01"]],
    ["DC-CONT-EQ-01", ["container"], ["DC-CONT-EQ-01"]],
    ["DC-NEW-EXCL-01", ["new"], ["DC-NEW-EXCL-01", "DC-NEW-REQ-02", "DC-NEW-EQ-01"]],
    ["MOE-ADMIN-02", ALL, ["MOE-ADMIN-02"]],
    ["DC-DOC-04", ALL, ["DC-DOC-04"]],
  ])("%s: ticked automatically from the workbook checks %j", (ruleId, types, auto) => {
    expect(typesOf(ruleId)).toEqual(types);
    for (const t of types as DcProjectType[]) expect(item(t, ruleId)?.autoRuleIds).toEqual(auto);
  });

  it("DC-EQ-03: the FIT/FIP item no longer folds in DC-EQ-02 / DC-EQ-04 (each has its own item)", () => {
    expect(item("new", "DC-EQ-03")?.label).toBe("再エネ特措法に基づくFIT・FIPの認定を取得しない");
  });

  it("DC-AREA-01 / DC-AREA-02: the excluded areas and the consent areas are separate items", () => {
    expect(item("container", "DC-AREA-01")?.label).not.toContain("同意書");
  });

  it("DC-CONT-REQ-01: the コンテナ ア item covers ア only", () => {
    expect(item("container", "DC-CONT-REQ-01")?.label).toMatch(/^コンテナ ア: /);
  });
});
