/** METI クラウドプログラム供給確保計画 (secondary source: warnings only) — public API. */
export { METI_CLOUD_EDITIONS, METI_CLOUD_ROUND1_PARAMS, type MetiCloudParams, type EligibleCategory, type CloudDocument } from "./params";
export { evaluateCloudCost, evaluateCloudCapex, cloudSubsidyMax, classifyCloudItem } from "./cost";
export { evaluateCloudRequirements, type CloudRequirementFacts, type CloudRequirementField, type CloudRequirementEvaluation } from "./requirements";
export { cloudChecklist } from "./checklist";
export type * from "./sheetTypes";
