/**
 * How the 検証 tab presents a report (pure, no React): findings grouped by sheet and severity, the
 * message in the UI language from the catalogue, knock-on findings (a 合計 that disagrees because a line
 * above is wrong) tied to their causes, citations by document name, and summary figures grouped by sheet
 * without the repeated "電力調達計画:" prefix.
 */
import { displayFindingMessage } from "../rules/messages/findingMessages";
import { SEVERITY_RANK, type SummaryFigure } from "../rules/sheets/report";
import { fromA1, type Finding, type Severity } from "../rules/sheets/types";
import { SOURCES, readableCitation, type SourceId } from "../rules/sources";
import type { Lang } from "./i18n";

export interface FindingView {
  readonly finding: Finding;
  /** Stable key: sheet!cell, rule, position in the report. */
  readonly key: string;
  readonly text: string;
  /** False: the message is the rules' Japanese (no catalogue entry yet); the UI says so. */
  readonly translated: boolean;
  /** Knock-on finding: the cells of the findings above it on the same sheet that it may follow from. */
  readonly causes: readonly string[] | null;
  /** SHEET-* findings are about reading the sheet, not a requirement of the documents. */
  readonly reading: boolean;
  /** Citation as users read it ("" for reading findings). */
  readonly citation: string;
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly items: readonly FindingView[];
}

export interface SheetGroup {
  readonly sheet: string;
  readonly count: number;
  readonly bySeverity: readonly SeverityGroup[];
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const isReading = (f: Finding): boolean => f.ruleId.startsWith("SHEET-");
const rowOf = (cell: string): number => fromA1(cell)?.row ?? -1;

/** English names of the source documents (the Japanese official name stays in the Japanese UI). */
const SOURCE_EN: Readonly<Record<SourceId, string>> = {
  "gx-overview-2026-v1.1": "GX regional co-creation subsidy 2026, briefing material v1.1",
  "dc-zero-r6-koubo": "DC zero-emission and resilience programme, call for applications (16 Apr 2024)",
  "dctech-r8-youryou": "Environmental technology development and demonstration programme, implementation guidelines (7 Apr 2026)",
  "meti-cloud-report": "Cloud programme supply plan, research report (third-party)",
  "gx-budget-seminar-2025": "GX budget, GX Future Seminar material (Jan 2025)",
};

/** Section names with an English label. */
const SECTION_EN: readonly [RegExp, string][] = [
  [/補助対象経費/g, "eligible costs"],
  [/〈補助対象外の例〉/g, "(examples of ineligible costs)"],
  [/別表第1/g, "Appended Table 1"],
  [/\(事務費\)/g, "(admin cost)"],
  [/審査項目/g, "review items"],
  [/補助対象設備/g, "eligible equipment"],
  [/\(蓄電池\)/g, "(batteries)"],
  [/補助金の交付額/g, "amount of the grant"],
  [/データセンター新設支援事業/g, "new data centre support"],
  [/電源の契約期間/g, "contract period of the power sources"],
  [/補助対象事業の要件/g, "requirements of eligible projects"],
  [/\(電力要件\)/g, "(power requirements)"],
  [/支援強度（補助率・補助上限額）/g, "support level (rate and cap)"],
  [/【参考】電力要件・立地要件の組合せと支援強度/g, "(reference) combinations of power and location requirements and support level"],
  [/【補足】脱炭素要件について、補助対象外となるケース/g, "(note) decarbonisation requirement: excluded cases"],
  [/立地要件 \(II\. データセンター設備投資型\) 注意事項/g, "location requirements (II. DC capital investment), notes"],
  // Longer names before the shorter ones they contain.
  [/【応募申請書類】【参考資料】/g, "[application documents] [reference material]"],
  [/応募申請書類/g, "application documents"],
  [/補助事業の応募者/g, "applicants"],
  [/共同実施/g, "joint implementation"],
  [/対象事業の基本的要件/g, "basic requirements of eligible projects"],
  [/事業の開始について/g, "start of the project"],
  [/認定の取得予定がない場合は、以下を実施すること/g, "without planned certification, do the following"],
  [/補助対象者の要件について/g, "requirements of applicants"],
  [/脱炭素電源と取り扱う電源種等/g, "source types treated as decarbonised"],
  [/コミットメントの提出、フォローアップへの対応/g, "submitting commitments, follow-up"],
  [/データセンター設備投資型/g, "DC capital investment"],
  [/本事業のスケジュール/g, "programme schedule"],
  [/補助金の申請/g, "applying for the subsidy"],
  [/既設電源を活用する場合/g, "using existing sources"],
  [/脱炭素電力供給地域/g, "decarbonised-power supply region"],
  [/支援事業者/g, "supported companies"],
  [/申請主体/g, "applicant"],
  [/申請単位/g, "unit of application"],
  [/電力要件/g, "power requirements"],
  [/太陽光発電/g, "solar"],
];

/** A citation in the UI language: the document's name instead of the internal source file. */
export function citationText(source: string, lang: Lang): string {
  if (lang === "ja") return readableCitation(source);
  for (const id of Object.keys(SOURCES) as SourceId[]) {
    const seed = SOURCES[id].seed;
    const en = SOURCE_EN[id];
    if (!en || !source.includes(seed)) continue;
    let locator = source.split(seed).join("").replace(/^\s*§\s*/, "");
    for (const [re, label] of SECTION_EN) locator = locator.replace(re, label);
    return locator ? `${en} § ${locator}` : en;
  }
  return readableCitation(source);
}

/** The report's findings as the 検証 tab shows them, in report order. */
export function viewFindings(findings: readonly Finding[], lang: Lang): FindingView[] {
  const messages = findings.map((f) => displayFindingMessage(f.ruleId, f.message, lang));
  return findings.map((f, i) => {
    const m = messages[i];
    let causes: string[] | null = null;
    if (m.knockOn) {
      // Its causes: errors on the same sheet, above it, that are not knock-ons themselves.
      causes = findings
        .filter((g, j) => j !== i && g.sheet === f.sheet && g.cell && g.severity === "error" && !messages[j].knockOn && !isReading(g) && rowOf(g.cell) < rowOf(f.cell))
        .map((g) => g.cell);
      if (causes.length === 0) causes = null;
    }
    return {
      finding: f,
      key: `${f.sheet}!${f.cell}|${f.ruleId}|${i}`,
      text: m.text,
      translated: m.translated,
      causes,
      reading: isReading(f),
      citation: isReading(f) ? "" : citationText(f.source, lang),
    };
  });
}

/** Sheets in first-seen order; within a sheet errors, warnings, info; within a severity causes before knock-ons. */
export function groupFindings(views: readonly FindingView[]): SheetGroup[] {
  const sheets = new Map<string, FindingView[]>();
  for (const v of views) sheets.set(v.finding.sheet, [...(sheets.get(v.finding.sheet) ?? []), v]);
  return [...sheets.entries()].map(([sheet, vs]) => ({
    sheet,
    count: vs.length,
    bySeverity: SEVERITIES.map((severity) => ({
      severity,
      items: vs.filter((v) => v.finding.severity === severity).sort((a, b) => Number(a.causes !== null) - Number(b.causes !== null)),
    })).filter((g) => g.items.length > 0),
  }));
}

/** Findings in display order (the order 前へ / 次へ step through). */
export const displayOrder = (groups: readonly SheetGroup[]): FindingView[] => groups.flatMap((g) => g.bySeverity.flatMap((s) => s.items));

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

export const bySeverityRank = (a: Finding, b: Finding): number => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];

