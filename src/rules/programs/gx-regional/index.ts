/**
 * GX地域共創補助金2026 (gx-regional): the public API of the rules core — dated params, small
 * evaluators, the 電力調達計画 evaluation, the checklist and the accepted-value alias tables (SPEC §4).
 */
export * from "./types";
export type * from "./powerPlanTypes";
export { GX_2026_V11, GX_2026_V11_PARAMS, GX_CURRENT, GX_EDITIONS, withPrintedLargeRates } from "./params";
export type {
  CertificateRow,
  ContractRow,
  GxParams,
  IneligibleBasis,
  MatrixRow,
  OtherDisciplineRow,
  RateCell,
  RateRow,
  SolarDisciplineItem,
  SourceTypeRow,
} from "./params";
export {
  COMPANY_SIZE_ALIASES,
  CONTRACT_PROCUREMENT_ALIASES,
  INVESTMENT_TYPE_ALIASES,
  LINE_PROCUREMENT_ALIASES,
  LINKAGE_ALIASES,
  LOCATION_ALIASES,
  SOURCE_KIND_ALIASES,
  SOURCE_STATE_ALIASES,
  TIER_ALIASES,
  matchLoose,
  parseCompanySize,
  parseContractProcurement,
  parseInvestmentType,
  parseLineProcurement,
  parseLinkage,
  parseLocation,
  parseSourceKind,
  parseSourceState,
  parseTier,
} from "./aliases";
export { determineTier, ineligibleBasis, type TierDecision } from "./tier";
export { tierByProcedure, type TierProcedureInput, type TierProcedureResult } from "./tierProcedure";
export { SUPPLY_REGION_EXCEPTION_RULE, supplyRegionStanding, type SupplyRegionStanding } from "./supplyRegion";
export { rateCell, rateRow, subsidyCap, subsidyRate } from "./rate";
export { subsidyAmount, type SubsidyComputation } from "./subsidy";
export { meetsMinimumInvestment, minimumInvestment } from "./minimumInvestment";
export { contributionAgreement, regionalContribution, type ContributionAgreement, type ContributionGuideline } from "./contribution";
export { contractYears, type ContractRequirement } from "./contract";
export { meetsPower1, meetsPower2, powerCheck, type PowerCheck } from "./power";
export { classifyCompanySize } from "./companySize";
export { pueCheck, type PueCheck } from "./pue";
export { biomassDependency, cofiringCheck, cofiringMinimum, pvCapacity, type BiomassDependency, type CofiringKind, type PvLine } from "./sourceMetrics";
export {
  CERTIFICATE_ALIASES,
  NON_DECARBONISED_ALIASES,
  SOURCE_TYPE_ALIASES,
  acceptedCertificatesText,
  acceptedSourceTypesText,
  classifySource,
  countsAsNew,
  isNuclear,
  type SourceClass,
} from "./sourceTypes";
export { exclusionCases, isTrackedNonFitMenu, type ExclusionFinding, type ExclusionInput } from "./exclusions";
export { dcSiteMatchesSource, locationRequirement, type LocationDecision } from "./location";
export { normalizePrefecture, PREFECTURES } from "./prefectures";
export { evaluatePowerPlan } from "./powerPlan";
export { readProcurementLine, type CountedLine, type LineReading } from "./powerPlanLines";
export { prefectureKWh, sumPlan, type PlanKWh, type PrefectureKWh } from "./powerPlanShares";
export { gxChecklist, type ChecklistSource, type FitFipStatus, type GxChecklistContext } from "./checklist";
export { checklistContextOf, parseFitFip } from "./checklistContext";
export { citeRule } from "./citations";
