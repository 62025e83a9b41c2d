/**
 * 省エネ補助金 (SEED-002 #3 / #22): maximum rate, cap and subsidy = min(rate × 補助対象経費, cap).
 * The date option picks the edition (令和6年度補正 / 令和7年度); default is the newest.
 */
import { Fraction } from "../../lib/fraction";
import { matchAlias } from "../../lib/normalize";
import { cite } from "../../lib/param";
import { all, fail, ok, type Result } from "../../lib/result";
import { tagRule, parseFlag, parseNonNegative, parseSize, pickEdition, type S002CompanySize, type S002Options, type S002Rate } from "./common";
import { SHOENE_EDITIONS, type ShoeneType, type SizeRates } from "./shoeneParams";

export const SHOENE_TYPE_ALIASES: Record<ShoeneType, readonly string[]> = {
  factory: ["工場・事業場型", "工場事業場型", "工場・事業場", "工場", "(1)", "1", "factory"],
  electrification: ["電化・脱炭素燃転型", "電化脱炭素燃転型", "電化・燃転型", "(2)", "2", "electrification"],
  ems: ["エネルギー需要最適化型", "需要最適化型", "EMS", "(3)", "3", "ems"],
};

const TYPE_JA: Record<ShoeneType, string> = { factory: "工場・事業場型", electrification: "電化・脱炭素燃転型", ems: "エネルギー需要最適化型" };

export interface ShoeneRateInput {
  /** 事業類型: 工場・事業場型 / 電化・脱炭素燃転型 / エネルギー需要最適化型 (or 1/2/3). */
  readonly type: unknown;
  /** 企業規模: 中小企業 / 大企業. */
  readonly size: unknown;
  /** 「一定の要件を満たす場合」— undefined in the text, so the user says whether it is met (工場・事業場型 only). */
  readonly meetsRequirement?: unknown;
  /** A multi-year project adopted in an earlier year (matters where the edition supports only those: 令和7年度). */
  readonly continuingCase?: unknown;
}

export interface ShoeneCapInput {
  readonly type: unknown;
  /** 非化石転換設備 (工場・事業場型 only): cap 20億円. */
  readonly nonFossil?: unknown;
  /** 電化 (電化・脱炭素燃転型 only): cap 5億円. */
  readonly electrification?: unknown;
}

export interface ShoeneSubsidyInput extends ShoeneRateInput, ShoeneCapInput {
  /** 補助対象経費 in yen. */
  readonly eligibleCostYen: unknown;
}

export interface ShoeneCap {
  readonly capYen: number;
  readonly ruleId: string;
  readonly citation: string;
  readonly editionId: string;
  readonly notes: readonly string[];
}

export interface ShoeneSubsidy {
  /** min(rate × cost, cap), exact (no rounding stated). */
  readonly subsidyYen: number;
  readonly rate: S002Rate;
  readonly cap: ShoeneCap;
  /** true when the cap, not the rate, decided the amount. */
  readonly capped: boolean;
}

/**
 * Maximum 補助率 of the 省エネ補助金 (S002-SHOENE-01).
 * @example shoeneRate({ type: "工場・事業場型", size: "中小企業", meetsRequirement: true }) // ok, rateText "2/3"
 */
