/**
 * What the 電力調達計画 tells the checklist: the 支援区分 and the source types used (GX-SRC-01), so that
 * No-specific items (GX-COMMIT-01 B, GX-CONTRIB-02) and the 電源規律 items (GX-DISC-01/02) show only when
 * they apply. The sheet has no FIT/FIP column: FIT/FIP is "not stated", which keeps the discipline items
 * of the types used (GX-COMMIT-02: they fall away only when certified or planned).
 */
import type { ChecklistSource, FitFipStatus, GxChecklistContext } from "./checklist";
import { normalizeText } from "../../lib/normalize";
import { GX_CURRENT, type GxParams } from "./params";
import type { PowerPlanEvaluation, ProcurementLine } from "./powerPlanTypes";
import { classifySource } from "./sourceTypes";

/**
 * @param lines the plan's procurement lines (unreadable 電源種, certificates and grid lines are skipped)
 * @param evaluation evaluatePowerPlan's result, for the tier (omit when not evaluated)
 * @param pvCapacityKW 太陽光の設備容量 (GX-SRC-03), when known
 */
export function checklistContextOf(
  lines: readonly ProcurementLine[],
  evaluation?: Pick<PowerPlanEvaluation, "tier"> | null,
  pvCapacityKW?: number | null,
  p: GxParams = GX_CURRENT,
): GxChecklistContext {
  const sources: ChecklistSource[] = [];
  for (const line of lines) {
    const c = classifySource(line.sourceType, p);
    const code = c.ok && c.value.kind === "source" ? c.value.row.code : null;
    if (code === null) continue;
    const fitFip = parseFitFip(line.fitFip ?? null);
    const known = sources.findIndex((s) => s.code === code);
    // One line of a type without FIT/FIP keeps the type's discipline items: the least covered status wins.
    if (known < 0) sources.push({ code, fitFip });
    else if (rank(fitFip) < rank(sources[known].fitFip ?? null)) sources[known] = { code, fitFip };
  }
  return {
    ...(evaluation ? { tier: evaluation.tier } : {}),
    ...(lines.length > 0 ? { sources } : {}),
    ...(pvCapacityKW !== undefined ? { pvCapacityKW } : {}),
  };
}

/** Order for merging lines of one type: not stated / なし (items apply) before 予定 and 認定済 (items fall away). */
const rank = (s: FitFipStatus | null): number => (s === null ? 0 : s === "none" ? 1 : s === "planned" ? 2 : 3);

/**
 * The FIT/FIP column as people fill it (GX-COMMIT-02): 認定済・FIT・FIP → certified; 予定・申請中 → planned;
 * なし・無・非FIT・- → none; blank or anything else → null (not stated: the discipline items stay).
 * @example parseFitFip("FIP認定済") //=> "certified"
 */
export function parseFitFip(text: string | null): FitFipStatus | null {
  if (text === null) return null;
  const t = normalizeText(text).replace(/[\s・]/g, "");
  if (t === "") return null;
  if (/^(なし|無|無し|非fit|nonfit|no|-|ー|―|×)$/.test(t) || t.startsWith("非fit") || t.includes("認定なし") || t.includes("予定なし")) return "none";
  if (t.includes("予定") || t.includes("申請中") || t.includes("planned")) return "planned";
  if (t.includes("認定") || /^(fit|fip|fit\/fip|あり|有|○|yes)$/.test(t) || t.startsWith("fit") || t.startsWith("fip")) return "certified";
  return null;
}
