/**
 * 支援区分 by the decision procedure GX-MATRIX-02 (RULES.md §2.7), written step by step as the code block
 * reads. It decides what the 17-row table (GX-MATRIX-01, `determineTier`) decides — the equivalence over
 * every combination is a test — and also takes the two conditions the table does not hold:
 * 電力要件① (GX-PWR-01) and, on the menu route, the kind of 脱炭素電力メニュー (GX-EXCL-01 C, AMB-13).
 * The table stays the dated data; this procedure explains the outcome as a chain of questions.
 */
import { GX_CURRENT, type GxParams } from "./params";
import { SUPPLY_REGION_EXCEPTION_TEXT, supplyRegionStanding } from "./supplyRegion";
import { ineligibleBasis } from "./tier";
import { INVESTMENT_TYPE_JA, tierLabel, type InvestmentType, type Linkage, type LocationRequirement, type SourceKind, type TierOutcome } from "./types";

const RULE = "GX-MATRIX-02";

export interface TierProcedureInput {
  /** 電力要件① (全量脱炭素). */
  readonly power1: boolean;
  /** 電力要件② (≥ 50% from one prefecture). */
  readonly power2: boolean;
  /** 電源立地都道府県 is a 脱炭素電力供給地域. */
  readonly supplyRegion: boolean;
  /** 立地要件 met: "site" = ①, "remote" = ② (地域貢献), null = neither. */
  readonly location: LocationRequirement | null;
  /** newOnly = 新設・再稼働電源のみで②. */
  readonly sourceKind: SourceKind;
  /** selfCppa = 自家発・CPPAのみで②. */
  readonly linkage: Linkage;
  /**
   * Read only on the menu route (立地要件① with メニュー): every menu is 非FIT非化石証書トラッキングあり.
   * null / omitted = not stated (No3 with a warning that case C was not decided).
   */
  readonly trackedMenu?: boolean | null;
}

export interface TierProcedureResult {
  readonly tier: TierOutcome;
  /** Rows of GX-MATRIX-01 this step stands for (empty for conditions outside the table: ①, menu kind, no 立地要件). */
  readonly rows: readonly number[];
  /** GX-MATRIX-02 for a tier, GX-SUPPLY-02 when supported outside the supply regions, else the excluding rule. */
  readonly ruleId: string;
  /** Japanese: the questions answered, in order, and the outcome. */
  readonly reason: string;
  /** Japanese warning that does not change the outcome (AMB-13 for DC, menu kind not stated). */
  readonly warning: string | null;
}

/**
 * Decides the tier by the GX-MATRIX-02 procedure.
 * @example tierByProcedure("manufacturing", { power1: true, power2: true, supplyRegion: false, location: "remote", sourceKind: "newOnly", linkage: "selfCppa" }).tier //=> 4 (rows #5, #13; GX-SUPPLY-02)
 */
