/**
 * 検証: the overview first (補助金額, status, counts by severity that filter the list), 前へ / 次へ through
 * the errors selecting each cell, the findings grouped by sheet and severity, then the computed figures
 * and charts.
 */
import { Body1, Button, Caption1, Card, Spinner, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDown20Regular, ArrowUp20Regular, Eraser20Regular, Highlight20Regular, ShieldCheckmark20Regular } from "@fluentui/react-icons";
import { Suspense, useMemo, useState } from "react";
import type { ValidationReport } from "../../rules/sheets/report";
import type { Finding, Severity } from "../../rules/sheets/types";
import { countBySeverity, displayOrder, groupFindings, groupSummary, headlineSubsidy, viewFindings, SEVERITIES, type FindingView } from "../findingsView";
import { formatFigure } from "../format";
import { useI18n } from "../i18n";
import { marksFromFindings } from "../state/marksLedger";
import { FindingsList, SeverityIcon } from "./FindingsList";
import { StatusBadge } from "./Header";
// The summary and charts load on demand (panels.js): the findings paint first.
import { CostChart, SummaryCard } from "../lazyPanels";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  detected: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  overview: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  headline: { display: "flex", flexWrap: "wrap", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  amount: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  amountLabel: { color: tokens.colorNeutralForeground2 },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  stepper: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", padding: 0 },
  position: { color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalXS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface ValidationPanelProps {
  report: ValidationReport | null;
  busy: string | null;
  marks: number;
  onValidate: () => void;
  onSelect: (f: Finding) => void;
  onMark: () => void;
  onClear: () => void;
}

/** Severities shown by default: errors and warnings; info on request. */
const DEFAULT_FILTER: Readonly<Record<Severity, boolean>> = { error: true, warning: true, info: false };

export function ValidationPanel({ report, busy, marks, onValidate, onSelect, onMark, onClear }: ValidationPanelProps) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const [filter, setFilter] = useState<Record<Severity, boolean>>({ ...DEFAULT_FILTER });
  const [current, setCurrent] = useState<string | null>(null);
  const findings = useMemo(() => report?.findings ?? [], [report]);
  const counts = countBySeverity(findings);
  const views = useMemo(() => viewFindings(findings, lang), [findings, lang]);
  const groups = useMemo(() => groupFindings(views.filter((v) => filter[v.finding.severity])), [views, filter]);
  const order = displayOrder(groups);
  // 前へ / 次へ step through the errors shown; with none, through every finding shown.
  const steps = order.some((v) => v.finding.severity === "error") ? order.filter((v) => v.finding.severity === "error") : order;
  const at = steps.findIndex((v) => v.key === current);
  const markable = marksFromFindings(findings).length;

  const select = (v: FindingView) => {
    setCurrent(v.key);
    onSelect(v.finding);
  };
  const step = (by: 1 | -1) => {
    if (steps.length === 0) return;
    const next = at < 0 ? (by === 1 ? 0 : steps.length - 1) : (at + by + steps.length) % steps.length;
    select(steps[next]);
  };
  const headline = report ? headlineSubsidy(report.summary) : [];
  const stepWhat = steps.length > 0 && steps[0].finding.severity === "error" ? t.stepErrors : t.stepFindings;

  return (
    <>
      <div className={s.actions}>
        <Button
          appearance="primary"
          icon={busy === "validate" ? <Spinner size="tiny" /> : <ShieldCheckmark20Regular />}
          disabled={busy !== null}
          onClick={onValidate}
        >
          {busy === "validate" ? t.validating : report ? t.revalidate : t.validate}
        </Button>
        <Button icon={<Highlight20Regular />} disabled={busy !== null || !report || markable === 0} onClick={onMark}>
          {t.markCells}
        </Button>
        <Button icon={<Eraser20Regular />} disabled={busy !== null || marks === 0} onClick={onClear}>
          {t.clearMarks}
        </Button>
      </div>
      {report && (
        <>
          <Card className={s.overview} size="small" data-testid="overview">
            <h2 className={s.h2}>{t.overview}</h2>
            {headline.length > 0 ? (
              // One plan per sheet (GX): each amount names its sheet.
              groupSummary(headline, report.detected.map((d) => d.sheet)).flatMap((g) =>
                g.figures.map((f) => (
                  <div key={f.id} className={s.headline} data-testid="subsidy">
                    <Body1 className={s.amountLabel}>{g.sheet && headline.length > 1 ? `${t.subsidyHeadline}: ${g.sheet}` : t.subsidyHeadline}</Body1>
                    <span className={s.amount}>{formatFigure(f, lang)}</span>
                  </div>
                )),
              )
            ) : (
              <Caption1 className={s.amountLabel}>{t.noSubsidyFigure}</Caption1>
            )}
            <StatusBadge report={report} live={false} />
            <div className={s.filters} role="group" aria-label={t.filterLabel} data-testid="severity-filter">
              {SEVERITIES.map((sev) => (
                <ToggleButton
                  key={sev}
                  size="small"
                  appearance="outline"
                  checked={filter[sev]}
                  disabled={counts[sev] === 0}
                  icon={<SeverityIcon severity={sev} label="" />}
                  onClick={() => setFilter({ ...filter, [sev]: !filter[sev] })}
                  data-severity={sev}
                >
                  {t.filterSeverity(t.severity[sev], counts[sev])}
                </ToggleButton>
              ))}
            </div>
            {report.detected.length > 0 && (
              <Caption1 className={s.detected}>
                {t.detected}: {report.detected.map((d) => (lang === "ja" ? `${d.title}（${d.sheet}）` : `${d.sheet} (${t.sheetKinds[d.kind] ?? d.title})`)).join(lang === "ja" ? "、" : ", ")}
              </Caption1>
            )}
          </Card>
          <section className={s.section} aria-labelledby="findings-heading">
            <h2 className={s.h2} id="findings-heading">
              {t.findingsHeading}
            </h2>
            {steps.length > 0 && (
              <div className={s.stepper} role="group" aria-label={t.findingsHeading} data-testid="stepper">
                <Button size="small" icon={<ArrowUp20Regular />} onClick={() => step(-1)}>
                  {t.prev}
                </Button>
                <Button size="small" icon={<ArrowDown20Regular />} onClick={() => step(1)}>
                  {t.next}
                </Button>
                <Caption1 className={s.position} aria-live="polite" data-testid="step-position">
                  {t.stepPosition(at + 1, steps.length, stepWhat)}
                </Caption1>
              </div>
            )}
            {findings.length === 0 ? (
              <Body1>{t.noFindings}</Body1>
            ) : groups.length === 0 ? (
              <Body1>{t.hiddenBySeverity}</Body1>
            ) : (
              <FindingsList groups={groups} current={current} onSelect={select} />
            )}
          </section>
          <Suspense fallback={null}>
            <SummaryCard figures={report.summary} sheets={report.detected.map((d) => d.sheet)} />
            <CostChart rows={report.costBreakdown} caption={t.costChart} />
            <CostChart rows={report.yearBreakdown} caption={t.yearChart} testId="year-chart" />
          </Suspense>
        </>
      )}
    </>
  );
}
