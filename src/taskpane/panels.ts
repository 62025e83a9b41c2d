/**
 * The parts of the taskpane not needed for its first view (the 検証 tab before a validation): the other tabs,
 * the report's summary and charts, the confirmation dialog (asked only when a write replaces cells). Bundled apart (panels.js) and loaded through
 * lazyPanels.ts, so that taskpane.js — what the pane waits for — stays small.
 */
export { ChecklistTab } from "./components/ChecklistPanel";
export { ConfirmDialog } from "./components/ConfirmDialog";
export { AdvicePanel } from "./components/AdvicePanel";
export { CostChart } from "./components/CostChart";
export { FactsForm } from "./components/FactsForm";
export { PrepareTab } from "./components/PrepareSheets";
export { SummaryCard } from "./components/SummaryCard";
export { UndoPanel } from "./components/UndoPanel";
