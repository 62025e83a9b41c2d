/**
 * Metadata contract of the custom functions (SPEC §3, §4): what Excel reads from functions.json,
 * generated from the JSDoc exactly as the webpack plugin does, plus the Japanese help of every
 * function and parameter. Catches JSDoc regressions without running webpack.
 */
import { normalizeText } from "../../src/rules/lib/normalize";
import { HELP_JA, HELP_TABLES, JAPANESE, loadMetadata, loadWrappers } from "./functionSources";
import type { FunctionMeta, Metadata } from "./functionSources";

/**
 * ★ contract of SPEC §4: parameters in order, each named by a key term of its SPEC name (matched in
 * the Japanese parameter name, after normalisation), and whether it is optional.
 */
const STAR: Readonly<Record<string, readonly (readonly [keyTerm: string, optional: boolean])[]>> = {
  "GX.TIER": [
    ["投資類型", false],
    ["立地要件", false],
    ["電源の種類", false],
    ["紐づき", false],
    ["脱炭素電力供給地域", false],
    ["電力要件②", true],
  ],
  "GX.SUBSIDYRATE": [
    ["投資類型", false],
    ["支援区分", false],
    ["企業規模", true],
  ],
  "GX.SUBSIDYCAP": [["支援区分", false]],
  "GX.SUBSIDY": [
    ["投資類型", false],
    ["支援区分", false],
    ["企業規模", false],
    ["補助対象経費", false],
  ],
  "GX.MININVESTMENT": [["企業規模", false]],
  "GX.CONTRIBUTION": [
    ["消費電力量", false],
    ["補助額", false],
  ],
  "GX.CONTRACTYEARS": [
    ["調達方法", false],
    ["電源の状態", false],
    ["電源種", true],
    ["合理的例外", true],
  ],
  "DC.CO2COST": [
    ["補助対象経費", false],
    ["CO2削減量", false],
    ["法定耐用年数", false],
  ],
  "DC.SUBSIDY": [
    ["事業区分", false],
    ["補助対象経費", false],
    ["太陽光", true],
  ],
  "DC.ADMINLIMIT": [["工事費", false]],
  "DC.PUE": [
    ["施設全体", false],
    ["ICT", false],
  ],
  "DC.REVENUEPAYBACK": [
    ["収益額", false],
    ["控除額", false],
    ["補助金確定額", false],
    ["支出額", false],
    ["納付済額", true],
  ],
};

let meta: Metadata;
let byId: Map<string, FunctionMeta>;
beforeAll(async () => {
  meta = await loadMetadata();
  byId = new Map(meta.functions.map((f) => [f.id, f]));
}, 60_000);

describe("generated metadata (JSDoc → functions.json)", () => {
  it("has no errors and at least the ★ functions", () => {
    expect(meta.errors).toEqual([]);
    expect(meta.functions.length).toBeGreaterThanOrEqual(Object.keys(STAR).length);
  });

  it("ids carry the GX./DC. prefix, use only A–Z, 0–9 and periods, and stay within 64 characters", () => {
    for (const f of meta.functions) {
      expect(f.id).toMatch(/^(GX|DC)\.[A-Z0-9.]+$/);
      expect(f.id.length).toBeLessThanOrEqual(64);
    }
  });

  it("ids are unique", () => {
    const ids = meta.functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("the Excel name is the id (no namespace, same name in every language — SPEC §3)", () => {
    for (const f of meta.functions) expect(f.name).toBe(f.id);
  });

  it("optional parameters come after the required ones", () => {
    for (const f of meta.functions) {
      const firstOptional = f.parameters.findIndex((p) => p.optional === true);
      if (firstOptional >= 0) expect({ id: f.id, after: f.parameters.slice(firstOptional).every((p) => p.optional === true) }).toEqual({ id: f.id, after: true });
    }
  });

  it("every function and parameter has an English description", () => {
    for (const f of meta.functions) {
      expect({ id: f.id, description: Boolean(f.description?.trim()) }).toEqual({ id: f.id, description: true });
      for (const p of f.parameters) expect({ id: f.id, param: p.name, description: Boolean(p.description?.trim()) }).toEqual({ id: f.id, param: p.name, description: true });
    }
  });
});

describe.each(Object.entries(STAR))("★ %s (SPEC §4)", (id, contract) => {
  it(`exists with ${contract.length} parameters in SPEC order and the SPEC optional flags`, () => {
    const f = byId.get(id);
    expect(f).toBeDefined();
    const actual = f!.parameters.map((p) => [normalizeText(HELP_JA[id]?.params[p.name]?.name ?? `(no ja name: ${p.name})`), p.optional === true]);
    expect(actual).toHaveLength(contract.length);
    contract.forEach(([keyTerm, optional], i) => {
      expect({ position: i + 1, name: actual[i][0], optional: actual[i][1] }).toEqual({
        position: i + 1,
        name: expect.stringContaining(normalizeText(keyTerm)),
        optional,
      });
    });
  });
});

describe("Japanese help (the tables of HELP_SOURCES → functions-ja.json)", () => {
  it("no function id appears in two tables", () => {
    const ids = Object.values(HELP_TABLES).flatMap((t) => Object.keys(t));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("every function has a Japanese description", () => {
    const missing = meta.functions.filter((f) => !JAPANESE.test(HELP_JA[f.id]?.description ?? "")).map((f) => f.id);
    expect(missing).toEqual([]);
  });

  it("every parameter has a Japanese name and a Japanese description", () => {
    const missing = meta.functions.flatMap((f) =>
      f.parameters
        .filter((p) => {
          const h = HELP_JA[f.id]?.params[p.name];
          return !h || !JAPANESE.test(h.name + h.description) || h.name.trim() === "" || h.description.trim() === "";
        })
        .map((p) => `${f.id}.${p.name}`),
    );
    expect(missing).toEqual([]);
  });

  it("the tables name no function and no parameter that does not exist (no stale help)", () => {
    const stale = Object.entries(HELP_JA).flatMap(([id, help]) => {
      const f = byId.get(id);
      if (!f) return [id];
      return Object.keys(help.params)
        .filter((name) => !f.parameters.some((p) => p.name === name))
        .map((name) => `${id}.${name}`);
    });
    expect(stale).toEqual([]);
  });
});

describe("associate map (CustomFunctions.associate(id, fn) appended by the webpack loader)", () => {
  it("has one entry per function id", () => {
    expect(meta.associate.map((a) => a.id).sort()).toEqual(meta.functions.map((f) => f.id).sort());
  });

  it("names a function exported by its module", async () => {
    const wrappers = await loadWrappers(meta);
    const notExported = meta.associate.filter((a) => wrappers.get(a.id) === undefined).map((a) => `${a.id} → ${a.functionName}`);
    expect(notExported).toEqual([]);
  });
});
