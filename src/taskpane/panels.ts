/**
 * The parts of the taskpane not needed for its first view (the 検証 tab before a validation): the other tabs,
 * the report's summary and charts, the confirmation dialog, the notice bar. Bundled apart (panels.js) and loaded through
 * lazyPanels.ts, so that taskpane.js — what the pane waits for — stays small.
 */
export { ChecklistPanel } from "./components/ChecklistPanel";
export { ConfirmDialog } from "./components/ConfirmDialog";
export { CostChart } from "./components/CostChart";
export { FactsForm } from "./components/FactsForm";
export { Notice } from "./components/Notice";
export { PrepareSheets } from "./components/PrepareSheets";
export { SummaryCard } from "./components/SummaryCard";
export { UndoPanel } from "./components/UndoPanel";
