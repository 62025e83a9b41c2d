/**
 * 改善提案: table-driven cases from the documents. Every expected amount is computed by hand in the table
 * from the cited rows (not by calling the code under test):
 *  - GX-RATE-01 (001 § 支援強度): DC/製造 No1 50% cap 250億円; No2 40% cap 250億円; No3 DC 30% / 製造 40% cap 100億円;
 *    No4 製造 40% cap 50億円 (中堅・中小 = the headline rate, AMB-11).
 *  - GX-MATRIX-01 (001 § 【参考】電力要件・立地要件の組合せと支援強度): rows #1–#17.
 *  - GX-CONTRIB-01 (001 § 立地要件について 注意事項): MIN(kWh × 3円 × 3年, 補助額 × 5%).
 *  - DC-NEW-RATE-01 / DC-NEW-CAP-01 (004 § 1 (4)): 1/2 (太陽光・空調等 1/3), 各年度 3億円; DC-NEW-PERIOD-01 (1 (5)): 2年度以内.
 *  - DC-RENO-CAP-01 (004 § 2 (4)): 各年度 1億円; DC-MOVE-RATE-01 (3 (4)): 1/3, 1億円, 単年度 (DC-MOVE-PERIOD-01).
 *  - MOE-ADMIN-01 (004 § 別表第1): 事務費 ≤ 6.5% of the first 5,000万円 + 5.5% up to 1億円 + 4.5% above.
 */
import fc from "fast-check";
import { line } from "../programs/dc-zero/testdata/expenseSheets";
import { subsidyAmount, subsidyCap } from "../programs/dc-zero";
import type { ExpenseLine, ExpenseSheetInput } from "../programs/dc-zero";
import type { PowerPlanFacts, ProcurementLine } from "../programs/gx-regional";
import { adviseDcExpenses, adviseGxPlan, adviseWorkbook, bestSplit, rankSuggestions, type Suggestion } from ".";

const OKU = 100_000_000; // 1億円 (unit conversion)

const src = (row: number, sourceType: string, state: string, procurement: string, prefecture: string, annualKWh: number, contractYears: number | null): ProcurementLine => ({
  row,
  sourceType,
  state,
  procurement,
  prefecture,
  annualKWh,
  contractYears,
});

const facts = (over: Partial<PowerPlanFacts>): PowerPlanFacts => ({
  investmentType: "datacenter",
  companySize: "sme",
  sitePrefecture: "北海道",
  annualUseKWh: 100_000_000,
  eligibleCostYen: 100 * OKU,
  supplyRegion: true,
  remoteContribution: null,
  ...over,
});

const tierSuggestions = (s: readonly Suggestion[]): Suggestion[] => s.filter((x) => x.kind === "tier");
const keysOf = (s: Suggestion): string => s.id.split(".").at(-1)!;

