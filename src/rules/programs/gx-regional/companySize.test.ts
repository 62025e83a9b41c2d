import { classifyCompanySize } from "./companySize";

const size = (n: number, deemed = false, sme = false) => {
  const r = classifyCompanySize(n, deemed, sme);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("classifyCompanySize", () => {
  it("GX-SIZE-01: 2,000 employees is 中堅, 2,001 is 大企業 (超 = exclusive)", () => {
    expect(size(2000)).toBe("mid");
    expect(size(2001)).toBe("large");
  });
  it("GX-SIZE-01: みなし大企業 is 大企業 whatever the headcount or SME flag", () => {
    expect(size(10, true)).toBe("large");
    expect(size(10, true, true)).toBe("large");
  });
  it("GX-SIZE-01: a declared 中小企業 is 中小 up to 2,000 employees, 大企業 above (order of RULES.md §2.3)", () => {
    expect(size(300, false, true)).toBe("sme");
    expect(size(2000, false, true)).toBe("sme");
    expect(size(2001, false, true)).toBe("large");
  });
  it("GX-SIZE-01: negative or fractional headcounts are OUT_OF_DOMAIN", () => {
    for (const n of [-1, 10.5]) {
      const r = classifyCompanySize(n, false, false);
      expect(r.ok || r.error.code).toBe("OUT_OF_DOMAIN");
    }
  });
});
