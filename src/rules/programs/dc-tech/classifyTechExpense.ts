/**
 * 補助対象外経費 of the dc-tech 実施要領 (DCTECH-EXCL-01) detected in an expense text: "対象", "対象外: …",
 * or "要確認: …" (the 建屋 exception).
 */
import { decide, matchTables, type ExpenseClassification } from "../dc-zero/classifyExpense";
import { DC_TECH_CURRENT, type DcTechParams } from "./params";

export type TechExpenseClassification = Pick<ExpenseClassification, "verdict" | "match" | "matches" | "reasonJa">;

/**
 * @example classifyTechExpense("実証用ノートPC").reasonJa // "対象外: ウ 当然備えているべき機器…（DCTECH-EXCL-01、該当語「ノートPC」）"
 */
export function classifyTechExpense(text: string, params: DcTechParams = DC_TECH_CURRENT.params): TechExpenseClassification {
  return decide(matchTables(text, [params.exclusions]));
}
