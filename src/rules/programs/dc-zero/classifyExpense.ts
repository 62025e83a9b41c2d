/**
 * What an expense text is under the dc-zero call: 対象, 対象外 (補助対象外の例 DC-EXP-02/03, the type's
 * 主な補助対象外設備, or equipment outside the type's ① 補助対象設備 list DC-*-EQ-01), or 要確認; which item
 * of the type's list it names; and whether it is a 1/3-rate item (太陽光・空調等, AMB-35).
 * Used by the 経費内訳 validator and by DC.CLASSIFYEXPENSE.
 */
import { cite, type Param } from "../../lib/param";
import { fail, ok, type Result } from "../../lib/result";
import { findKeyword, matchRows, type KeywordRow } from "./keywordMatch";
import { DC_ZERO_CURRENT, type DcZeroParams } from "./params";
import type { DcProjectType } from "./sheetTypes";
import { Fraction } from "../../lib/fraction";
import { subsidyRate, type RateClass } from "./subsidy";

export interface ExpenseMatch {
  readonly ruleId: string;
  readonly citation: string;
  /** The source's item, e.g. "建屋の建設にかかる経費". */
  readonly labelJa: string;
  /** The keyword found in the text. */
  readonly keyword: string;
  readonly severity: "error" | "warning";
}

export interface ExpenseClassification {
  /** eligible = no rule matched; ineligible = an error-level rule matched; review = only warning-level rules matched. */
  readonly verdict: "eligible" | "ineligible" | "review";
  /** The deciding match (first error-level, else first warning-level), or null. */
  readonly match: ExpenseMatch | null;
  readonly matches: readonly ExpenseMatch[];
  /** lower = 太陽光発電設備及び空調設備等の省CO2型設備 (1/3 for 新設・改修). */
  readonly rateClass: RateClass;
  /** The 1/3-rate item and keyword that made `rateClass` lower. */
  readonly rateMatch: { readonly labelJa: string; readonly keyword: string } | null;
  /** "対象", "対象外: …" or "要確認: …" (Japanese, with rule id and keyword). */
  readonly reasonJa: string;
  /** The item of the type's 補助対象設備 list the text names (null without a 事業区分 or when it names none). */
  readonly equipmentItem: EquipmentItem | null;
}

/** An item of a 補助対象設備 list (DC-NEW-EQ-01, DC-RENO-EQ-01, DC-MOVE-EQ-01, DC-CONT-EQ-01). */
export interface EquipmentItem {
  readonly ruleId: string;
  /** "ア" … "カ". */
  readonly item: string;
  readonly labelJa: string;
  readonly keyword: string;
}

/**
 * Classifies an expense text. Without a 事業区分 only the general ineligible list applies.
 * @example classifyExpense("既存空調機の撤去費", "renovation").reasonJa // "対象外: 既存施設・設備等の撤去費及び処分費（DC-EXP-03、該当語「撤去」）"
 */
export function classifyExpense(text: string, type: DcProjectType | null = null, params: DcZeroParams = DC_ZERO_CURRENT.params): ExpenseClassification {
  const matches = matchTables(text, [...params.ineligible, ...(type ? params.exclusions[type] : [])]);
  const rate = matchRows(text, params.lowerRateItems.value)[0] ?? null;
  return {
    ...decide(matches),
    rateClass: rate ? "lower" : "standard",
    rateMatch: rate ? { labelJa: rate.row.labelJa, keyword: rate.keyword } : null,
    equipmentItem: type === null ? null : equipmentItemOf(text, type, params),
  };
}

/**
 * The first item of the type's ① 補助対象設備 list that `text` names, or null.
 * @example equipmentItemOf("高効率チラー", "renovation")?.item // "ウ"
 */
export function equipmentItemOf(text: string, type: DcProjectType, params: DcZeroParams = DC_ZERO_CURRENT.params): EquipmentItem | null {
  const list = params.eligibleEquipment[type];
  const hit = matchRows(text, list.value)[0];
  return hit ? { ruleId: list.ruleId, item: hit.row.key, labelJa: hit.row.labelJa, keyword: hit.keyword } : null;
}

