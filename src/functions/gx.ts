/* eslint-disable @typescript-eslint/no-explicit-any -- Excel arguments are typed `any` so that text such as "１２０００" reaches the coercion helpers instead of being rejected by Excel. */
/**
 * GX.* custom functions — GX地域共創補助金2026 (脱炭素電源地域貢献型投資促進事業), SPEC §4.
 * Thin wrappers: coerce the Excel arguments (runtime.ts) → rules core (src/rules/programs/gx-regional) →
 * Excel value. Errors are returned as Excel error values, never thrown; ineligibility is a value
 * (0 or "対象外"). Results are exact until converted to a number here; no rounding is applied.
 * Declared result types are for the metadata: an error value may stand in for any of them.
 */
import { Fraction } from "../rules/lib/fraction";
import { andThen, fail, ok, type Result } from "../rules/lib/result";
import {
  biomassDependency,
  classifyCompanySize,
  classifySource,
  contractYears,
  COMPANY_SIZE_JA,
  countsAsNew,
  determineTier,
  minimumInvestment,
  parseCompanySize,
  parseContractProcurement,
  parseInvestmentType,
  parseLinkage,
  parseLocation,
  parseSourceKind,
  parseSourceState,
  parseTier,
  powerCheck,
  pueCheck,
  pvCapacity,
  regionalContribution,
  subsidyAmount,
  subsidyCap,
  subsidyRate,
  type CompanySize,
  type PvLine,
  type SourceTypeRow,
} from "../rules/programs/gx-regional";
import { argBool, argNumber, isOmitted, run, type CellResult, type ExcelScalar } from "./runtime";

/** A required yes/no argument (argBool would silently default an omitted one). */
function requiredBool(v: any, name: string): Result<boolean> {
  if (isOmitted(v)) return fail("INVALID_INPUT", `${name}（TRUE/FALSE、該当/非該当 など）を入力してください。`, { path: name });
  return argBool(v, name, false);
}

/** 企業規模, omitted → 中小 (SPEC §4: [企業規模="中小"]). */
const sizeOrSme = (v: any): Result<CompanySize> => (isOmitted(v) ? ok("sme") : parseCompanySize(v));

/** 電源種 for the contract table: a source type a–m (certificates have no contract period). */
function optionalSource(v: any): Result<SourceTypeRow | null> {
  if (isOmitted(v)) return ok(null);
  const c = classifySource(v);
  if (!c.ok) return c;
  if (c.value.kind !== "source") return fail("INVALID_INPUT", `電源種「${v}」には契約期間の定めがありません。発電所の電源種（太陽光、風力、原子力 など）を指定してください（GX-CONTRACT-01）。`, { path: "電源種" });
  return ok(c.value.row);
}

const asNumber = (r: CellResult): number => r as number;
const asText = (r: CellResult): string => r as string;
const asBool = (r: CellResult): boolean => r as boolean;
const numberOf = (f: Fraction): ExcelScalar => f.toNumber();

/**
 * Support tier (支援区分) No1–No5 or "対象外" from the 17-row table of the GX regional co-creation subsidy (GX-MATRIX-01, Ver1.1).
 * @customfunction GX.TIER
 * @param investmentType Investment type: "製造" / "製造設備投資型" / "manufacturing", or "DC" / "DC設備投資型" / "datacenter".
 * @param location Location requirement: 1 or "①" (site in the power-source prefecture), 2 or "②" (remote contribution, e.g. hometown-tax donation).
 * @param sourceKind Power-source type: "新設・再稼働" / "新設" / "new" (new or restarted only), or "既設含む" / "既設" / "existing".
 * @param linkage Linkage to the source: "CPPA" / "自家発・CPPA" / "自家発" / "self", or "メニュー" / "脱炭素電力メニュー" / "menu".
 * @param supplyRegion TRUE when the power-source prefecture is a decarbonised-power supply region (脱炭素電力供給地域).
 * @param [power2Met] TRUE (default) when at least 50% of the annual electricity comes from one prefecture (電力要件②).
 * @returns 1–5, or "対象外" (not eligible).
 */
