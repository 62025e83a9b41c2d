/**
 * What a confirmation asks (ConfirmState) and where focus returns after it: apart from ConfirmDialog, which
 * loads on demand with the other panels (panels.js), so that the pane can ask before the dialog's code is there.
 */
import type { Overwrite } from "../state/undoRecord";
import type { ConfirmKind } from "../state/writeFlow";

export interface ConfirmState {
  kind: ConfirmKind;
  cells: readonly Overwrite[];
  /** Asked again: the cells changed under the previous confirmation. */
  again?: boolean;
  /** The control that asked (focusOrigin): focused again when the dialog closes. */
  returnFocus?: HTMLElement | null;
  resolve: (ok: boolean) => void;
}

/**
 * The control a confirmation returns focus to: the one focused when it was asked for (a control inside
 * a closing dialog, or nothing, keeps the previous one — asking again reopens over the same button).
 */
export function focusOrigin(previous: HTMLElement | null): HTMLElement | null {
  const active = typeof document === "undefined" ? null : document.activeElement;
  if (active instanceof HTMLElement && active !== document.body && !active.closest('[role="alertdialog"],[role="dialog"]')) return active;
  return previous;
}