export function shoeneRate(input: ShoeneRateInput, options?: S002Options): Result<S002Rate> {
  const parsed = all(
    pickEdition(SHOENE_EDITIONS, options),
    matchAlias(input.type, SHOENE_TYPE_ALIASES, "事業類型"),
    parseSize(input.size),
    parseFlag(input.meetsRequirement, "一定の要件"),
  );
  if (!parsed.ok) return tagRule(parsed, "S002-SHOENE-01");
  const [edition, type, size, meetsRequirement] = parsed.value;
  const p = edition.params.rates;
  const table = p.value;
  if (meetsRequirement && type !== "factory") {
    return fail("INVALID_INPUT", `一定の要件による補助率の引上げは 工場・事業場型 のみです（${TYPE_JA[type]} には適用されません）。（S002-SHOENE-01）`, {
      ruleId: p.ruleId,
      path: "一定の要件",
    });
  }
  const continuing = edition.params.continuingOnly;
  const notes = [...(p.notes ?? [])];
  if (continuing !== null) {
    if (input.continuingCase === null || input.continuingCase === undefined) {
      notes.push(`この版は過去に採択した複数年度事業の継続分のみが対象です。継続案件かどうかが未入力のため確認していません（${continuing.ruleId}）。`);
    } else {
      const c = parseFlag(input.continuingCase, "継続案件");
      if (!c.ok) return tagRule(c, continuing.ruleId);
      if (!c.value) {
        return fail("NOT_APPLICABLE", `${edition.id} は過去に採択した複数年度事業の支援のみで、新規の案件は対象外です（${cite(continuing)}）。`, {
          ruleId: continuing.ruleId,
          path: "継続案件",
        });
      }
    }
  }
  const row = type === "factory" && meetsRequirement ? table.factory.withRequirement : table[type].base;
  const rateText = rateFor(row, size);
  if (type === "factory") notes.push(meetsRequirement ? "一定の要件を満たすとの入力に基づく引上げ後の補助率。" : "一定の要件を満たさない（未入力を含む）ときの補助率。");
  return ok({ rate: Fraction.parse(rateText), rateText, upTo: true, ruleId: p.ruleId, citation: cite(p), editionId: edition.id, notes });
}

/**
 * 上限額 of the 省エネ補助金 (S002-SHOENE-02) in yen.
 * @example shoeneCap({ type: "電化・脱炭素燃転型", electrification: true }) // ok, capYen 500_000_000
 */
export function shoeneCap(input: ShoeneCapInput, options?: S002Options): Result<ShoeneCap> {
  const parsed = all(
    pickEdition(SHOENE_EDITIONS, options),
    matchAlias(input.type, SHOENE_TYPE_ALIASES, "事業類型"),
    parseFlag(input.nonFossil, "非化石転換設備"),
    parseFlag(input.electrification, "電化"),
  );
  if (!parsed.ok) return tagRule(parsed, "S002-SHOENE-02");
  const [edition, type, nonFossil, electrification] = parsed.value;
  const p = edition.params.caps;
  const caps = p.value;
  if (nonFossil && type !== "factory") return misplacedFlag("非化石転換設備", "工場・事業場型", type, p.ruleId);
  if (electrification && type !== "electrification") return misplacedFlag("電化", "電化・脱炭素燃転型", type, p.ruleId);
  const capYen =
    type === "factory" ? (nonFossil ? caps.factory.nonFossil : caps.factory.base)
    : type === "electrification" ? (electrification ? caps.electrification.electrification : caps.electrification.base)
    : caps.ems.base;
  return ok({ capYen, ruleId: p.ruleId, citation: cite(p), editionId: edition.id, notes: [...(p.notes ?? [])] });
}

/**
 * 補助金額 = min(補助率 × 補助対象経費, 上限額) (S002-SHOENE-03); exact, since the text states no rounding.
 * @example shoeneSubsidy({ type: "エネルギー需要最適化型", size: "大企業", eligibleCostYen: 600_000_000 }) // ok, subsidyYen 100_000_000 (capped)
 */
export function shoeneSubsidy(input: ShoeneSubsidyInput, options?: S002Options): Result<ShoeneSubsidy> {
  const parsed = all(shoeneRate(input, options), shoeneCap(input, options), parseNonNegative(input.eligibleCostYen, "補助対象経費", "S002-SHOENE-03"));
  if (!parsed.ok) return parsed;
  const [rate, cap, cost] = parsed.value;
  const byRate = Fraction.fromDecimal(cost).mul(rate.rate);
  const capF = Fraction.of(cap.capYen);
  const capped = byRate.gt(capF);
  return ok({ subsidyYen: (capped ? capF : byRate).toNumber(), rate, cap, capped });
}

function rateFor(row: SizeRates, size: S002CompanySize): string {
  return "any" in row ? row.any : row[size];
}

function misplacedFlag<T>(flag: string, applies: string, type: ShoeneType, ruleId: string): Result<T> {
  return fail("INVALID_INPUT", `${flag}の上限額は ${applies} のみです（${TYPE_JA[type]} には適用されません）。（${ruleId}）`, { ruleId, path: flag });
}
