/**
 * What the 電力調達計画 tells the checklist: the 支援区分 and the source types used (GX-SRC-01), so that
 * No-specific items (GX-COMMIT-01 B, GX-CONTRIB-02) and the 電源規律 items (GX-DISC-01/02) show only when
 * they apply. The sheet has no FIT/FIP column: FIT/FIP is "not stated", which keeps the discipline items
 * of the types used (GX-COMMIT-02: they fall away only when certified or planned).
 */
import type { ChecklistSource, GxChecklistContext } from "./checklist";
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
    if (code !== null && !sources.some((s) => s.code === code)) sources.push({ code, fitFip: null });
  }
  return {
    ...(evaluation ? { tier: evaluation.tier } : {}),
    ...(lines.length > 0 ? { sources } : {}),
    ...(pvCapacityKW !== undefined ? { pvCapacityKW } : {}),
  };
}
