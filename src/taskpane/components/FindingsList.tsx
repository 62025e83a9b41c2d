/**
 * Findings grouped by sheet (collapsible) and, within a sheet, by severity. Each finding is a button:
 * clicking it (or Enter / Space on it) selects its cell in the workbook. The rule id appears once per
 * card; knock-on findings are labelled 波及 and name the findings they may follow from; findings about
 * reading the sheet (SHEET-*) say so instead of citing the documents. Sheet text is rendered as text.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import type { Severity } from "../../rules/sheets/types";
import type { FindingView, SheetGroup } from "../findingsView";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  group: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  severity: {
    margin: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  panel: { margin: 0, paddingBottom: tokens.spacingVerticalS },
  header: { minWidth: 0 },
  sheetName: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  finding: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  current: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground1Selected },
  knockOn: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}` },
  icon: { gridRow: "1 / span 4", paddingTop: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  head: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  rule: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  message: { overflowWrap: "anywhere", gridColumn: 2 },
  note: { overflowWrap: "anywhere", gridColumn: 2, color: tokens.colorNeutralForeground2 },
  source: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere", gridColumn: 2 },
});

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled } as const;

export function SeverityIcon({ severity, label }: { severity: Severity; label: string }) {
  const s = useStyles();
  const Icon = ICONS[severity];
  return <Icon className={mergeClasses(s.icon, s[severity])} aria-label={label} role="img" />;
}

export interface FindingsListProps {
  groups: readonly SheetGroup[];
  /** Key of the finding last selected (by click or 前へ / 次へ): highlighted and scrolled into view. */
  current: string | null;
  onSelect: (v: FindingView) => void;
}

export function FindingsList({ groups, current, onSelect }: FindingsListProps) {
  const { t } = useI18n();
  const s = useStyles();
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.sheet)} data-testid="findings">
      {groups.map((g) => (
        <AccordionItem key={g.sheet} value={g.sheet} data-sheet={g.sheet}>
          <AccordionHeader as="h3" size="small" className={s.header}>
            <span className={s.sheetName}>{t.collapseSheet(g.sheet, g.count)}</span>
          </AccordionHeader>
          <AccordionPanel className={s.panel}>
            {g.bySeverity.map((sg) => (
              <section key={sg.severity} aria-label={`${g.sheet}: ${t.severity[sg.severity]}`}>
                <h4 className={s.severity}>
                  {t.severity[sg.severity]} ({sg.items.length})
                </h4>
                <ul className={s.group}>
                  {sg.items.map((v) => (
                    <li key={v.key}>
                      <FindingCard view={v} current={v.key === current} onSelect={onSelect} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

function FindingCard({ view: v, current, onSelect }: { view: FindingView; current: boolean; onSelect: (v: FindingView) => void }) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const ref = useRef<HTMLButtonElement | null>(null);
  const f = v.finding;
  const at = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
  useEffect(() => {
    if (current) ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [current]);
  return (
    <button
      ref={ref}
      type="button"
      className={mergeClasses(s.finding, v.causes ? s.knockOn : undefined, current ? s.current : undefined)}
      onClick={() => onSelect(v)}
      title={t.selectFinding(at)}
      data-cell={at}
      data-rule={f.ruleId}
      data-knock-on={v.causes ? "true" : undefined}
      aria-current={current ? "true" : undefined}
    >
      <SeverityIcon severity={f.severity} label={t.severity[f.severity]} />
      <span className={s.head}>
        <span>{f.cell || t.wholeSheet}</span>
        <span className={s.rule}>· {f.ruleId}</span>
        {v.causes && (
          <Badge size="small" appearance="outline" color="informative">
            {t.knockOn}
          </Badge>
        )}
      </span>
      <span className={s.message} lang={v.translated ? lang : "ja"} data-translated={v.translated ? undefined : "false"}>
        {v.text}
      </span>
      {!v.translated && t.untranslated && <Caption1 className={s.note}>{t.untranslated}</Caption1>}
      {v.causes && <Caption1 className={s.note}>{t.knockOnNote(v.causes.join(lang === "ja" ? "、" : ", "))}</Caption1>}
      <Caption1 className={s.source}>{v.reading ? t.readingNote : v.citation}</Caption1>
    </button>
  );
}
