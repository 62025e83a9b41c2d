import type { ChecklistItem } from "../../lib/issue";
import { gxChecklist } from "./checklist";

describe("gxChecklist", () => {
  it("GX-LOC-02 for DC, GX-LOC-01, GX-BIZ-M-01/02 and GX-CONTRIB-02 (commitment C) for 製造 only", () => {
    const dc = gxChecklist("datacenter").map((i) => i.ruleId);
    const m = gxChecklist("manufacturing").map((i) => i.ruleId);
    expect(dc).toContain("GX-LOC-02");
    expect(dc).toContain("GX-BIZ-DC-01");
    expect(dc).not.toContain("GX-LOC-01");
    expect(m).toContain("GX-LOC-01");
    expect(m).toContain("GX-BIZ-M-02");
    expect(m).not.toContain("GX-BIZ-DC-01");
    expect(m).toContain("GX-CONTRIB-02");
    expect(dc).not.toContain("GX-CONTRIB-02");
  });
  it("ids are unique, citations point at seed 001, commitments are documents", () => {
    for (const type of ["manufacturing", "datacenter"] as const) {
      const items = gxChecklist(type);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      for (const i of items) expect(i.citation).toMatch(/^001_bcc3ced3d61acfe1\.txt § /);
      expect(items.filter((i) => i.ruleId === "GX-COMMIT-01").every((i) => i.kind === "document")).toBe(true);
      // GX-APPL-01, GX-APPL-02, GX-DISC-01, GX-DISC-02: manual requirements of both types.
      for (const id of ["GX-APPL-01", "GX-APPL-02", "GX-DISC-01", "GX-DISC-02"]) expect(items.find((i) => i.ruleId === id)?.autoRuleIds).toEqual([]);
    }
  });
  it("GX-MININV-01 / GX-PWR-02: labels take their numbers from the params and are proved by the power plan", () => {
    const items = gxChecklist("manufacturing");
    const min = items.find((i) => i.ruleId === "GX-MININV-01")!;
    expect(min.label).toContain("10億円以上");
    expect(min.label).toContain("20億円以上");
    expect(min.autoRuleIds).toEqual(["GX-MININV-01"]);
    expect(items.find((i) => i.ruleId === "GX-PWR-02")!.label).toContain("50%以上");
  });
});

