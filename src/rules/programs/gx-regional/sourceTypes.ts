/**
 * Classifies the 電源種 of a procurement line: one of the source types a–m treated as 脱炭素電源
 * (GX-SRC-01), an allowed certificate (GX-PWR-09), or non-decarbonised electricity to be covered by
 * certificates (※13). Also says whether a state counts as 新設・再稼働 for that type.
 */
import { fail, ok, type Result } from "../../lib/result";
import { matchLoose } from "./aliases";
import { GX_CURRENT, type CertificateRow, type GxParams, type SourceTypeRow } from "./params";
import type { CertificateKind, SourceState, SourceTypeCode } from "./types";

/** Spellings of the source types (the first is the table's label). */
export const SOURCE_TYPE_ALIASES: Readonly<Record<SourceTypeCode, readonly string[]>> = {
  a: ["太陽光発電", "太陽光", "solar", "PV", "メガソーラー"],
  b: ["風力発電", "風力", "wind", "洋上風力", "陸上風力", "洋上風力発電", "陸上風力発電"],
  c: ["水力発電", "水力", "hydro", "小水力", "小水力発電"],
  d: ["地熱発電", "地熱", "geothermal"],
  e: ["バイオマス発電（専焼）", "バイオマス（専焼）", "バイオマス専焼", "バイオマス専焼発電"],
  f: ["バイオマス発電（混焼）", "バイオマス（混焼）", "バイオマス混焼", "バイオマス混焼発電"],
  g: ["原子力発電", "原子力", "nuclear", "原発"],
  h: ["火力発電（水素専焼）", "水素専焼", "水素専焼火力", "水素"],
  i: ["火力発電（水素混焼）", "水素混焼", "水素混焼火力"],
  j: ["火力発電（アンモニア専焼）", "アンモニア専焼", "アンモニア専焼火力", "アンモニア"],
  k: ["火力発電（アンモニア混焼）", "アンモニア混焼", "アンモニア混焼火力"],
  l: ["CCS付火力発電", "CCS付火力", "CCS付き火力発電", "CCS"],
  m: ["燃料電池", "fuel cell", "純水素型燃料電池"],
};

/** Spellings of the allowed certificates. */
export const CERTIFICATE_ALIASES: Readonly<Record<CertificateKind, readonly string[]>> = {
  nonFossil: ["非化石証書", "非FIT非化石証書", "FIT非化石証書", "非FIT非化石証書（トラッキングあり）", "トラッキング付非化石証書"],
  greenPower: ["グリーン電力証書", "green power certificate"],
  reJCredit: ["再エネ電力由来J-クレジット", "再エネ電力由来「クレジット」", "再エネ電力由来クレジット", "J-クレジット", "J-クレジット（再エネ電力由来）", "再エネJ-クレジット"],
};

/** Electricity that is not 脱炭素電力: it needs certificates (※13). */
export const NON_DECARBONISED_ALIASES: readonly string[] = ["系統電力", "非脱炭素電力", "一般電力", "その他", "その他電力", "火力発電", "grid"];

export type SourceClass =
  | { readonly kind: "source"; readonly row: SourceTypeRow }
  | { readonly kind: "certificate"; readonly row: CertificateRow }
  | { readonly kind: "nonDecarbonised" };

type ClassKey = `src:${SourceTypeCode}` | `cert:${CertificateKind}` | "other";

function classTable(): Record<ClassKey, readonly string[]> {
  const t: Partial<Record<ClassKey, readonly string[]>> = {};
  for (const [code, aliases] of Object.entries(SOURCE_TYPE_ALIASES)) t[`src:${code as SourceTypeCode}`] = aliases;
  for (const [kind, aliases] of Object.entries(CERTIFICATE_ALIASES)) t[`cert:${kind as CertificateKind}`] = aliases;
  t.other = NON_DECARBONISED_ALIASES;
  return t as Record<ClassKey, readonly string[]>;
}
const CLASS_TABLE = classTable();

/** "a.太陽光発電、b.風力発電、…" for messages. */
export function acceptedSourceTypesText(p: GxParams = GX_CURRENT): string {
  return p.sourceTypes.value.map((r) => `${r.code}.${r.label}`).join("、");
}

/** "非化石証書、グリーン電力証書、再エネ電力由来J-クレジット" */
export function acceptedCertificatesText(p: GxParams = GX_CURRENT): string {
  return p.certificates.value.map((c) => c.label).join("、");
}

/**
 * Reads a 電源種 text.
 * @example classifySource("ＣＣＳ付火力発電") // { kind: "source", row: l. CCS付火力発電 }
 */
export function classifySource(text: unknown, p: GxParams = GX_CURRENT): Result<SourceClass> {
  const r = matchLoose(text, CLASS_TABLE, "電源種");
  if (!r.ok) {
    const shown = typeof text === "string" && text.trim() !== "" ? `電源種「${text}」は指定できません。` : "電源種を入力してください。";
    return fail(
      "INVALID_INPUT",
      `${shown}指定できる値: ${acceptedSourceTypesText(p)}（脱炭素電源, GX-SRC-01）、${acceptedCertificatesText(p)}（証書, GX-PWR-09）、系統電力（非脱炭素電力）`,
      { path: "電源種", ruleId: "GX-SRC-01" },
    );
  }
  const key = r.value;
  if (key === "other") return ok({ kind: "nonDecarbonised" });
  if (key.startsWith("src:")) {
    const row = p.sourceTypes.value.find((s) => s.code === key.slice(4));
    if (row) return ok({ kind: "source", row });
  } else {
    const row = p.certificates.value.find((c) => c.kind === key.slice(5));
    if (row) return ok({ kind: "certificate", row });
  }
  throw new RangeError(`GX-SRC-01: edition has no entry for ${key}`);
}

/** True when the state counts as 新設・再稼働 for the source type (「そのうち新設・再稼働と取り扱う電源」). */
export const countsAsNew = (row: SourceTypeRow, state: SourceState): boolean => row.newStates.includes(state);

/** 原子力発電 (g.): contract 5年以上 in any state (GX-CONTRACT-01, AMB-24); the only type that can be 再稼働 (GX-PWR-07). */
export const isNuclear = (row: SourceTypeRow): boolean => row.newStates.includes("restart");
