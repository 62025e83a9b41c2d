/**
 * The 入力 form's facts: a reader per field (the form's text → typed values, one message per
 * field for `Field validationMessage`), where each fact's cell is in the workbook (found by the sheet
 * engine's label locator), and the cell writes.
 * Amount cells whose label states 千円/万円 or "(%)" get the value in that unit.
 */
import { normalizeText, parseJapaneseNumber, parseYesNo } from "../../rules/lib/normalize";
import { detectWorkbook, type Detection } from "../../rules/sheets/detect";
import { FACTS } from "../../rules/sheets/factCatalog";
import { resolveFact } from "../../rules/sheets/facts";
import type { LabelUnit } from "../../rules/sheets/labels";
import { isCellError, toA1, type CellValue, type WorkbookGrid } from "../../rules/sheets/types";
import { isBlank, type CellRef, type CellWrite } from "../../excel/workbookPort";
import { formNumber } from "./cellText";
import type { FactField, TaskpaneProgram } from "./programs";

export type FactValue = string | number;
/** The form's raw text by fact label. */
export type FactInputs = Readonly<Record<string, string>>;

export interface FactMessages {
  notANumber(field: FactField): string;
  negative(field: FactField): string;
  percentRange(field: FactField): string;
  notAChoice(field: FactField): string;
}

/** One field: "" means "leave the cell alone"; otherwise the typed value in base units (yen, kWh, fraction), or a message. */
function readField(field: FactField, raw: string, msg: FactMessages): { value: FactValue | undefined } | { error: string } {
  const s = raw.trim();
  if (s === "") return { value: undefined };
  switch (field.kind) {
    case "text":
      return { value: s };
    case "choice":
    case "yesno":
      return (field.choices ?? []).some((c) => c.value === s) ? { value: s } : { error: msg.notAChoice(field) };
    default: {
      const r = parseJapaneseNumber(s.endsWith("%") && field.kind !== "percent" ? s.slice(0, -1) : s, field.label);
      if (!r.ok) return { error: msg.notANumber(field) };
      if (r.value.value < 0) return { error: msg.negative(field) };
      if (field.kind !== "percent") return { value: r.value.value };
      // "12" and "12%" both mean 12 %: parseJapaneseNumber already turned "12%" into 0.12.
      const fraction = s.endsWith("%") || s.endsWith("％") ? r.value.value : r.value.value / 100;
      return fraction > 1 ? { error: msg.percentRange(field) } : { value: fraction };
    }
  }
}

export type ParsedFacts = Readonly<Record<string, FactValue | undefined>>;

/** Validates the form: the typed facts, or a message per field label. */
export function parseFacts(
  fields: readonly FactField[],
  inputs: FactInputs,
  msg: FactMessages,
): { ok: true; facts: ParsedFacts } | { ok: false; errors: Readonly<Record<string, string>> } {
  const facts: Record<string, FactValue | undefined> = {};
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const r = readField(f, String(inputs[f.label] ?? ""), msg);
    if ("error" in r) errors[f.label] = r.error;
    else facts[f.label] = r.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, facts };
}

/** Where a fact lives in the workbook. */
export interface FactTarget extends CellRef {
  /** Address of the label cell. */
  readonly labelCell: string;
  /** The unit the label states (千円, %, MWh …), or null. */
  readonly unit: LabelUnit | null;
  readonly current: CellValue;
  readonly numberFormat: string;
}

/** Sheets whose facts the checks of a program read first: the 指標 block, the 電力調達計画. */
function preferredSheets(d: Detection, program: TaskpaneProgram): string[] {
  if (program === "dc-zero") return d.indicators.map((b) => b.sheet);
  if (program === "gx-regional") return d.powerPlans.map((p) => p.table.sheet.name);
  return [];
}

/**
 * Finds each field's labelled cell with the sheet engine's own locator (labels outside tables, value to
 * the right or below; the program's sheet first), so the form writes exactly where validation reads.
 * A fact whose label is nowhere in the workbook has no target.
 */