describe("adviseGxPlan: plan changes that raise the 支援区分 (GX-MATRIX-01, GX-RATE-01)", () => {
  it.each([
    {
      name: "GX-MATRIX-01 #2 → #1: DC in a supply region, 新設 via メニュー → CPPA: No3 30% × 100億 = 30億 → No1 50% × 100億 = 50億",
      lines: [src(10, "太陽光", "新設", "メニュー", "北海道", 100_000_000, 8)],
      facts: facts({}),
      key: "menuToCppa",
      before: { tier: "No3", yen: 30 * OKU },
      after: { tier: "No1", yen: 50 * OKU },
      ruleId: "GX-MATRIX-01",
    },
    {
      name: "GX-MATRIX-01 #3 → #1: DC, 既設 CPPA → 新設 CPPA: No2 40% × 100億 = 40億 → No1 50億",
      lines: [src(10, "太陽光", "既設", "CPPA", "北海道", 100_000_000, 10)],
      facts: facts({}),
      key: "existingToNew",
      before: { tier: "No2", yen: 40 * OKU },
      after: { tier: "No1", yen: 50 * OKU },
      ruleId: "GX-MATRIX-01",
    },
    {
      name: "GX-MATRIX-01 #12 → #9 (GX-SUPPLY-02): DC outside the supply regions, 既設 メニュー → 新設 CPPA: 対象外 0 → No1 50億; neither change alone suffices (#11, #10 対象外)",
      lines: [src(10, "水力", "既設", "メニュー", "北海道", 100_000_000, 8)],
      facts: facts({ supplyRegion: false }),
      key: "menuToCppa+existingToNew",
      before: { tier: "対象外", yen: 0 },
      after: { tier: "No1", yen: 50 * OKU },
      ruleId: "GX-MATRIX-01",
    },
    {
      name: "GX-LOC-02: DC sited in 東京都 with 北海道 sources: 対象外 0 → site in 北海道 → #1 No1 50億",
      lines: [src(10, "風力", "新設", "CPPA", "北海道", 100_000_000, 15)],
      facts: facts({ sitePrefecture: "東京都" }),
      key: "siteInSourcePrefecture",
      before: { tier: "対象外", yen: 0 },
      after: { tier: "No1", yen: 50 * OKU },
      ruleId: "GX-LOC-02",
    },
    {
      name: "GX-PWR-01 / GX-PWR-09: 60% from sources, 40,000,000kWh certificates close ① → #1 No1 50億 (certificates do not count for ②, AMB-28)",
      lines: [src(10, "太陽光", "新設", "CPPA", "北海道", 60_000_000, 15)],
      facts: facts({}),
      key: "certificates",
      before: { tier: "対象外", yen: 0 },
      after: { tier: "No1", yen: 50 * OKU },
      ruleId: "GX-PWR-01",
    },
  ])("$name", ({ lines, facts: f, key, before, after, ruleId }) => {
    const all = adviseGxPlan(lines, f);
    const s = tierSuggestions(all).find((x) => keysOf(x) === key);
    expect(s).toBeDefined();
    expect(s!.before.tier).toBe(before.tier);
    expect(s!.after.tier).toBe(after.tier);
    expect(s!.subsidyBefore).toBe(before.yen);
    expect(s!.subsidyAfter).toBe(after.yen);
    expect(s!.gain).toBe(after.yen - before.yen);
    expect(s!.ruleId).toBe(ruleId);
    // Checkable by hand: the formula shows the rate and cap, every rule id has a citation, 検討中 is marked.
    expect(s!.formula).toContain(`No${after.tier.slice(2)}`);
    expect(s!.ruleIds).toEqual(expect.arrayContaining(["GX-RATE-01", "GX-RATE-02"]));
    expect(s!.citations).toHaveLength(s!.ruleIds.length);
    expect(s!.citations.every((c) => c.startsWith("001_"))).toBe(true);
    expect(s!.uncertain.some((u) => u.includes("AMB-22"))).toBe(true);
  });

  it("GX-MATRIX-01 #12: the two changes are offered only together (a single change leaves the plan 対象外)", () => {
    const all = tierSuggestions(adviseGxPlan([src(10, "水力", "既設", "メニュー", "北海道", 100_000_000, 8)], facts({ supplyRegion: false })));
    expect(all.map(keysOf)).toEqual(["menuToCppa+existingToNew"]);
    // The CPPA from a 新設 source needs 15 years (GX-CONTRACT-01: CPPA 新設・リプレース 15年以上).
    expect(all[0].notes.join("")).toContain("11行目 8年 → 15年以上");
  });

  it("GX-LOC-01 / GX-CONTRIB-01: 製造 in 東京都 — site in 北海道 (#1 No1 50億) ranks above 地域貢献 (#5 No4 40% × 100億 = 40億, 目安 MIN(1億kWh × 3円 × 3年 = 9億, 40億 × 5% = 2億) = 2億)", () => {
    const all = tierSuggestions(adviseGxPlan([src(10, "風力", "新設", "CPPA", "北海道", 100_000_000, 15)], facts({ investmentType: "manufacturing", sitePrefecture: "東京都", remoteContribution: false })));
    expect(all.map(keysOf)).toEqual(["siteInSourcePrefecture", "remoteContribution"]);
    expect(all.map((s) => [s.after.tier, s.subsidyAfter])).toEqual([
      ["No1", 50 * OKU],
      ["No4", 40 * OKU],
    ]);
    expect(all[1].ruleIds).toEqual(expect.arrayContaining(["GX-LOC-01", "GX-CONTRIB-01", "GX-CONTRIB-02"]));
    expect(all[1].notes.join("")).toContain("地域貢献の目安額: 2億円");
  });

  it("GX-LOC-02: 地域貢献 (立地要件②) is never suggested for a DC", () => {
    const all = adviseGxPlan([src(10, "風力", "新設", "CPPA", "北海道", 100_000_000, 15)], facts({ sitePrefecture: "東京都", remoteContribution: false }));
    expect(all.some((s) => s.id.includes("remoteContribution"))).toBe(false);
  });

  it("GX-MATRIX-01 #1: a No1 plan gets no tier suggestion", () => {
    expect(tierSuggestions(adviseGxPlan([src(10, "太陽光", "新設", "CPPA", "北海道", 100_000_000, 15)], facts({})))).toEqual([]);
  });

  it.each([
    [10, 15, 1],
    [14, 15, 1],
    [15, 15, 0],
  ])("GX-CONTRACT-01: CPPA 新設 with %d years (needs %d) → %d requirement suggestion(s), amount unchanged", (years, min, n) => {
    const all = adviseGxPlan([src(10, "太陽光", "新設", "CPPA", "北海道", 100_000_000, years)], facts({})).filter((s) => s.kind === "requirement");
    expect(all).toHaveLength(n);
    if (n === 1) {
      expect(all[0].change).toContain(`${min}年以上`);
      expect(all[0].subsidyAfter).toBe(all[0].subsidyBefore);
      expect(all[0].gain).toBe(0);
    }
  });

  it("GX-MATRIX-01: an undecided plan (投資類型 unknown) gets no tier suggestion, and the plan is not changed", () => {
    const lines = [src(10, "太陽光", "新設", "メニュー", "北海道", 100_000_000, 8)];
    const copy = JSON.parse(JSON.stringify(lines));
    expect(tierSuggestions(adviseGxPlan(lines, facts({ investmentType: null })))).toEqual([]);
    adviseGxPlan(lines, facts({}));
    expect(lines).toEqual(copy);
  });
});

