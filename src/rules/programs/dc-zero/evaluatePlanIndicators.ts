/**
 * Checks the 実施計画書 指標 (別紙1) facts: 新設 再エネ率 ≥ 10% (DC-NEW-REQ-01), 全再エネ率 vs 再エネ率
 * (DC-RATIO-01), the start of the new RE equipment vs the 公募開始日 (DC-EQ-06), コンテナ CO2削減コスト
 * ≤ 230,000 円/t-CO2 (DC-CONT-REQ-06), the utilisation evaluated in the review (DC-REV-03), PUE.
 *
 * CO2削減コスト for コンテナ at both utilisation cases (AMB-36, DC-REV-03): the sheet states one
 * 年間CO2削減量, read as the figure at 想定稼働率. When 想定稼働率 is given, the reduction at the other case
 * is taken as proportional to utilisation (reduction × case ÷ 想定稼働率) — our assumption, stated in the
 * messages — and the check fails if the cost at either case exceeds the limit. Without 想定稼働率 the
 * stated figure alone is tested.
 */
import { Fraction } from "../../lib/fraction";
import { display, yen } from "../../lib/amounts";
import { citeRule } from "./cite";
import { co2CostLimit, co2ReductionCost } from "./co2Cost";
import { evaluatedUtilization, meetsReShare } from "./indicators";
import { DC_ZERO_CURRENT, type DcZeroParams } from "./params";
import { DC_PROJECT_TYPE_JA } from "./projectType";
import { readDate } from "../../lib/dates";
import { isNewlyIntroducedRe } from "./reEquipment";
import type { PlanIndicatorField, PlanIndicatorIssue, PlanIndicatorsEvaluation, PlanIndicatorsInput } from "./sheetTypes";

const percent = (x: Fraction | number): string => `${display((x instanceof Fraction ? x.toNumber() : x) * 100)}%`;
const perT = (x: Fraction | number): string => `${display(Math.round(x instanceof Fraction ? x.toNumber() : x))}円/t-CO2`;

