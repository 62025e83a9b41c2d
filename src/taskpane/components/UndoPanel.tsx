/**
 * 元に戻す: the add-in's own record of the cells it changed and the sheets it added; restores the last
 * batch exactly (an added sheet is deleted, after asking if the user entered anything there).
 */
import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndo20Regular } from "@fluentui/react-icons";
import { useI18n } from "../i18n";
import { cellText } from "../state/cellText";
import { sameValue, type UndoCell, type UndoRecord } from "../state/undoRecord";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  cells: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3 },
  sheets: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** True when the write changed the cell (records of older versions also list cells written unchanged). */
export function changedCell(c: UndoCell): boolean {
  if ((c.before.formula ?? null) !== (c.after.formula ?? null)) return true;
  if (c.after.numberFormat !== undefined && c.after.numberFormat !== c.before.numberFormat) return true;
  return !c.after.formula && !sameValue(c.before.value, c.after.value);
}

export function UndoPanel({ record, busy, onUndo }: { record: UndoRecord; busy: boolean; onUndo: () => void }) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const batches = [...record.batches].reverse();
  return (
    <>
      <Body1>{t.undoIntro}</Body1>
      {/* Focusable while busy: focus comes back here when its confirmation closes (Esc included). */}
      <Button appearance="primary" icon={<ArrowUndo20Regular />} disabled={batches.length === 0} disabledFocusable={busy} onClick={onUndo}>
        {t.undoLast}
      </Button>
      {batches.length === 0 ? (
        <Body1>{t.undoEmpty}</Body1>
      ) : (
        <ol className={s.list} data-testid="undo-batches">
          {batches.map((b, i) => (
            <li key={b.id}>
              <Body1>{b.label}</Body1>{" "}
              <Caption1 className={s.meta}>
                {new Date(b.at).toLocaleString(lang === "ja" ? "ja-JP" : "en-US")}
                {b.cells.some(changedCell) && ` · ${t.batchCells(b.cells.filter(changedCell).length)}`}
              </Caption1>
              {(b.sheets?.length ?? 0) > 0 && (
                <Caption1 as="p" className={s.sheets}>
                  {t.batchSheets(b.sheets!.map((x) => x.sheet).join("、"))}
                </Caption1>
              )}
              {i === 0 && b.cells.some(changedCell) && (
                <ul className={s.cells}>
                  {b.cells.filter(changedCell).map((c) => (
                    <li key={`${c.sheet}!${c.cell}`}>
                      <Caption1>
                        {c.sheet}!{c.cell}: {c.after.formula ?? cellText(c.after.value, c.after.numberFormat ?? c.before.numberFormat, lang, t.blank)} →{" "}
                        {c.before.formula ?? cellText(c.before.value, c.before.numberFormat, lang, t.blank)}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
