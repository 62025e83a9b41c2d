/**
 * 補助対象外となるケース A–C (GX-EXCL-01). A and B are hard for the types the source lists;
 * C is hard for 製造設備投資型 and a warning for DC設備投資型 (AMB-13).
 */
import type { Severity } from "../../sheets/types";
import { looseKey } from "./aliases";
import { GX_CURRENT, type GxParams } from "./params";
import { supplyRegionStanding } from "./supplyRegion";
import type { InvestmentType, LocationRequirement } from "./types";

export interface ExclusionInput {
  readonly type: InvestmentType;
  readonly supplyRegion: boolean;
  readonly location: LocationRequirement;
  /** 電力要件② is met by 新設・再稼働電源 only. */
  readonly newOnlyMeetsPower2: boolean;
  /** 電力要件② is met by 自家発電・CPPA only. */
  readonly selfCppaMeetsPower2: boolean;
  /** メニュー種別 of every 脱炭素電力メニュー line (null = not stated); empty when no menu is used. */
  readonly menuKinds: readonly (string | null)[];
}

export interface ExclusionFinding {
  readonly exclusionCase: "A" | "B" | "C";
  readonly severity: Severity;
  readonly message: string;
}

const trackingKey = (s: string): string => looseKey(s).replace(/付き|付/g, "あり");

/** True for 非FIT非化石証書（トラッキングあり） in its usual spellings (トラッキング付き, word order swapped). */
export function isTrackedNonFitMenu(kind: string, p: GxParams = GX_CURRENT): boolean {
  const k = trackingKey(kind);
  return k === trackingKey(p.menuKindRequired.value) || k === trackingKey("トラッキングあり非FIT非化石証書");
}

/**
 * The cases of GX-EXCL-01 that apply (an empty list = none). Missing メニュー種別 gives an info finding.
 * @example exclusionCases({ type: "manufacturing", supplyRegion: false, location: "site", newOnlyMeetsPower2: false, selfCppaMeetsPower2: true, menuKinds: [] }) // [case A]
 */
export function exclusionCases(input: ExclusionInput, p: GxParams = GX_CURRENT): ExclusionFinding[] {
  const out: ExclusionFinding[] = [];
  // Case A is the converse of the supply-region exception (GX-SUPPLY-02): outside the regions only
  // 新設・再稼働電源 that meet ② by themselves are supported.
  if (!supplyRegionStanding(input.supplyRegion, input.newOnlyMeetsPower2).allowed) {
    out.push({
      exclusionCase: "A",
      severity: "error",
      message:
        "電源立地都道府県が脱炭素電力供給地域以外であり、新設・再稼働電源のみでは電力要件②を満たしていません（補助対象外となるケースA, GX-EXCL-01）。" +
        "供給地域外で支援対象となるのは、新設・再稼働電源のみで電力要件②を満たす場合です（GX-SUPPLY-02）。",
    });
  }
  if (input.type === "manufacturing" && input.location === "remote" && !input.selfCppaMeetsPower2) {
    out.push({
      exclusionCase: "B",
      severity: "error",
      message: "立地要件②（企業版ふるさと納税等による地域貢献）の場合、自家発電・CPPAのみで電力要件②を満たす必要があります（補助対象外となるケースB, GX-EXCL-01）。",
    });
  }
  const menuCounts = input.location === "site" && !input.selfCppaMeetsPower2 && input.menuKinds.length > 0;
  if (menuCounts) {
    const stated = input.menuKinds.filter((k): k is string => k !== null && k.trim() !== "");
    const wrong = stated.filter((k) => !isTrackedNonFitMenu(k, p));
    if (wrong.length > 0) {
      const hard = input.type === "manufacturing";
      out.push({
        exclusionCase: "C",
        severity: hard ? "error" : "warning",
        message:
          `脱炭素電力メニュー「${wrong.join("」「")}」は非FIT非化石証書（トラッキングあり）ではありません。立地要件①でメニューを含めて電力要件②を満たす場合は補助対象外となります（補助対象外となるケースC, GX-EXCL-01）。` +
          (hard ? "" : "資料はケースCを製造設備投資型のみに挙げていますが、DC設備投資型でも確認してください（AMB-13）。"),
      });
    } else if (stated.length < input.menuKinds.length) {
      out.push({
        exclusionCase: "C",
        severity: "info",
        message: "メニュー種別が未記入の脱炭素電力メニューがあるため、補助対象外となるケースC（非FIT非化石証書トラッキングあり以外）を判定していません（GX-EXCL-01）。",
      });
    }
  }
  return out;
}
