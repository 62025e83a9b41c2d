/**
 * 事業区分 of the dc-zero call (新設 / 改修 / 移設 / コンテナ) and the spellings users may type (SPEC §4).
 */
import { matchAlias } from "../../lib/normalize";
import type { Result } from "../../lib/result";
import type { DcProjectType } from "./sheetTypes";

export type { DcProjectType } from "./sheetTypes";

/** Every 事業区分, in the order of the 公募要領 (II 〔2〕 1–4). */
export const DC_PROJECT_TYPES: readonly DcProjectType[] = ["new", "renovation", "relocation", "container"];

/** Accepted spellings per 事業区分 (matched after trim, NFKC, lower-case Latin). */
export const DC_PROJECT_TYPE_ALIASES: Readonly<Record<DcProjectType, readonly string[]>> = {
  new: ["新設", "new", "データセンター新設支援事業"],
  renovation: ["改修", "renovation", "データセンター改修支援事業"],
  relocation: ["移設", "relocation", "データセンター移設支援事業"],
  container: ["コンテナ", "container", "コンテナ型", "コンテナ型データセンター等導入支援事業"],
};

/** 略称 of each 事業区分 as printed in the 公募要領. */
export const DC_PROJECT_TYPE_JA: Readonly<Record<DcProjectType, string>> = {
  new: "新設",
  renovation: "改修",
  relocation: "移設",
  container: "コンテナ",
};

/** Reads a 事業区分 typed by a user: "新設", "ｎｅｗ", "コンテナ" … Unknown → INVALID_INPUT listing the accepted values. */
export function parseProjectType(input: unknown): Result<DcProjectType> {
  const direct = matchAlias(input, DC_PROJECT_TYPE_ALIASES, "事業区分");
  if (direct.ok || typeof input !== "string") return direct;
  // The official long name with its 略称, as printed in the 公募要領: データセンター新設支援事業（略称：新設）.
  const m = LONG_NAME.exec(input.normalize("NFKC").trim());
  if (!m) return direct;
  const byAbbreviation = matchAlias(m[2], DC_PROJECT_TYPE_ALIASES, "事業区分");
  const byName = matchAlias(m[1], DC_PROJECT_TYPE_ALIASES, "事業区分");
  if (byAbbreviation.ok && (!byName.ok || byName.value === byAbbreviation.value)) return byAbbreviation;
  return byName.ok && !byAbbreviation.ok ? byName : direct;
}

/** "名称（略称：X）" / "名称(略称:X)" (after NFKC). */
const LONG_NAME = /^(.+?)\s*\(\s*略称\s*[:：]?\s*(.+?)\s*\)$/;
