import fc from "fast-check";
import { INVESTMENT_TYPE_ALIASES, LINKAGE_ALIASES, LOCATION_ALIASES, SOURCE_KIND_ALIASES, parseInvestmentType, parseLinkage, parseLocation, parseSourceKind, parseTier } from "./aliases";
import { determineTier } from "./tier";
import { normalizePrefecture } from "./prefectures";

/** Full-width form of ASCII letters and digits (what Japanese IMEs type). */
const fullWidth = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("alias tables", () => {
  it("SPEC §4: 支援区分 accepts 1–5, No1, No.1, ＮＯ１ and 対象外", () => {
    for (const t of [1, "1", "No1", "No.1", "ＮＯ１", "no 1"]) expect(must(parseTier(t))).toBe(1);
    expect(must(parseTier("対象外"))).toBe("対象外");
    const bad = parseTier("No6");
    expect(bad.ok || bad.error.code).toBe("INVALID_INPUT");
    expect(bad.ok || bad.error.message).toContain("対象外");
  });

  it("SPEC §4: ＤＣ, ①, ② and full-width spellings match", () => {
    expect(must(parseInvestmentType("ＤＣ"))).toBe("datacenter");
    expect(must(parseLocation("①"))).toBe("site");
    expect(must(parseLocation("②"))).toBe("remote");
    expect(must(parseLinkage("ｃｐｐａ"))).toBe("selfCppa");
  });

  it("GX-MATRIX-01 property: the tier is invariant under alias choice and full-width spelling", () => {
    const pick = <K extends string>(table: Readonly<Record<K, readonly string[]>>) =>
      fc.constantFrom(...(Object.keys(table) as K[])).chain((k) => fc.record({ key: fc.constant(k), text: fc.constantFrom(...table[k]), wide: fc.boolean() }));
    fc.assert(
      fc.property(pick(INVESTMENT_TYPE_ALIASES), pick(LOCATION_ALIASES), pick(SOURCE_KIND_ALIASES), pick(LINKAGE_ALIASES), fc.boolean(), (t, l, s, k, supplyRegion) => {
        const spell = (x: { text: string; wide: boolean }) => (x.wide ? ` ${fullWidth(x.text)} ` : x.text);
        const viaText = determineTier(must(parseInvestmentType(spell(t))), {
          power2: true,
          supplyRegion,
          location: must(parseLocation(spell(l))),
          sourceKind: must(parseSourceKind(spell(s))),
          linkage: must(parseLinkage(spell(k))),
        });
        const direct = determineTier(t.key, { power2: true, supplyRegion, location: l.key, sourceKind: s.key, linkage: k.key });
        expect(viaText.tier).toBe(direct.tier);
      }),
    );
  });

  it("prefectures: 福岡 / 福岡県 / 東京 / 京都 / 北海道 normalise to the official name", () => {
    expect(normalizePrefecture("福岡").name).toBe("福岡県");
    expect(normalizePrefecture(" 福岡県 ").name).toBe("福岡県");
    expect(normalizePrefecture("東京").name).toBe("東京都");
    expect(normalizePrefecture("京都").name).toBe("京都府");
    expect(normalizePrefecture("北海道").name).toBe("北海道");
    expect(normalizePrefecture("アトランティス").known).toBe(false);
  });
});
