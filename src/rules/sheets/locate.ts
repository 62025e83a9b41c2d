/**
 * Finds a table by its header labels anywhere in a sheet (SPEC §5): the header row may start in
 * any row or column, columns may be reordered or interleaved with extra ones, blank rows and merged
 * titles may sit above. Units stated in a header ("金額（千円）"), in a unit row just below it, or in a
 * "（単位：千円）" note just above it scale the column's numbers.
 */
import { normalizeLabel } from "../lib/normalize";
import { isBlankCell, cellText } from "./cellRead";
import { aliasRank, parseLabel, parseUnitText, type LabelInfo, type LabelUnit } from "./labels";
import type { SheetKind } from "./report";
import { cellAt, shownAt, type CellValue, type SheetGrid } from "./types";

export type ColumnUnit = "yen" | "kwh" | "years" | "percent";

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  /** Accepted header texts, best first (matched after normalizeLabel, brackets removed). */
  readonly labels: readonly string[];
  readonly required: boolean;
  /** Kind of number the column holds: a header unit of this kind scales it. */
  readonly unit?: ColumnUnit;
}

export interface TableSpec<K extends string = string> {
  readonly kind: SheetKind;
  readonly columns: readonly ColumnSpec<K>[];
  /** Header labels that mean another kind of table (e.g. 単価 for the 設備投資合算表). */
  readonly excludes?: readonly string[];
}

export interface LocatedColumn {
  readonly col: number;
  /** Header text as typed. */
  readonly header: string;
  /** Multiplier to the base unit (yen, kWh, years); 1 when no unit is stated. */
  readonly scale: number;
  /** The unit as stated ("千円"), or null. */
  readonly unitText: string | null;
}

export interface LocatedTable<K extends string = string> {
  readonly kind: SheetKind;
  readonly sheet: SheetGrid;
  /** 0-based sheet row of the header. */
  readonly headerRow: number;
  /** First row of the body (after a unit row, if any). */
  readonly firstDataRow: number;
  readonly columns: Readonly<Partial<Record<K, LocatedColumn>>>;
  /** Leftmost matched header cell. */
  readonly anchor: { readonly row: number; readonly col: number };
  /** First and last non-blank header cells (the table's width). */
  readonly span: { readonly from: number; readonly to: number };
}

/** Consecutive blank rows that end a table (a single blank line inside a table is tolerated). */
const BLANK_RUN_END = 4;
/** How far above the header a "（単位：千円）" note is looked for. */
const UNIT_NOTE_ROWS = 4;

export function lastRow(sheet: SheetGrid): number {
  return sheet.rowOffset + sheet.values.length - 1;
}

const lastColCache = new WeakMap<SheetGrid, number>();

export function lastCol(sheet: SheetGrid): number {
  // A loop, not Math.max(...rows): spreading one argument per row overflows the stack on big sheets.
  let c = lastColCache.get(sheet);
  if (c === undefined) {
    let width = 0;
    for (const r of sheet.values) if (r.length > width) width = r.length;
    c = sheet.colOffset + width - 1;
    lastColCache.set(sheet, c);
  }
  return c;
}

/** Header rows of `spec` in a sheet, top to bottom. */
export function locateTables<K extends string>(sheet: SheetGrid, spec: TableSpec<K>): LocatedTable<K>[] {
  return locateTableKinds(sheet, [spec])[0];
}

/**
 * Header rows of each spec in a sheet, top to bottom (one list per spec, as `locateTables` finds them). A row's
 * labels are read and parsed once for all the specs: the scan visits every row of every sheet.
 */
