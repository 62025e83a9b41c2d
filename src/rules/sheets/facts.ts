/**
 * Facts that decide which rules apply (事業区分, 投資類型, 企業規模 …) read from labelled cells
 * anywhere in the workbook: the label, and its value to its right (skipping blanks left by merged
 * label cells) or below it (SPEC §5). Values given outside the workbook (CLI `--type`, the taskpane
 * form) override the cells.
 */
import { parseJapaneseNumber, parseYesNo } from "../lib/normalize";
import { isBlankCell, readNumberCell, type NumberKind } from "./cellRead";
import { aliasRank, parseLabel, type LabelUnit } from "./labels";
import { finding, SHEET_RULES } from "./sheetRules";
import { cellAt, isCellError, toA1, type CellValue, type Finding, type SheetGrid, type WorkbookGrid } from "./types";

/** "date": a date cell (an Excel serial number or a text date), passed through for the evaluator to read. */
export type FactType = "text" | "number" | "yen" | "kwh" | "percent" | "years" | "t-co2" | "yesno" | "date";

export interface FactSpec<K extends string = string> {
  readonly key: K;
  /** Japanese name used in messages (the canonical label). */
  readonly nameJa: string;
  /** Accepted label texts, canonical first. */
  readonly labels: readonly string[];
  readonly type: FactType;
}

/** A rectangle of a sheet whose cells are neither labels nor values (table headers and bodies). */
export interface Region {
  readonly sheet: string;
  readonly fromRow: number;
  readonly toRow: number;
  readonly fromCol: number;
  readonly toCol: number;
}

export interface FactLocation {
  readonly sheet: string;
  readonly labelRow: number;
  readonly labelCol: number;
  /** Cell holding the value; when blank, the cell right of the label (where it would be typed). */
  readonly valueRow: number;
  readonly valueCol: number;
  readonly raw: CellValue;
  readonly unit: LabelUnit | null;
  readonly numberFormat: string | null;
}

/** "ラベル：値" in one cell (short label, short value; a longer text is a note, not a fact). */
const INLINE_FACT = /^([^:：]{1,20})[:：]\s*(\S.{0,39})$/;

/** How far right of a label its value may sit (merged label cells leave blanks in between). */
const VALUE_SEARCH_COLS = 4;

/** Scans the workbook for the labels of `specs`; occurrences per key, in workbook order. */
export function findFactCells<K extends string>(wb: WorkbookGrid, specs: readonly FactSpec<K>[], excluded: readonly Region[]): Map<K, FactLocation[]> {
  const out = new Map<K, FactLocation[]>();
  const allLabels = specs.flatMap((s) => s.labels);
  for (const sheet of wb.sheets) {
    const regions = excluded.filter((x) => x.sheet === sheet.name);
    // Asked for every text cell of the sheet: a plain loop (no callback per cell).
    const isExcluded = (r: number, c: number): boolean => {
      for (let i = 0; i < regions.length; i++) {
        const x = regions[i];
        if (r >= x.fromRow && r <= x.toRow && c >= x.fromCol && c <= x.toCol) return true;
      }
      return false;
    };
    const isLabel = (v: CellValue): boolean => typeof v === "string" && aliasRank(parseLabel(v), allLabels) >= 0;
    // Plain loops: every cell of every sheet is visited (no callback per row or cell).
    for (let ri = 0; ri < sheet.values.length; ri++) {
      const rowValues = sheet.values[ri];
      if (!rowValues) continue;
      for (let ci = 0; ci < rowValues.length; ci++) {
        const v = rowValues[ci];
        if (typeof v !== "string" || isBlankCell(v)) continue;
        const r = sheet.rowOffset + ri;
        const c = sheet.colOffset + ci;
        if (isExcluded(r, c)) continue;
        const info = parseLabel(v);
        const spec = specs.find((s) => aliasRank(info, s.labels) >= 0);
        if (!spec) {
          // "事業区分：新設" — label and value typed in one cell.
          const inline = INLINE_FACT.exec(v.trim());
          const inlineSpec = inline ? specs.find((s) => aliasRank(parseLabel(inline[1]), s.labels) >= 0) : undefined;
          if (!inline || !inlineSpec) continue;
          const list = out.get(inlineSpec.key) ?? [];
          list.push({ sheet: sheet.name, labelRow: r, labelCol: c, valueRow: r, valueCol: c, raw: inline[2], unit: parseLabel(inline[1]).unit, numberFormat: null });
          out.set(inlineSpec.key, list);
          continue;
        }
        const at = valueCellOf(sheet, r, c, (rr, cc) => isExcluded(rr, cc) || isLabel(cellAt(sheet, rr, cc)));
        const list = out.get(spec.key) ?? [];
        list.push({
          sheet: sheet.name,
          labelRow: r,
          labelCol: c,
          valueRow: at.row,
          valueCol: at.col,
          raw: at.found ? cellAt(sheet, at.row, at.col) : null,
          unit: info.unit,
          numberFormat: sheet.numberFormats?.[at.row - sheet.rowOffset]?.[at.col - sheet.colOffset] ?? null,
        });
        out.set(spec.key, list);
      }
    }
  }
  return out;
}

