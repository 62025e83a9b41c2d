/* eslint-disable @typescript-eslint/no-explicit-any -- Excel arguments are typed `any` so that text such as "１２，０００" and "中小" reaches the coercion helpers. */
/**
 * GX.* custom functions for the seed-002 programs with concrete rates and caps (GX Future Seminar
 * "GX関係予算", 2025-01): 省エネ補助金, Scope3 企業間連携, 業務用建築物の脱炭素改修, 自営線マイクログリッド交付金.
 * Thin wrappers over src/rules/programs/seed-002: every rate and cap comes from its dated params
 * (rule ids S002-*); the optional date picks the edition (令和6年度補正 / 令和7年度). Errors are Excel
 * error values with Japanese messages, never thrown; 対象外 is a value (FALSE).
 * Japanese help: ./i18n/s002.ja.ts.
 */
import { excelSerialToIso, parseDateText } from "../rules/lib/dates";
import { andThen, fail, ok, type Result } from "../rules/lib/result";
import {
  buildingRetrofitEligibility,
  buildingRetrofitRateRange,
  microgridRate,
  scope3Eligibility,
  scope3Rate,
  scope3Subsidy,
  shoeneCap,
  shoeneRate,
  shoeneSubsidy,
  type S002Options,
} from "../rules/programs/seed-002";
import { matchAlias } from "../rules/lib/normalize";
import { argNumber, isOmitted, run, type ExcelErrorValue } from "./runtime";

const number = (body: () => Result<number>): number | ExcelErrorValue => run(body) as number | ExcelErrorValue;
const bool = (body: () => Result<boolean>): boolean | ExcelErrorValue => run(body) as boolean | ExcelErrorValue;

/** An optional flag: omitted → undefined (the rules core applies its default), else as typed. */
const flag = (v: any): unknown => (isOmitted(v) ? undefined : v);

/** A required flag: an omitted one is passed as "" so that the rules core reports it instead of defaulting. */
const required = (v: any): unknown => (v === null || v === undefined ? "" : v);

/** An optional number argument (text with full-width digits and units accepted); omitted → undefined. */
function optionalNumber(v: any, name: string): Result<number | undefined> {
  return isOmitted(v) ? ok(undefined) : argNumber(v, name, { min: 0 });
}

/** The optional edition date: an Excel date serial or text ("2024/12/1", "令和6年12月1日"); omitted → newest edition. */
function editionOf(v: any): Result<S002Options> {
  if (isOmitted(v)) return ok({});
  if (typeof v === "boolean") return fail("INVALID_INPUT", "基準日を日付で入力してください（例: 2024/12/1、令和6年12月1日、日付のセル）。", { path: "基準日" });
  const iso = typeof v === "number" ? excelSerialToIso(v, "基準日") : parseDateText(String(v), "基準日");
  return andThen(iso, (date) => ok({ date }));
}

/**
 * Maximum subsidy rate of the energy-efficiency subsidy 省エネ補助金 as a decimal (S002-SHOENE-01): factory 1/2 (SME) or 1/3 (large), raised to 2/3 / 1/2 when the requirements are met; electrification 1/2; EMS 1/2 / 1/3.
 * @customfunction GX.SHOENERATE
 * @param type Project type: 工場・事業場型 (1), 電化・脱炭素燃転型 (2) or エネルギー需要最適化型 (3).
 * @param size Company size: 中小企業 / sme or 大企業 / large.
 * @param [meetsRequirement] TRUE when the program's requirements for the raised rate are met (factory type only; default FALSE).
 * @param [date] Reference date that picks the edition (FY2024 supplementary or FY2025); default the newest.
 * @returns Rate as a decimal (an upper limit: 以内).
 */
export function gxShoeneRate(type: any, size: any, meetsRequirement?: any, date?: any): number | ExcelErrorValue {
  return number(() => andThen(editionOf(date), (o) => andThen(shoeneRate({ type, size, meetsRequirement: flag(meetsRequirement) }, o), (r) => ok(r.rate.toNumber()))));
}

/**
 * Cap of the 省エネ補助金 in yen (S002-SHOENE-02): factory 15 億 (20 億 for non-fossil conversion equipment), electrification 3 億 (5 億 with electrification), EMS 1 億.
 * @customfunction GX.SHOENECAP
 * @param type Project type: 工場・事業場型 (1), 電化・脱炭素燃転型 (2) or エネルギー需要最適化型 (3).
 * @param [nonFossil] TRUE for non-fossil conversion equipment (factory type only; default FALSE).
 * @param [electrification] TRUE for electrification (electrification type only; default FALSE).
 * @param [date] Reference date that picks the edition; default the newest.
 * @returns Cap in yen.
 */
export function gxShoeneCap(type: any, nonFossil?: any, electrification?: any, date?: any): number | ExcelErrorValue {
  return number(() => andThen(editionOf(date), (o) => andThen(shoeneCap({ type, nonFossil: flag(nonFossil), electrification: flag(electrification) }, o), (c) => ok(c.capYen))));
}

