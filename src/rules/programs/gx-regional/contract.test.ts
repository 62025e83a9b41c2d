import { GX_CURRENT } from "./params";
import { contractYears } from "./contract";
import type { ContractProcurement, SourceState, SourceTypeCode } from "./types";

const src = (code: SourceTypeCode) => GX_CURRENT.sourceTypes.value.find((s) => s.code === code)!;
const years = (proc: ContractProcurement, state: SourceState, code: SourceTypeCode | null = null, exception = false): number => {
  const r = contractYears(proc, state, code ? src(code) : null, exception);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.minYears;
};

describe("contractYears", () => {
  // [procurement, state, source, exception, expected] — the table of 001 § 電源の契約期間, AMB-24 reading.
  it.each([
    ["cppa", "new", null, false, 15],
    ["cppa", "replace", null, false, 15],
    ["cppa", "new", null, true, 10],
    ["cppa", "replace", null, true, 10],
    ["cppa", "existing", null, false, 10],
    ["cppa", "existing", null, true, 5],
    ["cppa", "new", "g", false, 5],
    ["cppa", "new", "g", true, 5],
    ["cppa", "replace", "g", false, 5],
    ["cppa", "restart", "g", false, 5],
    ["cppa", "restart", "g", true, 5],
    ["cppa", "existing", "g", false, 5],
    ["cppa", "existing", "g", true, 5],
    ["cppa", "restart", null, false, 5],
    ["menu", "new", null, false, 8],
    ["menu", "existing", null, true, 8],
    ["menu", "existing", "g", false, 8],
  ] as [ContractProcurement, SourceState, SourceTypeCode | null, boolean, number][])(
    "GX-CONTRACT-01: %s %s (電源種 %s, 合理的例外 %s) → %d年以上",
    (proc, state, code, exc, expected) => expect(years(proc, state, code, exc)).toBe(expected),
  );

  it("GX-CONTRACT-01 (AMB-24): 大規模改修 hydro and converted thermal use the 新設・リプレース row", () => {
    expect(years("cppa", "majorRefurbishment", "c")).toBe(15);
    expect(years("cppa", "conversion", "e")).toBe(15);
    expect(years("cppa", "conversion", "l", true)).toBe(10);
  });

  it("GX-CONTRACT-01: a state that is not 新設・再稼働 for the type is read as 既設 (太陽光 大規模改修 → 10)", () => {
    expect(years("cppa", "majorRefurbishment", "a")).toBe(10);
  });

  it("GX-PWR-07: 再稼働 with a non-nuclear source is INVALID_INPUT with a Japanese message", () => {
    const r = contractYears("cppa", "restart", src("a"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("INVALID_INPUT");
      expect(r.error.message).toContain("原子力発電に限られます");
    }
  });

  it("GX-CONTRACT-01: the requirement cites the table", () => {
    const r = contractYears("menu", "new");
    expect(r.ok && r.value.citation).toBe("001_bcc3ced3d61acfe1.txt § 電源の契約期間");
  });
});