/**
 * The value right of the label; else the one below it — but a text below is taken only when the
 * label sits in a row of labels (a label beside it), so that in a vertical list of labels with an
 * empty value the next label is not read as the value.
 */
function valueCellOf(sheet: SheetGrid, r: number, c: number, blocked: (r: number, c: number) => boolean): { row: number; col: number; found: boolean } {
  let labelBeside = false;
  for (let cc = c + 1; cc <= c + VALUE_SEARCH_COLS; cc++) {
    if (blocked(r, cc)) {
      labelBeside = true;
      break;
    }
    if (!isBlankCell(cellAt(sheet, r, cc))) return { row: r, col: cc, found: true };
  }
  const left = cellAt(sheet, r, c - 1);
  labelBeside ||= typeof left === "string" && !isBlankCell(left);
  const below = cellAt(sheet, r + 1, c);
  if (!blocked(r + 1, c) && !isBlankCell(below) && (labelBeside || typeof below !== "string")) return { row: r + 1, col: c, found: true };
  return { row: r, col: c + 1, found: false };
}

export type FactValue = string | number | boolean;

export interface ResolvedFact {
  readonly key: string;
  readonly nameJa: string;
  /** Typed value (number in the base unit, boolean, or text as typed); null = not stated or unreadable. */
  readonly value: FactValue | null;
  readonly from: "option" | "workbook" | "none";
  /** Where the fact is (or would be) written; null when stated nowhere in the workbook. */
  readonly where: { readonly sheet: string; readonly cell: string } | null;
  /** Reader findings about the value (text number, error value, unreadable). */
  readonly findings: readonly Finding[];
}

/**
 * Picks the value of one fact: the option if given, else the first stated occurrence on a
 * preferred sheet, else the first stated occurrence anywhere (workbook order).
 */
export function resolveFact(
  spec: FactSpec,
  locations: readonly FactLocation[],
  option: FactValue | undefined,
  preferredSheets: readonly string[],
  source: string,
): ResolvedFact {
  const stated = locations.filter((l) => !isBlankCell(l.raw));
  const ordered = [...stated.filter((l) => preferredSheets.includes(l.sheet)), ...stated.filter((l) => !preferredSheets.includes(l.sheet))];
  const at = ordered[0] ?? locations.find((l) => preferredSheets.includes(l.sheet)) ?? locations[0];
  const where = at ? { sheet: at.sheet, cell: toA1(at.valueRow, at.valueCol) } : null;
  const base = { key: spec.key, nameJa: spec.nameJa };
  if (option !== undefined) {
    const v = convertOption(spec.type, option);
    return { ...base, value: v, from: "option", where, findings: [] };
  }
  if (!at || isBlankCell(at.raw)) return { ...base, value: null, from: "none", where, findings: [] };
  const { value, findings } = convertCell(spec, at, source);
  return { ...base, value, from: "workbook", where, findings };
}

