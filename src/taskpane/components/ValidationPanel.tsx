/** 検証: run the validation, see the findings by sheet, mark the cells and clear the marks. */
import { Body1, Button, Caption1, Spinner, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { Eraser20Regular, Highlight20Regular, ShieldCheckmark20Regular } from "@fluentui/react-icons";
import { Suspense, useState } from "react";
import type { ValidationReport } from "../../rules/sheets/report";
import type { Finding } from "../../rules/sheets/types";
import { useI18n } from "../i18n";
import { CostChart, SummaryCard } from "../lazyPanels";
import { FindingsList } from "./FindingsList";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  detected: { color: tokens.colorNeutralForeground3 },
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

export function ValidationPanel({ report, busy, marks, onValidate, onSelect, onMark, onClear }: ValidationPanelProps) {
  const { t } = useI18n();
  const s = useStyles();
  const [showInfo, setShowInfo] = useState(false);
  const shown = report?.findings.filter((f) => showInfo || f.severity !== "info") ?? [];
  const infos = report?.findings.filter((f) => f.severity === "info").length ?? 0;
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
        <Button icon={<Highlight20Regular />} disabled={busy !== null || !report} onClick={onMark}>
          {t.markCells}
        </Button>
        <Button icon={<Eraser20Regular />} disabled={busy !== null || marks === 0} onClick={onClear}>
          {t.clearMarks}
        </Button>
      </div>
      {report && (
        <>
          {report.detected.length > 0 && (
            <Caption1 className={s.detected}>
              {t.detected}: {report.detected.map((d) => `${d.title}（${d.sheet}）`).join("、")}
            </Caption1>
          )}
          <Switch checked={showInfo} onChange={(_, d) => setShowInfo(d.checked)} label={`${t.showInfo} (${infos})`} />
          {shown.length === 0 ? <Body1>{t.noFindings}</Body1> : <FindingsList findings={shown} onSelect={onSelect} />}
          <Suspense fallback={null}>
            <SummaryCard figures={report.summary} />
            <CostChart rows={report.costBreakdown} caption={t.costChart} />
            <CostChart rows={report.yearBreakdown} caption={t.yearChart} testId="year-chart" />
          </Suspense>
        </>
      )}
    </>
  );
}