export function tierByProcedure(type: InvestmentType, input: TierProcedureInput, p: GxParams = GX_CURRENT): TierProcedureResult {
  const trail: string[] = [];
  const done = (tier: TierOutcome, rows: readonly number[], ruleId: string, why?: string, warning: string | null = null): TierProcedureResult => {
    const rowText = rows.length > 0 ? `（表 ${rows.map((r) => `#${r}`).join("・")}）` : "";
    const reason = `${RULE}: ${[...trail, `${INVESTMENT_TYPE_JA[type]} ${tierLabel(tier)}${rowText}`].join(" → ")}${why ? `：${why}` : ""}`;
    return { tier, rows, ruleId, reason, warning };
  };
  const excluded = (rows: readonly number[], basis: Parameters<typeof ineligibleBasis>[0]): TierProcedureResult => {
    const b = ineligibleBasis(basis, p);
    return done("対象外", rows, b.ruleId, `${b.text}（${b.ruleId}）`);
  };

  if (!input.power2) {
    trail.push("電力要件②を未充足");
    return excluded([17], "PWR-02");
  }
  if (!input.power1) {
    trail.push("電力要件①を未充足");
    return done("対象外", [], "GX-PWR-01", "通年で使用する電力の全量を脱炭素電力とする必要があるため（GX-PWR-01）");
  }
  trail.push("電力要件①②を充足");
  const newOnly = input.sourceKind === "newOnly";
  const selfCppa = input.linkage === "selfCppa";
  const region = supplyRegionStanding(input.supplyRegion, newOnly);

  if (input.location === "site") {
    trail.push("立地要件①");
    if (newOnly && selfCppa) {
      trail.push("新設・再稼働電源のみ、かつ自家発・CPPAのみで電力要件②を充足");
      return region.byException ? done(1, [1, 9], region.ruleId, SUPPLY_REGION_EXCEPTION_TEXT) : done(1, [1, 9], RULE);
    }
    if (!input.supplyRegion) {
      trail.push("脱炭素電力供給地域に非該当");
      // Row #10 (Ver1.1 correction) fails on the menu (GX-PWR-03); rows #11, #12 on existing sources (case A).
      return excluded([10, 11, 12], newOnly ? "PWR-03" : "EXCL-A");
    }
    if (selfCppa) {
      trail.push("既設電源を含めて自家発・CPPAのみで電力要件②を充足");
      return done(2, [3], RULE);
    }
    trail.push("脱炭素電力メニューを含めて電力要件②を充足");
    return menuRoute(type, input.trackedMenu ?? null, p, done);
  }
  if (input.location === "remote") {
    trail.push("立地要件②");
    if (type === "datacenter") return excluded([5, 6, 7, 8, 13, 14, 15, 16], "LOC-02");
    if (!selfCppa) {
      trail.push("自家発・CPPAのみでは電力要件②を未充足");
      return excluded([6, 8, 14, 16], "EXCL-B");
    }
    if (newOnly) {
      trail.push("新設・再稼働電源のみ、かつ自家発・CPPAのみで電力要件②を充足");
      return region.byException ? done(4, [5, 13], region.ruleId, SUPPLY_REGION_EXCEPTION_TEXT) : done(4, [5, 13], RULE);
    }
    trail.push("既設電源を含めて自家発・CPPAのみで電力要件②を充足");
    if (input.supplyRegion) {
      trail.push("脱炭素電力供給地域に該当");
      return done(5, [7], RULE);
    }
    trail.push("脱炭素電力供給地域に非該当");
    return excluded([15], "EXCL-A");
  }
  trail.push("立地要件①②のいずれも未充足");
  return type === "datacenter"
    ? done("対象外", [], "GX-LOC-02", "DC設備投資型は事業実施場所が電源立地都道府県である必要があるため（GX-LOC-02）")
    : done("対象外", [], "GX-LOC-01", "事業実施場所が電源立地都道府県であるか、企業版ふるさと納税等による地域貢献が必要なため（GX-LOC-01）");
}

/** Rows #2 / #4 → No3, unless the menu is not 非FIT非化石証書トラッキングあり (case C: hard for 製造, warning for DC — AMB-13). */
function menuRoute(
  type: InvestmentType,
  trackedMenu: boolean | null,
  p: GxParams,
  done: (tier: TierOutcome, rows: readonly number[], ruleId: string, why?: string, warning?: string | null) => TierProcedureResult,
): TierProcedureResult {
  const required = p.menuKindRequired.value;
  if (trackedMenu === null) {
    return done(3, [2, 4], RULE, undefined, `メニュー種別が未記入のため、補助対象外となるケースC（${required}以外のメニュー）を判定していません（GX-EXCL-01）。`);
  }
  if (trackedMenu) return done(3, [2, 4], RULE);
  if (type === "manufacturing") {
    return done("対象外", [], "GX-EXCL-01", `利用する脱炭素電力メニューが${required}以外のため（補助対象外となるケースC, GX-EXCL-01）`);
  }
  return done(3, [2, 4], RULE, undefined, `利用する脱炭素電力メニューが${required}以外です。資料はケースCを製造設備投資型のみに挙げていますが、DC設備投資型でも確認してください（GX-EXCL-01, AMB-13）。`);
}
