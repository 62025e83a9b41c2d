/**
 * Reads a battery line of the 経費内訳 for the target-price check (DC-BATT-01): the capacity from the
 * 数量/単位 columns (kWh, MWh) or from a figure in 内容 ("蓄電池 1,000kWh"); the hybrid PCS output from
 * "ハイブリッド … 99.7kW"; 家庭用 when the text says so (業務・産業用 otherwise).
 */
import { normalizeText } from "../../lib/normalize";
import { findKeyword } from "./keywordMatch";
import type { BatteryClass } from "./battery";
import type { DcZeroParams } from "./params";
import type { ExpenseLine } from "./sheetTypes";

export interface BatteryLine {
  /** null when neither the columns nor the text give a capacity. */
  readonly capacityKWh: number | null;
  readonly hybridOutputKW: number;
  readonly batteryClass: BatteryClass;
}

const UNIT_TO_KWH: Readonly<Record<string, number>> = { kwh: 1, mwh: 1000 };

const figure = (text: string): number => Number(text.replace(/,/g, ""));

/** Whether a text names a battery (a row of the battery items). Asked for every line: a plain loop. */
function namesBattery(text: string, params: DcZeroParams): boolean {
  for (const row of params.batteryItems.value) if (findKeyword(text, row.keywords) !== null) return true;
  return false;
}

/** The battery reading of a line, or null when the line is not a battery. */
export function readBatteryLine(line: Pick<ExpenseLine, "description" | "quantity" | "unit">, params: DcZeroParams): BatteryLine | null {
  const text = line.description ?? "";
  if (!namesBattery(text, params)) return null;
  const t = normalizeText(text);
  const unitScale = line.unit === null ? undefined : UNIT_TO_KWH[normalizeText(line.unit)];
  let capacityKWh: number | null = null;
  if (unitScale !== undefined && line.quantity !== null) capacityKWh = line.quantity * unitScale;
  else {
    const m = /(\d[\d,]*(?:\.\d+)?)\s*(kwh|mwh)/.exec(t);
    if (m) capacityKWh = figure(m[1]) * UNIT_TO_KWH[m[2]];
  }
  const kw = t.includes("ハイブリッド") ? /(\d[\d,]*(?:\.\d+)?)\s*kw(?!h)/.exec(t) : null;
  return {
    capacityKWh,
    hybridOutputKW: kw ? figure(kw[1]) : 0,
    batteryClass: t.includes("家庭用") ? "household" : "industrial",
  };
}

/**
 * Words of a line that installs a battery (据付, 設置工事 …): the target price of DC-BATT-01 is 「工事費込み」, so
 * such lines are added to the battery's own price before the comparison.
 */
const INSTALLATION_KEYWORDS = ["据付", "据え付", "設置", "工事", "施工", "取付", "取り付", "搬入", "基礎"];

/** A separate installation line of a battery ("蓄電池 据付工事"), not the battery itself. */
export function isBatteryInstallation(line: Pick<ExpenseLine, "description">, params: DcZeroParams): boolean {
  const text = line.description ?? "";
  if (!namesBattery(text, params)) return false;
  return findKeyword(text, INSTALLATION_KEYWORDS) !== null;
}