/** Summary figures grouped by the sheet their label names ("電力調達計画: 補助金額"), the prefix removed. */
export function groupSummary(figures: readonly SummaryFigure[], sheets: readonly string[]): { sheet: string | null; figures: SummaryFigure[] }[] {
  const groups: { sheet: string | null; figures: SummaryFigure[] }[] = [];
  // Longest names first: "電力調達計画（東京案）" before "電力調達計画".
  const names = [...sheets].sort((a, b) => b.length - a.length);
  for (const f of figures) {
    const sheet = names.find((n) => f.label.startsWith(`${n}: `)) ?? null;
    const strip = (s: string): string => (sheet && s.startsWith(`${sheet}: `) ? s.slice(sheet.length + 2) : s);
    const figure: SummaryFigure = { ...f, label: strip(f.label), labelEn: strip(f.labelEn) };
    const last = groups[groups.length - 1];
    if (last && last.sheet === sheet) last.figures.push(figure);
    else groups.push({ sheet, figures: [figure] });
  }
  return groups;
}

/** The headline subsidy figure: the total when there is one, else the only / first 補助金額. */
export function headlineSubsidy(figures: readonly SummaryFigure[]): SummaryFigure[] {
  const total = figures.filter((f) => /subsidyTotalYen$/.test(f.id));
  if (total.length > 0) return total;
  return figures.filter((f) => /subsidyYen$/.test(f.id));
}
