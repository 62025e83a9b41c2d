/**
 * gx-regional 電力調達計画 through evaluatePowerPlan: lines from the table, facts from the facts
 * block (or options); issues mapped to cells; tier, rate, cap and subsidy with the tier's reason.
 */
import { checklistContextOf } from "../programs/gx-regional/checklistContext";
import { evaluatePowerPlan } from "../programs/gx-regional";
import { parseCompanySize, parseInvestmentType } from "../programs/gx-regional/aliases";
import { PREFECTURES } from "../programs/gx-regional/prefectures";
import type { PowerPlanEvaluation, PowerPlanFactField, PowerPlanFacts, ProcurementField } from "../programs/gx-regional/powerPlanTypes";
import { normalizeLabel } from "../lib/normalize";
import type { Result } from "../lib/result";
import type { KindResult } from "./evaluateDc";
import type { FactKey } from "./factCatalog";
import { factCell, factUnreadable, type FactResolver } from "./factResolver";
import { anchorOf, lineCell, toFinding, type CellRef } from "./issueMapping";
import type { ParsedPowerPlan } from "./powerPlanSheet";
import type { SummaryFigure } from "./report";
import { SHEET_KINDS } from "./sheetRules";
import type { Finding } from "./types";

const KIND = SHEET_KINDS["gx-power-plan"];

/** The fact label behind each PowerPlanFacts field. */
const FACT_OF: Readonly<Record<PowerPlanFactField, FactKey>> = {
  investmentType: "投資類型",
  companySize: "企業規模",
  sitePrefecture: "事業実施場所",
  annualUseKWh: "年間使用電力量",
  eligibleCostYen: "補助対象経費",
  supplyRegion: "脱炭素電力供給地域",
  remoteContribution: "立地要件②",
};

const PROCUREMENT_FIELDS: readonly string[] = ["sourceType", "state", "procurement", "prefecture", "annualKWh", "contractYears", "menuKind", "justifiedException"];

export function evaluatePowerPlanSheet(p: ParsedPowerPlan, facts: FactResolver, multi: boolean): KindResult {
  const source = KIND.formCitation;
  const anchor = anchorOf(p.table);
  const preferred = [p.table.sheet.name];
  const findings: Finding[] = [...p.findings];
  const where = new Map<PowerPlanFactField, CellRef>();
  const read = <T>(field: PowerPlanFactField, convert: (v: string | number | boolean) => Result<T> | T): T | null => {
    const f = facts.get(FACT_OF[field], preferred, source);
    findings.push(...f.findings);
    where.set(field, factCell(f, anchor));
    // A fact stated nowhere: the evaluator says which checks it could not run (info).
    if (f.value === null) return null;
    const r = convert(f.value);
    if (isResult(r)) {
      if (r.ok) return r.value;
      findings.push(factUnreadable(f, anchor, r.error.message, source));
      return null;
    }
    return r;
  };

  const planFacts: PowerPlanFacts = {
    investmentType: read("investmentType", parseInvestmentType),
    companySize: read("companySize", parseCompanySize),
    sitePrefecture: read("sitePrefecture", (v) => prefectureOf(String(v))),
    annualUseKWh: read("annualUseKWh", (v) => v as number),
    eligibleCostYen: read("eligibleCostYen", (v) => v as number),
    supplyRegion: read("supplyRegion", (v) => v as boolean),
    remoteContribution: read("remoteContribution", (v) => v as boolean),
  };

  const evaluation = evaluatePowerPlan(p.lines, planFacts);
  for (const issue of evaluation.issues) {
    const field = issue.field;
    const at =
      field !== null && !PROCUREMENT_FIELDS.includes(field)
        ? (where.get(field as PowerPlanFactField) ?? anchor)
        : lineCell<ProcurementField>(p.table, issue.row, field as ProcurementField | null);
    findings.push(toFinding(issue, at));
  }
  return {
    findings,
    summary: powerFigures(evaluation, multi ? `${p.table.sheet.name}: ` : "", multi ? `gx.${p.table.sheet.name}.` : "gx."),
    checksRun: evaluation.checksRun,
    gxChecklistContext: checklistContextOf(p.lines, evaluation),
  };
}

function isResult<T>(r: Result<T> | T): r is Result<T> {
  return typeof r === "object" && r !== null && "ok" in r && typeof (r as { ok: unknown }).ok === "boolean";
}

/** "北海道石狩市" → "北海道"; text without a leading prefecture is passed as typed. */
export function prefectureOf(text: string): string {
  const n = normalizeLabel(text);
  return PREFECTURES.find((p) => n.startsWith(p)) ?? text.trim();
}

function powerFigures(e: PowerPlanEvaluation, prefix: string, idp: string): SummaryFigure[] {
  const tier = e.tier === null ? null : e.tier === "対象外" ? "対象外" : `No${e.tier}`;
  return [
    { id: `${idp}power1`, label: `${prefix}電力要件①（全量脱炭素）`, labelEn: `${prefix}Power requirement 1 (100% decarbonised)`, value: e.power1, unit: "", ruleId: "GX-PWR-01" },
    { id: `${idp}power2`, label: `${prefix}電力要件②（同一都道府県50%以上）`, labelEn: `${prefix}Power requirement 2 (≥ 50% from one prefecture)`, value: e.power2, unit: "", ruleId: "GX-PWR-02" },
    { id: `${idp}sourcePrefecture`, label: `${prefix}電源立地都道府県`, labelEn: `${prefix}Prefecture of the power sources`, value: e.sourcePrefecture, unit: "", ruleId: "GX-PWR-02" },
    { id: `${idp}tier`, label: `${prefix}支援区分`, labelEn: `${prefix}Support tier`, value: tier, unit: "", ruleId: "GX-MATRIX-01", note: e.tierReason },
    { id: `${idp}rate`, label: `${prefix}補助率`, labelEn: `${prefix}Subsidy rate`, value: e.rateText ?? e.rate, unit: "", ruleId: "GX-RATE-01" },
    { id: `${idp}capYen`, label: `${prefix}補助上限額`, labelEn: `${prefix}Subsidy cap`, value: e.capYen, unit: "円", ruleId: "GX-RATE-01" },
    { id: `${idp}subsidyYen`, label: `${prefix}補助金額`, labelEn: `${prefix}Subsidy`, value: e.subsidyYen, unit: "円", ruleId: "GX-RATE-02" },
    { id: `${idp}minimumInvestmentYen`, label: `${prefix}最低投資額`, labelEn: `${prefix}Minimum investment`, value: e.minimumInvestmentYen, unit: "円", ruleId: "GX-MININV-01" },
  ];
}
