/** Values in the confirmations and the undo list as the cells display them (issue 13). */
import { cellText, formNumber, numberText } from "../../src/taskpane/state/cellText";

describe("cellText", () => {
  it.each([
    [0.12, "0.0%", "12.0%"],
    [0.12, "0%", "12%"],
    [0.125, "0.00%", "12.50%"],
    [371300000, "#,##0", "371,300,000"],
    [371300000, "General", "371300000"],
    [1.25, "General", "1.25"],
    [1.3, "0.00", "1.30"],
    [1234.5, "#,##0.0", "1,234.5"],
    [-1500, "#,##0;[Red]-#,##0", "-1,500"],
    [1500, '#,##0"円"', "1,500"],
    [45383, "yyyy/m/d", "2024/4/1"],
    [0.1 + 0.2, "General", "0.3"],
  ])("%p under %p shows %p", (v, f, shown) => expect(numberText(v, f, "ja")).toBe(shown));

  it("blanks, text, booleans and errors", () => {
    expect(cellText(null, "0.0%", "ja", "（空白）")).toBe("（空白）");
    expect(cellText("", "General", "en", "(blank)")).toBe("(blank)");
    expect(cellText("新設", "@", "ja", "-")).toBe("新設");
    expect(cellText(true, undefined, "ja", "-")).toBe("TRUE");
    expect(cellText({ error: "#REF!" }, undefined, "ja", "-")).toBe("#REF!");
    expect(cellText(0.12, undefined, "ja", "-")).toBe("0.12");
  });

  it("the form shows numbers with digit grouping, no exponent", () => {
    expect(formNumber(371300000)).toBe("371,300,000");
    expect(formNumber(1.25)).toBe("1.25");
    expect(formNumber(1e21)).toBe("1,000,000,000,000,000,000,000");
  });
});
