/**
 * Input and output shapes of the METI cloud program sheet evaluations (別紙1 費用明細表,
 * 別紙2 設備投資合算表) — the contract between the meti-cloud program (evaluateCloudCost,
 * evaluateCloudCapex) and the sheet engine (src/rules/sheets), SPEC §5.
 *
 * The source (000) is a secondary report (AMB-01): every issue these evaluations produce is a
 * warning or info, never an error. The sheet layouts are not given by the source (AMB-06).
 */
import type { RuleIssue } from "../../lib/issue";

/** One line of 別紙1 費用明細表. Texts are passed as typed (the evaluator normalises them). */
export interface CloudCostLine {
  /** Sheet row (0-based), echoed back in issues. */
  readonly row: number;
  /** 項目: the cost item (GPUサーバー, ネットワーク機器, 冷却設備, 電源設備 …). */
  readonly item: string | null;
  /** 数量. */
  readonly quantity: number | null;
  /** 単価 in yen (already scaled for 千円/万円 headers). */
  readonly unitPriceYen: number | null;
  /** 金額 in yen; null = blank or unreadable (the reader reports that). */
  readonly amountYen: number | null;
  /** "line" = a cost line; "subtotal" = 小計 (not summed again); "total" = the 合計 line. */
  readonly kind: "line" | "subtotal" | "total";
  /** 拠点 (site) of the line, when the sheet has such a column; used to reconcile with 別紙2. */
  readonly site?: string | null;
}

export interface DeclaredCloudAmount {
  readonly valueYen: number;
  /** Sheet row of the cell holding it (issues point there). */
  readonly row: number;
}

export interface CloudCostInput {
  readonly lines: readonly CloudCostLine[];
  /** 合計 declared outside the line table (e.g. a summary cell), if any. */
  readonly declaredTotalYen?: DeclaredCloudAmount;
}

export type CloudCostField = "item" | "quantity" | "unitPriceYen" | "amountYen" | "site" | "declaredTotalYen";
export type CloudCostIssue = RuleIssue<CloudCostField>;

export interface CloudCostEvaluation {
  readonly issues: readonly CloudCostIssue[];
  /** Σ 金額 of the "line" rows. */
  readonly totalYen: number;
  /** totalYen × 1/2 (CLOUD-RATE-01) — a maximum, not an entitlement (AMB-03); secondary source. */
  readonly subsidyMaxYen: number;
  /** Rule ids whose checks were actually evaluated (for the checklist's automatic ticks). */
  readonly checksRun: readonly string[];
}

/** One site row of 別紙2 設備投資合算表. */
export interface CloudCapexSiteLine {
  readonly row: number;
  /** 拠点 / 設置場所. */
  readonly site: string | null;
  /** 設備投資額 of the site in yen. */
  readonly totalYen: number | null;
}

export interface CloudCapexInput {
  readonly sites: readonly CloudCapexSiteLine[];
  /** 合計 of the 合算表 as declared, if any. */
  readonly declaredTotalYen?: DeclaredCloudAmount;
  /** Lines of 別紙1, when available: per-site sums are reconciled with the 合算表. */
  readonly costLines?: readonly CloudCostLine[];
}

export type CloudCapexField = "site" | "totalYen" | "declaredTotalYen";
export type CloudCapexIssue = RuleIssue<CloudCapexField>;

export interface CloudCapexEvaluation {
  readonly issues: readonly CloudCapexIssue[];
  /** Σ 設備投資額 of the sites. */
  readonly totalYen: number;
  /** totalYen × 1/2 (CLOUD-RATE-01), a maximum (AMB-03); secondary source. */
  readonly subsidyMaxYen: number;
  readonly checksRun: readonly string[];
}
