/**
 * 上書きしますか？ — lists the non-empty cells a write (or an undo) would replace, or, before an undo
 * deletes a sheet the add-in added, what the user entered there since; cancel changes nothing.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { formatCell } from "../format";
import type { Overwrite } from "../state/undoRecord";
import type { ConfirmKind } from "../useTaskpane";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "40vh", overflowY: "auto" },
  item: { marginBottom: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  addr: { fontWeight: tokens.fontWeightSemibold },
});

export interface ConfirmState {
  kind: ConfirmKind;
  cells: readonly Overwrite[];
  resolve: (ok: boolean) => void;
}

export function ConfirmDialog({ state }: { state: ConfirmState | null }) {
  const { t, lang } = useI18n();
  const s = useStyles();
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
            <p>{text.intro}</p>
            <ul className={s.list} aria-label={text.title}>
              {state?.cells.map((c) => (
                <li key={`${c.sheet}!${c.cell}`} className={s.item}>
                  <span className={s.addr}>
                    {c.sheet}!{c.cell}
                  </span>
                  : {formatCell(c.current, lang, t.blank)}
                  {kind !== "deleteSheet" && <> → {formatCell(c.next, lang, t.blank)}</>}
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
