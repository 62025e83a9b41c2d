/**
 * 事務費の内容 (MOE-ADMIN-02): a 事務費 line counted as eligible must be one of the kinds 別表第1 lists —
 * 事業を行うために直接必要な事務に要する 社会保険料、賃金、報酬・給料・職員手当（地方公共団体において会計年度任用職員へ
 * 支給されるものに限る）、諸謝金、旅費、需用費、役務費、委託料、使用料及賃借料、消耗品費及備品購入費.
 * Flags lines whose text plainly names something else (接待, 飲食 …) and 報酬・給料・職員手当 typed as the 細目.
 */
import { memoized, normalizeLabel } from "../../lib/normalize";
import type { Add } from "./expenseChecks";
import { exactYen } from "./expenseChecks";
import type { ExpenseCategory } from "./expenseTables";
import { matchRows, type KeywordHit } from "./keywordMatch";
import type { DcZeroParams } from "./params";
import type { ExpenseLine } from "./sheetTypes";

/** 報酬・給料・職員手当 without 賃金: the part of the 細目 limited to local governments' 会計年度任用職員. */
const LOCAL_GOVERNMENT_PAY = ["報酬", "給料", "職員手当"];

/** The kinds 事務費 may contain, as the 細目 of 別表第2 name them. */
export function adminKindsJa(params: DcZeroParams): string {
  return params.adminSubItems.value.map((s) => s.name.replace(/\s+/g, "・")).join("、");
}

export function checkAdminContent(line: ExpenseLine, category: ExpenseCategory | null, params: DcZeroParams, add: Add): void {
  if (category !== "事務費" || exactYen(line.eligibleYen).num <= 0n) return;
  const ruleId = params.adminNotContent.ruleId;
  // The 内容 first, then the 細目 typed by the user: the issue points at the cell that names the expense.
  let found: { field: "description" | "subItem"; text: string; hit: KeywordHit } | undefined;
  for (const field of ["description", "subItem"] as const) {
    const text = line[field]?.trim() ?? "";
    const hit = firstHit(text, params);
    if (hit !== null) {
      found = { field, text, hit };
      break;
    }
  }
  if (found?.hit) {
    const { field, text, hit } = found;
    const severity = hit.row.severity ?? "error";
    const kinds = adminKindsJa(params);
    add(
      line.row,
      field,
      severity,
      ruleId,
      severity === "error"
        ? `事務費「${text}」は「${hit.row.labelJa}」に当たり（該当語「${hit.keyword}」）、事務費に計上できる経費（事業を行うために直接必要な事務に要する ${kinds}）のいずれにも当たりません。補助対象経費から除いてください（${ruleId}）。`
        : `事務費「${text}」は「${hit.row.labelJa}」の可能性があります（該当語「${hit.keyword}」）。事務費は事業を行うために直接必要な事務に要する ${kinds} に限られます。いずれに当たるか確認してください（${ruleId}）。`,
    );
  }
  const sub = normalizeLabel(line.subItem ?? "");
  if (found?.field !== "subItem" && !sub.includes("賃金") && LOCAL_GOVERNMENT_PAY.some((w) => sub.includes(w))) {
    add(
      line.row,
      "subItem",
      "warning",
      ruleId,
      `細目「${line.subItem}」: 事務費の報酬・給料・職員手当は、地方公共団体において会計年度任用職員へ支給されるものに限られます。それ以外の事務手続の人件費は「賃金」として計上できるか確認してください（${ruleId}）。`,
    );
  }
}

/** Recent answers of firstHit per parameter set and text (事務費 lines repeat their texts; bounded by `memoized`). */
const hitMemos = new WeakMap<DcZeroParams, Map<string, KeywordHit | null>>();

/** The first error-level row matching `text`, else the first warning-level one, else null. */
function firstHit(text: string, params: DcZeroParams): KeywordHit | null {
  if (text === "") return null;
  let memo = hitMemos.get(params);
  if (memo === undefined) hitMemos.set(params, (memo = new Map()));
  return memoized(memo, text, (t) => {
    const hits = matchRows(t, params.adminNotContent.value);
    return hits.find((h) => (h.row.severity ?? "error") === "error") ?? hits[0] ?? null;
  });
}
