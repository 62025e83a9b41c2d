/**
 * Accepted spellings of the GX arguments and sheet values (SPEC §4 "Accepted values"), matched after
 * normalisation (trim, NFKC, Latin case-insensitive) with `matchAlias`. Unknown text fails with
 * INVALID_INPUT and a Japanese message listing what is accepted.
 */
import { matchAlias, normalizeLabel } from "../../lib/normalize";
import type { Result } from "../../lib/result";
import type {
  CompanySize,
  ContractProcurement,
  InvestmentType,
  LineProcurement,
  Linkage,
  LocationRequirement,
  SourceKind,
  SourceState,
  TierOutcome,
} from "./types";

/** 投資類型 */
export const INVESTMENT_TYPE_ALIASES: Readonly<Record<InvestmentType, readonly string[]>> = {
  manufacturing: ["製造", "製造設備投資型", "manufacturing"],
  datacenter: ["DC", "DC設備投資型", "datacenter", "データセンター設備投資型"],
};

/** 立地要件 (① site in the 電源立地都道府県 / ② remote contribution). */
export const LOCATION_ALIASES: Readonly<Record<LocationRequirement, readonly string[]>> = {
  site: ["1", "①", "立地要件①"],
  remote: ["2", "②", "立地要件②"],
};

/** 電源の種類 */
export const SOURCE_KIND_ALIASES: Readonly<Record<SourceKind, readonly string[]>> = {
  newOnly: ["新設・再稼働", "新設", "new", "新設・再稼働電源のみ"],
  includesExisting: ["既設含む", "既設", "existing", "既設電源含む"],
};

/** 電源との紐づき */
export const LINKAGE_ALIASES: Readonly<Record<Linkage, readonly string[]>> = {
  selfCppa: ["CPPA", "自家発・CPPA", "自家発", "self"],
  menu: ["メニュー", "脱炭素電力メニュー", "menu"],
};

/** 企業規模 (みなし大企業 is 大企業, GX-SIZE-01). */
export const COMPANY_SIZE_ALIASES: Readonly<Record<CompanySize, readonly string[]>> = {
  large: ["大企業", "large", "みなし大企業"],
  mid: ["中堅", "中堅企業", "mid"],
  sme: ["中小", "中小企業", "sme"],
};

/** 調達方法 of GX.CONTRACTYEARS: 自家発 is one value with CPPA (SPEC §4). */
export const CONTRACT_PROCUREMENT_ALIASES: Readonly<Record<ContractProcurement, readonly string[]>> = {
  cppa: ["CPPA", "自家発", "自家発電", "自家発・CPPA", "コーポレートPPA"],
  menu: ["メニュー", "脱炭素電力メニュー", "脱炭素小売メニュー", "menu"],
};

/** 調達方法 of a line of the 電力調達計画 (self-generation kept apart: no contract, AMB-24). */
export const LINE_PROCUREMENT_ALIASES: Readonly<Record<LineProcurement, readonly string[]>> = {
  self: ["自家発", "自家発電", "self"],
  cppa: ["CPPA", "コーポレートPPA", "PPA"],
  menu: ["メニュー", "脱炭素電力メニュー", "脱炭素小売メニュー", "menu"],
  certificate: ["証書", "証書等", "certificate"],
};

/** 電源の状態 (SPEC §4: 新設 リプレース 再稼働 既設; plus the other 新設・再稼働 categories of GX-SRC-01). */
export const SOURCE_STATE_ALIASES: Readonly<Record<SourceState, readonly string[]>> = {
  new: ["新設", "新設電源", "new"],
  replace: ["リプレース", "リプレイス", "リプレース電源", "リプレイス電源", "replace"],
  restart: ["再稼働", "再稼働電源", "restart"],
  existing: ["既設", "既設電源", "existing"],
  majorRefurbishment: ["大規模改修", "大規模改修電源"],
  conversion: ["改修", "改修（専焼化）", "改修（混焼化）", "専焼化", "混焼化", "燃料転換", "CCS付改修", "CCS改修"],
};

/** 支援区分: 1–5, No1, No.1, ＮＯ１ …, 対象外. */
export const TIER_ALIASES: Readonly<Record<"1" | "2" | "3" | "4" | "5" | "対象外", readonly string[]>> = {
  "1": ["1", "No1", "No.1", "No 1"],
  "2": ["2", "No2", "No.2", "No 2"],
  "3": ["3", "No3", "No.3", "No 3"],
  "4": ["4", "No4", "No.4", "No 4"],
  "5": ["5", "No5", "No.5", "No 5"],
  対象外: ["対象外"],
};

export const parseInvestmentType = (v: unknown): Result<InvestmentType> => matchAlias(v, INVESTMENT_TYPE_ALIASES, "投資類型");
export const parseLocation = (v: unknown): Result<LocationRequirement> => matchAlias(v, LOCATION_ALIASES, "立地要件");
export const parseSourceKind = (v: unknown): Result<SourceKind> => matchAlias(v, SOURCE_KIND_ALIASES, "電源の種類");
export const parseLinkage = (v: unknown): Result<Linkage> => matchAlias(v, LINKAGE_ALIASES, "電源との紐づき");
export const parseCompanySize = (v: unknown): Result<CompanySize> => matchAlias(v, COMPANY_SIZE_ALIASES, "企業規模");
export const parseContractProcurement = (v: unknown): Result<ContractProcurement> =>
  matchAlias(v, CONTRACT_PROCUREMENT_ALIASES, "調達方法");
export const parseSourceState = (v: unknown): Result<SourceState> => matchLoose(v, SOURCE_STATE_ALIASES, "電源の状態");
export const parseLineProcurement = (v: unknown): Result<LineProcurement> => matchLoose(v, LINE_PROCUREMENT_ALIASES, "調達方法");

/** 支援区分 → 1–5 or 対象外. */
export function parseTier(v: unknown): Result<TierOutcome> {
  const r = matchAlias(v, TIER_ALIASES, "支援区分");
  if (!r.ok) return r;
  return { ok: true, value: r.value === "対象外" ? "対象外" : (Number(r.value) as TierOutcome) };
}

/** Drops spaces, middle dots, brackets and hyphens: "バイオマス発電 (専焼)" ≈ "バイオマス発電専焼". */
export function looseKey(value: string): string {
  return normalizeLabel(value).replace(/[()「」『』【】[\]〔〕{}\-‐‑–—]/g, "");
}

/**
 * Like matchAlias, but also accepts spellings that differ only in spaces, middle dots, brackets or
 * hyphens (sheet cells are typed freely). A failure is matchAlias's, listing the accepted values.
 */
export function matchLoose<K extends string>(input: unknown, table: Readonly<Record<K, readonly string[]>>, what: string): Result<K> {
  const exact = matchAlias(input, table as Record<K, readonly string[]>, what);
  if (exact.ok || typeof input !== "string") return exact;
  const key = looseKey(input);
  if (key === "") return exact;
  for (const k of Object.keys(table) as K[]) {
    if (table[k].some((alias) => looseKey(alias) === key)) return { ok: true, value: k };
  }
  return exact;
}
