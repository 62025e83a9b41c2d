/**
 * Eligible cost (and subsidy, where the report has it) per 区分 or per 年度 as plain SVG bars — no chart
 * library. Bars are drawn to one scale; the exact amounts are in each group's tooltip and the figure's label.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { BreakdownRow } from "../../rules/sheets/report";
import { formatYen } from "../format";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  figure: { margin: 0 },
  caption: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  svg: { width: "100%", height: "auto", display: "block" },
  eligible: { fill: tokens.colorBrandBackground },
  subsidy: { fill: tokens.colorPaletteTealForeground2 },
  label: { fill: tokens.colorNeutralForeground1, fontSize: "11px", fontFamily: tokens.fontFamilyBase },
  amount: { fill: tokens.colorNeutralForeground3, fontSize: "10px", fontFamily: tokens.fontFamilyBase },
  legend: { display: "flex", gap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: tokens.spacingHorizontalXXS, verticalAlign: "middle" },
  swatchEligible: { backgroundColor: tokens.colorBrandBackground },
  swatchSubsidy: { backgroundColor: tokens.colorPaletteTealForeground2 },
});

const WIDTH = 300;
const LABEL_W = 64;
const ROW_H = 30;
const BAR_H = 12;

export function CostChart({ rows: all, caption, testId = "cost-chart" }: { rows: readonly BreakdownRow[]; caption: string; testId?: string }) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const rows = all.filter((b) => b.eligibleYen > 0 || (b.subsidyYen ?? 0) > 0);
  if (rows.length === 0) return null;
  const labelOf = (r: BreakdownRow): string => (lang === "en" ? r.labelEn : r.label);
  const max = Math.max(...rows.map((r) => Math.max(r.eligibleYen, r.subsidyYen ?? 0)));
  const scale = (yen: number): number => (max > 0 ? (yen / max) * (WIDTH - LABEL_W - 4) : 0);
  const amounts = (r: BreakdownRow): string => `${t.eligible} ${formatYen(r.eligibleYen, lang)}${r.subsidyYen !== null ? ` / ${t.subsidy} ${formatYen(r.subsidyYen, lang)}` : ""}`;
  const description = rows.map((r) => `${labelOf(r)} ${amounts(r)}`).join(lang === "en" ? "; " : "、");
  return (
    <figure className={s.figure} data-testid={testId}>
      <figcaption className={s.caption}>{caption}</figcaption>
      <svg className={s.svg} viewBox={`0 0 ${WIDTH} ${rows.length * ROW_H}`} role="img" aria-label={`${caption}: ${description}`}>
        {rows.map((r, i) => {
          const y = i * ROW_H;
          return (
            <g key={r.label}>
              <title>{`${labelOf(r)}: ${amounts(r)}`}</title>
              <text className={s.label} x={0} y={y + BAR_H}>
                {labelOf(r)}
              </text>
              <rect className={s.eligible} x={LABEL_W} y={y + 2} width={scale(r.eligibleYen)} height={BAR_H} rx={2} />
              {r.subsidyYen !== null && <rect className={s.subsidy} x={LABEL_W} y={y + 2 + BAR_H / 3} width={scale(r.subsidyYen)} height={BAR_H / 3} />}
              <text className={s.amount} x={LABEL_W} y={y + BAR_H + 13}>
                {r.subsidyYen !== null ? `${formatYen(r.eligibleYen, lang)} / ${formatYen(r.subsidyYen, lang)}` : formatYen(r.eligibleYen, lang)}
              </text>
            </g>
          );
        })}
      </svg>
      <div className={s.legend} aria-hidden="true">
        <span>
          <span className={mergeClasses(s.swatch, s.swatchEligible)} />
          {t.eligible}
        </span>
        {rows.some((r) => r.subsidyYen !== null) && (
          <span>
            <span className={mergeClasses(s.swatch, s.swatchSubsidy)} />
            {t.subsidy}
          </span>
        )}
      </div>
    </figure>
  );
}
