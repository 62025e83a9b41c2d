/**
 * 支援区分 (tier) from the 17-row table 【参考】電力要件・立地要件の組合せと支援強度 (GX-MATRIX-01):
 * a generic evaluator over the data rows of params.ts. The matched row explains the result;
 * 対象外 is a value with its reason, never an error. The decision procedure GX-MATRIX-02
 * (tierProcedure.ts) decides the same for all 64 combinations (tested) and adds ① and the menu kind.
 */
import { cite } from "../../lib/param";
import { GX_CURRENT, type GxParams, type IneligibleBasis, type MatrixRow } from "./params";
import { INVESTMENT_TYPE_JA, tierLabel, type InvestmentType, type TierConditions, type TierOutcome } from "./types";
import { percentText } from "./format";
import { SUPPLY_REGION_EXCEPTION_TEXT, supplyRegionStanding } from "./supplyRegion";

export interface TierDecision {
  readonly tier: TierOutcome;
  /** The row of the table that matched. */
  readonly row: MatrixRow;
  /** Japanese: the row, its conditions and the outcome (with the excluding rule for 対象外). */
  readonly reason: string;
  /** Rule that decided: GX-MATRIX-01, or the excluding rule for 対象外 rows. */
  readonly ruleId: string;
  readonly citation: string;
}

/** Japanese wording of an 対象外 basis, with the rule that states it. */
export function ineligibleBasis(basis: IneligibleBasis, p: GxParams = GX_CURRENT): { ruleId: string; text: string } {
  switch (basis) {
    case "PWR-02":
      return { ruleId: "GX-PWR-02", text: `電力要件②（通年で使用する電力の${percentText(p.power2Share.value)}以上を同一都道府県から調達）を満たさないため` };
    case "PWR-03":
      return { ruleId: "GX-PWR-03", text: "脱炭素電力メニューを含めて電力要件②を満たす場合、電源立地都道府県は脱炭素電力供給地域に限られるため" };
    case "EXCL-A":
      return { ruleId: "GX-EXCL-01", text: "電源立地都道府県が脱炭素電力供給地域以外であり、新設・再稼働電源のみでは電力要件②を満たさないため（補助対象外となるケースA）" };
    case "EXCL-B":
      return { ruleId: "GX-EXCL-01", text: "立地要件②の場合は自家発電・CPPAのみで電力要件②を満たす必要があるため（補助対象外となるケースB）" };
    case "LOC-02":
      return { ruleId: "GX-LOC-02", text: "DC設備投資型では立地要件②（企業版ふるさと納税等による地域貢献）は認められないため" };
  }
}

/** The table's wording of each condition. */
export function conditionText(when: MatrixRow["when"]): string {
  const parts: string[] = [when.power2 ? "電力要件②を充足" : "電力要件②を未充足"];
  if (when.supplyRegion !== undefined) parts.push(when.supplyRegion ? "脱炭素電力供給地域に該当" : "脱炭素電力供給地域に非該当");
  if (when.location !== undefined) parts.push(when.location === "site" ? "立地要件①を充足" : "立地要件②を充足");
  if (when.sourceKind !== undefined) parts.push(when.sourceKind === "newOnly" ? "新設・再稼働電源のみで電力要件②を充足" : "既設電源含めて電力要件②を充足");
  if (when.linkage !== undefined) parts.push(when.linkage === "selfCppa" ? "自家発・CPPAのみで電力要件②を充足" : "脱炭素電力メニュー含めて電力要件②を充足");
  return parts.join("、");
}

const matches = (when: MatrixRow["when"], c: TierConditions): boolean =>
  (Object.keys(when) as (keyof TierConditions)[]).every((k) => when[k] === c[k]);

/**
 * Decides the tier of an investment type from the combination of conditions (GX-MATRIX-01).
 * @param type 投資類型
 * @param conditions 電力要件②, 脱炭素電力供給地域, 立地要件, 電源の種類, 電源との紐づき
 * @returns the matched row, the tier (1–5 or 対象外) and a Japanese reason
 * @example determineTier("datacenter", { power2: true, supplyRegion: false, location: "site", sourceKind: "newOnly", linkage: "selfCppa" }).tier //=> 1 (row #9)
 */
export function determineTier(type: InvestmentType, conditions: TierConditions, p: GxParams = GX_CURRENT): TierDecision {
  const rows = p.matrix.value;
  const row = rows.find((r) => matches(r.when, conditions));
  // The table covers every combination (tested); a miss means a malformed edition.
  if (!row) throw new RangeError(`GX-MATRIX-01: no row matches ${JSON.stringify(conditions)}`);
  const tier = row.outcome[type];
  const basisKey = tier === "対象外" ? row.because?.[type] : undefined;
  const basis = basisKey ? ineligibleBasis(basisKey, p) : undefined;
  // Rows #9 / #13: supported outside the supply regions — say which rule allows it (GX-SUPPLY-02).
  const byException =
    tier !== "対象外" && row.when.supplyRegion === false && supplyRegionStanding(false, row.when.sourceKind === "newOnly").byException;
  const reason =
    `GX-MATRIX-01 #${row.no}（${conditionText(row.when)}）→ ${INVESTMENT_TYPE_JA[type]} ${tierLabel(tier)}` +
    (basis ? `：${basis.text}（${basis.ruleId}）` : "") +
    (byException ? `：${SUPPLY_REGION_EXCEPTION_TEXT}` : "") +
    (row.note ? `［${row.note}］` : "");
  return { tier, row, reason, ruleId: basis?.ruleId ?? p.matrix.ruleId, citation: cite(p.matrix) };
}
