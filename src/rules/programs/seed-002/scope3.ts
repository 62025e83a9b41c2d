/**
 * Scope3 企業間連携 省CO2設備投資 (SEED-002 #29): rate by size and the GX率先実行宣言 + 3,000 t
 * condition, cap per company, and the eligibility conditions (≥ 30% saving, ≥ 2 partners,
 * declaration, agreement, ≤ 3 years).
 */
import { Fraction } from "../../lib/fraction";
import { cite } from "../../lib/param";
import { all, fail, ineligible, ok, type Ineligible, type Result } from "../../lib/result";
import { parseFlag, parseNonNegative, parseSize, pickEdition, tagRule, type S002Eligibility, type S002Options, type S002Rate } from "./common";
import { SCOPE3_EDITIONS } from "./scope3Params";

export interface Scope3RateInput {
  /** 企業規模: 中小企業 / 大企業. */
  readonly size: unknown;
  /** 「GX率先実行宣言」を行っている (user-declared). */
  readonly gxDeclaration?: unknown;
  /** 対策による CO2 削減量 t-CO2/年, on the basis the user reads the text (own vs project, see notes). Needed only for a declared 大企業. */
  readonly annualReductionT?: unknown;
}

export interface Scope3EligibilityInput {
  /** 現在の設備の CO2 排出量 (t-CO2/年). */
  readonly baselineCo2T: unknown;
  /** 導入後の設備の CO2 排出量見込み (t-CO2/年). */
  readonly postCo2T: unknown;
  /** 本事業の合意を締結した連携企業の数. */
  readonly partnerCount: unknown;
  /** 代表企業が「GX率先実行宣言」を行っている. */
  readonly leadDeclared: unknown;
  /** 代表企業のScope3削減目標を踏まえ、連携企業の事業後CO2排出量について合意している. */
  readonly co2Agreement: unknown;
  /** 事業期間（年度数）. */
  readonly projectYears: unknown;
}

/**
 * Maximum 補助率 (S002-SCOPE3-01): 中小 1/2; 大企業 1/3, or 1/2 with the declaration AND ≥ 3,000 t-CO2/年.
 * @example scope3Rate({ size: "大企業", gxDeclaration: true, annualReductionT: 3000 }) // ok, rateText "1/2"
 */
export function scope3Rate(input: Scope3RateInput, options?: S002Options): Result<S002Rate> {
  const parsed = all(pickEdition(SCOPE3_EDITIONS, options), parseSize(input.size), parseFlag(input.gxDeclaration, "GX率先実行宣言"));
  if (!parsed.ok) return tagRule(parsed, "S002-SCOPE3-01");
  const [edition, size, declared] = parsed.value;
  const p = edition.params.rates;
  const t = p.value;
  const notes = [...(p.notes ?? [])];
  let rateText: string;
  if (size === "sme") rateText = t.sme;
  else if (!declared) rateText = t.large;
  else {
    if (input.annualReductionT === null || input.annualReductionT === undefined) {
      return fail("INVALID_INPUT", `GX率先実行宣言を行った大企業の補助率は CO2削減量（t-CO2/年）で決まります。削減量を入力してください（${t.raiseMinReductionT.toLocaleString("ja-JP")}t-CO2/年以上で ${t.largeRaised}）。（${p.ruleId}）`, { ruleId: p.ruleId, path: "CO2削減量" });
    }
    const reduction = parseNonNegative(input.annualReductionT, "CO2削減量", p.ruleId);
    if (!reduction.ok) return reduction;
    rateText = reduction.value >= t.raiseMinReductionT ? t.largeRaised : t.large;
    notes.push(`入力された削減量 ${reduction.value.toLocaleString("ja-JP")}t-CO2/年 で判定。`);
  }
  return ok({ rate: Fraction.parse(rateText), rateText, upTo: false, ruleId: p.ruleId, citation: cite(p), editionId: edition.id, notes });
}

/** 補助上限額 per company (S002-SCOPE3-02), in yen. */
export function scope3Cap(options?: S002Options): Result<{ readonly capYen: number; readonly ruleId: string; readonly citation: string; readonly editionId: string }> {
  const e = pickEdition(SCOPE3_EDITIONS, options);
  if (!e.ok) return e;
  const p = e.value.params.cap;
  return ok({ capYen: p.value, ruleId: p.ruleId, citation: cite(p), editionId: e.value.id });
}

/**
 * Eligibility of a Scope3 企業間連携 project (S002-SCOPE3-03 … -05). Every failed condition is a reason;
 * malformed input (negative tonnes, zero baseline, non-integer counts) is an error.
 * @example scope3Eligibility({ baselineCo2T: 100, postCo2T: 70, partnerCount: 2, leadDeclared: true, co2Agreement: true, projectYears: 3 }) // ok, eligible
 */
