/**
 * チェックリスト: requirements and documents of the program and type. Items the last validation proves
 * are ✓ / ✗ automatically; the others are checkboxes whose ticks are saved in the workbook.
 */
import { useMemo } from "react";
import { Body1, Caption1, Checkbox, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, DismissCircle16Filled } from "@fluentui/react-icons";
import type { ChecklistItem } from "../../rules/lib/issue";
import type { ValidationReport } from "../../rules/sheets/report";
import { displayFindingMessage } from "../../rules/messages/findingMessages";
import { citationText } from "../findingsView";
import { CHECKLIST_NOTES_EN } from "../messages/checklistNotes";
import { useI18n } from "../i18n";
import { checklistFor } from "../programContent";
import type { TaskpaneProgram } from "../state/programs";
import { itemStatus, progress, type ChecklistTicks, type ItemStatus } from "../state/checklist";

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  auto: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  icon: { gridRow: "1 / span 3", paddingTop: tokens.spacingVerticalXXS },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  manual: { display: "flex", flexDirection: "column" },
  manualDetail: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere", paddingLeft: tokens.spacingHorizontalXXXL },
  jaNote: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere", gridColumn: 2 },
});

export interface ChecklistPanelProps {
  items: readonly ChecklistItem[];
  report: ValidationReport | null;
  ticks: ChecklistTicks;
  onTick: (id: string, ticked: boolean) => void;
}

export function ChecklistPanel({ items, report, ticks, onTick }: ChecklistPanelProps) {
  const { t } = useI18n();
  const statuses = items.map((item) => ({ item, status: itemStatus(item, report, ticks) }));
  const p = progress(statuses.map((x) => x.status));
  if (items.length === 0) return <Body1>{t.noChecklist}</Body1>;
  return (
    <>
      <Body1>{t.checklistIntro}</Body1>
      <Caption1 data-testid="checklist-progress">{t.progress(p.done, p.total)}</Caption1>
      <Section title={t.requirements} rows={statuses.filter((x) => x.item.kind === "requirement")} onTick={onTick} />
      <Section title={t.documents} rows={statuses.filter((x) => x.item.kind === "document")} onTick={onTick} />
    </>
  );
}

function Section({ title, rows, onTick }: { title: string; rows: { item: ChecklistItem; status: ItemStatus }[]; onTick: ChecklistPanelProps["onTick"] }) {
  const s = useStyles();
  if (rows.length === 0) return null;
  return (
    <section aria-label={title}>
      <h2 className={s.heading}>{title}</h2>
      <ul className={s.list}>
        {rows.map(({ item, status }) => (
          <li key={item.id}>
            <Row item={item} status={status} onTick={onTick} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Row({ item, status, onTick }: { item: ChecklistItem; status: ItemStatus; onTick: ChecklistPanelProps["onTick"] }) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const label = lang === "ja" ? item.label : item.labelEn;
  // Notes are the documents' Japanese; in English they stay available, folded and marked as Japanese.
  const noteEn = lang === "en" ? (item.noteEn ?? (item.note ? CHECKLIST_NOTES_EN[item.note] : undefined)) : undefined;
  const showNote = item.note && (lang === "ja" || noteEn);
  const detail = `${item.ruleId} · ${citationText(item.citation, lang)}${showNote ? ` · ${lang === "ja" ? item.note : noteEn}` : ""}`;
  const jaNote =
    lang === "en" && item.note && !noteEn ? (
      <details className={s.jaNote}>
        <summary>{t.noteInJapanese}</summary>
        <span lang="ja">{item.note}</span>
      </details>
    ) : null;
  if (status.kind === "manual") {
    return (
      <div className={s.manual}>
        <Checkbox checked={status.ticked} label={label} onChange={(_, d) => onTick(item.id, d.checked === true)} data-item={item.id} />
        <Caption1 className={s.manualDetail}>{detail}</Caption1>
        {jaNote && <div className={s.manualDetail}>{jaNote}</div>}
      </div>
    );
  }
  const pass = status.kind === "auto-pass";
  const Icon = pass ? CheckmarkCircle16Filled : DismissCircle16Filled;
  return (
    <div className={s.auto} data-item={item.id} data-status={status.kind}>
      <Icon className={mergeClasses(s.icon, pass ? s.pass : s.fail)} role="img" aria-label={pass ? t.autoPass : t.autoFail} />
      <Body1>{label}</Body1>
      <Caption1 className={s.detail}>
        {pass ? t.autoPass : `${t.autoFail}: ${status.errors[0] ? displayFindingMessage(status.errors[0].ruleId, status.errors[0].message, lang).text : ""}`}
      </Caption1>
      <Caption1 className={s.detail}>{detail}</Caption1>
      {jaNote}
    </div>
  );
}

/** The 要件チェック tab: the checklist of the program and type, computed here so that it loads with the tab. */
export function ChecklistTab({ program, type, ...rest }: Omit<ChecklistPanelProps, "items"> & { program: TaskpaneProgram; type: string }) {
  const items = useMemo(() => checklistFor(program, type, rest.report), [program, type, rest.report]);
  return <ChecklistPanel items={items} {...rest} />;
}
