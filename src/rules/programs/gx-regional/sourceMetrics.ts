/**
 * Figures the source table asks for: PV capacity for 様式（1） (GX-SRC-03, ※2), バイオマス依存率
 * (GX-SRC-04, ※5) and the co-firing / CCS thresholds (GX-SRC-02, ※7 ※8 ※9).
 */
import { nonNegative } from "../../lib/amounts";
import { Fraction, ONE } from "../../lib/fraction";
import { fail, ok, type Result } from "../../lib/result";
import { GX_CURRENT, type GxParams } from "./params";

export interface BiomassDependency {
  /** Dependency as a fraction (0.6 = 60%). */
  readonly ratio: Fraction;
  /** ≥ 60% (以上). */
  readonly meets: boolean;
}

/**
 * バイオマス依存率 = バイオマスの発熱量 ÷ (バイオマスと非バイオマスの発熱量) (×100 in the source: here a fraction).
 * Biogas made only from 家畜糞尿・食品残渣・下水汚泥 counts as 100% (※5).
 * @param biomassHeat 発熱量 of the biomass fuel (any unit, same as nonBiomassHeat)
 * @example biomassDependency(60, 40).ratio.toString() //=> "3/5"
 */
export function biomassDependency(biomassHeat: number, nonBiomassHeat: number, wasteBiogasOnly = false, p: GxParams = GX_CURRENT): Result<BiomassDependency> {
  const min = Fraction.parse(p.biomassMinDependency.value);
  if (wasteBiogasOnly) return ok({ ratio: ONE, meets: true });
  const b = nonNegative(biomassHeat, "バイオマスの発熱量", "GX-SRC-04");
  if (!b.ok) return b;
  const n = nonNegative(nonBiomassHeat, "非バイオマスの発熱量", "GX-SRC-04");
  if (!n.ok) return n;
  const total = b.value.add(n.value);
  if (total.isZero()) return fail("DIVISION_BY_ZERO", "発熱量の合計が0のため、バイオマス依存率を計算できません（GX-SRC-04）。", { ruleId: "GX-SRC-04" });
  const ratio = b.value.div(total);
  return ok({ ratio, meets: ratio.gte(min) });
}

/** One PCS line of a PV plant: total module output and PCS output (kW). */
export interface PvLine {
  readonly moduleKW: number;
  readonly pcsKW: number;
}

/**
 * 太陽光の設備容量 for 様式（1）: Σ min(太陽電池の合計出力, パワーコンディショナーの出力) per line (※2).
 * @example pvCapacity([{ moduleKW: 120, pcsKW: 100 }, { moduleKW: 80, pcsKW: 100 }]) //=> 180
 */
export function pvCapacity(lines: readonly PvLine[]): Result<Fraction> {
  let sum = Fraction.of(0);
  for (const [i, line] of lines.entries()) {
    const m = nonNegative(line.moduleKW, `太陽電池の合計出力（${i + 1}行目）`, "GX-SRC-03");
    if (!m.ok) return m;
    const c = nonNegative(line.pcsKW, `パワーコンディショナーの出力（${i + 1}行目）`, "GX-SRC-03");
    if (!c.ok) return c;
    sum = sum.add(Fraction.min(m.value, c.value));
  }
  return ok(sum);
}

export type CofiringKind = "hydrogen" | "ammonia" | "ccs";

/** The threshold of a co-firing / capture kind: 水素 10%, アンモニア 20% (HHV), CCS 回収率 20%. */
export function cofiringMinimum(kind: CofiringKind, p: GxParams = GX_CURRENT): Fraction {
  const v = kind === "hydrogen" ? p.hydrogenCofiringMin.value : kind === "ammonia" ? p.ammoniaCofiringMin.value : p.ccsCaptureMin.value;
  return Fraction.parse(v);
}

/**
 * True when the share (a fraction, 0.1 = 10%) reaches the threshold (以上).
 * @example cofiringCheck("ammonia", 0.2) // ok(true)
 */
export function cofiringCheck(kind: CofiringKind, share: number, p: GxParams = GX_CURRENT): Result<boolean> {
  const s = nonNegative(share, kind === "ccs" ? "CO2回収率" : "混焼率", "GX-SRC-02");
  if (!s.ok) return s;
  if (s.value.gt(ONE)) return fail("OUT_OF_DOMAIN", `割合は0〜1（0%〜100%）で指定してください（入力値: ${share}）。`, { ruleId: "GX-SRC-02" });
  return ok(s.value.gte(cofiringMinimum(kind, p)));
}