/**
 * Subsidy of the 省エネ補助金 in yen = MIN(rate × eligible cost, cap) (S002-SHOENE-03); exact, no rounding.
 * @customfunction GX.SHOENESUBSIDY
 * @param type Project type: 工場・事業場型 (1), 電化・脱炭素燃転型 (2) or エネルギー需要最適化型 (3).
 * @param size Company size: 中小企業 / sme or 大企業 / large.
 * @param eligibleCost Eligible cost (補助対象経費) in yen.
 * @param [meetsRequirement] TRUE when the requirements for the raised rate are met (factory type only).
 * @param [nonFossil] TRUE for non-fossil conversion equipment (factory type only).
 * @param [electrification] TRUE for electrification (electrification type only).
 * @param [date] Reference date that picks the edition; default the newest.
 * @returns Subsidy in yen.
 */
export function gxShoeneSubsidy(type: any, size: any, eligibleCost: any, meetsRequirement?: any, nonFossil?: any, electrification?: any, date?: any): number | ExcelErrorValue {
  return number(() =>
    andThen(editionOf(date), (o) =>
      andThen(argNumber(eligibleCost, "補助対象経費", { min: 0 }), (cost) =>
        andThen(
          shoeneSubsidy({ type, size, eligibleCostYen: cost, meetsRequirement: flag(meetsRequirement), nonFossil: flag(nonFossil), electrification: flag(electrification) }, o),
          (s) => ok(s.subsidyYen),
        ),
      ),
    ),
  );
}

/**
 * Subsidy rate of Scope3 inter-company CO2-saving investment as a decimal (S002-SCOPE3-01): SME 1/2; large 1/3, or 1/2 with the GX declaration and at least 3,000 t-CO2/year reduction.
 * @customfunction GX.SCOPE3RATE
 * @param size Company size: 中小企業 / sme or 大企業 / large.
 * @param [gxDeclaration] TRUE when the company has made the GX率先実行宣言 (default FALSE).
 * @param [annualReductionT] CO2 reduction by the measures, t-CO2 per year (needed for a declared large company).
 * @param [date] Reference date that picks the edition; default the newest.
 * @returns Rate as a decimal.
 */
export function gxScope3Rate(size: any, gxDeclaration?: any, annualReductionT?: any, date?: any): number | ExcelErrorValue {
  return number(() =>
    andThen(editionOf(date), (o) =>
      andThen(optionalNumber(annualReductionT, "CO2削減量"), (t) => andThen(scope3Rate({ size, gxDeclaration: flag(gxDeclaration), annualReductionT: t }, o), (r) => ok(r.rate.toNumber()))),
    ),
  );
}

/**
 * One company's Scope3 subsidy in yen = MIN(rate × eligible cost, 15 億 per company) (S002-SCOPE3-01, S002-SCOPE3-02).
 * @customfunction GX.SCOPE3SUBSIDY
 * @param size Company size: 中小企業 / sme or 大企業 / large.
 * @param eligibleCost This company's eligible cost in yen.
 * @param [gxDeclaration] TRUE when the company has made the GX率先実行宣言 (default FALSE).
 * @param [annualReductionT] CO2 reduction by the measures, t-CO2 per year (needed for a declared large company).
 * @param [date] Reference date that picks the edition; default the newest.
 * @returns Subsidy in yen.
 */
export function gxScope3Subsidy(size: any, eligibleCost: any, gxDeclaration?: any, annualReductionT?: any, date?: any): number | ExcelErrorValue {
  return number(() =>
    andThen(editionOf(date), (o) =>
      andThen(argNumber(eligibleCost, "補助対象経費", { min: 0 }), (cost) =>
        andThen(optionalNumber(annualReductionT, "CO2削減量"), (t) =>
          andThen(scope3Subsidy({ size, eligibleCostYen: cost, gxDeclaration: flag(gxDeclaration), annualReductionT: t }, o), (s) => ok(s.subsidyYen)),
        ),
      ),
    ),
  );
}

/**
 * TRUE when a Scope3 inter-company project meets the conditions: at least 30% CO2 saving, at least 2 partner companies, the lead's GX declaration, the agreement, at most 3 years (S002-SCOPE3-03, S002-SCOPE3-04, S002-SCOPE3-05).
 * @customfunction GX.SCOPE3ELIGIBLE
 * @param baselineCo2T CO2 emissions of the current equipment, t-CO2 per year (0 → #DIV/0!).
 * @param postCo2T Expected CO2 emissions after the project, t-CO2 per year.
 * @param partnerCount Number of partner companies that signed the agreement.
 * @param leadDeclared TRUE when the lead company has made the GX率先実行宣言.
 * @param co2Agreement TRUE when the partners agreed on their post-project CO2 emissions.
 * @param projectYears Project period in fiscal years.
 * @returns TRUE or FALSE.
 */