const eq = (row: number, fiscalYear: number | null, yen: number, rateClass = "1/2", description = "蓄電池"): ExpenseLine =>
  line(row, { category: "設備費", item: "設備費", description, amountYen: yen, eligibleYen: yen, rateClass, fiscalYear });
const admin = (row: number, fiscalYear: number | null, yen: number): ExpenseLine =>
  line(row, { category: "事務費", item: "事務費", subItem: "旅費", description: "事務手続のための旅費", amountYen: yen, eligibleYen: yen, fiscalYear });
const sheet = (projectType: ExpenseSheetInput["projectType"], lines: ExpenseLine[]): ExpenseSheetInput => ({ projectType, lines, declared: {} });

describe("adviseDcExpenses: the 年度 split under the per-年度 cap (DC-*-CAP-01, DC-*-PERIOD-01)", () => {
  it.each([
    {
      name: "DC-NEW-CAP-01: 新設 9億 in one 年度: MIN(9億 × 1/2, 3億) = 3億 → two 年度 of 4.5億: 2 × MIN(2.25億, 3億) = 4.5億 (+1.5億)",
      input: sheet("new", [eq(5, 2024, 9 * OKU)]),
      before: 3 * OKU,
      after: 4.5 * OKU,
    },
    {
      name: "DC-NEW-CAP-01: 新設 8億 + 1億 over 2 年度: 3億 + 0.5億 = 3.5億 → 4.5億 + 4.5億: 2.25億 × 2 = 4.5億 (+1億)",
      input: sheet("new", [eq(5, 2024, 8 * OKU), eq(6, 2025, 1 * OKU)]),
      before: 3.5 * OKU,
      after: 4.5 * OKU,
    },
    {
      name: "DC-RENO-CAP-01: 改修 3億 in one 年度: MIN(1.5億, 1億) = 1億 → 2 × MIN(0.75億, 1億) = 1.5億 (+0.5億)",
      input: sheet("renovation", [eq(5, 2024, 3 * OKU)]),
      before: 1 * OKU,
      after: 1.5 * OKU,
    },
    {
      name: "DC-NEW-CAP-01 at the cap: 新設 12億 in one 年度 → 2 × MIN(3億, 3億) = 6億 (the most two 年度 allow)",
      input: sheet("new", [eq(5, 2024, 12 * OKU)]),
      before: 3 * OKU,
      after: 6 * OKU,
    },
    {
      name: "DC-NEW-CAP-01 just past the cap in two 年度: 新設 13億 → still 6億 (2 年度 × 3億, DC-NEW-PERIOD-01)",
      input: sheet("new", [eq(5, 2024, 13 * OKU)]),
      before: 3 * OKU,
      after: 6 * OKU,
    },
  ])("$name", ({ input, before, after }) => {
    const s = adviseDcExpenses(input).find((x) => x.kind === "schedule");
    expect(s).toBeDefined();
    expect(s!.subsidyBefore).toBe(before);
    expect(s!.subsidyAfter).toBe(after);
    expect(s!.gain).toBe(after - before);
    expect(s!.ruleIds.slice(0, 2)).toEqual([input.projectType === "new" ? "DC-NEW-CAP-01" : "DC-RENO-CAP-01", input.projectType === "new" ? "DC-NEW-PERIOD-01" : "DC-RENO-PERIOD-01"]);
    expect(s!.citations.every((c) => c.startsWith("004_"))).toBe(true);
    expect(s!.uncertain.join("")).toContain("AMB-51");
  });

  it.each([
    ["DC-NEW-CAP-01: 新設 6億 in one 年度 = MIN(3億, 3億): already at most the cap", sheet("new", [eq(5, 2024, 6 * OKU)])],
    ["DC-NEW-CAP-01: 新設 4.5億 + 4.5億 = 2.25億 × 2: already balanced", sheet("new", [eq(5, 2024, 4.5 * OKU), eq(6, 2025, 4.5 * OKU)])],
    ["DC-MOVE-PERIOD-01: 移設 is 単年度 with a per-project cap (DC-MOVE-RATE-01): no split", sheet("relocation", [eq(5, 2024, 9 * OKU)])],
  ])("%s → no schedule suggestion", (_name, input) => {
    expect(adviseDcExpenses(input).filter((s) => s.kind === "schedule")).toEqual([]);
  });

  it("DC-NEW-RATE-01: the lower rate part is split with the cost: 新設 9億 of which 太陽光 3億: 1/2 × 6億 + 1/3 × 3億 = 4億 → 2 年度 × 2億", () => {
    const r = bestSplit("new", 9 * OKU, 3 * OKU);
    if ("error" in r) throw new Error(r.error);
    expect(r.years).toBe(2);
    expect(r.parts).toEqual([
      { eligibleYen: 4.5 * OKU, lowerRateYen: 1.5 * OKU },
      { eligibleYen: 4.5 * OKU, lowerRateYen: 1.5 * OKU },
    ]);
    expect(r.subsidyYen.toNumber()).toBe(4 * OKU);
  });

  it("DC-NEW-CAP-01: bestSplit uses one 年度 when one is enough (2億 → 1億, no cap reached)", () => {
    const r = bestSplit("new", 2 * OKU);
    if ("error" in r) throw new Error(r.error);
    expect([r.years, r.subsidyYen.toNumber()]).toEqual([1, 1 * OKU]);
  });

  it("DC-NEW-CAP-01: bestSplit says why it cannot compute (うち太陽光・空調等 above the total)", () => {
    expect(bestSplit("new", 1 * OKU, 2 * OKU)).toEqual(expect.objectContaining({ ruleId: "DC-NEW-CAP-01" }));
  });
});

