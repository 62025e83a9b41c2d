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
  return matchAlias(input, DC_PROJECT_TYPE_ALIASES, "事業区分");
}