export function locateTableKinds<K extends string>(sheet: SheetGrid, specs: readonly TableSpec<K>[]): LocatedTable<K>[][] {
  const found: LocatedTable<K>[][] = specs.map(() => []);
  const end = lastRow(sheet);
  const none: readonly null[] = specs.map(() => null);
  // One buffer for the row labels, refilled per row (results keep only numbers and texts from it), and a result
  // list only for a row that is a header: most rows allocate nothing.
  const labels: RowLabels = { cols: [], texts: [], infos: [], parsed: false };
  const matchAll = (r: number): readonly (LocatedTable<K> | null)[] => {
    readRowLabels(sheet, r, false, labels);
    let out: (LocatedTable<K> | null)[] | null = null;
    for (let i = 0; i < specs.length; i++) {
      const t = matchLabels(sheet, r, specs[i], false, labels);
      if (t) (out ??= specs.map(() => null))[i] = t;
    }
    return out ?? none;
  };
  let next: readonly (LocatedTable<K> | null)[] = sheet.rowOffset <= end ? matchAll(sheet.rowOffset) : none;
  // Per spec, the row a two-row header took as its second row (that spec skips it).
  const skip = specs.map(() => -1);
  for (let r = sheet.rowOffset; r <= end; r++) {
    const current = next;
    next = r < end ? matchAll(r + 1) : none;
    let band: boolean | undefined;
    for (let i = 0; i < specs.length; i++) {
      if (skip[i] === r) continue;
      const t = current[i];
      if (t) {
        found[i].push(t);
        continue;
      }
      // A two-row header (group labels merged across, leaf labels merged down over both rows) is read as one band.
      if (next[i] === null && r < end && (band ??= mayStartBand(sheet, r))) {
        const t2 = matchHeaderRow(sheet, r, specs[i], true);
        if (t2) {
          found[i].push(t2);
          skip[i] = r + 1;
        }
      }
    }
  }
  return found;
}

/** A band needs text and no numbers in both rows (a cheap test that skips body rows before reading labels). */
function mayStartBand(sheet: SheetGrid, r: number): boolean {
  const labelsOnly = (row: readonly CellValue[] | undefined): boolean =>
    !!row && !row.some((v) => typeof v === "number") && row.some((v) => typeof v === "string" && !isBlankCell(v));
  return labelsOnly(sheet.values[r - sheet.rowOffset]) && labelsOnly(sheet.values[r + 1 - sheet.rowOffset]);
}

/** The labelled cells of a header candidate: columns and texts, with their parsed labels read on first need. */
interface RowLabels {
  readonly cols: number[];
  readonly texts: string[];
  readonly infos: LabelInfo[];
  /** Whether `infos` holds the parsed `texts` yet. */
  parsed: boolean;
}

/** Header labels of row `r`, or of the band r..r+1 (the lower label wins; merged cells show their value). */
function rowLabels(sheet: SheetGrid, r: number, band: boolean): RowLabels {
  return readRowLabels(sheet, r, band, { cols: [], texts: [], infos: [], parsed: false });
}

/** Fills `into` (emptied first) with the header labels of row `r` or of the band r..r+1. */
function readRowLabels(sheet: SheetGrid, r: number, band: boolean, into: RowLabels): RowLabels {
  const { cols, texts } = into;
  cols.length = 0;
  texts.length = 0;
  into.parsed = false;
  if (!band) {
    const row = sheet.values[r - sheet.rowOffset];
    if (row) {
      for (let i = 0; i < row.length; i++) {
        const v = row[i];
        if (typeof v === "string" && !isBlankCell(v)) {
          cols.push(sheet.colOffset + i);
          texts.push(v);
        }
      }
    }
    return into;
  }
  for (let c = sheet.colOffset; c <= lastCol(sheet); c++) {
    const lower = shownAt(sheet, r + 1, c);
    const upper = shownAt(sheet, r, c);
    const v = typeof lower === "string" && !isBlankCell(lower) ? lower : upper;
    if (typeof v === "string" && !isBlankCell(v)) {
      cols.push(c);
      texts.push(v);
    }
  }
  return into;
}

/** How many columns of a table kind are required (counted once per spec). */
const requiredCounts = new WeakMap<object, number>();
function requiredCount(spec: TableSpec<string>): number {
  let n = requiredCounts.get(spec);
  if (n === undefined) {
    n = spec.columns.filter((c) => c.required).length;
    requiredCounts.set(spec, n);
  }
  return n;
}

/**
 * Reads row `r` (or, with `band`, rows r and r+1 as one two-row header) as a header of `spec`, or null when
 * a required label is missing or an excluded one present.
 */
