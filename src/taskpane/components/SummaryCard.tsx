/**
 * The figures the validation computed (eligible cost, subsidy, rate / tier, CO2削減コスト vs limit …),
 * grouped by the sheet they come from with the sheet name said once, not before every label.
 */
import { Caption1, Card, makeStyles, tokens } from "@fluentui/react-components";
import { displayFindingMessage, termEn } from "../../rules/messages/findingMessages";
import type { SummaryFigure } from "../../rules/sheets/report";
import { groupSummary } from "../findingsView";
import { formatFigure } from "../format";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  sheet: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  list: { margin: 0, display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  label: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, textAlign: "right", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  pair: { display: "contents" },
  note: { gridColumn: "1 / span 2", margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** English for the figures' fixed notes; other notes are finding-like sentences read by the message catalogue. */
const NOTE_EN: Readonly<Record<string, string>> = {
  "この事業区分には上限の定めがありません（参考値）": "No ceiling for this project type (for reference)",
};

export function SummaryCard({ figures, sheets = [] }: { figures: readonly SummaryFigure[]; sheets?: readonly string[] }) {
  const { t, lang } = useI18n();
  const s = useStyles();
  if (figures.length === 0) return null;
  const noteOf = (f: SummaryFigure): { text: string; ja: boolean } | null => {
    if (!f.note) return null;
    if (lang === "ja") return { text: f.note, ja: true };
    if (NOTE_EN[f.note]) return { text: NOTE_EN[f.note], ja: false };
    const m = displayFindingMessage(f.ruleId ?? "", f.note, "en");
    return m.translated ? { text: m.text, ja: false } : { text: f.note, ja: true };
  };
  return (
    <Card className={s.card} size="small" data-testid="summary">
      <h2 className={s.title}>{t.figuresHeading}</h2>
      {groupSummary(figures, sheets).map((g, i) => (
        <section key={`${g.sheet ?? ""}-${i}`} aria-label={g.sheet ?? t.figuresHeading}>
          {g.sheet && <h3 className={s.sheet}>{g.sheet}</h3>}
          <dl className={s.list}>
            {g.figures.map((f) => {
              const note = noteOf(f);
              return (
                <div key={f.id} className={s.pair}>
                  <dt className={s.label} lang={lang}>
                    {lang === "en" ? f.labelEn : f.label}
                  </dt>
                  <dd className={s.value}>{lang === "en" && typeof f.value === "string" ? formatFigure({ ...f, value: termEn(f.value) }, lang) : formatFigure(f, lang)}</dd>
                  {note && (
                    <dd className={s.note} lang={note.ja ? "ja" : lang}>
                      <Caption1>{note.text}</Caption1>
                    </dd>
                  )}
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </Card>
  );
}