function convertCell(spec: FactSpec, at: FactLocation, source: string): { value: FactValue | null; findings: Finding[] } {
  const cell = toA1(at.valueRow, at.valueCol);
  const raw = at.raw;
  if (isCellError(raw)) {
    return {
      value: null,
      findings: [finding(at.sheet, cell, "error", SHEET_RULES.cellError, `${spec.nameJa}のセルがエラー値「${raw.error}」です。数式の参照先を確認し、値を入力してください（${SHEET_RULES.cellError}）。`, source)],
    };
  }
  if (spec.type === "text") return { value: typeof raw === "string" ? raw.trim() : String(raw), findings: [] };
  if (spec.type === "date") return { value: typeof raw === "string" ? raw.trim() : typeof raw === "number" ? raw : String(raw), findings: [] };
  if (spec.type === "yesno") {
    const r = parseYesNo(raw, spec.nameJa);
    if (r.ok) return { value: r.value, findings: [] };
    return { value: null, findings: [finding(at.sheet, cell, "warning", SHEET_RULES.factUnreadable, `${r.error.message}（${SHEET_RULES.factUnreadable}）`, source)] };
  }
  const kind: NumberKind = spec.type === "yen" || spec.type === "kwh" || spec.type === "years" || spec.type === "percent" ? spec.type : "plain";
  const scale = at.unit && at.unit.kind === unitKindOf(spec.type) ? at.unit.scale : 1;
  const read = readNumberCell(raw, spec.type === "percent" ? 1 : scale, kind);
  const findings: Finding[] = [];
  if (read.kind !== "number") {
    const text = read.kind === "unreadable" ? read.text : "";
    findings.push(finding(at.sheet, cell, "warning", SHEET_RULES.numberUnreadable, `${spec.nameJa}「${text}」を数値として読めません。数値を入力してください（${SHEET_RULES.numberUnreadable}）。`, source));
    return { value: null, findings };
  }
  if (read.fromText) findings.push(textNumberFinding(at.sheet, cell, spec.nameJa, String(raw), read.value, read.notes, source));
  if (spec.type !== "percent") return { value: read.value, findings };
  const percentFormatted = at.numberFormat?.includes("%") ?? false;
  const labelSaysPercent = at.unit?.kind === "percent";
  const typedPercent = typeof raw === "string" && raw.normalize("NFKC").trim().endsWith("%");
  if (typedPercent || percentFormatted) return { value: read.value, findings };
  if (labelSaysPercent || read.value > 1) return { value: read.value / 100, findings };
  return { value: read.value, findings };
}

function unitKindOf(type: FactType): LabelUnit["kind"] | null {
  switch (type) {
    case "yen":
    case "kwh":
    case "years":
    case "percent":
    case "t-co2":
      return type;
    default:
      return null;
  }
}

function convertOption(type: FactType, v: FactValue): FactValue | null {
  if (type === "text") return String(v);
  if (type === "date") return typeof v === "number" ? v : String(v);
  if (type === "yesno") {
    const r = parseYesNo(v);
    return r.ok ? r.value : null;
  }
  const r = parseJapaneseNumber(v);
  if (!r.ok) return null;
  if (type === "percent" && !(typeof v === "string" && v.trim().endsWith("%")) && r.value.value > 1) return r.value.value / 100;
  return r.value.value;
}

/** What `value.toLocaleString("ja-JP")` gives, with one formatter instead of one per call (a finding per cell). */
const JA_NUMBER = new Intl.NumberFormat("ja-JP");

/** The warning for a number typed as text: SPEC §5 accepts it, a person should look. */
export function textNumberFinding(sheet: string, cell: string, what: string, raw: string, value: number, notes: readonly string[], source: string): Finding {
  const how = notes.length > 0 ? `（${notes.join("、")}）` : "";
  return finding(
    sheet,
    cell,
    "warning",
    SHEET_RULES.numberAsText,
    `数値が文字列として入力されています: ${what}「${raw}」を ${JA_NUMBER.format(value)} として読みました${how}。数値として入力してください（${SHEET_RULES.numberAsText}）。`,
    source,
  );
}