export function matchHeaderRow<K extends string>(sheet: SheetGrid, r: number, spec: TableSpec<K>, band = false): LocatedTable<K> | null {
  return matchLabels(sheet, r, spec, band, rowLabels(sheet, r, band));
}

/** Whether every required column of `spec` has a label among `infos` (most rows fail here, before any allocation). */
function hasRequired(spec: TableSpec<string>, infos: readonly LabelInfo[]): boolean {
  for (const c of spec.columns) {
    if (!c.required) continue;
    let found = false;
    for (let i = 0; i < infos.length && !found; i++) found = aliasRank(infos[i], c.labels) >= 0;
    if (!found) return false;
  }
  return true;
}

function matchLabels<K extends string>(sheet: SheetGrid, r: number, spec: TableSpec<K>, band: boolean, labels: RowLabels): LocatedTable<K> | null {
  const top = r;
  if (band) r += 1;
  const n = labels.cols.length;
  if (n < requiredCount(spec)) return null;
  const infos = labels.infos;
  if (!labels.parsed) {
    infos.length = 0;
    for (const t of labels.texts) infos.push(parseLabel(t));
    labels.parsed = true;
  }
  if (!hasRequired(spec, infos)) return null;
  if (spec.excludes && infos.some((info) => aliasRank(info, spec.excludes ?? []) >= 0)) return null;

  const used = new Set<number>();
  const columns: Partial<Record<K, LocatedColumn>> = {};
  for (const c of spec.columns) {
    let best = -1;
    let bestRank = -1;
    for (let i = 0; i < n; i++) {
      if (used.has(labels.cols[i])) continue;
      const rank = aliasRank(infos[i], c.labels);
      if (rank >= 0 && (best < 0 || rank < bestRank)) {
        best = i;
        bestRank = rank;
      }
    }
    if (best >= 0) {
      used.add(labels.cols[best]);
      columns[c.key] = { col: labels.cols[best], header: labels.texts[best], scale: 1, unitText: null, ...unitOf(c, infos[best].unit) };
    } else if (c.required) {
      return null;
    }
  }

  const cols = Object.values(columns) as LocatedColumn[];
  const anchorCol = cols.reduce((min, c) => Math.min(min, c.col), Infinity);
  const span = { from: labels.cols[0], to: labels.cols[n - 1] };
  const unitRow = readUnitRow(sheet, r + 1, span);
  const note = unitNoteAbove(sheet, r, span);
  for (const c of spec.columns) {
    const located = columns[c.key];
    if (!located || located.unitText !== null) continue;
    const fromRow = unitRow?.get(located.col);
    const unit = fromRow ?? (c.unit === "yen" ? note : null);
    if (unit) columns[c.key] = { ...located, ...unitOf(c, unit) };
  }
  return {
    kind: spec.kind,
    sheet,
    headerRow: r,
    firstDataRow: unitRow ? r + 2 : r + 1,
    columns,
    anchor: { row: top, col: anchorCol },
    span,
  };
}

function unitOf(spec: ColumnSpec, unit: LabelUnit | null): Partial<LocatedColumn> {
  if (!unit || !spec.unit || unit.kind !== unitKind(spec.unit)) return {};
  return { scale: unit.scale, unitText: unit.text };
}

function unitKind(u: ColumnUnit): LabelUnit["kind"] {
  return u;
}

/** A row directly under the header holding only unit words ("円", "(千円)", "kWh") → column → unit. */
function readUnitRow(sheet: SheetGrid, r: number, span: { from: number; to: number }): Map<number, LabelUnit> | null {
  const units = new Map<number, LabelUnit>();
  for (let c = span.from; c <= span.to; c++) {
    const v = cellAt(sheet, r, c);
    if (isBlankCell(v)) continue;
    if (typeof v !== "string") return null;
    const info = parseLabel(v);
    const unit = info.base === "" ? info.unit : parseUnitText(v);
    if (!unit) return null;
    units.set(c, unit);
  }
  return units.size > 0 ? units : null;
}