describe("adviseDcExpenses: 事務費 headroom (MOE-ADMIN-01) and the lower-rate share (DC-NEW-RATE-01)", () => {
  it("MOE-ADMIN-01: 設備費 1億, 事務費 0 → ceiling 5,000万 × 6.5% + 5,000万 × 5.5% = 600万; + 600万 × 1/2 = +300万 (5,000万 → 5,300万)", () => {
    const s = adviseDcExpenses(sheet("new", [eq(5, 2024, 1 * OKU)])).find((x) => x.kind === "admin");
    expect(s).toBeDefined();
    expect([s!.subsidyBefore, s!.subsidyAfter, s!.gain]).toEqual([50_000_000, 53_000_000, 3_000_000]);
    expect(s!.inputs.事務費の上限).toBe(6_000_000);
    expect(s!.ruleIds).toEqual(["MOE-ADMIN-01", "MOE-ADMIN-02", "DC-NEW-CAP-01", "DC-NEW-RATE-01"]);
    expect(s!.uncertain.join("")).toContain("AMB-38");
  });

  it.each([
    ["MOE-ADMIN-01: 事務費 at the ceiling (600万 on 1億) → no headroom", [eq(5, 2024, 1 * OKU), admin(6, 2024, 6_000_000)]],
    ["MOE-ADMIN-01 / DC-NEW-CAP-01: headroom but the 年度 is capped (8億 → 3億) → no gain, no admin suggestion", [eq(5, 2024, 8 * OKU)]],
  ])("%s", (_name, lines) => {
    expect(adviseDcExpenses(sheet("new", lines)).filter((s) => s.kind === "admin")).toEqual([]);
  });

  it("DC-NEW-RATE-01: 太陽光 1億 at 1/3 of 3億 → an info with 1億 × (1/2 − 1/3) = 16,666,666.67円 and no change of the amount", () => {
    const s = adviseDcExpenses(sheet("new", [eq(5, 2024, 2 * OKU), eq(6, 2024, 1 * OKU, "1/3", "太陽光発電設備")])).find((x) => x.kind === "info");
    expect(s).toBeDefined();
    expect(s!.gain).toBe(0);
    expect(s!.subsidyAfter).toBe(s!.subsidyBefore);
    expect(s!.formula).toContain("16,666,666.67円");
    expect(s!.change).toContain("33.3%");
  });

  it("DC-NEW-CAP-01: 事業区分 unknown → no suggestion (nothing computed from a guess)", () => {
    expect(adviseDcExpenses(sheet(null, [eq(5, 2024, 9 * OKU)]))).toEqual([]);
  });
});