export function evaluatePlanIndicators(input: PlanIndicatorsInput, params: DcZeroParams = DC_ZERO_CURRENT.params): PlanIndicatorsEvaluation {
  const issues: PlanIndicatorIssue[] = [];
  const checks = new Set<string>();
  const add = (field: PlanIndicatorField | null, severity: PlanIndicatorIssue["severity"], ruleId: string, message: string): void => {
    issues.push({ row: null, field, severity, ruleId, message, citation: citeRule(params, ruleId) });
  };
  const type = input.projectType;

  // DC-REV-03: the utilisation used in the review.
  const floorRule = params.utilizationFloor.ruleId;
  let utilization: Fraction | null = null;
  let expected: Fraction | null = null;
  if (input.expectedUtilization !== null) {
    const u = evaluatedUtilization(input.expectedUtilization, params);
    if (!u.ok) add("expectedUtilization", "error", floorRule, u.error.message);
    else {
      checks.add(floorRule);
      utilization = u.value;
      expected = Fraction.fromDecimal(input.expectedUtilization);
      if (expected.lt(utilization)) {
        add("expectedUtilization", "info", floorRule, `想定稼働率 ${percent(expected)} は${params.utilizationFloor.value}を下回るため、審査では稼働率${params.utilizationFloor.value}として評価されます（${floorRule}）。`);
      }
    }
  }

  // DC-NEW-REQ-01: 再エネ率 ≥ 10% (新設).
  const reRule = params.reShareMin.ruleId;
  if (type === "new") {
    if (input.reShare === null) add("reShare", "info", reRule, `再エネ率が記載されていないため、新設の要件ア（使用電力量の${params.reShareMin.value}以上を再エネで供給）は確認していません（${reRule}）。`);
    else if (input.reShare < 0 || input.reShare > 1) add("reShare", "error", reRule, `再エネ率 ${input.reShare} は0〜1（0%〜100%）の割合で記入してください（${reRule}）。`);
    else {
      checks.add(reRule);
      if (!meetsReShare(Fraction.fromDecimal(input.reShare), params)) {
        add("reShare", "error", reRule, `再エネ率 ${percent(input.reShare)} は新設の要件（データセンターの使用電力量の${params.reShareMin.value}以上を新規導入の再エネ発電設備で供給）を満たしません（${reRule}）。`);
      }
    }
  }

  checkTotalReShare(input, add, checks);
  checkReInstallationStart(input, params, add, checks);

  // DC-CONT-REQ-06 / review オ: CO2削減コスト.
  const costRule = params.co2CostMaxYenPerT.ruleId;
  let co2Cost: Fraction | null = null;
  const { eligibleCostYen, annualCo2ReductionT, usefulLifeYears } = input;
  if (eligibleCostYen !== null && annualCo2ReductionT !== null && usefulLifeYears !== null) {
    const c = co2ReductionCost(eligibleCostYen, annualCo2ReductionT, usefulLifeYears, params);
    if (!c.ok) add(c.error.code === "DIVISION_BY_ZERO" ? "annualCo2ReductionT" : null, "error", costRule, c.error.message);
    else co2Cost = c.value;
  }
  const limit = type === null ? null : co2CostLimit(type, params);
  if (type === "container") {
    if (co2Cost === null) {
      if (eligibleCostYen === null || annualCo2ReductionT === null || usefulLifeYears === null) {
        add(null, "info", costRule, `補助対象経費・年間CO2削減量・法定耐用年数のいずれかが記載されていないため、CO2削減コスト（${costRule}）は確認していません。`);
      }
    } else {
      checks.add(costRule);
      checkContainerCost(co2Cost, expected, utilization, params, add);
    }
  } else if (co2Cost !== null) {
    add(null, "info", "DC-REV-04", `CO2削減コスト ${perT(co2Cost)}（補助対象経費 ${yen(eligibleCostYen ?? 0)} ÷ (年間CO2削減量 ${display(annualCo2ReductionT ?? 0)}t-CO2 × 法定耐用年数 ${display(usefulLifeYears ?? 0)}年)）。${type === null ? "事業区分が不明のため上限は確認していません" : `${DC_PROJECT_TYPE_JA[type]}には上限の定めがなく、審査項目オ（費用対効果）で評価されます`}（DC-REV-04）。`);
  }

  // PUE (DC-MOVE-REQ-02 ＊4, review カ).
  if (input.pue !== null) {
    if (input.pue < 1) add("pue", "warning", "DC-MOVE-REQ-02", `PUE ${input.pue} は1未満です。PUE = 事業所のエネルギー使用量 ÷ ICT機器のエネルギー使用量 で、事業所はICT機器を含むため1以上になります（DC-MOVE-REQ-02）。`);
    else add("pue", "info", "DC-REV-04", `PUE ${display(input.pue)}: 審査項目カでは PUE が低い事業に加点されます（想定稼働率と稼働率${params.utilizationFloor.value}の両方で算出, DC-REV-03）。`);
  }

  if (type === null) {
    add(null, "info", reRule, "事業区分が記載されていないため、新設の再エネ率要件とコンテナのCO2削減コスト要件は確認していません。");
  }

  return {
    issues,
    co2CostYenPerT: co2Cost === null ? null : co2Cost.toNumber(),
    co2CostLimitYenPerT: limit?.ok ? limit.value : null,
    evaluatedUtilization: utilization === null ? null : utilization.toNumber(),
    checksRun: [...checks],
  };
}

type Add = (field: PlanIndicatorField | null, severity: PlanIndicatorIssue["severity"], ruleId: string, message: string) => void;

