/**
 * Vocabulary of the GX地域共創補助金2026 (脱炭素電源地域貢献型投資促進事業) rules core.
 * The contract types of the power-plan evaluation live in powerPlanTypes.ts and are re-used here.
 */
import type { CompanySize, InvestmentType } from "./powerPlanTypes";

export type { CompanySize, InvestmentType };

/** 支援区分 No1–No5 (GX-RATE-01). */
export type Tier = 1 | 2 | 3 | 4 | 5;

/** A tier or 対象外 — ineligibility is a value (GX-MATRIX-01). */
export type TierOutcome = Tier | "対象外";

export const NOT_ELIGIBLE = "対象外" as const;

/** 立地要件: ① site in the 電源立地都道府県 / ② remote contribution (ふるさと納税・地域共生基金). */
export type LocationRequirement = "site" | "remote";

/** 電源の種類: 新設・再稼働電源のみで② / 既設電源含めて②. */
export type SourceKind = "newOnly" | "includesExisting";

/** 電源との紐づき: 自家発・CPPAのみで② / 脱炭素電力メニュー含めて②. */
export type Linkage = "selfCppa" | "menu";

/** 調達方法 for the contract-period table (GX-CONTRACT-01): 自家発 is read as CPPA (SPEC §4). */
export type ContractProcurement = "cppa" | "menu";

/** 調達方法 of one procurement line of the 電力調達計画. */
export type LineProcurement = "self" | "cppa" | "menu" | "certificate";

/**
 * 電源の状態. The source table (GX-SRC-01) names 新設, リプレイス, 大規模改修 (hydro), 改修 of existing
 * thermal plants (専焼化・混焼化・CCS付), 再稼働 (nuclear, GX-PWR-07) and 既設.
 */
export type SourceState = "new" | "replace" | "majorRefurbishment" | "conversion" | "restart" | "existing";

/** 脱炭素電源と取り扱う電源種 a–m (GX-SRC-01). */
export type SourceTypeCode = "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i" | "j" | "k" | "l" | "m";

/** Certificates allowed to fill the gap to 100% (GX-PWR-09). */
export type CertificateKind = "nonFossil" | "greenPower" | "reJCredit";

/** The conditions of one row of the 17-row table (GX-MATRIX-01). */
export interface TierConditions {
  /** 電力要件② (≥ 50% from one prefecture). */
  readonly power2: boolean;
  /** 電源立地都道府県 is a 脱炭素電力供給地域. */
  readonly supplyRegion: boolean;
  readonly location: LocationRequirement;
  readonly sourceKind: SourceKind;
  readonly linkage: Linkage;
}

export const INVESTMENT_TYPE_JA: Readonly<Record<InvestmentType, string>> = {
  manufacturing: "製造設備投資型",
  datacenter: "DC設備投資型",
};

export const COMPANY_SIZE_JA: Readonly<Record<CompanySize, string>> = { large: "大企業", mid: "中堅", sme: "中小" };

/** "No1" / "対象外" — how the overview writes a tier. */
export const tierLabel = (t: TierOutcome): string => (t === NOT_ELIGIBLE ? NOT_ELIGIBLE : `No${t}`);
