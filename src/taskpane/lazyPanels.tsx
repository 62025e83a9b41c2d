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

export const ChecklistTab = lazy(() => panels().then((m) => ({ default: m.ChecklistTab })));
export const AdvicePanel = lazy(() => panels().then((m) => ({ default: m.AdvicePanel })));
export const ConfirmDialog = lazy(() => panels().then((m) => ({ default: m.ConfirmDialog })));
export const CostChart = lazy(() => panels().then((m) => ({ default: m.CostChart })));
export const FactsForm = lazy(() => panels().then((m) => ({ default: m.FactsForm })));
export const PrepareTab = lazy(() => panels().then((m) => ({ default: m.PrepareTab })));
export const SummaryCard = lazy(() => panels().then((m) => ({ default: m.SummaryCard })));
export const UndoPanel = lazy(() => panels().then((m) => ({ default: m.UndoPanel })));
