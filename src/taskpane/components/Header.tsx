/** Header: program and type pickers, and the status badge (errors / warnings / OK). */
import { Badge, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ValidationReport } from "../../rules/sheets/report";
import { useI18n } from "../i18n";
import { PROGRAMS, PROGRAM_TYPES, type TaskpaneProgram } from "../state/programs";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  titleRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { margin: 0 },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS },
  pickers: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))", gap: tokens.spacingHorizontalS },
  field: { minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
});

/** The status badges; `live` (the header's copy) makes them the status region screen readers announce. */
export function StatusBadge({ report, live = true }: { report: ValidationReport | null; live?: boolean }) {
  const { t } = useI18n();
  const errors = report?.findings.filter((f) => f.severity === "error").length ?? 0;
  const warnings = report?.findings.filter((f) => f.severity === "warning").length ?? 0;
  const s = useStyles();
  return (
    <span className={s.badges} {...(live ? { role: "status", "aria-live": "polite" as const, "data-testid": "status" } : { "data-testid": "overview-status" })}>
      {!report && (
        <Badge appearance="outline" color="informative">
          {t.notValidated}
        </Badge>
      )}
      {report?.formStatus && report.formStatus !== "filled" && <Badge color="warning">{t.formStatus[report.formStatus]}</Badge>}
      {report && errors > 0 && <Badge color="danger">{t.errorsN(errors)}</Badge>}
      {report && warnings > 0 && <Badge color="warning">{t.warningsN(warnings)}</Badge>}
      {report && errors === 0 && warnings === 0 && <Badge color="success">{t.ok}</Badge>}
    </span>
  );
}

export interface HeaderProps {
  program: TaskpaneProgram;
  type: string;
  workbookType: string;
  report: ValidationReport | null;
  onProgram: (p: TaskpaneProgram) => void;
  onType: (type: string) => void;
}

export function Header({ program, type, workbookType, report, onProgram, onType }: HeaderProps) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const info = PROGRAM_TYPES[program];
  return (
    <header className={s.header}>
      <div className={s.titleRow}>
        <Subtitle2 as="h1" className={s.title}>
          {t.appTitle}
        </Subtitle2>
        <StatusBadge report={report} />
      </div>
      <div className={s.pickers}>
        <Field label={t.program} size="small" className={s.field}>
          <Select size="small" className={s.select} value={program} onChange={(_, d) => onProgram(d.value as TaskpaneProgram)}>
            {PROGRAMS.map((p) => (
              <option key={p} value={p}>
                {t.programNames[p]}
              </option>
            ))}
          </Select>
        </Field>
        {info.factLabel && (
          <Field label={lang === "ja" ? info.factLabel : info.factLabelEn} size="small" className={s.field}>
            <Select size="small" className={s.select} value={type} onChange={(_, d) => onType(d.value)}>
              <option value="">{workbookType ? (lang === "ja" ? `${t.typeAuto}（${workbookType}）` : `${t.typeAuto} (${info.options.find((o) => o.value === workbookType)?.labelEn ?? workbookType})`) : t.typeAuto}</option>
              {info.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {lang === "ja" ? o.value : o.labelEn}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
    </header>
  );
}
