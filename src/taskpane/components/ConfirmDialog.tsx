/** 上書きしますか？ — lists the non-empty cells a write (or an undo) would replace; cancel writes nothing. */
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
  const restore = state?.kind === "restore";
  return (
    <Dialog open={state !== null} modalType="alert" onOpenChange={(_, d) => !d.open && state?.resolve(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{restore ? t.restoreTitle : t.overwriteTitle}</DialogTitle>
          <DialogContent>
            <p>{restore ? t.restoreIntro : t.overwriteIntro}</p>
            <ul className={s.list} aria-label={restore ? t.restoreTitle : t.overwriteTitle}>
              {state?.cells.map((c) => (
                <li key={`${c.sheet}!${c.cell}`} className={s.item}>
                  <span className={s.addr}>
                    {c.sheet}!{c.cell}
                  </span>
                  : {formatCell(c.current, lang, t.blank)} → {formatCell(c.next, lang, t.blank)}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => state?.resolve(false)}>
              {t.cancel}
            </Button>
            <Button appearance="primary" onClick={() => state?.resolve(true)}>
              {restore ? t.restore : t.overwrite}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
