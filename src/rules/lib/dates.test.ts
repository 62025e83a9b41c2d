import { addDays, excelSerialToIso, isoToExcelSerial, parseDateText, readDate } from "./dates";

describe("parseDateText", () => {
  it.each([
    ["2025-02-20", "2025-02-20"],
    ["2025/2/20", "2025-02-20"],
    ["２０２５／２／２０", "2025-02-20"],
    ["2025年2月20日", "2025-02-20"],
    ["令和7年2月20日", "2025-02-20"],
    ["令和元年5月1日", "2019-05-01"],
    ["R7.2.20", "2025-02-20"],
    ["平成31年4月30日", "2019-04-30"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseDateText(text)).toEqual({ ok: true, value: iso });
  });

  it.each(["2025-02-30", "来年", "2025-13-01", ""])("rejects %j", (text) => {
    const r = parseDateText(text);
    expect(!r.ok && r.error.code).toBe("INVALID_INPUT");
  });
});

describe("Excel date serials", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45708, "2025-02-20"],
    [45708.75, "2025-02-20"],
  ])("serial %d ↔ %s", (serial, iso) => {
    expect(excelSerialToIso(serial)).toEqual({ ok: true, value: iso });
    expect(isoToExcelSerial(iso)).toBe(Math.floor(serial));
  });
  it("serial 60 (Excel's fictitious 1900-02-29), 0 and negatives are not dates", () => {
    for (const s of [60, 0, -1]) expect(excelSerialToIso(s).ok).toBe(false);
  });
  it("addDays crosses month and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-01-31", 30)).toBe("2025-03-02");
  });
});

describe("readDate", () => {
  it("reads text and Excel serials the same way; anything else → INVALID_INPUT naming the input", () => {
    expect(readDate("令和6年4月16日", "設立日")).toEqual({ ok: true, value: "2024-04-16" });
    expect(readDate(isoToExcelSerial("2024-04-16"), "設立日")).toEqual({ ok: true, value: "2024-04-16" });
    const bad = readDate(true as unknown as string, "設立日");
    expect(!bad.ok && [bad.error.code, bad.error.path]).toEqual(["INVALID_INPUT", "設立日"]);
  });
});