describe("rankSuggestions and adviseWorkbook", () => {
  it("ranks by gain, unknown gains last", () => {
    const s = (id: string, gain: number | null): Suggestion => ({ id, gain }) as Suggestion;
    expect(rankSuggestions([s("a", 0), s("b", null), s("c", 5), s("d", 5)]).map((x) => x.id)).toEqual(["c", "d", "a", "b"]);
  });

  it("an empty workbook gives no suggestion and reads no table", () => {
    expect(adviseWorkbook({ sheets: [] })).toEqual({ suggestions: [], read: [], notes: [] });
  });
});

describe("properties (fast-check)", () => {
  const yenArb = fc.integer({ min: 0, max: 5_000_000_000 });

  it("DC-NEW-CAP-01 / DC-RENO-CAP-01: no 2-年度 split beats bestSplit; bestSplit ≥ one 年度 and ≤ 事業期間 × cap", () => {
    fc.assert(
      fc.property(fc.constantFrom("new" as const, "renovation" as const), yenArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (type, e, lowShare, firstShare) => {
        const l = Math.floor(e * lowShare);
        const best = bestSplit(type, e, l);
        if ("error" in best) throw new Error(best.error);
        const e1 = Math.floor(e * firstShare);
        const l1 = Math.min(l, e1);
        const a = subsidyAmount(type, e1, l1);
        const b = subsidyAmount(type, e - e1, l - l1);
        if (!a.ok || !b.ok) throw new Error("subsidyAmount failed");
        const one = subsidyAmount(type, e, l);
        if (!one.ok) throw new Error(one.error.message);
        const cap = subsidyCap(type).yen;
        // Integer-yen splitting may lose less than one yen against the exact optimum.
        expect(best.subsidyYen.toNumber()).toBeGreaterThanOrEqual(a.value.amount.add(b.value.amount).toNumber() - 1);
        expect(best.subsidyYen.toNumber()).toBeGreaterThanOrEqual(one.value.amount.toNumber());
        expect(best.subsidyYen.toNumber()).toBeLessThanOrEqual(best.maxYears * cap);
      }),
      { numRuns: 200 },
    );
  });

  const lineArb = fc.record({
    sourceType: fc.constantFrom("太陽光", "風力", "水力", "原子力", "非化石証書"),
    state: fc.constantFrom("新設", "既設", "再稼働"),
    procurement: fc.constantFrom("CPPA", "自家発", "メニュー", "証書"),
    prefecture: fc.constantFrom("北海道", "青森県", "東京都"),
    annualKWh: fc.integer({ min: 0, max: 80_000_000 }),
    contractYears: fc.constantFrom(5, 8, 10, 15, 20),
  });
  const factsArb = fc.record({
    investmentType: fc.constantFrom("datacenter" as const, "manufacturing" as const),
    companySize: fc.constantFrom("large" as const, "mid" as const, "sme" as const),
    sitePrefecture: fc.constantFrom("北海道", "東京都"),
    annualUseKWh: fc.constant(100_000_000),
    eligibleCostYen: fc.constantFrom(5 * OKU, 300 * OKU),
    supplyRegion: fc.boolean(),
    remoteContribution: fc.constantFrom(null, true, false),
  });

  it("GX-MATRIX-01 / GX-LOC-02: every tier suggestion raises the subsidy, is eligible after, never 地域貢献 for a DC, and the plan is not mutated", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 4 }), factsArb, (raw, f) => {
        const lines = raw.map((l, i) => ({ row: 10 + i, ...l }));
        const copy = JSON.stringify(lines);
        for (const s of adviseGxPlan(lines, f)) {
          if (s.kind === "tier") {
            expect(s.gain).not.toBeNull();
            expect(s.gain!).toBeGreaterThan(0);
            expect(s.after.tier).not.toBe("対象外");
            if (f.investmentType === "datacenter") expect(s.id).not.toContain("remoteContribution");
          } else {
            expect(s.subsidyAfter).toBe(s.subsidyBefore);
          }
          expect(s.citations).toHaveLength(s.ruleIds.length);
        }
        expect(JSON.stringify(lines)).toBe(copy);
      }),
      { numRuns: 150 },
    );
  });
});

describe("adviseGxPlan: 立地要件② not stated", () => {
  it("GX-LOC-01: 製造 in 東京都, 立地要件② blank → compared as no 地域貢献 (対象外 0): site → No1 50億, 地域貢献 → No4 40億, with the assumption noted", () => {
    const all = tierSuggestions(adviseGxPlan([src(10, "風力", "新設", "CPPA", "北海道", 100_000_000, 15)], facts({ investmentType: "manufacturing", sitePrefecture: "東京都", remoteContribution: null })));
    expect(all.map((s) => [keysOf(s), s.subsidyBefore, s.subsidyAfter])).toEqual([
      ["siteInSourcePrefecture", 0, 50 * OKU],
      ["remoteContribution", 0, 40 * OKU],
    ]);
    expect(all.every((s) => s.uncertain.some((u) => u.includes("地域貢献なしの計画として比較")))).toBe(true);
  });
});
