import fc from "fast-check";
import { z } from "zod";
import { isIsoDate } from "./edition";

/** The schema the check replaced; kept here so the plain code is held to it. */
const IsoDateSchema = z.iso.date();

describe("isIsoDate (YYYY-MM-DD that exists)", () => {
  it.each([
    ["2026-04-01", true],
    ["2024-02-29", true],
    ["2000-02-29", true],
    ["2025-02-28", true],
    ["2025-02-29", false],
    ["1900-02-29", false],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-4-1", false],
    ["2026/04/01", false],
    ["２０２６-04-01", false],
    ["2026-04-01 ", false],
    ["", false],
  ])("%s → %s", (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
    expect(IsoDateSchema.safeParse(text).success).toBe(expected);
  });

  it("agrees with zod's z.iso.date() on any 4-2-2 digit string and on near misses", () => {
    const digits = (n: number) => fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((a) => a.join(""));
    const shaped = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
    const calendar = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 27, max: 31 }))
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(fc.oneof(shaped, calendar, fc.string({ maxLength: 12 })), (text) => {
        expect(isIsoDate(text)).toBe(IsoDateSchema.safeParse(text).success);
      }),
      { numRuns: 3000 },
    );
  });
});