/** "（単位：千円）" or "単位：円" written in the rows just above the header. */
function unitNoteAbove(sheet: SheetGrid, headerRow: number, span: { from: number; to: number }): LabelUnit | null {
  for (let r = headerRow - 1; r >= Math.max(sheet.rowOffset, headerRow - UNIT_NOTE_ROWS); r--) {
    for (let c = sheet.colOffset; c <= Math.max(span.to, lastCol(sheet)); c++) {
      const v = cellAt(sheet, r, c);
      if (typeof v !== "string") continue;
      const t = normalizeLabel(v).replace(/[()[\]【】（）]/g, "");
      if (!t.startsWith("単位")) continue;
      const unit = parseUnitText(t);
      if (unit?.kind === "yen") return unit;
    }
  }
  return null;
}

/** Value of a located column in a row (null when the column is absent). */
export function valueIn<K extends string>(table: LocatedTable<K>, row: number, key: K): CellValue {
  const c = table.columns[key];
  return c ? cellAt(table.sheet, row, c.col) : null;
}

export interface TableBody {
  /** Non-blank body rows, top to bottom. */
  readonly rows: readonly number[];
  /** Last row belonging to the table (the header row when the body is empty). */
  readonly lastRow: number;
}

/** How far below a blank run a 合計 row is still taken as the table's own (blank input rows of a form). */
const TOTAL_LOOKAHEAD_ROWS = 60;

/**
 * Rows of the table body: from the first data row down to a run of blank rows, a row `isStop`
 * recognises (a summary or facts block label), the next header row, or the end of the sheet. When a
 * blank run ends the lines, a 合計 row (`isTotalRow`) after the blank input rows still belongs to the table.
 */
export function tableBody<K extends string>(
  table: LocatedTable<K>,
  isStop: (row: number) => boolean,
  nextHeaderRow?: number,
  isTotalRow?: (row: number) => boolean,
): TableBody {
  const rows: number[] = [];
  const keys = Object.keys(table.columns) as K[];
  const end = Math.min(lastRow(table.sheet), (nextHeaderRow ?? Infinity) - 1);
  const cols = keys.flatMap((k) => table.columns[k]?.col ?? []);
  // Asked for every body row: a plain loop over the located columns.
  const isBlankRow = (r: number): boolean => {
    for (const c of cols) if (!isBlankCell(cellAt(table.sheet, r, c))) return false;
    return true;
  };
  let blankRun = 0;
  let last = table.firstDataRow - 1;
  for (let r = table.firstDataRow; r <= end; r++) {
    if (isStop(r)) break;
    if (isBlankRow(r)) {
      blankRun++;
      if (blankRun >= BLANK_RUN_END) {
        const next = firstNonBlank(r + 1, Math.min(end, r + TOTAL_LOOKAHEAD_ROWS), isBlankRow);
        if (next !== null && !isStop(next) && isTotalRow?.(next)) {
          rows.push(next);
          last = next;
        }
        break;
      }
      continue;
    }
    blankRun = 0;
    rows.push(r);
    last = r;
  }
  return { rows, lastRow: last };
}

function firstNonBlank(from: number, to: number, isBlankRow: (r: number) => boolean): number | null {
  for (let r = from; r <= to; r++) if (!isBlankRow(r)) return r;
  return null;
}

/** Every non-blank text cell of a row, with its column (for label scans). */
export function textCells(sheet: SheetGrid, r: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  someTextCell(sheet, r, (col, text) => {
    out.push({ col, text });
    return false;
  });
  return out;
}

/**
 * Visits the non-blank text cells of a row (columns `from`..`to`) in order until `visit` returns true; whether it
 * did. textCells without a list per row, for the scans asked of every body row.
 */
export function someTextCell(sheet: SheetGrid, r: number, visit: (col: number, text: string) => boolean, from = sheet.colOffset, to = Infinity): boolean {
  const row = sheet.values[r - sheet.rowOffset];
  if (!row) return false;
  for (let i = Math.max(0, from - sheet.colOffset); i < row.length && sheet.colOffset + i <= to; i++) {
    const v = row[i];
    const text = typeof v === "string" ? cellText(v) : null;
    if (text && visit(sheet.colOffset + i, text)) return true;
  }
  return false;
}
