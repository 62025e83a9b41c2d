/**
 * 改善提案: what would raise the subsidy of the validated workbook, ranked by gain, each with its figures,
 * formula, rule ids and citations (src/rules/advisor). Read-only: the panel never writes to the workbook;
 * the user changes the sheet and re-validates. Its strings (ja/en) live here.
 */
import { Badge, Caption1, Card, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { adviseWorkbook, type AdviceReport, type Suggestion } from "../../rules/advisor";
import { readableCitation } from "../../rules/sources";
import type { WorkbookGrid } from "../../rules/sheets/types";
import { formatNumber, formatYen } from "../format";
import { useI18n, type Lang } from "../i18n";
import { PROGRAM_TYPES, type TaskpaneProgram } from "../state/programs";

const TEXT = {
  ja: {
    title: "改善提案",
    intro: "規則の範囲で補助金額が増える変更です（増加額の大きい順）。ブックは変更しません。採用するときはシートを修正して再検証してください。",
    none: "補助金額が増える変更は見つかりませんでした。",
    gain: "増加額",
    noGain: "増減なし",
    unknownGain: "増加額は計算できません",
    tier: "支援区分",
    rate: "補助率",
    cap: "上限",
    subsidy: "補助金額",
    details: "計算と根拠",
    formula: "計算",
    inputs: "入力",
    uncertain: "要確認",
    uncertainHint: "確定していない読み方に基づきます",
    sheet: "シート",
  },
  en: {
    title: "Suggestions to raise the subsidy",
    intro: "Changes the rules allow that raise the subsidy, largest gain first. The workbook is not changed: edit the sheet yourself and validate again.",
    none: "No change that raises the subsidy was found.",
    gain: "Gain",
    noGain: "No change in amount",
    unknownGain: "Gain cannot be computed",
    tier: "Support tier",
    rate: "Rate",
    cap: "Cap",
    subsidy: "Subsidy",
    details: "Calculation and sources",
    formula: "Formula",
    inputs: "Inputs",
    uncertain: "To confirm",
    uncertainHint: "Depends on a reading that is not final",
    sheet: "Sheet",
  },
} as const;

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  head: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  change: { margin: 0, overflowWrap: "anywhere" },
  figures: { margin: 0, display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  details: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  sub: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The advisor over the workbook read at the last validation, with the type the user picked (as the validation). */
export function adviseTaskpane(workbook: WorkbookGrid, program: TaskpaneProgram, type: string): AdviceReport | null {
  if (program !== "dc-zero" && program !== "gx-regional") return null;
  const factLabel = PROGRAM_TYPES[program].factLabel;
  return adviseWorkbook(workbook, { program, ...(type && factLabel ? { facts: { [factLabel]: type } } : {}) });
}

const yenOrDash = (n: number | null, lang: Lang): string => (n === null ? "—" : formatYen(n, lang));
const change = (a: string, b: string): string => (a === b ? a : `${a} → ${b}`);

function GainBadge({ s }: { s: Suggestion }) {
  const { lang } = useI18n();
  const x = TEXT[lang];
  if (s.gain === null) return <Badge appearance="outline" color="informative">{x.unknownGain}</Badge>;
  if (s.gain === 0) return <Badge appearance="outline" color="informative">{x.noGain}</Badge>;
  return (
    <Badge appearance="filled" color="success">
      {x.gain} +{formatYen(s.gain, lang)}
    </Badge>
  );
}

function SuggestionItem({ s }: { s: Suggestion }) {
  const { lang } = useI18n();
  const x = TEXT[lang];
  const st = useStyles();
  const inputs = Object.entries(s.inputs).filter(([, v]) => v !== null);
  return (
    <li className={st.item} data-testid="advice-item">
      <div className={st.head}>
        <GainBadge s={s} />
        <Badge appearance="tint">{s.ruleId}</Badge>
        {s.uncertain.length > 0 && (
          <Badge appearance="tint" color="warning" title={x.uncertainHint}>
            {x.uncertain}
          </Badge>
        )}
        {s.sheet && (
          <Caption1 className={st.muted}>
            {x.sheet}: {s.sheet}
          </Caption1>
        )}
      </div>
      <p className={st.change} lang="ja">
        {s.change}
      </p>
      <dl className={st.figures}>
        {(s.before.tier !== null || s.after.tier !== null) && (
          <>
            <dt>{x.tier}</dt>
            <dd className={st.value}>{change(s.before.tier ?? "—", s.after.tier ?? "—")}</dd>
          </>
        )}
        {s.before.rate !== null && (
          <>
            <dt>{x.rate}</dt>
            <dd className={st.value}>{change(s.before.rate, s.after.rate ?? "—")}</dd>
          </>
        )}
        {s.before.capYen !== null && (
          <>
            <dt>{x.cap}</dt>
            <dd className={st.value}>{change(yenOrDash(s.before.capYen, lang), yenOrDash(s.after.capYen, lang))}</dd>
          </>
        )}
        <dt>{x.subsidy}</dt>
        <dd className={st.value} data-testid="advice-subsidy">
          {change(yenOrDash(s.subsidyBefore, lang), yenOrDash(s.subsidyAfter, lang))}
        </dd>
      </dl>
      <details className={st.details}>
        <summary>{x.details}</summary>
        <p lang="ja">
          {x.formula}: {s.formula}
        </p>
        {inputs.length > 0 && (
          <p lang="ja">
            {x.inputs}: {inputs.map(([k, v]) => `${k} = ${typeof v === "number" && !k.includes("年度") ? formatNumber(v, lang) : String(v)}`).join("、")}
          </p>
        )}
        <ul className={st.sub} lang="ja">
          {s.notes.map((n, i) => (
            <li key={`n${i}`}>{n}</li>
          ))}
          {s.uncertain.map((u, i) => (
            <li key={`u${i}`}>
              {x.uncertain}: {u}
            </li>
          ))}
        </ul>
        <ul className={st.sub} lang="ja">
          {s.ruleIds.map((r, i) => (
            <li key={r}>
              [{r}] {readableCitation(s.citations[i] ?? "")}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

export interface AdvicePanelProps {
  /** The workbook as read at the last validation; null before the first one. */
  workbook: WorkbookGrid | null;
  program: TaskpaneProgram;
  /** The type the user picked in the header ("" = as the workbook states it). */
  type: string;
}

export function AdvicePanel({ workbook, program, type }: AdvicePanelProps) {
  const { lang } = useI18n();
  const x = TEXT[lang];
  const st = useStyles();
  const report = useMemo(() => (workbook ? adviseTaskpane(workbook, program, type) : null), [workbook, program, type]);
  if (report === null || report.read.length === 0) return null;
  return (
    <Card className={st.card} size="small" data-testid="advice">
      <h3 className={st.title}>{x.title}</h3>
      <Caption1 className={st.muted}>{x.intro}</Caption1>
      {report.notes.map((n) => (
        <Caption1 key={n} lang="ja">
          {n}
        </Caption1>
      ))}
      {report.suggestions.length === 0 ? (
        <Caption1>{x.none}</Caption1>
      ) : (
        <ol className={st.list}>
          {report.suggestions.map((s) => (
            <SuggestionItem key={s.id} s={s} />
          ))}
        </ol>
      )}
    </Card>
  );
}
