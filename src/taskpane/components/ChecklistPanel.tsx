/**
 * チェックリスト: requirements and documents of the program and type. Items the last validation proves
 * are ✓ / ✗ automatically; the others are checkboxes whose ticks are saved in the workbook.
 */
import { Body1, Caption1, Checkbox, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, DismissCircle16Filled } from "@fluentui/react-icons";
import type { ChecklistItem } from "../../rules/lib/issue";
import type { ValidationReport } from "../../rules/sheets/report";
import { readableCitation } from "../../rules/sources";
import { useI18n } from "../i18n";
import { itemStatus, progress, type ChecklistTicks, type ItemStatus } from "../state/checklist";

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  auto: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  icon: { gridRow: "1 / span 3", paddingTop: tokens.spacingVerticalXXS },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  manual: { display: "flex", flexDirection: "column" },
  manualDetail: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere", paddingLeft: tokens.spacingHorizontalXXXL },
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
      <h3 className={s.heading}>{title}</h3>
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
  const detail = `${item.ruleId} · ${readableCitation(item.citation)}${item.note ? ` · ${item.note}` : ""}`;
  if (status.kind === "manual") {
    return (
      <div className={s.manual}>
        <Checkbox checked={status.ticked} label={label} onChange={(_, d) => onTick(item.id, d.checked === true)} data-item={item.id} />
        <Caption1 className={s.manualDetail}>{detail}</Caption1>
      </div>
    );
  }
  const pass = status.kind === "auto-pass";
  const Icon = pass ? CheckmarkCircle16Filled : DismissCircle16Filled;
  return (
    <div className={s.auto} data-item={item.id} data-status={status.kind}>
      <Icon className={mergeClasses(s.icon, pass ? s.pass : s.fail)} role="img" aria-label={pass ? t.autoPass : t.autoFail} />
      <Body1>{label}</Body1>
      <Caption1 className={s.detail}>{pass ? t.autoPass : `${t.autoFail}: ${status.errors[0]?.message ?? ""}`}</Caption1>
      <Caption1 className={s.detail}>{detail}</Caption1>
    </div>
  );
}