export function locateFacts(wb: WorkbookGrid, fields: readonly FactField[], program: TaskpaneProgram): Map<string, FactTarget> {
  const d = detectWorkbook(wb);
  const preferred = preferredSheets(d, program);
  const found = new Map<string, FactTarget>();
  for (const field of fields) {
    const locations = d.facts.get(field.label) ?? [];
    const where = resolveFact(FACTS[field.label], locations, undefined, preferred, "").where;
    const at = where && locations.find((l) => l.sheet === where.sheet && toA1(l.valueRow, l.valueCol) === where.cell);
    if (!at) continue;
    found.set(field.label, {
      sheet: at.sheet,
      cell: where.cell,
      labelCell: toA1(at.labelRow, at.labelCol),
      unit: at.unit,
      current: at.raw,
      numberFormat: at.numberFormat ?? "General",
    });
  }
  return found;
}

/** Scale of the label's unit for a fact kind (千円 → 1000), 1 when the label states none. */
function unitScale(field: FactField, unit: LabelUnit | null): number {
  if (!unit) return 1;
  if (field.kind === "yen" && unit.kind === "yen") return unit.scale;
  if (field.kind === "kwh" && unit.kind === "kwh") return unit.scale;
  return 1;
}

/** The cell writes for the facts the user filled in (blank inputs leave their cells alone). */
export function factWrites(fields: readonly FactField[], facts: ParsedFacts, targets: ReadonlyMap<string, FactTarget>): CellWrite[] {
  return fields.flatMap((field): CellWrite[] => {
    const value = facts[field.label];
    const t = targets.get(field.label);
    if (value === undefined || !t) return [];
    const ref = { sheet: t.sheet, cell: t.cell };
    if (typeof value === "string") return [{ ...ref, value }];
    if (field.kind === "percent") {
      // A "(%)" label holds 12 for 12 %; otherwise the cell holds 0.12 shown as a percentage.
      if (t.unit?.kind === "percent") return [{ ...ref, value: round(value * 100) }];
      return [{ ...ref, value, ...(t.numberFormat.includes("%") ? {} : { numberFormat: "0.0%" }) }];
    }
    return [{ ...ref, value: round(value / unitScale(field, t.unit)) }];
  });
}

/** "1500000" and "1,500,000", "1.30" and "1.3", full-width digits: the same entry. */
export function sameInputText(a: string, b: string): boolean {
  const norm = (x: string) => x.normalize("NFKC").replace(/[,\s]/g, "");
  const [na, nb] = [norm(a), norm(b)];
  if (na === nb) return true;
  return na !== "" && nb !== "" && Number.isFinite(Number(na)) && Number(na) === Number(nb);
}

/**
 * The inputs to write: the fields the user edited (draft differs from what the cells showed); every
 * other field is "" (leave the cell alone).
 */
export function editedInputs(fields: readonly FactField[], drafts: FactInputs, baseline: FactInputs): Record<string, string> {
  return Object.fromEntries(
    fields.map((f) => {
      const d = drafts[f.label];
      return [f.label, d !== undefined && !sameInputText(d, baseline[f.label] ?? "") ? d : ""];
    }),
  );
}

/** The form's starting text from what the cells hold now. */
export function inputsFromTargets(fields: readonly FactField[], targets: ReadonlyMap<string, FactTarget>): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.label, inputFromCell(f, targets.get(f.label))]));
}

function inputFromCell(field: FactField, t: FactTarget | undefined): string {
  const v = t?.current ?? null;
  if (t === undefined || isBlank(v) || isCellError(v)) return "";
  switch (field.kind) {
    case "choice": {
      const n = normalizeText(String(v));
      return field.choices?.find((c) => normalizeText(c.value) === n || normalizeText(c.value).startsWith(n))?.value ?? "";
    }
    case "yesno": {
      const yes = parseYesNo(v);
      return yes.ok ? (yes.value ? "はい" : "いいえ") : "";
    }
    case "text":
      return String(v);
    case "percent":
      if (typeof v !== "number") return String(v);
      return formNumber(t.unit?.kind === "percent" ? v : round(v * 100));
    default:
      return typeof v === "number" ? formNumber(round(v * unitScale(field, t.unit))) : String(v);
  }
}

/** Drops binary noise (0.12 × 100 = 12.000000000000002). */
const round = (x: number): number => Number(x.toPrecision(12));
