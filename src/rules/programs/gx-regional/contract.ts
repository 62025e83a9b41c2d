/**
 * 電源の契約期間 (GX-CONTRACT-01): the minimum contract years of a CPPA or the minimum continuation of a
 * 脱炭素電力メニュー, read from the data rows of params.ts with the AMB-24 mapping:
 * nuclear (any state) → the nuclear rows; other 新設・再稼働 categories → 新設・リプレース; self-generation → CPPA.
 */
import { cite } from "../../lib/param";
import { fail, ok, type Result } from "../../lib/result";
import { GX_CURRENT, type ContractRow, type GxParams, type SourceTypeRow } from "./params";
import { countsAsNew, isNuclear } from "./sourceTypes";
import type { ContractProcurement, SourceState } from "./types";

export interface ContractRequirement {
  readonly minYears: number;
  /** The row of the table that applies. */
  readonly row: ContractRow;
  readonly citation: string;
}

/** Source class of the contract table for a state (and the source type when known). */
function sourceClassOf(state: SourceState, source: SourceTypeRow | null, nuclear: boolean): ContractRow["sourceClass"] {
  if (nuclear && state === "restart") return "restart";
  if (state === "existing") return "existing";
  if (source) return countsAsNew(source, state) ? "newReplace" : "existing";
  return "newReplace";
}

/**
 * Minimum contract period in years.
 * @param procurement CPPA (自家発 is read as CPPA) or メニュー
 * @param state 電源の状態
 * @param source 電源種 (a–m) when known; 原子力 → 5年 for any state
 * @param justifiedException 電源・事業の特性に照らし合理的と認められる場合
 * @example contractYears("cppa", "new") // ok({ minYears: 15, … })
 */
export function contractYears(
  procurement: ContractProcurement,
  state: SourceState,
  source: SourceTypeRow | null = null,
  justifiedException = false,
  p: GxParams = GX_CURRENT,
): Result<ContractRequirement> {
  const rows = p.contractPeriods.value;
  const found = (row: ContractRow | undefined): Result<ContractRequirement> => {
    if (!row) throw new RangeError("GX-CONTRACT-01: edition lacks a row");
    return ok({ minYears: row.minYears, row, citation: cite(p.contractPeriods) });
  };
  if (procurement === "menu") return found(rows.find((r) => r.procurement === "menu"));

  if (state === "restart" && source && !isNuclear(source)) {
    return fail("INVALID_INPUT", `再稼働電源は原子力発電に限られます（GX-PWR-07）。電源種「${source.label}」では「再稼働」は指定できません。`, {
      path: "電源の状態",
      ruleId: "GX-PWR-07",
    });
  }
  // 再稼働電源 is nuclear by definition (GX-PWR-07), so state 再稼働 alone selects the nuclear rows.
  const nuclear = (source !== null && isNuclear(source)) || state === "restart";
  const pattern: ContractRow["pattern"] = nuclear ? "nuclear" : justifiedException ? "justified" : "principle";
  const sourceClass = sourceClassOf(state, source, nuclear);
  return found(rows.find((r) => r.procurement === "cppa" && r.pattern === pattern && r.sourceClass === sourceClass));
}
