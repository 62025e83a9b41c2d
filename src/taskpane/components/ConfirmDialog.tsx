/**
 * 上書きしますか？ — lists the non-empty cells a write (or an undo) would replace, as the cells display
 * them (12%, 371,300,000), saying so where a formula is replaced; or, before an undo deletes a sheet the
 * add-in added, what the user entered there since. Cancel changes nothing. Asked again (`again`) when
 * the cells changed while the previous confirmation was open. On closing, focus goes back to the
 * control that opened it (Esc included).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useI18n } from "../i18n";
import { cellText } from "../state/cellText";
import type { ConfirmState } from "./confirmState";

export { focusOrigin, type ConfirmState } from "./confirmState";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "40vh", overflowY: "auto" },
  item: { marginBottom: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  addr: { fontWeight: tokens.fontWeightSemibold },
  formula: { fontFamily: tokens.fontFamilyMonospace },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Strings of this dialog not (yet) in the shared catalogue (i18n.ts). */
const TEXT = {
  ja: {
    replacesFormula: "数式を値で置き換えます",
    replacesFormulaBy: "数式を置き換えます",
    again: "確認中にセルが変更されたため、まだ何も書き込んでいません。いまの内容でもう一度確認してください。",
  },
  en: {
    replacesFormula: "Replaces the formula with a value",
    replacesFormulaBy: "Replaces the formula",
    again: "The cells changed while you were asked, so nothing has been written yet. Please confirm again with what they hold now.",
  },
} as const;

/** Focuses `returnFocus` of the last confirmation once the dialog has closed (Esc, cancel or confirm). */
function useFocusReturn(state: ConfirmState | null): void {
  const target = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (state) {
      target.current = state.returnFocus ?? target.current;
      return;
    }
    const el = target.current;
    target.current = null;
    if (!el) return;
    // After Fluent's own focus handling of the closing dialog.
    const timer = setTimeout(() => {
      if (el.isConnected) el.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [state]);
}

export function ConfirmDialog({ state }: { state: ConfirmState | null }) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const local = TEXT[lang];
  useFocusReturn(state);
  const kind = state?.kind ?? "overwrite";
  const text = {
    overwrite: { title: t.overwriteTitle, intro: t.overwriteIntro, ok: t.overwrite },
    restore: { title: t.restoreTitle, intro: t.restoreIntro, ok: t.restore },
    deleteSheet: { title: t.deleteSheetTitle, intro: t.deleteSheetIntro, ok: t.deleteSheet },
  }[kind];
  return (
    <Dialog open={state !== null} modalType="alert" onOpenChange={(_, d) => !d.open && state?.resolve(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{text.title}</DialogTitle>
          <DialogContent>
            {state?.again && (
              <MessageBar intent="warning" data-testid="confirm-again">
                <MessageBarBody>{local.again}</MessageBarBody>
              </MessageBar>
            )}
            <p>{text.intro}</p>
            <ul className={s.list} aria-label={text.title}>
              {state?.cells.map((c) => (
                <li key={`${c.sheet}!${c.cell}`} className={s.item} data-cell={`${c.sheet}!${c.cell}`}>
                  <span className={s.addr}>
                    {c.sheet}!{c.cell}
                  </span>
                  : {cellText(c.current, c.currentFormat, lang, t.blank)}
                  {c.replacesFormula && <span className={s.formula}> ({c.replacesFormula})</span>}
                  {kind !== "deleteSheet" && (
                    <>
                      {" → "}
                      {c.nextFormula ? <span className={s.formula}>{c.nextFormula}</span> : cellText(c.next, c.nextFormat ?? c.currentFormat, lang, t.blank)}
                    </>
                  )}
                  {c.replacesFormula && kind !== "deleteSheet" && (
                    <span className={s.warn}> — {c.nextFormula ? local.replacesFormulaBy : local.replacesFormula}</span>
                  )}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => state?.resolve(false)}>
              {t.cancel}
            </Button>
            <Button appearance="primary" onClick={() => state?.resolve(true)}>
              {text.ok}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
