/** The figures the validation computed (eligible cost, subsidy, rate / tier, CO2削減コスト vs limit …). */
import { Caption1, Card, makeStyles, tokens } from "@fluentui/react-components";
import type { SummaryFigure } from "../../rules/sheets/report";
import { formatFigure } from "../format";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  label: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, textAlign: "right", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  pair: { display: "contents" },
  note: { gridColumn: "1 / span 2", margin: 0, color: tokens.colorNeutralForeground3 },
});

export function SummaryCard({ figures }: { figures: readonly SummaryFigure[] }) {
  const { t, lang } = useI18n();
  const s = useStyles();
  if (figures.length === 0) return null;
  return (
    <Card className={s.card} size="small" data-testid="summary">
      <h3 className={s.title}>{t.summary}</h3>
      <dl className={s.list}>
        {figures.map((f) => (
          <div key={f.id} className={s.pair}>
            <dt className={s.label} lang={lang === "en" ? "en" : "ja"}>
              {lang === "en" ? f.labelEn : f.label}
            </dt>
            <dd className={s.value}>{formatFigure(f, lang)}</dd>
            {f.note && (
              <dd className={s.note}>
                <Caption1>{f.note}</Caption1>
              </dd>
            )}
          </div>
        ))}
      </dl>
    </Card>
  );
}