/** Every row of the tables matching `text`, with its table's rule id and citation (shared with dc-tech). */
export function matchTables(text: string, tables: readonly Param<readonly KeywordRow[]>[]): ExpenseMatch[] {
  return tables.flatMap((table) =>
    matchRows(text, table.value).map((hit) => ({
      ruleId: table.ruleId,
      citation: cite(table),
      labelJa: hit.row.labelJa,
      keyword: hit.keyword,
      severity: hit.row.severity ?? "error",
    })),
  );
}

/** The verdict of a set of matches: the first error-level match decides, else the first warning-level one. */
export function decide(matches: readonly ExpenseMatch[]): Pick<ExpenseClassification, "verdict" | "match" | "matches" | "reasonJa"> {
  const match = matches.find((m) => m.severity === "error") ?? matches[0] ?? null;
  const verdict = match === null ? "eligible" : match.severity === "error" ? "ineligible" : "review";
  return {
    verdict,
    match,
    matches,
    reasonJa: match === null ? "対象" : `${verdict === "ineligible" ? "対象外" : "要確認"}: ${match.labelJa}（${match.ruleId}、該当語「${match.keyword}」）`,
  };
}

/** Spellings of the rate itself accepted as 設備区分 / 補助率区分. */
const RATE_WORDS: Readonly<Record<RateClass, readonly string[]>> = {
  lower: ["1/3", "3分の1", "三分の一"],
  standard: ["1/2", "2分の1", "二分の一"],
};

const firstKeyword = (text: string, rows: readonly KeywordRow[]): string | null => {
  for (const row of rows) {
    const k = findKeyword(text, row.keywords);
    if (k !== null) return k;
  }
  return null;
};

/**
 * 設備区分 for DC.SUBSIDYRATE: "太陽光", "空調", "1/3" → lower; "蓄電池", "受変電", "その他", "1/2" → standard.
 * Text naming neither → INVALID_INPUT with examples.
 */
export function equipmentRateClass(text: string, params: DcZeroParams = DC_ZERO_CURRENT.params): Result<RateClass> {
  const declared = parseRateClassText(text);
  if (declared !== null) return ok(declared);
  if (firstKeyword(text, params.lowerRateItems.value) !== null) return ok("lower");
  if (firstKeyword(text, params.standardRateItems.value) !== null) return ok("standard");
  const lowerExamples = params.lowerRateItems.value.map((r) => r.keywords[0]).join("・");
  return fail(
    "INVALID_INPUT",
    `設備区分「${text}」を判定できません。指定できる値の例: ${lowerExamples}（3分の1）、蓄電池・受変電設備・その他（2分の1）、又は "1/3" / "1/2"（${params.lowerRateItems.ruleId}）。`,
    { ruleId: params.lowerRateItems.ruleId, path: "設備区分" },
  );
}

/** 補助率区分 as typed on a sheet: "1/2", "２分の１", "1/3" … → class; anything else → null. */
export function parseRateClassText(text: string): RateClass | null {
  const typed = text.normalize("NFKC").replace(/\s/g, "");
  for (const cls of ["lower", "standard"] as const) {
    if (RATE_WORDS[cls].includes(typed)) return cls;
  }
  return null;
}

/**
 * 補助率 for an equipment text under a 事業区分 (DC.SUBSIDYRATE with 設備区分): the lower rate for 太陽光・空調等
 * (新設・改修), the type's single rate for 移設・コンテナ, and 0 when the text is 対象外 for the type
 * (ineligibility is a value, not an error).
 * @example rateForEquipment("new", "太陽光パネル").value // 1/3
 */
export function rateForEquipment(type: DcProjectType, text: string, params: DcZeroParams = DC_ZERO_CURRENT.params): Result<Fraction> {
  if (classifyExpense(text, type, params).verdict === "ineligible") return ok(Fraction.of(0));
  if (params.rate[type].value.lower === null) return ok(subsidyRate(type, "standard", params));
  const cls = equipmentRateClass(text, params);
  return cls.ok ? ok(subsidyRate(type, cls.value, params)) : cls;
}
