/**
 * 改善提案 for a whole workbook: finds the 経費内訳 and 電力調達計画 tables as the validation does
 * (detectWorkbook, the same facts and options) and asks the program advisors. Reads only; never writes.
 */
import { parseProjectType } from "../programs/dc-zero/projectType";
import type { DcProjectType } from "../programs/dc-zero";
import { parseCompanySize, parseInvestmentType } from "../programs/gx-regional/aliases";
import type { PowerPlanFacts } from "../programs/gx-regional";
import type { Result } from "../lib/result";
import { detectWorkbook } from "../sheets/detect";
import type { FactKey } from "../sheets/factCatalog";
import { FactResolver } from "../sheets/factResolver";
import { prefectureOf } from "../sheets/evaluateGx";
import type { ValidationOptions } from "../sheets/report";
import { SHEET_KINDS } from "../sheets/sheetRules";
import type { WorkbookGrid } from "../sheets/types";
import { adviseDcExpenses } from "./dcZero";
import { adviseGxPlan } from "./gxRegional";
import { rankSuggestions, type Suggestion } from "./types";

export interface AdviceReport {
  readonly suggestions: readonly Suggestion[];
  /** Tables the advisor read ("経費内訳（別紙2）: 別紙2"), in workbook order. */
  readonly read: readonly string[];
  /** Why a table gave no suggestion (e.g. 事業区分 not stated), Japanese. */
  readonly notes: readonly string[];
}

function value<T>(r: Result<T>): T | null {
  return r.ok ? r.value : null;
}

/**
 * 改善提案 of every 経費内訳 and 電力調達計画 in the workbook (or those of `options.program`).
 * @example adviseWorkbook({ sheets: [] }).suggestions // []
 */
export function adviseWorkbook(wb: WorkbookGrid, options: Pick<ValidationOptions, "program" | "facts"> = {}): AdviceReport {
  const det = detectWorkbook(wb);
  const facts = new FactResolver(det, options.facts);
  const suggestions: Suggestion[] = [];
  const read: string[] = [];
  const notes: string[] = [];
  const wants = (program: "dc-zero" | "gx-regional"): boolean => options.program === undefined || options.program === program;

  if (wants("dc-zero")) {
    const indicatorSheets = det.indicators.map((b) => b.sheet);
    for (const p of det.expenses) {
      const sheet = p.table.sheet.name;
      const kind = SHEET_KINDS["dc-expenses"];
      read.push(`${kind.title}: ${sheet}`);
      const fact = facts.get("事業区分", [sheet, ...indicatorSheets], kind.formCitation);
      const type: DcProjectType | null = fact.value === null ? null : value(parseProjectType(fact.value));
      if (type === null) {
        notes.push(`${sheet}: 事業区分（新設・改修・移設・コンテナ）が読めないため、補助金額の改善提案を計算していません（--type で指定できます）。`);
        continue;
      }
      suggestions.push(...adviseDcExpenses({ projectType: type, lines: p.lines, declared: p.declared }, { sheet }));
    }
  }
  if (wants("gx-regional")) {
    for (const p of det.powerPlans) {
      const sheet = p.table.sheet.name;
      const kind = SHEET_KINDS["gx-power-plan"];
      read.push(`${kind.title}: ${sheet}`);
      const get = (key: FactKey): string | number | boolean | null => facts.get(key, [sheet], kind.formCitation).value;
      const num = (key: FactKey): number | null => {
        const v = get(key);
        return typeof v === "number" ? v : null;
      };
      const bool = (key: FactKey): boolean | null => {
        const v = get(key);
        return typeof v === "boolean" ? v : null;
      };
      const text = (key: FactKey): string | null => {
        const v = get(key);
        return v === null ? null : String(v);
      };
      const type = text("投資類型");
      const size = text("企業規模");
      const site = text("事業実施場所");
      const planFacts: PowerPlanFacts = {
        investmentType: type === null ? null : value(parseInvestmentType(type)),
        companySize: size === null ? null : value(parseCompanySize(size)),
        sitePrefecture: site === null ? null : prefectureOf(site),
        annualUseKWh: num("年間使用電力量"),
        eligibleCostYen: num("補助対象経費"),
        supplyRegion: bool("脱炭素電力供給地域"),
        remoteContribution: bool("立地要件②"),
      };
      if (planFacts.investmentType === null) notes.push(`${sheet}: 投資類型（製造 / DC）が読めないため、支援区分の改善提案を計算していません。`);
      suggestions.push(...adviseGxPlan(p.lines, planFacts, { sheet }));
    }
  }
  return { suggestions: rankSuggestions(suggestions), read, notes };
}
