/**
 * 業務用建築物の脱炭素改修 (SEED-002 #7): eligibility after the retrofit — BPI ≤ 1.0, primary energy
 * cut ≥ 30% / ≥ 40% by use, BEMS, and (令和7年度 (1)) continuing cases only.
 */
import { Fraction } from "../../lib/fraction";
import { matchAlias } from "../../lib/normalize";
import { cite } from "../../lib/param";
import { all, fail, ineligible, ok, type Ineligible, type Result } from "../../lib/result";
import { parseFlag, parseShare, pickEdition, type S002Eligibility, type S002Options } from "./common";
import { BUILDING_EDITIONS, type BuildingParams, type BuildingUseClass } from "./buildingParams";

export const BUILDING_USE_ALIASES: Record<BuildingUseClass, readonly string[]> = {
  hotelEtc: ["ホテル・病院・百貨店・飲食店等", "ホテル", "病院", "百貨店", "飲食店", "30%"],
  officeEtc: ["事務所・学校等", "事務所", "学校", "オフィス", "40%"],
};

export interface BuildingRetrofitInput {
  /** 用途: ホテル / 病院 / 百貨店 / 飲食店 (30%) or 事務所 / 学校 (40%), or the class names. */
  readonly use: unknown;
  /** 改修後の外皮性能 BPI (> 0). */
  readonly bpi: unknown;
  /** 一次エネルギー消費量の省エネ基準からの削減率, as a fraction (0.4 = 40%). */
  readonly primaryEnergyCut: unknown;
  /** BEMS によるエネルギー管理を行う. */
  readonly bems: unknown;
  /** 令和5年度以前に採択された継続案件か (matters only for (1) where the edition is 継続案件のみ). */
  readonly continuingCase?: unknown;
  /**
   * Which measure of the program: "acceleration" (1) 脱炭素改修加速化支援事業 (default) or "advancedModel"
   * (2) 脱炭素改修先進モデル導入事業 (令和7年度 onward; the 主な要件 and 継続案件のみ are stated for (1) only).
   */
  readonly track?: BuildingTrack;
}

export type BuildingTrack = "acceleration" | "advancedModel";

/**
 * Eligibility of a commercial-building retrofit (S002-BLDG-01 … -03, -05). Failed conditions are reasons (対象外 is a value).
 * @example buildingRetrofitEligibility({ use: "事務所", bpi: 1.0, primaryEnergyCut: 0.4, bems: true }, { date: "2024-12-01" }) // ok, eligible
 */
export function buildingRetrofitEligibility(input: BuildingRetrofitInput, options?: S002Options): Result<S002Eligibility> {
  const parsed = all(
    pickEdition(BUILDING_EDITIONS, options),
    matchAlias(input.use, BUILDING_USE_ALIASES, "用途"),
    parseBpi(input.bpi),
    parseShare(input.primaryEnergyCut, "一次エネルギー削減率", "S002-BLDG-02"),
    parseFlag(input.bems, "BEMS"),
  );
  if (!parsed.ok) return parsed;
  const [edition, use, bpi, cut, bems] = parsed.value;
  const p = edition.params;
  if ((input.track ?? "acceleration") === "advancedModel") return advancedModel(edition.id, p);
  const reasons: Ineligible[] = [];
  const checksRun = [p.maxBpi.ruleId, p.minPrimaryEnergyCut.ruleId, p.bems.ruleId];
  const notes = [...(p.minPrimaryEnergyCut.notes ?? []), ...(p.bems.notes ?? [])];

  if (Fraction.fromDecimal(bpi).gt(Fraction.fromDecimal(p.maxBpi.value))) {
    reasons.push(ineligible(`改修後の BPI ${bpi} が要件（${p.maxBpi.value.toFixed(1)} 以下）を満たしません。（S002-BLDG-01）`, p.maxBpi.ruleId));
  }
  const minCut = p.minPrimaryEnergyCut.value[use];
  if (Fraction.fromDecimal(cut).lt(Fraction.parse(minCut))) {
    const useJa = BUILDING_USE_ALIASES[use][0];
    reasons.push(ineligible(`一次エネルギー消費量の削減率 ${(cut * 100).toLocaleString("ja-JP", { maximumFractionDigits: 2 })}% が要件（${useJa}: ${minCut}以上）に届きません。（S002-BLDG-02）`, p.minPrimaryEnergyCut.ruleId));
  }
  if (!bems) reasons.push(ineligible("BEMS によるエネルギー管理を行う必要があります。（S002-BLDG-03）", p.bems.ruleId));

  if (p.continuingOnly !== null) {
    checksRun.push(p.continuingOnly.ruleId);
    if (input.continuingCase === null || input.continuingCase === undefined) {
      notes.push("この版（令和7年度 (1)）は継続案件のみが対象。継続案件かどうかが未入力のため判定していません。");
    } else {
      const continuing = parseFlag(input.continuingCase, "継続案件");
      if (!continuing.ok) return continuing;
      if (!continuing.value) reasons.push(ineligible("令和7年度 (1) 業務用建築物の脱炭素改修加速化支援事業は継続案件のみが対象です。（S002-BLDG-05）", p.continuingOnly.ruleId));
    }
  }
  return ok({ eligible: reasons.length === 0, reasons, checksRun, notes, editionId: edition.id });
}

