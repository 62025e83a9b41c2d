/**
 * React.lazy wrappers of ./panels (one chunk, panels.js); render them inside <Suspense>. `preloadPanels` fetches
 * the chunk once the pane is up, so that a tab switch rarely waits.
 */
import { lazy } from "react";

const panels = () => import(/* webpackChunkName: "panels" */ "./panels");

/** Starts loading the panels (idempotent: the module is fetched once). */
export function preloadPanels(): void {
  void panels();
}

export const ChecklistPanel = lazy(() => panels().then((m) => ({ default: m.ChecklistPanel })));
export const CostChart = lazy(() => panels().then((m) => ({ default: m.CostChart })));
export const FactsForm = lazy(() => panels().then((m) => ({ default: m.FactsForm })));
export const PrepareSheets = lazy(() => panels().then((m) => ({ default: m.PrepareSheets })));
export const SummaryCard = lazy(() => panels().then((m) => ({ default: m.SummaryCard })));
export const UndoPanel = lazy(() => panels().then((m) => ({ default: m.UndoPanel })));
