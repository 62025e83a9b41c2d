/* eslint-disable @typescript-eslint/no-explicit-any -- Excel arguments are typed `any` so that text such as "９億円" reaches the coercion helpers. */
/**
 * 改善提案 (advisor) custom functions, where a formula is natural: the best 年度 split of a dc-zero cost under
 * the per-年度 cap, and the 支援区分 a changed GX plan would reach. Thin wrappers over src/rules/advisor and
 * the tier table (GX-MATRIX-01); no number is restated. Japanese help: ./i18n/advisor.ja.ts.
 */
import { bestSplit } from "../rules/advisor/bestSplit";
import { andThen, fail, ok, type Result } from "../rules/lib/result";
import { matchAlias } from "../rules/lib/normalize";
import { parseProjectType, type DcProjectType } from "../rules/programs/dc-zero";
import { determineTier, parseInvestmentType, parseLinkage, parseLocation, parseSourceKind, type TierConditions } from "../rules/programs/gx-regional";
import { argBool, argNumber, isOmitted, run, type ExcelErrorValue } from "./runtime";

const number = (body: () => Result<number>): number | ExcelErrorValue => run(body) as number | ExcelErrorValue;
const scalar = (body: () => Result<number | string>): number | string | ExcelErrorValue => run(body) as number | string | ExcelErrorValue;

function projectType(v: any): Result<DcProjectType> {
  return parseProjectType(isOmitted(v) ? null : typeof v === "string" || typeof v === "number" ? v : String(v));
}

function split(type: any, eligibleCost: any, lowerRatePart: any) {
  return andThen(projectType(type), (t) =>
    andThen(argNumber(eligibleCost, "補助対象経費", { min: 0 }), (cost) =>
      andThen(argNumber(lowerRatePart, "うち太陽光・空調等", { min: 0, default: 0 }), (part) => {
        const r = bestSplit(t, cost, part);
        return "error" in r ? fail("OUT_OF_DOMAIN", r.error, { ruleId: r.ruleId }) : ok(r);
      }),
    ),
  );
}

/**
 * Best subsidy in yen over the 年度 split of an eligible cost within the project period of the type (new/renovation: up to 2 fiscal years, each capped), spreading the cost evenly (DC-NEW-CAP-01, DC-NEW-PERIOD-01, DC-RENO-CAP-01).
 * @customfunction DC.BESTSPLIT
 * @param projectType Project type: 新設/new, 改修/renovation, 移設/relocation, コンテナ/container.
 * @param eligibleCost Eligible cost (total over all fiscal years), in JPY.
 * @param [lowerRatePart] Part of the eligible cost for PV and energy-saving air-conditioning (1/3 rate), in JPY. Default 0.
 * @returns Subsidy in JPY for the best split (exact, no rounding).
 */
export function dcBestSplit(projectType: any, eligibleCost: any, lowerRatePart?: any): number | ExcelErrorValue {
  return number(() => andThen(split(projectType, eligibleCost, lowerRatePart), (r) => ok(r.subsidyYen.toNumber())));
}

/**
 * Number of fiscal years of the best split (the fewest that reach the best subsidy) of an eligible cost (DC-NEW-PERIOD-01, DC-RENO-PERIOD-01).
 * @customfunction DC.BESTSPLITYEARS
 * @param projectType Project type: 新設/new, 改修/renovation, 移設/relocation, コンテナ/container.
 * @param eligibleCost Eligible cost (total over all fiscal years), in JPY.
 * @param [lowerRatePart] Part of the eligible cost for PV and energy-saving air-conditioning (1/3 rate), in JPY. Default 0.
 * @returns Number of fiscal years (1 or 2).
 */
export function dcBestSplitYears(projectType: any, eligibleCost: any, lowerRatePart?: any): number | ExcelErrorValue {
  return number(() => andThen(split(projectType, eligibleCost, lowerRatePart), (r) => ok(r.years)));
}

type PlanChangeKey = "cppa" | "new" | "site" | "remote";

const CHANGE_ALIASES: Readonly<Record<PlanChangeKey, readonly string[]>> = {
  cppa: ["CPPA", "自家発・CPPA", "紐づき"],
  new: ["新設", "新設・再稼働", "再稼働", "new"],
  site: ["立地①", "①", "立地要件①", "site"],
  remote: ["地域貢献", "立地②", "②", "立地要件②", "remote"],
};

/** "CPPA+新設" → the changed conditions; an unknown word is #VALUE! with the accepted words. */
function applyChanges(c: TierConditions, changes: any): Result<TierConditions> {
  if (isOmitted(changes)) return ok(c);
  let out = c;
  for (const word of String(changes).split(/[+＋、,，\s]+/).filter((w) => w !== "")) {
    const k = matchAlias(word, CHANGE_ALIASES, "変更");
    if (!k.ok) return k;
    if (k.value === "cppa") out = { ...out, linkage: "selfCppa" };
    else if (k.value === "new") out = { ...out, sourceKind: "newOnly" };
    else if (k.value === "site") out = { ...out, location: "site" };
    else out = { ...out, location: "remote" };
  }
  return ok(out);
}

/**
 * Support tier a changed plan would reach (GX-MATRIX-01): the plan's conditions with the changes applied, e.g. "CPPA+新設" (menu → CPPA, existing → new sources), "立地①" (site in the source prefecture) or "地域貢献" (remote contribution; 対象外 for DC, GX-LOC-02).
 * @customfunction GX.TIERIF
 * @param investmentType Investment type: "製造" / "manufacturing" or "DC" / "datacenter".
 * @param location Location requirement now: 1 or "①" (site), 2 or "②" (remote contribution).
 * @param sourceKind Sources now: "新設・再稼働" / "新設" (new only) or "既設含む" / "既設" (incl. existing).
 * @param linkage Linkage now: "CPPA" / "自家発" or "メニュー".
 * @param supplyRegion TRUE when the power-source prefecture is a decarbonised-power supply region.
 * @param [changes] Changes joined by "+": CPPA, 新設, 立地①, 地域貢献. Omitted: the tier as is.
 * @returns 1–5, or "対象外".
 */
export function gxTierIf(investmentType: any, location: any, sourceKind: any, linkage: any, supplyRegion: any, changes?: any): number | string | ExcelErrorValue {
  return scalar(() =>
    andThen(parseInvestmentType(investmentType), (type) =>
      andThen(parseLocation(location), (loc) =>
        andThen(parseSourceKind(sourceKind), (kind) =>
          andThen(parseLinkage(linkage), (link) =>
            andThen(
              isOmitted(supplyRegion) ? fail("INVALID_INPUT", "脱炭素電力供給地域（TRUE/FALSE、該当/非該当 など）を入力してください。", { path: "脱炭素電力供給地域" }) : argBool(supplyRegion, "脱炭素電力供給地域", false),
              (region) =>
                andThen(applyChanges({ power2: true, supplyRegion: region, location: loc, sourceKind: kind, linkage: link }, changes), (c) => ok(determineTier(type, c).tier)),
            ),
          ),
        ),
      ),
    ),
  );
}
