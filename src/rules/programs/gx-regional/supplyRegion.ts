/**
 * 脱炭素電力供給地域 and its exception (GX-SUPPLY-02): 「新設電源を活用する事業者に関しては、脱炭素電源の
 * 供給増に貢献するものとして、上記の地域に限らず支援対象とする」. The combination tables (No1, No4, rows #9, #13)
 * allow 新設・再稼働電源 outside the supply regions, so the exception covers both (AMB-14). Every place that
 * decides on the supply region (the tier procedure, 補助対象外ケースA, the tier reason) asks this module.
 */

export const SUPPLY_REGION_EXCEPTION_RULE = "GX-SUPPLY-02" as const;

export type SupplyRegionStanding =
  /** The 電源立地都道府県 is a 脱炭素電力供給地域. */
  | { readonly allowed: true; readonly byException: false }
  /** Outside the supply regions, allowed because ② is met by 新設・再稼働電源 only (GX-SUPPLY-02). */
  | { readonly allowed: true; readonly byException: true; readonly ruleId: typeof SUPPLY_REGION_EXCEPTION_RULE }
  /** Outside the supply regions and ② needs 既設電源 (or a menu): not supported there. */
  | { readonly allowed: false; readonly byException: false };

/**
 * Whether the 電源立地都道府県 is acceptable for the plan.
 * @param supplyRegion the 電源立地都道府県 is a 脱炭素電力供給地域 (user-declared, AMB-25)
 * @param newOnlyMeetsPower2 電力要件② is met by 新設・再稼働電源 only (AMB-14: 再稼働 included)
 * @example supplyRegionStanding(false, true) //=> { allowed: true, byException: true, ruleId: "GX-SUPPLY-02" }
 */
export function supplyRegionStanding(supplyRegion: boolean, newOnlyMeetsPower2: boolean): SupplyRegionStanding {
  if (supplyRegion) return { allowed: true, byException: false };
  if (newOnlyMeetsPower2) return { allowed: true, byException: true, ruleId: SUPPLY_REGION_EXCEPTION_RULE };
  return { allowed: false, byException: false };
}

/** The Japanese sentence for a plan supported outside the supply regions. */
export const SUPPLY_REGION_EXCEPTION_TEXT =
  "電源立地都道府県は脱炭素電力供給地域ではありませんが、新設・再稼働電源のみで電力要件②を満たすため、供給地域に限らず支援対象です（GX-SUPPLY-02。資料本文は「新設電源」、支援強度表は「新設・再稼働電源」— AMB-14 の読み方で再稼働も含む）";
