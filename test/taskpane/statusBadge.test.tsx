/** @jest-environment jsdom */
/** Issue 10: the taskpane status never says OK for a workbook whose forms are absent or blank. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen } from "@testing-library/react";
import { sheetFromRows } from "../../src/rules/sheets/gridBuilder";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";
import { dcNewClean } from "../../src/examples";
import { FORM_STATUS_EN, FORM_STATUS_JA } from "../../src/rules/sheets/formStatus";
import { StatusBadge } from "../../src/taskpane/components/Header";
import { MESSAGES } from "../../src/taskpane/i18n";

afterEach(cleanup);

const badge = (wb: Parameters<typeof validateWorkbook>[0]): string => {
  render(
    <FluentProvider theme={webLightTheme}>
      <StatusBadge report={validateWorkbook(wb)} />
    </FluentProvider>,
  );
  return screen.getByTestId("status").textContent ?? "";
};

describe("StatusBadge", () => {
  it("says 様式が見つかりません (not OK) for a workbook without forms", () => {
    const text = badge({ sheets: [sheetFromRows("Sheet1", [["メモ"]])] });
    expect(text).toContain("様式が見つかりません");
    expect(text).not.toContain("OK");
  });

  it("says 未入力 for blank forms", () => {
    expect(badge({ sheets: [sheetFromRows("別紙2", [["区分", "費目", "細分", "内容", "金額", "補助対象経費"]])] })).toContain("未入力");
  });

  it("uses the rules' status words in both languages (the pane's catalogue keeps a copy so the header loads without the engine)", () => {
    expect(MESSAGES.ja.formStatus).toEqual(FORM_STATUS_JA);
    expect(MESSAGES.en.formStatus).toEqual(FORM_STATUS_EN);
  });

  it("says neither for filled forms", () => {
    expect(badge(dcNewClean.workbook)).not.toMatch(/未入力|様式が見つかりません/);
  });
});
