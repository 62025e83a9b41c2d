/**
 * Programs of seed 002 (GX Future Seminar "GX関係予算") whose terms are concrete and deterministic:
 * 省エネ補助金 (#3/#22), Scope3 企業間連携 (#29), 業務用建築物の脱炭素改修 (#7), 自営線マイクログリッド交付金 (#6).
 * Rule ids S002-<PROGRAM>-<NN>; source "gx-budget-seminar-2025"; locators are line ranges of the seed.
 */
export type { S002CompanySize, S002Options, S002Rate, S002Eligibility } from "./common";
export { S002_SIZE_ALIASES } from "./common";
export { SHOENE_EDITIONS, type ShoeneType, type ShoeneParams, type ShoeneRateTable, type ShoeneCapTable } from "./shoeneParams";
export {
  shoeneRate,
  shoeneCap,
  shoeneSubsidy,
  SHOENE_TYPE_ALIASES,
  type ShoeneRateInput,
  type ShoeneCapInput,
  type ShoeneSubsidyInput,
  type ShoeneCap,
  type ShoeneSubsidy,
} from "./shoene";
export { SCOPE3_EDITIONS, SCOPE3_R7_PARAMS, type Scope3Params } from "./scope3Params";
export { scope3Rate, scope3Cap, scope3Subsidy, scope3Eligibility, type Scope3RateInput, type Scope3SubsidyInput, type Scope3EligibilityInput } from "./scope3";
export { BUILDING_EDITIONS, type BuildingParams, type BuildingUseClass } from "./buildingParams";
export { buildingRetrofitEligibility, buildingRetrofitRateRange, BUILDING_USE_ALIASES, type BuildingRetrofitInput } from "./building";
export { MICROGRID_EDITIONS, type MicrogridParams } from "./microgridParams";
export { microgridRate, type MicrogridRateInput } from "./microgrid";
