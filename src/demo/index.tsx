/**
 * Demo page (no Office): the real taskpane App next to an in-memory workbook (MemoryWorkbookPort),
 * loaded with an example workbook. The workbook, the undo record, the marks and the checklist ticks
 * persist in localStorage across reloads; リセット reloads the chosen example.
 */
import { createRoot } from "react-dom/client";
import { DemoPage } from "./DemoPage";

// The page's FluentProvider is inside DemoPage: its theme switch chooses the theme.
createRoot(document.getElementById("container")!).render(<DemoPage storage={window.localStorage} />);
