/**
 * Demo page (no Office): the real taskpane App next to an in-memory workbook (MemoryWorkbookPort),
 * loaded with an example workbook. The workbook, the undo record, the marks and the checklist ticks
 * persist in localStorage across reloads; リセット reloads the chosen example.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { DemoPage } from "./DemoPage";

createRoot(document.getElementById("container")!).render(
  <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
    <DemoPage storage={window.localStorage} />
  </FluentProvider>,
);
