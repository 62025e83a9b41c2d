/**
 * 再エネ設備の新規導入 (new RE equipment): the definition of 新規導入 (DC-EQ-06: installation started on or
 * after the 公募開始日) and whether a 経費内訳 shows any RE equipment where the type requires new RE
 * (新設 要件ア DC-NEW-REQ-01, 改修 ア「再エネ設備の新規導入は必須」DC-RENO-REQ-01, コンテナ 要件イ DC-CONT-REQ-02).
 */
import { fail, ok, type Result } from "../../lib/result";
import type { ExpenseClassification } from "./classifyExpense";
import { readDate } from "../../lib/dates";
import type { Add } from "./expenseChecks";
import { DC_ZERO_CURRENT, type DcZeroParams } from "./params";
import { DC_PROJECT_TYPE_JA } from "./projectType";
import type { DcProjectType } from "./sheetTypes";

/**
 * Whether RE equipment whose installation started on `installationStart` is 新規導入 (on or after the 公募開始日).
 * @param installationStart ISO / Japanese date text, or an Excel date serial
 * @example isNewlyIntroducedRe("2024-04-16").value // true; "2024-04-15" → false
 */
export function isNewlyIntroducedRe(installationStart: string | number, params: DcZeroParams = DC_ZERO_CURRENT.params): Result<boolean> {
  const from = params.newReFrom;
  const iso = readDate(installationStart, "再エネ発電設備の設備導入開始日");
  if (!iso.ok) return fail(iso.error.code, `${iso.error.message}（${from.ruleId}）`, { ruleId: from.ruleId, path: "再エネ発電設備の設備導入開始日" });
  return ok(iso.value >= from.value);
}

/**
 * Warns when the type requires new RE equipment and no line of the 経費内訳 names any (the RE may be funded
 * outside the subsidy, hence a warning).
 */
export function checkNewReIncluded(classified: readonly (ExpenseClassification | null)[], type: DcProjectType | null, params: DcZeroParams, add: Add): void {
  const required = type === null ? undefined : params.newReRequired[type];
  if (type === null || required === undefined) return;
  const found = classified.some((c) => c !== null && c.verdict !== "ineligible" && c.equipmentItem?.item === required.item);
  if (found) return;
  const item = params.eligibleEquipment[type].value.find((r) => r.key === required.item);
  add(
    null,
    null,
    "warning",
    required.ruleId,
    `経費内訳に再エネ設備（${item?.labelJa ?? required.item}）の行が見つかりません。${DC_PROJECT_TYPE_JA[type]}では再エネ設備の新規導入が要件です。補助対象外として導入する場合も、その設備と導入方法を実施計画書に記載してください（${required.ruleId}）。`,
  );
}