/**
 * (2) 先進モデル導入事業: the seed states its purpose, equipment and rates (改修 1/2–1/3, モデル実証 2/3) but no
 * 主な要件, and 継続案件のみ is written for (1) only — so no requirement of (1) is applied to it.
 */
function advancedModel(editionId: string, p: BuildingParams): Result<S002Eligibility> {
  const rate = p.rateRange;
  if (rate.value.modelDemonstration === null) {
    return fail("NOT_APPLICABLE", `この版（${editionId}）には（２）業務用建築物の脱炭素改修先進モデル導入事業がありません（令和7年度から, ${cite(rate)}）。`, {
      ruleId: rate.ruleId,
      path: "事業",
    });
  }
  return ok({
    eligible: true,
    reasons: [],
    checksRun: [],
    notes: [
      `（２）先進モデル導入事業の主な要件は資料に記載がないため、（１）の要件（BPI・一次エネルギー削減率・BEMS・継続案件のみ）は適用していません。補助率: 脱炭素改修 ${rate.value.lowest}～${rate.value.highest}、モデル実証 ${rate.value.modelDemonstration}（${rate.ruleId}）。公募要領で要件を確認してください。`,
    ],
    editionId,
  });
}

/** Rate range of the 定額 (S002-BLDG-04): the amounts themselves are not in the text. */
export function buildingRetrofitRateRange(options?: S002Options): Result<{
  readonly lowest: Fraction;
  readonly highest: Fraction;
  readonly modelDemonstration: Fraction | null;
  readonly ruleId: string;
  readonly citation: string;
  readonly editionId: string;
}> {
  const e = pickEdition(BUILDING_EDITIONS, options);
  if (!e.ok) return e;
  const p = e.value.params.rateRange;
  const v = p.value;
  return ok({
    lowest: Fraction.parse(v.lowest),
    highest: Fraction.parse(v.highest),
    modelDemonstration: v.modelDemonstration === null ? null : Fraction.parse(v.modelDemonstration),
    ruleId: p.ruleId,
    citation: cite(p),
    editionId: e.value.id,
  });
}

function parseBpi(input: unknown): Result<number> {
  if (typeof input !== "number" || !Number.isFinite(input)) return fail("INVALID_INPUT", "BPI は数値で入力してください。", { path: "BPI", ruleId: "S002-BLDG-01" });
  if (input <= 0) return fail("OUT_OF_DOMAIN", `BPI（${input}）は正の数で入力してください。`, { path: "BPI", ruleId: "S002-BLDG-01" });
  return ok(input);
}