export function gxTier(investmentType: any, location: any, sourceKind: any, linkage: any, supplyRegion: any, power2Met?: any): any {
  return run(() =>
    andThen(parseInvestmentType(investmentType), (type) =>
      andThen(parseLocation(location), (loc) =>
        andThen(parseSourceKind(sourceKind), (kind) =>
          andThen(parseLinkage(linkage), (link) =>
            andThen(requiredBool(supplyRegion, "脱炭素電力供給地域"), (region) =>
              andThen(argBool(power2Met, "電力要件②充足", true), (power2) =>
                ok(determineTier(type, { power2, supplyRegion: region, location: loc, sourceKind: kind, linkage: link }).tier),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * Subsidy rate as a decimal (GX-RATE-01): the headline rate for mid-sized and small companies, the parenthesised rate (1/3, 1/4, 1/5) for large companies; 0 when not eligible.
 * @customfunction GX.SUBSIDYRATE
 * @param investmentType Investment type: "製造" / "manufacturing" or "DC" / "datacenter".
 * @param tier Support tier: 1–5, "No1", "No.1" or "対象外".
 * @param [companySize] Company size: "大企業" / "large", "中堅" / "mid", "中小" / "sme" (default "中小").
 * @returns Rate as a decimal, e.g. 0.5; 0 for 対象外 and for DC with No4/No5.
 */
export function gxSubsidyRate(investmentType: any, tier: any, companySize?: any): number {
  return asNumber(
    run(() =>
      andThen(parseInvestmentType(investmentType), (type) =>
        andThen(parseTier(tier), (t) => andThen(sizeOrSme(companySize), (size) => ok(numberOf(subsidyRate(type, t, size))))),
      ),
    ),
  );
}

/**
 * Cap on the subsidy amount in yen (GX-RATE-01): No1–2 25 billion, No3 10 billion, No4–5 5 billion; 0 when not eligible.
 * @customfunction GX.SUBSIDYCAP
 * @param tier Support tier: 1–5, "No1", "No.1" or "対象外".
 * @returns Cap in yen.
 */
export function gxSubsidyCap(tier: any): number {
  return asNumber(run(() => andThen(parseTier(tier), (t) => ok(subsidyCap(t)))));
}

/**
 * Subsidy amount in yen = MIN(rate × eligible cost, cap) (GX-RATE-02); 0 when not eligible or below the minimum investment (GX-MININV-01).
 * @customfunction GX.SUBSIDY
 * @param investmentType Investment type: "製造" / "manufacturing" or "DC" / "datacenter".
 * @param tier Support tier: 1–5, "No1", "No.1" or "対象外".
 * @param companySize Company size: "大企業" / "large", "中堅" / "mid", "中小" / "sme".
 * @param eligibleCost Eligible cost (補助対象経費) in yen; text such as "300億円" or "１２，０００" is accepted.
 * @returns Subsidy in yen (exact, not rounded).
 */
export function gxSubsidy(investmentType: any, tier: any, companySize: any, eligibleCost: any): number {
  return asNumber(
    run(() =>
      andThen(parseInvestmentType(investmentType), (type) =>
        andThen(parseTier(tier), (t) =>
          andThen(parseCompanySize(companySize), (size) =>
            andThen(argNumber(eligibleCost, "補助対象経費", { min: 0 }), (cost) => andThen(subsidyAmount(type, t, size, cost), (s) => ok(numberOf(s.amount)))),
          ),
        ),
      ),
    ),
  );
}

/**
 * Minimum eligible investment in yen (GX-MININV-01): 1 billion, 2 billion for large companies (incl. deemed large).
 * @customfunction GX.MININVESTMENT
 * @param companySize Company size: "大企業" / "large", "中堅" / "mid", "中小" / "sme".
 * @returns Minimum investment in yen.
 */
export function gxMinInvestment(companySize: any): number {
  return asNumber(run(() => andThen(parseCompanySize(companySize), (size) => ok(minimumInvestment(size)))));
}

/**
 * Guideline regional contribution in yen for the remote route (GX-CONTRIB-01): MIN(kWh × 3 yen × 3 years, subsidy × 5%).
 * @customfunction GX.CONTRIBUTION
 * @param annualKWh Annual electricity consumption of the site in kWh/year.
 * @param subsidyYen Planned subsidy amount in yen.
 * @returns Guideline contribution in yen.
 */
export function gxContribution(annualKWh: any, subsidyYen: any): number {
  return asNumber(
    run(() =>
      andThen(argNumber(annualKWh, "年間消費電力量", { min: 0 }), (kWh) =>
        andThen(argNumber(subsidyYen, "補助額", { min: 0 }), (s) => andThen(regionalContribution(kWh, s), (c) => ok(numberOf(c.amount)))),
      ),
    ),
  );
}

/**
 * Minimum contract years (GX-CONTRACT-01): CPPA new/replacement 15 (exception 10), existing 10 (exception 5), nuclear 5, decarbonised menu 8.
 * @customfunction GX.CONTRACTYEARS
 * @param procurement Procurement method: "CPPA" or "自家発" (read as CPPA), or "メニュー".
 * @param state Source state: "新設", "リプレース", "再稼働" (nuclear), "既設"; also "大規模改修", "改修".
 * @param [sourceType] Source type, e.g. "太陽光", "風力", "原子力" (nuclear → 5 years in any state).
 * @param [justifiedException] TRUE when the shorter period justified by the source or project applies (default FALSE).
 * @returns Minimum years.
 */
export function gxContractYears(procurement: any, state: any, sourceType?: any, justifiedException?: any): number {
  return asNumber(
    run(() =>
      andThen(parseContractProcurement(procurement), (proc) =>
        andThen(parseSourceState(state), (st) =>
          andThen(optionalSource(sourceType), (src) =>
            andThen(argBool(justifiedException, "合理的例外", false), (exc) => andThen(contractYears(proc, st, src, exc), (c) => ok(c.minYears))),
          ),
        ),
      ),
    ),
  );
}

/**
 * TRUE when power requirement ① (100% decarbonised) and ② (at least 50% from one prefecture) both hold (GX-PWR-01, GX-PWR-02).
 * @customfunction GX.POWERCHECK
 * @param annualUseKWh Annual electricity used at the site, kWh/year (0 → #DIV/0!).
 * @param decarbonisedKWh Decarbonised electricity incl. certificates, kWh/year.
 * @param samePrefectureKWh Electricity procured from the single power-source prefecture, kWh/year.
 * @returns TRUE or FALSE.
 */
export function gxPowerCheck(annualUseKWh: any, decarbonisedKWh: any, samePrefectureKWh: any): boolean {
  return asBool(
    run(() =>
      andThen(argNumber(annualUseKWh, "年間使用電力量", { min: 0 }), (use) =>
        andThen(argNumber(decarbonisedKWh, "脱炭素電力量", { min: 0 }), (dec) =>
          andThen(argNumber(samePrefectureKWh, "同一都道府県調達量", { min: 0 }), (pref) => andThen(powerCheck(use, dec, pref), (c) => ok(c.power1 && c.power2))),
        ),
      ),
    ),
  );
}

/**
 * Company size (GX-SIZE-01): "大企業" above 2,000 regular employees or when deemed large, else "中小" when an SME, else "中堅".
 * @customfunction GX.COMPANYSIZE
 * @param employees Number of regular employees (常時使用する従業員の数).
 * @param [deemedLarge] TRUE for a deemed large enterprise (みなし大企業, items ア–オ); default FALSE.
 * @param [sme] TRUE for an SME as defined by the program (中小企業者 etc.); default FALSE.
 * @returns "大企業", "中堅" or "中小".
 */
export function gxCompanySize(employees: any, deemedLarge?: any, sme?: any): string {
  return asText(
    run(() =>
      andThen(argNumber(employees, "従業員数", { min: 0 }), (n) =>
        andThen(argBool(deemedLarge, "みなし大企業", false), (d) =>
          andThen(argBool(sme, "中小企業者", false), (s) => andThen(classifyCompanySize(n, d, s), (size) => ok(COMPANY_SIZE_JA[size]))),
        ),
      ),
    ),
  );
}

/**
 * Biomass dependency as a decimal = biomass heat ÷ (biomass + non-biomass heat) (GX-SRC-04); the program requires at least 0.6 (60%).
 * @customfunction GX.BIOMASSDEPENDENCY
 * @param biomassHeat Calorific value of the biomass fuel (any unit, same as nonBiomassHeat).
 * @param nonBiomassHeat Calorific value of the non-biomass fuel.
 * @param [wasteBiogasOnly] TRUE when biogas is made only from livestock manure, food residue or sewage sludge (→ 1); default FALSE.
 * @returns Dependency as a decimal (format as %).
 */
export function gxBiomassDependency(biomassHeat: any, nonBiomassHeat: any, wasteBiogasOnly?: any): number {
  return asNumber(
    run(() =>
      andThen(argBool(wasteBiogasOnly, "家畜糞尿等のみ", false), (waste) =>
        waste
          ? andThen(biomassDependency(0, 0, true), (d) => ok(numberOf(d.ratio)))
          : andThen(argNumber(biomassHeat, "バイオマスの発熱量", { min: 0 }), (b) =>
              andThen(argNumber(nonBiomassHeat, "非バイオマスの発熱量", { min: 0 }), (n) => andThen(biomassDependency(b, n), (d) => ok(numberOf(d.ratio)))),
            ),
      ),
    ),
  );
}

/**
 * TRUE when PUE = facility energy ÷ ICT energy is at most 1.3 (GX-BIZ-DC-01, required within 2 years of operation for the DC type).
 * @customfunction GX.PUECHECK
 * @param facilityEnergy Annual energy use of the whole facility (any unit, same as ictEnergy).
 * @param ictEnergy Annual energy use of the ICT equipment (0 → #DIV/0!).
 * @returns TRUE or FALSE.
 */
export function gxPueCheck(facilityEnergy: any, ictEnergy: any): boolean {
  return asBool(
    run(() =>
      andThen(argNumber(facilityEnergy, "施設全体のエネルギー使用量", { min: 0 }), (f) =>
        andThen(argNumber(ictEnergy, "ICT機器のエネルギー使用量", { min: 0 }), (i) => andThen(pueCheck(f, i), (c) => ok(c.meets))),
      ),
    ),
  );
}

/** Pairs two ranges cell by cell; rows where both cells are blank are skipped. */
function pvLines(modules: any, pcs: any): Result<PvLine[]> {
  const grid = (v: any): any[][] => (Array.isArray(v) ? (v as any[]).map((r) => (Array.isArray(r) ? r : [r])) : [[v]]);
  const a = grid(modules).flat();
  const b = grid(pcs).flat();
  if (a.length !== b.length) return fail("INVALID_INPUT", `太陽電池の出力とパワーコンディショナーの出力の範囲は同じ大きさにしてください（${a.length}件と${b.length}件）。`, { ruleId: "GX-SRC-03" });
  const lines: PvLine[] = [];
  for (let i = 0; i < a.length; i++) {
    if (isOmitted(a[i]) && isOmitted(b[i])) continue;
    const m = argNumber(a[i], `太陽電池の合計出力（${i + 1}件目）`, { min: 0 });
    if (!m.ok) return m;
    const c = argNumber(b[i], `パワーコンディショナーの出力（${i + 1}件目）`, { min: 0 });
    if (!c.ok) return c;
    lines.push({ moduleKW: m.value, pcsKW: c.value });
  }
  return ok(lines);
}

/**
 * PV capacity in kW for form (1): sum over PCS lines of MIN(total module output, PCS output) (GX-SRC-03).
 * @customfunction GX.PVCAPACITY
 * @param moduleOutputsKW Total module output per PCS line, kW (a range or one number).
 * @param pcsOutputsKW PCS output per line, kW (same size as moduleOutputsKW).
 * @returns Capacity in kW.
 */
export function gxPvCapacity(moduleOutputsKW: any[][], pcsOutputsKW: any[][]): number {
  return asNumber(run(() => andThen(pvLines(moduleOutputsKW, pcsOutputsKW), (lines) => andThen(pvCapacity(lines), (c) => ok(numberOf(c))))));
}

/**
 * TRUE when a source in the given state counts as a new or restarted source (新設・再稼働電源) for the program (GX-SRC-01).
 * @customfunction GX.ISNEWSOURCE
 * @param sourceType Source type, e.g. "太陽光", "水力", "原子力", "バイオマス（専焼）", "CCS付火力発電".
 * @param state Source state: "新設", "リプレース", "再稼働", "既設", "大規模改修", "改修".
 * @returns TRUE or FALSE.
 */
export function gxIsNewSource(sourceType: any, state: any): boolean {
  return asBool(
    run(() =>
      andThen(classifySource(sourceType), (c) =>
        c.kind !== "source"
          ? fail("INVALID_INPUT", `電源種「${sourceType}」は発電所の電源種ではありません（証書・系統電力は新設・再稼働の判定対象外, GX-SRC-01）。`, { path: "電源種" })
          : andThen(parseSourceState(state), (st) => ok(countsAsNew(c.row, st))),
      ),
    ),
  );
}
