import { financialCheck, describeFinancialHits, type FinancialStatements } from "./financial";

const sound: FinancialStatements = { netIncome: [10, 5, 1], netAssets: 50, totalAssets: 100, currentAssets: 80, currentLiabilities: 40 };
const check = (s: Partial<FinancialStatements>) => {
  const r = financialCheck({ ...sound, ...s });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("financialCheck (DC-FIN-01)", () => {
  it("DC-FIN-01: a sound company passes", () => {
    expect(check({}).pass).toBe(true);
  });

  it.each([
    [[-1, -1, -1], true],
    [[-1, -1, 0], false],
    [[-1, 1, -1], false],
    [[-1, -1], true],
    [[-1], true],
    [[0], false],
  ])("DC-FIN-01 ①: net income %j → consecutive losses %s (AMB-31: 0 is not a loss)", (netIncome, hit) => {
    const c = check({ netIncome });
    expect(c.consecutiveLosses).toBe(hit);
    expect(c.pass).toBe(!hit);
  });

  it.each([
    [-1, true],
    [0, false],
  ])("DC-FIN-01 ②: net assets %d → 債務超過 %s (AMB-31)", (netAssets, hit) => {
    expect(check({ netAssets }).negativeNetAssets).toBe(hit);
  });

  it("DC-FIN-01 ③: equity 9.99% and current 99.99% both low → hit; either at its threshold → no hit", () => {
    expect(check({ netAssets: 9.99, totalAssets: 100, currentAssets: 99.99, currentLiabilities: 100 }).weakRatios).toBe(true);
    expect(check({ netAssets: 10, totalAssets: 100, currentAssets: 99.99, currentLiabilities: 100 }).weakRatios).toBe(false);
    expect(check({ netAssets: 9.99, totalAssets: 100, currentAssets: 100, currentLiabilities: 100 }).weakRatios).toBe(false);
  });

  it("DC-FIN-01 ③: no current liabilities → no shortfall (current ratio null)", () => {
    const c = check({ netAssets: 1, totalAssets: 100, currentAssets: 0, currentLiabilities: 0 });
    expect(c.currentRatio).toBeNull();
    expect(c.weakRatios).toBe(false);
  });

  it("DC-FIN-01: total assets 0 → DIVISION_BY_ZERO; 0 or 4 periods → INVALID_INPUT", () => {
    const z = financialCheck({ ...sound, totalAssets: 0 });
    expect(!z.ok && z.error.code).toBe("DIVISION_BY_ZERO");
    expect(financialCheck({ ...sound, netIncome: [] }).ok).toBe(false);
    expect(financialCheck({ ...sound, netIncome: [1, 2, 3, 4] }).ok).toBe(false);
  });

  it("describes every test that hits", () => {
    const c = check({ netIncome: [-1], netAssets: -5, totalAssets: 100, currentAssets: 1, currentLiabilities: 100 });
    expect(describeFinancialHits(c)).toBe("①当期純利益が全期間連続赤字、②直近の決算期で債務超過、③自己資本比率10%未満かつ流動比率100%未満");
  });
});
