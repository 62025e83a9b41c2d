/** 自営線マイクログリッド等事業交付金 (SEED-002 #6): 交付率 原則 2/3; 3/4 when both conditions hold. */
import { Fraction } from "../../lib/fraction";
import { cite } from "../../lib/param";
import { all, ok, type Result } from "../../lib/result";
import { parseFlag, pickEdition, tagRule, type S002Options, type S002Rate } from "./common";
import { MICROGRID_EDITIONS } from "./microgridParams";

export interface MicrogridRateInput {
  /** 地方公共団体の財政力指数が一定未満 (threshold not in the text: user-declared). */
  readonly fiscalIndexBelowThreshold?: unknown;
  /** 設備導入場所が過疎地域に該当する. */
  readonly depopulatedArea?: unknown;
}

/**
 * 交付率 (S002-MICROGRID-01): 3/4 only when both flags are TRUE (for 一部の設備), otherwise 2/3.
 * @example microgridRate({ fiscalIndexBelowThreshold: true, depopulatedArea: true }) // ok, rateText "3/4"
 */
export function microgridRate(input: MicrogridRateInput, options?: S002Options): Result<S002Rate> {
  const parsed = all(
    pickEdition(MICROGRID_EDITIONS, options),
    parseFlag(input.fiscalIndexBelowThreshold, "財政力指数が一定未満"),
    parseFlag(input.depopulatedArea, "過疎地域"),
  );
  if (!parsed.ok) return tagRule(parsed, "S002-MICROGRID-01");
  const [edition, lowIndex, depopulated] = parsed.value;
  const p = edition.params.rates;
  const raised = lowIndex && depopulated;
  const rateText = raised ? p.value.raised : p.value.standard;
  const notes = [...(p.notes ?? [])];
  if (raised) notes.push("３／４ は「一部の設備」に限られる。対象設備かどうかは本文に記載がない。");
  return ok({ rate: Fraction.parse(rateText), rateText, upTo: false, ruleId: p.ruleId, citation: cite(p), editionId: edition.id, notes });
}
