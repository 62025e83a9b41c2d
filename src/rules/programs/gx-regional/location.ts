/**
 * 立地要件 (GX-LOC-01, GX-LOC-02): ① the site is in the 電源立地都道府県; ② (製造設備投資型 only) the
 * company contributes to that prefecture or municipality remotely. DC設備投資型 needs ①.
 */
import type { InvestmentType, LocationRequirement } from "./types";

export type LocationDecision =
  | { readonly met: LocationRequirement }
  | { readonly met: null; readonly ruleId: "GX-LOC-01" | "GX-LOC-02"; readonly message: string };

/**
 * Which 立地要件 the plan meets.
 * @param sitePrefecture 事業実施場所 (normalised prefecture)
 * @param sourcePrefecture 電源立地都道府県
 * @param remoteContribution 立地要件② declared (企業版ふるさと納税・地域共生基金等)
 */
export function locationRequirement(
  type: InvestmentType,
  sitePrefecture: string,
  sourcePrefecture: string,
  remoteContribution: boolean,
): LocationDecision {
  if (sitePrefecture === sourcePrefecture) return { met: "site" };
  if (type === "datacenter") {
    return {
      met: null,
      ruleId: "GX-LOC-02",
      message: `DC設備投資型では、事業実施場所（${sitePrefecture}）が電源立地都道府県（${sourcePrefecture}）である必要があります（立地要件①のみ, GX-LOC-02）。`,
    };
  }
  if (remoteContribution) return { met: "remote" };
  return {
    met: null,
    ruleId: "GX-LOC-01",
    message: `事業実施場所（${sitePrefecture}）が電源立地都道府県（${sourcePrefecture}）ではなく、企業版ふるさと納税等による地域貢献（立地要件②）も記入されていません（GX-LOC-01）。`,
  };
}

/** GX-LOC-02: a DC site must be in the 電源立地都道府県. */
export const dcSiteMatchesSource = (sitePrefecture: string, sourcePrefecture: string): boolean => sitePrefecture === sourcePrefecture;
