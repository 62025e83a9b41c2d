/**
 * Resolves the facts a sheet kind needs: option value, else labelled cell (preferring the kind's
 * own sheet), and says where each fact is so issues about it point at its cell.
 */
import type { ValidationOptions } from "./report";
import type { Detection } from "./detect";
import { FACTS, factKeyOf, type FactKey } from "./factCatalog";
import { resolveFact, type FactValue, type ResolvedFact } from "./facts";
import { finding, SHEET_RULES } from "./sheetRules";
import type { CellRef } from "./issueMapping";
import type { Finding } from "./types";

export class FactResolver {
  private readonly options = new Map<FactKey, FactValue>();

  constructor(
    private readonly detection: Detection,
    facts: ValidationOptions["facts"],
  ) {
    for (const [name, value] of Object.entries(facts ?? {})) {
      const key = factKeyOf(name);
      if (key) this.options.set(key, value);
    }
  }

  get(key: FactKey, preferredSheets: readonly string[], source: string): ResolvedFact {
    return resolveFact(FACTS[key], this.detection.facts.get(key) ?? [], this.options.get(key), preferredSheets, source);
  }
}

/** Where to point a finding about a fact: its cell when the workbook has its label, else the kind's anchor. */
export function factCell(f: ResolvedFact, fallback: CellRef): CellRef {
  return f.where ?? fallback;
}

/** "… が見つからないため … を検証していません" (info, never an error — SPEC §5). */
export function factAbsent(f: ResolvedFact, fallback: CellRef, whatIsNotChecked: string, source: string): Finding {
  const at = factCell(f, fallback);
  return finding(
    at.sheet,
    at.cell,
    "info",
    SHEET_RULES.factAbsent,
    `「${f.nameJa}」が見つからないため、${whatIsNotChecked}を検証していません。ラベル「${f.nameJa}」とその値（右または下のセル）を入力するか、オプションで指定してください（${SHEET_RULES.factAbsent}）。`,
    source,
  );
}

/** A stated fact whose text is not among the accepted values: a person should look (warning). */
export function factUnreadable(f: ResolvedFact, fallback: CellRef, messageFromAlias: string, source: string): Finding {
  const at = factCell(f, fallback);
  return finding(at.sheet, at.cell, "warning", SHEET_RULES.factUnreadable, `${messageFromAlias}（${SHEET_RULES.factUnreadable}）`, source);
}
