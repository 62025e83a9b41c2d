/** 実施計画書 指標 inputs for the evaluatePlanIndicators tests: nothing stated, and a helper that states some facts. */
import { evaluatePlanIndicators } from "../evaluatePlanIndicators";
import type { PlanIndicatorsInput } from "../sheetTypes";

export const BLANK_INDICATORS: PlanIndicatorsInput = {
  projectType: null,
  pue: null,
  reShare: null,
  expectedUtilization: null,
  annualCo2ReductionT: null,
  usefulLifeYears: null,
  eligibleCostYen: null,
};

/** Evaluates a 指標 sheet stating only `fields`. */
export const evaluateIndicators = (fields: Partial<PlanIndicatorsInput>) => evaluatePlanIndicators({ ...BLANK_INDICATORS, ...fields });
