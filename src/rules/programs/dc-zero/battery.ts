/**
 * 定置用蓄電池の目標価格 (DC-BATT-01) with the hybrid deduction (DC-BATT-03):
 * (価格（工事費込み） − 控除額) ÷ 容量 ≤ 目標価格, 控除額 = 2万円 × floor(ハイブリッドPCSの定格出力（系統側）kW)
 * unless the non-battery conversion cost can be separated.
 */
import { Fraction } from "../../lib/fraction";
import { matchAlias } from "../../lib/normalize";
import { fail, ok, type Result } from "../../lib/result";
import { nonNegative, nonNegatives } from "../../lib/amounts";
import { DC_ZERO_CURRENT, type DcZeroParams } from "./params";

/** 業務・産業用 (4800Ah・セル以上) or 家庭用 (未満) — AMB-32. */
export type BatteryClass = "industrial" | "household";

export const BATTERY_CLASS_ALIASES: Readonly<Record<BatteryClass, readonly string[]>> = {
  industrial: ["業務・産業用", "業務産業用", "産業用", "業務用", "industrial", "commercial"],
  household: ["家庭用", "household", "residential"],
};

export const BATTERY_CLASS_JA: Readonly<Record<BatteryClass, string>> = { industrial: "業務・産業用", household: "家庭用" };

/** Reads 区分 as typed: "業務・産業用", "産業用", "業務用", "家庭用" … */
export function parseBatteryClass(input: unknown): Result<BatteryClass> {
  return matchAlias(input, BATTERY_CLASS_ALIASES, "蓄電池の区分");
}

export interface BatteryCheck {
  readonly pass: boolean;
  /** (price − deduction) ÷ kWh, exact. */
  readonly unitPriceYenPerKWh: Fraction;
  readonly targetYenPerKWh: number;
  readonly deductionYen: Fraction;
  readonly batteryClass: BatteryClass;
}

/**
 * Checks a stationary battery against its target price.
 * @param priceYen 蓄電池システムの価格（工事費込み） (yen)
 * @param capacityKWh 容量 (kWh, as stated in the application — AMB-33)
 * @param hybridOutputKW ハイブリッドの電力変換装置の定格出力（系統側） (kW); decimals are truncated (DC-BATT-03)
 * @param separableCostYen the non-battery conversion cost when it can be separated; replaces the per-kW deduction
 * @example batteryCheck(60_000_000, 500, "industrial", 99.7).value // unit price 116,040 ≤ 120,000 → pass
 */
export function batteryCheck(
  priceYen: number | Fraction,
  capacityKWh: number | Fraction,
  batteryClass: BatteryClass = "industrial",
  hybridOutputKW: number | Fraction = 0,
  separableCostYen: number | Fraction | null = null,
  params: DcZeroParams = DC_ZERO_CURRENT.params,
): Result<BatteryCheck> {
  const target = params.batteryTargetYenPerKWh[batteryClass];
  const ruleId = target.ruleId;
  const inputs = nonNegatives(ruleId, [priceYen, "蓄電池の価格（工事費込み）"], [capacityKWh, "蓄電池の容量（kWh）"], [hybridOutputKW, "ハイブリッドPCSの定格出力（kW）"]);
  if (!inputs.ok) return inputs;
  const [price, capacity, kw] = inputs.value;
  let deduction = Fraction.of(kw.floor()).mul(params.hybridDeductionYenPerKW.value);
  if (separableCostYen !== null) {
    const separable = nonNegative(separableCostYen, "切り分けた電力変換部分の経費", params.hybridDeductionYenPerKW.ruleId);
    if (!separable.ok) return separable;
    deduction = separable.value;
  }
  if (capacity.isZero()) return fail("DIVISION_BY_ZERO", `蓄電池の容量が0kWhのため、kWhあたりの価格を計算できません（${ruleId}）。`, { ruleId });
  const unit = price.sub(deduction).div(capacity);
  return ok({
    pass: unit.lte(Fraction.of(target.value)),
    unitPriceYenPerKWh: unit,
    targetYenPerKWh: target.value,
    deductionYen: deduction,
    batteryClass,
  });
}