export function gxScope3Eligible(baselineCo2T: any, postCo2T: any, partnerCount: any, leadDeclared: any, co2Agreement: any, projectYears: any): boolean | ExcelErrorValue {
  return bool(() =>
    andThen(argNumber(baselineCo2T, "現在の設備のCO2排出量", { min: 0 }), (b) =>
      andThen(argNumber(postCo2T, "導入後のCO2排出量", { min: 0 }), (p) =>
        andThen(argNumber(partnerCount, "連携企業数", { min: 0 }), (n) =>
          andThen(argNumber(projectYears, "事業期間（年度数）", { min: 0 }), (y) =>
            andThen(scope3Eligibility({ baselineCo2T: b, postCo2T: p, partnerCount: n, leadDeclared: required(leadDeclared), co2Agreement: required(co2Agreement), projectYears: y }), (e) => ok(e.eligible)),
          ),
        ),
      ),
    ),
  );
}


/**
 * TRUE when a commercial-building retrofit meets the requirements after the retrofit: BPI at most 1.0, primary energy cut at least 30% (hotels, hospitals, stores, restaurants) or 40% (offices, schools), BEMS; FY2025 (1) continuing cases only (S002-BLDG-01, S002-BLDG-02, S002-BLDG-03, S002-BLDG-05).
 * @customfunction GX.BLDGELIGIBLE
 * @param use Building use: ホテル / 病院 / 百貨店 / 飲食店 (30%) or 事務所 / 学校 (40%).
 * @param bpi Envelope performance BPI after the retrofit (> 0).
 * @param primaryEnergyCut Primary energy reduction from the standard, as a decimal (0.4 = 40%).
 * @param bems TRUE when energy is managed with a BEMS.
 * @param [continuingCase] TRUE for a continuing case adopted in FY2023 or earlier (matters from FY2025).
 * @param [date] Reference date that picks the edition; default the newest.
 * @returns TRUE or FALSE.
 */
export function gxBldgEligible(use: any, bpi: any, primaryEnergyCut: any, bems: any, continuingCase?: any, date?: any): boolean | ExcelErrorValue {
  return bool(() =>
    andThen(editionOf(date), (o) =>
      andThen(argNumber(bpi, "BPI"), (b) =>
        andThen(argNumber(primaryEnergyCut, "一次エネルギー削減率", { min: 0 }), (cut) =>
          andThen(buildingRetrofitEligibility({ use, bpi: b, primaryEnergyCut: cut, bems: required(bems), continuingCase: flag(continuingCase) }, o), (e) => ok(e.eligible)),
        ),
      ),
    ),
  );
}

const BOUND_ALIASES = {
  highest: ["上限", "最大", "high", "highest", "max"],
  lowest: ["下限", "最小", "low", "lowest", "min"],
  model: ["モデル実証", "モデル", "model"],
} as const;

/**
 * Rate bound of the commercial-building retrofit subsidy, whose fixed amounts the source does not give (S002-BLDG-04): 上限 1/2, 下限 1/3, モデル実証 2/3 (FY2025 onward; #N/A before).
 * @customfunction GX.BLDGRATE
 * @param bound Which bound: 上限 / highest, 下限 / lowest, or モデル実証 / model.
 * @param [date] Reference date that picks the edition; default the newest.
 * @returns Rate as a decimal.
 */
export function gxBldgRate(bound: any, date?: any): number | ExcelErrorValue {
  return number(() =>
    andThen(editionOf(date), (o) =>
      andThen(matchAlias(bound, BOUND_ALIASES, "補助率の区分"), (which) =>
        andThen(buildingRetrofitRateRange(o), (r) => {
          if (which === "highest") return ok(r.highest.toNumber());
          if (which === "lowest") return ok(r.lowest.toNumber());
          return r.modelDemonstration === null
            ? fail("NOT_APPLICABLE", `この版（${r.editionId}）にはモデル実証の補助率がありません（令和7年度から, ${r.ruleId}）。`, { ruleId: r.ruleId })
            : ok(r.modelDemonstration.toNumber());
        }),
      ),
    ),
  );
}

/**
 * Grant rate of the private-line microgrid grant (S002-MICROGRID-01): 2/3 in principle; 3/4 for some equipment when the fiscal-strength index is below the threshold and the site is a depopulated area.
 * @customfunction GX.MICROGRIDRATE
 * @param [fiscalIndexBelowThreshold] TRUE when the local government's fiscal-strength index is below the threshold (default FALSE).
 * @param [depopulatedArea] TRUE when the site is a depopulated area (過疎地域; default FALSE).
 * @param [date] Reference date that picks the edition; default the newest.
 * @returns Rate as a decimal.
 */
export function gxMicrogridRate(fiscalIndexBelowThreshold?: any, depopulatedArea?: any, date?: any): number | ExcelErrorValue {
  return number(() =>
    andThen(editionOf(date), (o) =>
      andThen(microgridRate({ fiscalIndexBelowThreshold: flag(fiscalIndexBelowThreshold), depopulatedArea: flag(depopulatedArea) }, o), (r) => ok(r.rate.toNumber())),
    ),
  );
}