/** Fails if the cost at the stated case or (with 想定稼働率) at the floor case exceeds the limit (AMB-36). */
function checkContainerCost(cost: Fraction, expected: Fraction | null, evaluated: Fraction | null, params: DcZeroParams, add: Add): void {
  const ruleId = params.co2CostMaxYenPerT.ruleId;
  const limit = Fraction.of(params.co2CostMaxYenPerT.value);
  const floor = Fraction.parse(params.utilizationFloor.value);
  const cases: { label: string; cost: Fraction }[] = [];
  if (expected === null || evaluated === null || expected.isZero()) {
    cases.push({ label: "記載の年間CO2削減量", cost });
  } else {
    // Reduction ∝ utilisation: cost at case u = stated cost × 想定稼働率 ÷ u.
    cases.push({ label: `想定稼働率 ${percent(evaluated)}`, cost: cost.mul(expected).div(evaluated) });
    cases.push({ label: `稼働率 ${params.utilizationFloor.value}`, cost: cost.mul(expected).div(floor) });
  }
  const over = cases.filter((c) => c.cost.gt(limit));
  const list = cases.map((c) => `${c.label}: ${perT(c.cost)}`).join("、");
  const assumption = cases.length > 1 ? "（削減量は稼働率に比例すると仮定, AMB-36）" : "";
  if (over.length > 0) {
    add("eligibleCostYen", "error", ruleId, `CO2削減コストが上限 ${perT(limit)} を超えています — ${list}${assumption}。コンテナの要件カを満たしません（${ruleId}）。`);
  } else {
    add("eligibleCostYen", "info", ruleId, `CO2削減コスト ${list}${assumption} は上限 ${perT(limit)} 以下です（${ruleId}）。`);
  }
}

const RATIO_RULE = "DC-RATIO-01";

/** 全再エネ率 is a share (0–1) and includes the new RE of 再エネ率, so it cannot be below it (DC-RATIO-01). */
function checkTotalReShare(input: PlanIndicatorsInput, add: Add, checks: Set<string>): void {
  const total = input.totalReShare ?? null;
  if (total === null) return;
  if (!Number.isFinite(total) || total < 0 || total > 1) {
    add("totalReShare", "error", RATIO_RULE, `全再エネ率 ${total} は0〜1（0%〜100%）の割合で記入してください（${RATIO_RULE}）。`);
    return;
  }
  checks.add(RATIO_RULE);
  const re = input.reShare;
  if (re !== null && re >= 0 && re <= 1 && Fraction.fromDecimal(total).lt(Fraction.fromDecimal(re))) {
    add(
      "totalReShare",
      "error",
      RATIO_RULE,
      `全再エネ率 ${percent(total)} が再エネ率 ${percent(re)} を下回っています。全再エネ率は新規導入の再エネ設備の電力に再エネ由来の購入電力・証書を加えた割合で、再エネ率以上になります（${RATIO_RULE}）。`,
    );
  }
}

/** 新規導入の再エネ発電設備: installation started on/after the 公募開始日 (DC-EQ-06; 新設・改修・コンテナ). */
function checkReInstallationStart(input: PlanIndicatorsInput, params: DcZeroParams, add: Add, checks: Set<string>): void {
  const start = input.reInstallationStart ?? null;
  const type = input.projectType;
  const from = params.newReFrom;
  if (start === null || type === null) return;
  if (type === "relocation") {
    add("reInstallationStart", "info", from.ruleId, `移設には再エネ設備の新規導入の要件がないため、再エネ発電設備の設備導入開始日は確認していません（移設先に再エネ設備が導入されていることが要件です, DC-MOVE-REQ-01）。`);
    return;
  }
  const r = isNewlyIntroducedRe(start, params);
  if (!r.ok) {
    add("reInstallationStart", "error", from.ruleId, r.error.message);
    return;
  }
  checks.add(from.ruleId);
  if (!r.value) {
    const iso = readDate(start, "設備導入開始日");
    add(
      "reInstallationStart",
      "error",
      from.ruleId,
      `再エネ発電設備の設備導入開始日 ${iso.ok ? iso.value : String(start)} は公募開始日 ${from.value} より前です。新規導入する再エネ発電設備は原則として公募開始日以降に設備導入が開始された設備を指し、${DC_PROJECT_TYPE_JA[type]}の要件（再エネ設備の新規導入）を満たさない可能性があります。例外の扱いは協会に確認してください（${from.ruleId}）。`,
    );
  }
}
