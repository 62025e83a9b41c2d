import fc from "fast-check";
import { evaluateCloudCapex, evaluateCloudCost, classifyCloudItem, cloudSubsidyMax } from "./cost";
import { METI_CLOUD_ROUND1_PARAMS as P } from "./params";
import type { CloudCostLine } from "./sheetTypes";

const line = (row: number, item: string | null, quantity: number | null, unitPriceYen: number | null, amountYen: number | null, site?: string): CloudCostLine => ({
  row,
  kind: "line",
  item,
  quantity,
  unitPriceYen,
  amountYen,
  site,
});
const total = (row: number, amountYen: number | null): CloudCostLine => ({ row, kind: "total", item: "合計", quantity: null, unitPriceYen: null, amountYen });

const GOOD = [
  line(3, "GPUサーバー（H100 8基搭載）", 10, 50_000_000, 500_000_000, "石狩"),
  line(4, "InfiniBand NDR スイッチ", 4, 12_500_000, 50_000_000, "石狩"),
  line(5, "液冷 CDU", 2, 15_000_000, 30_000_000, "大阪"),
  line(6, "受変電設備", 1, 20_000_000, 20_000_000, "大阪"),
];

describe("evaluateCloudCost (別紙1 費用明細表)", () => {
  it("CLOUD-RATE-01: a consistent sheet gives Σ 金額 and Σ × 1/2 as the maximum, with warnings only", () => {
    const r = evaluateCloudCost({ lines: [...GOOD, total(7, 600_000_000)] });
    expect(r.totalYen).toBe(600_000_000);
    expect(r.subsidyMaxYen).toBe(300_000_000);
    expect(r.issues.map((i) => [i.ruleId, i.severity])).toEqual([
      ["CLOUD-RATE-01", "warning"],
      ["CLOUD-CAP-01", "info"],
    ]);
    expect(r.checksRun).toEqual(["CLOUD-DOC-01", "CLOUD-EXP-01", "CLOUD-RATE-01"]);
  });

  it("CLOUD-RATE-01: the maximum is labelled as read from a secondary source (AMB-01, AMB-03) and sits on the 合計 row", () => {
    const r = evaluateCloudCost({ lines: [...GOOD, total(7, 600_000_000)] });
    const rate = r.issues.find((i) => i.ruleId === "CLOUD-RATE-01")!;
    expect(rate.row).toBe(7);
    expect(rate.message).toContain("二次資料");
    expect(rate.message).toContain("上限");
    expect(rate.message).toContain("300,000,000円");
    expect(rate.citation).toBe("000_98b116c15d754bfb.txt § 2-3 補助率與補助上限");
  });

  it("CLOUD-RATE-01: an odd total keeps its exact half (no rounding stated)", () => {
    expect(evaluateCloudCost({ lines: [line(1, "GPUサーバー", 1, 3, 3)] }).subsidyMaxYen).toBe(1.5);
  });

  it("CLOUD-CAP-01: no cap is applied, whatever the amount (info only)", () => {
    const big = P.highestReportedCap.value * 4;
    const r = evaluateCloudCost({ lines: [line(1, "GPUサーバー", 1, big, big)] });
    expect(r.subsidyMaxYen).toBe(big / 2);
    const cap = r.issues.find((i) => i.ruleId === "CLOUD-CAP-01")!;
    expect(cap.severity).toBe("info");
    expect(cap.message).toContain("上限チェックは行いません");
  });

  it("CLOUD-DOC-01: 金額 ≠ 数量 × 単価 → warning on 金額", () => {
    const r = evaluateCloudCost({ lines: [line(3, "GPUサーバー", 10, 50_000_000, 490_000_000)] });
    const w = r.issues.filter((i) => i.ruleId === "CLOUD-DOC-01");
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ row: 3, field: "amountYen", severity: "warning" });
    expect(w[0].message).toContain("500,000,000円");
  });

  it.each([
    ["exact product", 3, 333.5, 1000.5, 0],
    ["just under 1 yen off (rounding of a fractional product)", 3, 333.5, 1000, 0],
    ["rounded up", 3, 333.5, 1001, 0],
    ["exactly 1 yen off", 3, 333.5, 999.5, 1],
    ["exactly 1 yen off upwards", 3, 333.5, 1001.5, 1],
  ])("CLOUD-DOC-01: 金額 vs 数量 × 単価, %s", (_label, q, price, amount, expected) => {
    const r = evaluateCloudCost({ lines: [line(1, "GPUサーバー", q, price, amount)] });
    expect(r.issues.filter((i) => i.ruleId === "CLOUD-DOC-01" && i.field === "amountYen")).toHaveLength(expected);
  });

  it("CLOUD-DOC-01: 合計 line ≠ Σ → warning on that line, with the difference", () => {
    const r = evaluateCloudCost({ lines: [...GOOD, total(7, 600_000_001)] });
    const w = r.issues.find((i) => i.ruleId === "CLOUD-DOC-01")!;
    expect(w).toMatchObject({ row: 7, field: "amountYen", severity: "warning" });
    expect(w.message).toContain("差額 1円");
  });

  it("CLOUD-DOC-01: a declared total elsewhere is checked too; subtotals are not summed again", () => {
    const sub: CloudCostLine = { row: 5, kind: "subtotal", item: "小計", quantity: null, unitPriceYen: null, amountYen: 550_000_000 };
    const ok = evaluateCloudCost({ lines: [...GOOD, sub], declaredTotalYen: { valueYen: 600_000_000, row: 20 } });
    expect(ok.totalYen).toBe(600_000_000);
    expect(ok.issues.filter((i) => i.ruleId === "CLOUD-DOC-01")).toEqual([]);
    const bad = evaluateCloudCost({ lines: GOOD, declaredTotalYen: { valueYen: 599_999_999, row: 20 } });
    expect(bad.issues.find((i) => i.ruleId === "CLOUD-DOC-01")).toMatchObject({ row: 20, field: "declaredTotalYen" });
  });

  it("CLOUD-DOC-01: a blank 金額 is left out of the total and reported with the product as a hint", () => {
    const r = evaluateCloudCost({ lines: [line(1, "GPUサーバー", 2, 100, null), line(2, "冷却設備", 1, 50, 50)] });
    expect(r.totalYen).toBe(50);
    const w = r.issues.find((i) => i.field === "amountYen")!;
    expect(w.message).toContain("200円");
  });

  it("CLOUD-DOC-01: negative 金額 or 数量 → warning", () => {
    const r = evaluateCloudCost({ lines: [line(1, "GPUサーバー", -1, 100, -100)] });
    expect(r.issues.filter((i) => i.ruleId === "CLOUD-DOC-01").map((i) => i.field).sort()).toEqual(["amountYen", "quantity"]);
  });

  it("CLOUD-DOC-01: an empty sheet is an info, not an error", () => {
    const r = evaluateCloudCost({ lines: [] });
    expect(r.totalYen).toBe(0);
    expect(r.issues.find((i) => i.ruleId === "CLOUD-DOC-01")?.severity).toBe("info");
  });

  it.each([
    ["ＧＰＵサーバー", "gpuServer"],
    ["400G ネットワークスイッチ", "network"],
    ["RoCE v2 NIC", "network"],
    ["チラー（冷却）", "cooling"],
    ["UPS", "power"],
    ["非常用発電機", "power"],
  ])("CLOUD-EXP-01: 「%s」 is recognised as %s", (item, key) => {
    expect(classifyCloudItem(item, P.eligibleCategories.value)?.key).toBe(key);
  });

  it.each(["土地取得費", "建屋工事", "ソフトウェアライセンス", "人件費"])("CLOUD-EXP-01: 「%s」 outside the reported categories → warning (never error)", (item) => {
    const r = evaluateCloudCost({ lines: [line(2, item, 1, 10, 10)] });
    const w = r.issues.filter((i) => i.ruleId === "CLOUD-EXP-01");
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ row: 2, field: "item", severity: "warning" });
    expect(w[0].message).toContain(item);
    expect(w[0].message).toContain("二次資料");
  });

  it("CLOUD-EXP-01: an empty 項目 → warning", () => {
    const r = evaluateCloudCost({ lines: [line(2, "  ", 1, 10, 10)] });
    expect(r.issues.find((i) => i.field === "item")).toMatchObject({ severity: "warning", ruleId: "CLOUD-DOC-01" });
  });

  it("CLOUD-RATE-01: property — never an error; total = Σ 金額; maximum = total / 2", () => {
    const arbLine = fc.record({
      row: fc.nat(1000),
      kind: fc.constantFrom("line" as const, "subtotal" as const, "total" as const),
      item: fc.option(fc.constantFrom("GPUサーバー", "土地", "冷却設備", ""), { nil: null }),
      quantity: fc.option(fc.integer({ min: -5, max: 100 }), { nil: null }),
      unitPriceYen: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }),
      amountYen: fc.option(fc.integer({ min: -1e6, max: 1e11 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 30 }), (lines) => {
        const r = evaluateCloudCost({ lines });
        const expected = lines.filter((l) => l.kind === "line" && l.amountYen !== null).reduce((a, l) => a + (l.amountYen as number), 0);
        expect(r.issues.every((i) => i.severity !== "error")).toBe(true);
        expect(r.totalYen).toBe(expected);
        expect(r.subsidyMaxYen).toBe(expected / 2);
      }),
    );
  });

  it("does not mutate its input", () => {
    const input = { lines: GOOD.map((l) => ({ ...l })) };
    const copy = JSON.parse(JSON.stringify(input));
    evaluateCloudCost(input);
    expect(input).toEqual(copy);
  });
});