export function scope3Eligibility(input: Scope3EligibilityInput, options?: S002Options): Result<S002Eligibility> {
  const parsed = all(
    pickEdition(SCOPE3_EDITIONS, options),
    parseNonNegative(input.baselineCo2T, "現在の設備のCO2排出量", "S002-SCOPE3-03"),
    parseNonNegative(input.postCo2T, "導入後のCO2排出量", "S002-SCOPE3-03"),
    parseCount(input.partnerCount, "連携企業数", "S002-SCOPE3-04"),
    parseFlag(input.leadDeclared, "GX率先実行宣言"),
    parseFlag(input.co2Agreement, "連携企業のCO2排出量についての合意"),
    parseCount(input.projectYears, "事業期間（年度数）", "S002-SCOPE3-05"),
  );
  if (!parsed.ok) return parsed;
  const [edition, baseline, post, partners, declared, agreement, years] = parsed.value;
  const p = edition.params;
  if (baseline === 0) return fail("DIVISION_BY_ZERO", "現在の設備のCO2排出量が 0 のため省CO2効果（削減率）を計算できません。（S002-SCOPE3-03）", { ruleId: p.minCo2Saving.ruleId, path: "現在の設備のCO2排出量" });
  if (years === 0) return fail("OUT_OF_DOMAIN", "事業期間は 1 年度以上で入力してください。（S002-SCOPE3-05）", { ruleId: p.maxYears.ruleId, path: "事業期間（年度数）" });

  const reasons: Ineligible[] = [];
  const saving = Fraction.fromDecimal(baseline).sub(Fraction.fromDecimal(post)).div(Fraction.fromDecimal(baseline));
  const minSaving = Fraction.parse(p.minCo2Saving.value);
  if (saving.lt(minSaving)) {
    reasons.push(ineligible(`省CO2効果 ${pct(saving)} が要件（現在の設備に対して${p.minCo2Saving.value}以上）に届きません。（S002-SCOPE3-03）`, p.minCo2Saving.ruleId));
  }
  if (partners < p.partners.value) {
    reasons.push(ineligible(`連携企業が ${partners} 者です。代表企業は ${p.partners.value} 者以上の連携企業と合意を締結する必要があります。（S002-SCOPE3-04）`, p.partners.ruleId));
  }
  if (!declared) reasons.push(ineligible("代表企業が「GX率先実行宣言」を行っている必要があります。（S002-SCOPE3-04）", p.partners.ruleId));
  if (!agreement) {
    reasons.push(ineligible("代表企業のScope3削減目標を踏まえ、連携企業の事業後のCO2排出量について合意している必要があります。（S002-SCOPE3-04）", p.partners.ruleId));
  }
  if (years > p.maxYears.value) {
    reasons.push(ineligible(`事業期間 ${years} 年度は上限（最大${p.maxYears.value}カ年）を超えています。（S002-SCOPE3-05）`, p.maxYears.ruleId));
  }
  return ok({
    eligible: reasons.length === 0,
    reasons,
    checksRun: [p.minCo2Saving.ruleId, p.partners.ruleId, p.maxYears.ruleId],
    notes: [...(p.minCo2Saving.notes ?? []), ...(p.partners.notes ?? []), ...(p.maxYears.notes ?? [])],
    editionId: edition.id,
  });
}

function parseCount(input: unknown, what: string, ruleId: string): Result<number> {
  const n = parseNonNegative(input, what, ruleId);
  if (!n.ok) return n;
  return Number.isInteger(n.value) ? n : fail("INVALID_INPUT", `${what}（${n.value}）は整数で入力してください。`, { path: what, ruleId });
}

function pct(f: Fraction): string {
  return `${(f.toNumber() * 100).toLocaleString("ja-JP", { maximumFractionDigits: 2 })}%`;
}

export interface Scope3SubsidyInput extends Scope3RateInput {
  /** この事業者の補助対象経費 (yen): the cap applies per company (１事業者につき). */
  readonly eligibleCostYen: unknown;
}

/**
 * One company's 補助金額 = min(補助率 × 補助対象経費, 15億円) (S002-SCOPE3-01, -02); exact.
 * @example scope3Subsidy({ size: "中小企業", eligibleCostYen: 4_000_000_000 }) // ok, subsidyYen 1_500_000_000 (capped)
 */
export function scope3Subsidy(
  input: Scope3SubsidyInput,
  options?: S002Options,
): Result<{ readonly subsidyYen: number; readonly rate: S002Rate; readonly capYen: number; readonly capped: boolean }> {
  const parsed = all(scope3Rate(input, options), scope3Cap(options), parseNonNegative(input.eligibleCostYen, "補助対象経費", "S002-SCOPE3-02"));
  if (!parsed.ok) return parsed;
  const [rate, cap, cost] = parsed.value;
  const byRate = Fraction.fromDecimal(cost).mul(rate.rate);
  const capped = byRate.gt(Fraction.of(cap.capYen));
  return ok({ subsidyYen: capped ? cap.capYen : byRate.toNumber(), rate, capYen: cap.capYen, capped });
}
