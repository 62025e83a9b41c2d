/**
 * Input and output shapes of the 電力調達計画 (power procurement plan) evaluation — the contract
 * between the GX program (evaluatePowerPlan) and the sheet engine (src/rules/sheets), SPEC §5.
 */
import type { RuleIssue } from "../../lib/issue";

export type InvestmentType = "manufacturing" | "datacenter";
export type CompanySize = "large" | "mid" | "sme";

/** One procurement line of the sheet (one source, or one certificate purchase). Raw texts are passed as typed. */
export interface ProcurementLine {
  /** Sheet row (0-based), echoed back in issues. */
  readonly row: number;
  /** 電源種: 太陽光, 風力, 水力, 地熱, バイオマス（専焼）, 原子力, 非化石証書, グリーン電力証書, J-クレジット … */
  readonly sourceType: string | null;
  /** 状態: 新設, リプレース, 再稼働, 既設, 大規模改修, 改修（専焼化）… */
  readonly state: string | null;
  /** 調達方法: 自家発, CPPA, メニュー (脱炭素電力メニュー), 証書 */
  readonly procurement: string | null;
  /** 都道府県 of the source (e.g. 北海道, 福岡県). */
  readonly prefecture: string | null;
  /** 年間調達量 in kWh/year (already scaled by the sheet reader). */
  readonly annualKWh: number | null;
  /** 契約期間 in years. */
  readonly contractYears: number | null;
  /** Optional メニュー種別 column, e.g. "非FIT非化石証書（トラッキングあり）" (GX-EXCL-01 C). */
  readonly menuKind?: string | null;
  /** Optional 合理的例外 flag column (GX-CONTRACT-01 exception). */
  readonly justifiedException?: boolean | null;
  /** Optional FIT/FIP column as typed: 認定済 / 予定 / なし (decides the 電源規律 items GX-DISC-01/02). */
  readonly fitFip?: string | null;
}

export type ProcurementField = Exclude<keyof ProcurementLine, "row">;

/** Facts block of the sheet (label → value) or command-line options. null = not stated. */
export interface PowerPlanFacts {
  readonly investmentType: InvestmentType | null;
  readonly companySize: CompanySize | null;
  /** 事業実施場所 (prefecture of the site). */
  readonly sitePrefecture: string | null;
  /** 年間使用電力量 kWh/year. */
  readonly annualUseKWh: number | null;
  /** 補助対象経費 in yen. */
  readonly eligibleCostYen: number | null;
  /** 脱炭素電力供給地域: whether the 電源立地都道府県 is one (user-declared, AMB-25). */
  readonly supplyRegion: boolean | null;
  /** 立地要件②: remote contribution (企業版ふるさと納税・地域共生基金) declared. */
  readonly remoteContribution?: boolean | null;
}

export type PowerPlanFactField = keyof PowerPlanFacts;

export type PowerPlanIssue = RuleIssue<ProcurementField | PowerPlanFactField>;

export interface PowerPlanEvaluation {
  readonly issues: readonly PowerPlanIssue[];
  /** 電力要件① (100% decarbonised) — null when not computable (missing 年間使用電力量). */
  readonly power1: boolean | null;
  /** 電力要件② (≥ 50% from one prefecture). */
  readonly power2: boolean | null;
  /** 電源立地都道府県 (the prefecture supplying the most decarbonised kWh, if ≥ 50%). */
  readonly sourcePrefecture: string | null;
  /** Support tier No1–No5, "対象外", or null when facts are missing. */
  readonly tier: 1 | 2 | 3 | 4 | 5 | "対象外" | null;
  /** Japanese explanation of how the tier was decided (row of the 17-row table, conditions). */
  readonly tierReason: string;
  /** Rate as a decimal (exact fraction shown as text too), cap and subsidy in yen; null when not computable. */
  readonly rate: number | null;
  readonly rateText: string | null;
  readonly capYen: number | null;
  readonly subsidyYen: number | null;
  readonly minimumInvestmentYen: number | null;
  /** Rule ids whose checks were actually evaluated (for the checklist's automatic ticks). */
  readonly checksRun: readonly string[];
}
