/**
 * Findings grouped by sheet, errors first, each a button: clicking it (or Enter / Space on it) selects
 * its cell in the workbook. Everything from the sheet is rendered as text.
 */
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import { SEVERITY_RANK } from "../../rules/sheets/report";
import { readableCitation } from "../../rules/sources";
import type { Finding, Severity } from "../../rules/sheets/types";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  group: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  sheet: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  finding: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
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
  icon: { gridRow: "1 / span 3", paddingTop: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  head: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  message: { overflowWrap: "anywhere" },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export function SeverityIcon({ severity, label }: { severity: Severity; label: string }) {
  const s = useStyles();
  const Icon = severity === "error" ? ErrorCircle16Filled : severity === "warning" ? Warning16Filled : Info16Filled;
  return <Icon className={mergeClasses(s.icon, s[severity])} aria-label={label} role="img" />;
}

/** Sheets in first-seen order; within a sheet errors, then warnings, then info. */
export function groupBySheet(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.sheet, [...(groups.get(f.sheet) ?? []), f]);
  return [...groups.entries()].map(([sheet, fs]) => [sheet, [...fs].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])]);
}

export function FindingsList({ findings, onSelect }: { findings: readonly Finding[]; onSelect: (f: Finding) => void }) {
  const { t } = useI18n();
  const s = useStyles();
  return (
    <div data-testid="findings">
      {groupBySheet(findings).map(([sheet, fs]) => (
        <section key={sheet} aria-label={sheet}>
          <h3 className={s.sheet}>{sheet}</h3>
          <ul className={s.group}>
            {fs.map((f, i) => {
              const at = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
              return (
                <li key={`${f.cell}-${f.ruleId}-${i}`}>
                  <button type="button" className={s.finding} onClick={() => onSelect(f)} title={t.selectFinding(at)} data-cell={at}>
                    <SeverityIcon severity={f.severity} label={t.severity[f.severity]} />
                    <span className={s.head}>
                      {f.cell || t.wholeSheet} · {f.ruleId}
                    </span>
                    <span className={s.message}>{f.message}</span>
                    <Caption1 className={s.source} title={f.source}>
                      {readableCitation(f.source)}
                    </Caption1>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
