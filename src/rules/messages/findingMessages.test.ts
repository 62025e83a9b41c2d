/** The finding-message catalogue: both languages for every entry, every example finding recognised, numbers from the message. */
import { EXAMPLES } from "../../examples";
import { validateWorkbook } from "../sheets/validateWorkbook";
import { FINDING_MESSAGES, displayFindingMessage, matchFindingMessage, termEn, withoutOwnRuleId } from "./findingMessages";

const HIRAGANA = /[\u3040-\u309f]/u;
/** English text with what may stay Japanese removed: quoted sheet text, parenthesised official names. */
const englishOnly = (s: string): string => s.replace(/"[^"]*"/g, "").replace(/\([^()]*[\u3040-\u30ff\u4e00-\u9fff][^()]*\)/gu, "");

describe("finding message catalogue", () => {
  it.each(FINDING_MESSAGES.map((e) => [e.id, e] as const))("%s: has ja and en, recognises its sample, renders both", (_, entry) => {
    expect(Object.keys(entry.text).sort()).toEqual(["en", "ja"]);
    const ruleIds = entry.ruleIds === "any" ? [/[A-Z0-9]+(?:-[A-Z0-9]+)+(?=）)/u.exec(entry.sample)![0]] : entry.ruleIds;
    const hit = matchFindingMessage(ruleIds[0], entry.sample);
    expect(hit?.entry.id).toBe(entry.id);
    for (const lang of ["ja", "en"] as const) {
      const text = entry.text[lang](hit!.params);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|NaN/);
      // The rule id is the card's tag, not repeated in the sentence.
      for (const id of ruleIds) expect(text).not.toContain(`${id}）`);
    }
    if (!entry.partial) expect(englishOnly(entry.text.en(hit!.params))).not.toMatch(HIRAGANA);
  });

  it("ids are unique", () => {
    expect(new Set(FINDING_MESSAGES.map((e) => e.id)).size).toBe(FINDING_MESSAGES.length);
  });

  it("recognises every finding of the example workbooks (a change of wording in the rules fails here)", () => {
    const missed: string[] = [];
    for (const ex of EXAMPLES) {
      for (const f of validateWorkbook(ex.workbook).findings) {
        if (!displayFindingMessage(f.ruleId, f.message, "en").translated) missed.push(`${f.ruleId}: ${f.message}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it("says which figure is short and by how much (DC-EXP-04: 差額 -48,700,000円)", () => {
    const m = "合計の金額 373,300,000円 が全行の合計 422,000,000円 と一致しません（差額 -48,700,000円, DC-EXP-04）。";
    const ja = displayFindingMessage("DC-EXP-04", m, "ja");
    expect(ja.knockOn).toBe(true);
    expect(ja.text).toContain("各行の合計 422,000,000円 より 48,700,000円 少ない");
    expect(displayFindingMessage("DC-EXP-04", m.replace("373,300,000", "470,700,000").replace("-48,700,000", "48,700,000"), "en").text).toContain("¥48,700,000 more than");
  });

  it("the battery price error says what to change: the price ceiling for the stated capacity", () => {
    const m = "蓄電池の価格 150,000,000円（1,000kWh）は 150,000円/kWh で、業務・産業用の目標価格 120,000円/kWh（工事費込み）を超えています（DC-BATT-01）。";
    expect(displayFindingMessage("DC-BATT-01", m, "ja").text).toContain("価格を 120,000,000円 以下に");
    expect(displayFindingMessage("DC-BATT-01", m, "en").text).toContain("¥120,000,000 or less");
  });

  it("an unknown message falls back to the rules' Japanese, marked untranslated in English, without its own rule id", () => {
    const m = "未知の指摘です（差額 5円, DC-X-01）。";
    expect(displayFindingMessage("DC-X-01", m, "en")).toEqual({ text: "未知の指摘です（差額 5円）。", translated: false, id: null, knockOn: false });
    expect(displayFindingMessage("DC-X-01", m, "ja").translated).toBe(true);
  });

  it.each([
    ["…にしてください（DC-EXP-03）。", "DC-EXP-03", "…にしてください。"],
    ["…（差額 -1円, DC-EXP-04）。", "DC-EXP-04", "…（差額 -1円）。"],
    ["…（電源の契約期間, GX-CONTRACT-01）。", "GX-CONTRACT-01", "…（電源の契約期間）。"],
    ["…（算出, DC-REV-03）。", "DC-REV-04", "…（算出, DC-REV-03）。"],
  ])("withoutOwnRuleId(%s, %s)", (message, id, expected) => {
    expect(withoutOwnRuleId(message, id)).toBe(expected);
  });

  it("termEn translates known terms and lists, and keeps unknown ones", () => {
    expect(termEn("北海道")).toBe("Hokkaido");
    expect(termEn("太陽光発電・新設")).toBe("solar, new build");
    expect(termEn("未知")).toBe("未知");
  });
});