describe("evaluateCloudCapex (別紙2 設備投資合算表)", () => {
  const sites = [
    { row: 2, site: "石狩", totalYen: 550_000_000 },
    { row: 3, site: "大阪", totalYen: 50_000_000 },
  ];

  it("CLOUD-RATE-01: Σ sites and Σ × 1/2 as the maximum (warning label, CAP-01 info)", () => {
    const r = evaluateCloudCapex({ sites, declaredTotalYen: { valueYen: 600_000_000, row: 4 }, costLines: GOOD });
    expect(r.totalYen).toBe(600_000_000);
    expect(r.subsidyMaxYen).toBe(300_000_000);
    expect(r.issues.map((i) => [i.ruleId, i.severity, i.row])).toEqual([
      ["CLOUD-RATE-01", "warning", 4],
      ["CLOUD-CAP-01", "info", 4],
    ]);
  });

  it("CLOUD-DOC-01: declared 合計 ≠ Σ sites → warning", () => {
    const r = evaluateCloudCapex({ sites, declaredTotalYen: { valueYen: 610_000_000, row: 4 } });
    expect(r.issues.find((i) => i.ruleId === "CLOUD-DOC-01")).toMatchObject({ row: 4, field: "declaredTotalYen", severity: "warning" });
  });

  it("CLOUD-DOC-01: a site total ≠ Σ of its 別紙1 lines → warning on that site", () => {
    const r = evaluateCloudCapex({
      sites: [
        { row: 2, site: "石狩", totalYen: 540_000_000 },
        { row: 3, site: "大阪", totalYen: 60_000_000 },
      ],
      costLines: GOOD,
    });
    const w = r.issues.filter((i) => i.ruleId === "CLOUD-DOC-01");
    expect(w.map((i) => [i.row, i.field])).toEqual([
      [2, "totalYen"],
      [3, "totalYen"],
    ]);
  });

  it("CLOUD-DOC-01: 合算表 total ≠ 別紙1 total → warning", () => {
    const r = evaluateCloudCapex({ sites: [{ row: 2, site: "石狩", totalYen: 1 }], costLines: [line(1, "GPUサーバー", 1, 2, 2)] });
    expect(r.issues.some((i) => i.ruleId === "CLOUD-DOC-01" && i.message.includes("別紙1"))).toBe(true);
  });

  it("CLOUD-DOC-01: blank site name, blank or negative amount → warnings; blanks are left out", () => {
    const r = evaluateCloudCapex({
      sites: [
        { row: 2, site: null, totalYen: 100 },
        { row: 3, site: "福島", totalYen: null },
        { row: 4, site: "香川", totalYen: -5 },
      ],
    });
    expect(r.totalYen).toBe(95);
    expect(r.issues.filter((i) => i.ruleId === "CLOUD-DOC-01").map((i) => [i.row, i.field])).toEqual([
      [2, "site"],
      [3, "totalYen"],
      [4, "totalYen"],
    ]);
    expect(r.issues.every((i) => i.severity !== "error")).toBe(true);
  });
});

describe("cloudSubsidyMax", () => {
  it("CLOUD-RATE-01: capex × 1/2, exact for integer yen", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e15 }), (v) => expect(cloudSubsidyMax(v)).toBe(v / 2)));
  });
});