describe("gxChecklist with a context", () => {
  const ids = (items: readonly { ruleId: string }[]) => items.map((i) => i.ruleId);
  const byKey = (items: readonly ChecklistItem[], key: string) => items.find((i) => i.id.endsWith(`/${key}`));

  it("GX-APPL-01 / GX-APPL-02: applicant and application unit, manual, with the source's conditions in the note", () => {
    for (const type of ["manufacturing", "datacenter"] as const) {
      const items = gxChecklist(type, { tier: 1, sources: [] });
      const appl1 = items.find((i) => i.ruleId === "GX-APPL-01")!;
      expect(appl1.label).toContain("需要家企業");
      expect(appl1.note).toContain("幹事会社");
      expect(appl1.note).toContain("コンソーシアム申請ではない");
      expect(appl1.citation).toBe("001_bcc3ced3d61acfe1.txt § 本事業のスケジュール (申請主体)");
      const appl2 = items.find((i) => i.ruleId === "GX-APPL-02")!;
      expect(appl2.label).toContain("事業所");
      expect(appl2.labelEn).toMatch(/establishment/);
      expect(appl2.citation).toBe("001_bcc3ced3d61acfe1.txt § 本事業のスケジュール (申請単位)");
    }
  });

  it.each([
    [1, false, false],
    [2, false, true],
    [3, false, true],
    [4, true, false],
    [5, true, true],
    ["対象外", true, true],
    [null, true, true],
  ] as const)("GX-CONTRIB-02 / GX-COMMIT-01 B: 製造, tier %s → commitment C listed %s, commitment B and GX-SUPPLY-03 listed %s", (tier, c, b) => {
    const items = gxChecklist("manufacturing", { tier });
    expect(byKey(items, "commit-c") !== undefined).toBe(c);
    expect(byKey(items, "contribution") !== undefined).toBe(c);
    expect(byKey(items, "commit-b") !== undefined).toBe(b);
    expect(byKey(items, "supply-plan") !== undefined).toBe(b);
  });

  it("GX-CONTRIB-02: a document of commitment C for 製造 only, whatever the tier", () => {
    const c = byKey(gxChecklist("manufacturing", { tier: 4 }), "commit-c")!;
    expect(c).toMatchObject({ kind: "document", ruleId: "GX-CONTRIB-02", citation: "001_bcc3ced3d61acfe1.txt § 補助金の申請 ｜ コミットメントの提出、フォローアップへの対応" });
    expect(c.label).toContain("No4・No5の場合のみ");
    expect(c.note).toContain("目安貢献額");
    for (const tier of [4, 5, null] as const) expect(ids(gxChecklist("datacenter", { tier }))).not.toContain("GX-CONTRIB-02");
  });

  it.each([
    ["unknown sources", undefined, true, true],
    ["new solar, FIT/FIP not stated", [{ code: "a" }], true, false],
    ["solar without FIT/FIP", [{ code: "a", fitFip: "none" }], true, false],
    ["solar FIT/FIP certified", [{ code: "a", fitFip: "certified" }], false, false],
    ["solar FIT/FIP planned", [{ code: "a", fitFip: "planned" }], false, false],
    ["wind without FIT/FIP", [{ code: "b", fitFip: "none" }], false, true],
    ["biomass co-firing", [{ code: "f" }], false, true],
    ["nuclear only", [{ code: "g" }], false, false],
    ["certified solar + hydro", [{ code: "a", fitFip: "certified" }, { code: "c", fitFip: null }], false, true],
    ["no sources", [], false, false],
  ] as const)("GX-DISC-01 / GX-DISC-02: %s → solar items %s, other-source items %s", (_, sources, solar, other) => {
    const items = gxChecklist("datacenter", sources === undefined ? {} : { sources });
    expect(items.filter((i) => i.ruleId === "GX-DISC-01").map((i) => i.id)).toEqual(solar ? ["gx-regional/req/discipline-pv", "gx-regional/req/discipline-pv-briefing"] : []);
    expect(items.filter((i) => i.ruleId === "GX-DISC-02").map((i) => i.id)).toEqual(other ? ["gx-regional/req/discipline-other", "gx-regional/req/discipline-briefing"] : []);
  });

  it("GX-DISC-01: ① lists A)–L) in the note; the 説明会 step is its own item with the guideline and the deadline", () => {
    const items = gxChecklist("manufacturing");
    const pv = byKey(items, "discipline-pv")!;
    expect(pv.label).toContain("FIT/FIP認定の取得予定がない");
    expect(pv.label).toContain("A)～L)");
    for (const k of "ABCDEFGHIJKL") expect(pv.note).toContain(`${k}) `);
    expect(pv.note).toContain("E) 20kW以上: 柵塀");
    expect(pv.note).toContain("K) 10kW以上: ");
    expect(pv.note).toContain("GX-COMMIT-02");
    const briefing = byKey(items, "discipline-pv-briefing")!;
    expect(briefing).toMatchObject({ kind: "requirement", ruleId: "GX-DISC-01", autoRuleIds: [] });
    expect(briefing.label).toContain("工事の着工までに説明会又は事前周知措置");
    expect(briefing.note).toContain("付録様式");
    expect(briefing.citation).toBe("001_bcc3ced3d61acfe1.txt § FIT/FIP認定の取得予定がない場合は、以下を実施すること (太陽光発電)");
  });

  it.each([
    [9.99, [], ["E", "K", "L"]],
    [10, ["K", "L"], ["E"]],
    [19.99, ["K", "L"], ["E"]],
    [20, ["E", "K", "L"], []],
    [0, [], ["E", "K", "L"]],
  ] as const)("GX-DISC-01: PV capacity %s kW → threshold items %j apply, %j do not", (kW, on, off) => {
    const note = byKey(gxChecklist("manufacturing", { sources: [{ code: "a" }], pvCapacityKW: kW }), "discipline-pv")!.note!;
    for (const k of on) expect(note).toContain(`${k}) `);
    for (const k of off) expect(note).toContain(`${k})（`);
    for (const k of off) expect(note).not.toContain(`${k}) `);
    for (const k of "ABCDFGHIJ") expect(note).toContain(`${k}) `);
    if (off.length > 0) expect(note).toContain(`設備容量 ${kW}kW のため`);
  });

  it("GX-DISC-01: a capacity that is not a number is ignored (every item with its threshold)", () => {
    const note = byKey(gxChecklist("manufacturing", { pvCapacityKW: Number.NaN }), "discipline-pv")!.note!;
    expect(note).toContain("E) 20kW以上: ");
  });

  it("GX-DISC-02: the label and note name only the plan's source types; every type when unknown", () => {
    const all = byKey(gxChecklist("manufacturing"), "discipline-other")!;
    expect(all.label).toContain("風力・地熱・水力・バイオマス発電");
    for (const s of ["風力発電: ", "地熱発電: ", "水力発電: ", "バイオマス発電: "]) expect(all.note).toContain(s);
    const wind = gxChecklist("manufacturing", { sources: [{ code: "b" }, { code: "a", fitFip: "certified" }] });
    const w = byKey(wind, "discipline-other")!;
    expect(w.label).toMatch(/^風力発電（FIT\/FIP認定の取得予定がない場合）/);
    expect(w.note).toContain("発電用風力設備の技術基準");
    expect(w.note).not.toContain("地熱発電: ");
    expect(w.labelEn).toMatch(/^Wind plants without FIT\/FIP/);
    expect(byKey(wind, "discipline-briefing")!.label).toContain("風力発電");
  });
});
