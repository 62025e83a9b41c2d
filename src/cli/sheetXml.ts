/**
 * The sheets of a checked .xlsx package as grids, read in one SAX pass per part (saxes, the XML parser exceljs
 * itself uses) from the parts checkXlsxPackage has already inflated. It keeps exactly what the engine reads —
 * values, number formats, merges, hidden rows and columns, formulas saved as 0 — and builds no styled object
 * model, so reading costs a fraction of exceljs's full load (README, Benchmark: goal 1).
 *
 * What a user sees is what is read, as exceljs's full load reads it (test/cli/sheetXml.test.ts compares the
 * two on every workbook of the test corpus): cached formula results (also of shared formulas), rich text and
 * shared strings as plain text without their furigana (rPh), `_xHHHH_` escapes decoded, numbers in a date
 * format as ISO dates (1900 and 1904 date systems), error values as { error }, merged areas valued at their
 * top-left cell only. Unlike exceljs, Excel's built-in Japanese date formats (ids 27–36 and 50–58, e.g.
 * yyyy"年"m"月"d"日" or 和暦 ggge"年"m"月"d"日", written without a format code) and ISO date cells (t="d") are
 * read as dates, and sheet XML with namespace prefixes (x:row, x:c) is read rather than seen as empty.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { mergeFromA1, type CellValue, type MergeArea, type SheetGrid, type WorkbookGrid } from "../rules/sheets/types";

/** A worksheet's part as listed by xl/workbook.xml (in its order), already inflated. */
export interface SheetPart {
  /** r:id of the <sheet> element, which names the sheet in xl/workbook.xml. */
  readonly relId: string;
  readonly xml: Buffer;
}

/** The parts of a package that hold what is read; absent parts are null. */
export interface XlsxParts {
  readonly workbookXml: string;
  readonly sheets: readonly SheetPart[];
  readonly sharedStrings: Buffer | null;
  readonly styles: Buffer | null;
}

export type ReadSheetsResult = { readonly ok: true; readonly workbook: WorkbookGrid } | { readonly ok: false; readonly why: string };

/** Excel's sheet size: a cell address past XFD1048576 is damage, not data. */
const MAX_SHEET_ROWS = 1_048_576;
const MAX_SHEET_COLS = 16_384;

/** Reads every worksheet of a checked package; a malformed part is `{ ok: false, why }` (Japanese), never a throw. */
export function readSheets(parts: XlsxParts): ReadSheetsResult {
  try {
    const book = readWorkbookPart(parts.workbookXml);
    const strings = parts.sharedStrings ? readSharedStrings(parts.sharedStrings.toString("utf8")) : [];
    const formats = parts.styles ? readCellFormats(parts.styles.toString("utf8")) : [];
    const sheets: SheetGrid[] = [];
    for (const part of parts.sheets) {
      const name = book.names.get(part.relId) ?? "?";
      const grid = readSheet(name, part.xml.toString("utf8"), { strings, formats, date1904: book.date1904 });
      if ("error" in grid) return { ok: false, why: grid.error };
      sheets.push(grid);
    }
    return { ok: true, workbook: { sheets } };
  } catch (e) {
    return { ok: false, why: `XML として読めません（${e instanceof Error ? e.message.split("\n")[0] : String(e)}）` };
  }
}

// ---------------------------------------------------------------- XML

interface XmlHandlers {
  readonly open?: (name: string, attributes: Readonly<Record<string, string>>) => void;
  readonly close?: (name: string) => void;
  readonly text?: (text: string) => void;
}

/** The local name of an element (x:row → row): OOXML written by other tools may prefix SpreadsheetML. */
const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/** One SAX pass; element names without their namespace prefix. A well-formedness error throws (caught by readSheets). */
function parseXml(xml: string, on: XmlHandlers): void {
  const parser = new SaxesParser({ position: false, xmlns: false });
  if (on.open) {
    const open = on.open;
    parser.on("opentag", (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes));
  }
  if (on.close) {
    const close = on.close;
    parser.on("closetag", (tag: SaxesTagPlain) => close(localName(tag.name)));
  }
  if (on.text) {
    parser.on("text", on.text);
    parser.on("cdata", on.text);
  }
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
}

/** OOXML's escape of characters XML cannot carry (_x000D_ = CR), as Excel writes them in strings. */
const decodeEscapes = (text: string): string => (text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text);

const isTrue = (v: string | undefined): boolean => v === "1" || v === "true";

// ---------------------------------------------------------------- workbook, shared strings, styles

/** Sheet names by r:id (entities decoded) and the date system. */
function readWorkbookPart(xml: string): { names: Map<string, string>; date1904: boolean } {
  const names = new Map<string, string>();
  let date1904 = false;
  parseXml(xml, {
    open(name, a) {
      if (name === "sheet") {
        const id = Object.entries(a).find(([k]) => localName(k) === "id" && k !== "sheetId")?.[1];
        if (id !== undefined && a.name !== undefined) names.set(id, a.name);
      } else if (name === "workbookPr") date1904 = isTrue(a.date1904);
    },
  });
  return { names, date1904 };
}

/**
 * The text of one string item — a shared string (<si>) or a cell's inline string (<is>): its runs (<r><t>) joined,
 * else its plain <t>; phonetic guides (<rPh>, furigana) are not part of the text; `_xHHHH_` escapes decoded.
 * Fed the events inside the item; `text` is null when it held no <t> at all (an empty <si/>).
 */
class StringItem {
  private plain: string | null = null;
  private runs: string | null = null;
  private inRun = false;
  private inPhonetic = false;
  private collected: string | null = null;

  open(name: string): void {
    if (name === "r") this.inRun = true;
    else if (name === "rPh") this.inPhonetic = true;
    else if (name === "t" && !this.inPhonetic) this.collected = "";
  }

  characters(t: string): void {
    if (this.collected !== null) this.collected += t;
  }

  close(name: string): void {
    if (name === "t" && this.collected !== null) {
      const value = decodeEscapes(this.collected);
      if (this.inRun) this.runs = (this.runs ?? "") + value;
      else this.plain = (this.plain ?? "") + value;
      this.collected = null;
    } else if (name === "r") this.inRun = false;
    else if (name === "rPh") this.inPhonetic = false;
  }

  get text(): string | null {
    return this.runs ?? this.plain;
  }
}

/** The shared string table as plain text (StringItem); an empty <si/> holds no value (null). */
export function readSharedStrings(xml: string): (string | null)[] {
  const strings: (string | null)[] = [];
  let item: StringItem | null = null;
  parseXml(xml, {
    open(name) {
      if (name === "si") item = new StringItem();
      else item?.open(name);
    },
    text(t) {
      item?.characters(t);
    },
    close(name) {
      if (name !== "si") item?.close(name);
      else if (item) {
        strings.push(item.text);
        item = null;
      }
    },
  });
  return strings;
}

/**
 * Excel's built-in number formats (ECMA-376 §18.8.30), by numFmtId: written into a file by id only. Ids 27–36
 * and 50–58 are locale-dependent; the Japanese ones are used here (exceljs leaves them without a format).
 */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  27: "[$-411]ge.m.d",
  28: '[$-411]ggge"年"m"月"d"日"',
  29: '[$-411]ggge"年"m"月"d"日"',
  30: "m/d/yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"時"mm"分"',
  33: 'h"時"mm"分"ss"秒"',
  34: 'yyyy"年"m"月"',
  35: 'm"月"d"日"',
  36: "[$-411]ge.m.d",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: "[$-411]ge.m.d",
  51: '[$-411]ggge"年"m"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: '[$-411]ggge"年"m"月"d"日"',
  55: 'yyyy"年"m"月"',
  56: 'm"月"d"日"',
  57: "[$-411]ge.m.d",
  58: '[$-411]ggge"年"m"月"d"日"',
};

/** The number format of each cell style (<cellXfs><xf>, indexed by a cell's s="…"); undefined = General. */
export function readCellFormats(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open(name, a) {
      if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = parseInt(a.numFmtId ?? "", 10);
        formats.push(id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined);
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return formats;
}

/** Whether a format shows a date or time: y m d h s b outside quoted text and [ ] sections (as Excel and exceljs decide). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** A time (ms since 1970, UTC) as the engine's ISO date: the date alone at midnight, else the date-time. */
function isoOf(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** An Excel date serial as an ISO date (a date-time when it has a time of day), as exceljs converts it. */
export function serialToIso(serial: number, date1904: boolean): string {
  return isoOf(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

// ---------------------------------------------------------------- a worksheet

interface SheetContext {
  readonly strings: readonly (string | null)[];
  readonly formats: readonly (string | undefined)[];
  readonly date1904: boolean;
}

/**
 * The 0-based column of an A1 reference ("BC12" → 54), or -1; its row goes to `refRow`. One scan, no
 * allocation: it runs for every cell of a sheet.
 */
let refRow = -1;
function parseRef(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else if (code !== 36) break; // $
  }
  if (col === 0 || i === ref.length) return -1;
  let row = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 48 && code <= 57) row = row * 10 + code - 48;
    else if (code !== 36 || row > 0) return -1;
  }
  if (row === 0) return -1;
  refRow = row - 1;
  return col - 1;
}

/** A number as read: a non-finite one ("NaN", a 400-digit <v>) is #NUM!, as Excel shows it; dates by format. */
function numberValue(text: string, format: string | undefined, date1904: boolean): CellValue {
  const n = parseFloat(text);
  if (!Number.isFinite(n)) return { error: "#NUM!" };
  return isDateFormat(format) ? serialToIso(n, date1904) : n;
}

/**
 * The value a cell shows: its own value, or a formula's cached result. A formula saved without a result or with
 * 0, FALSE or "" reads as blank (and is listed in zeroFormulas): a workbook not recalculated before saving holds
 * 0 where the user sees a figure, and 0 must not be read as the figure (SHEET-CELL-02; exceljs read them so too).
 */
function cellValue(type: string | undefined, text: string | null, inline: string | null, hasFormula: boolean, format: string | undefined, ctx: SheetContext): CellValue {
  if (hasFormula) {
    if (!text) return null;
    if (type === "str") return text;
    if (type === "b") return parseInt(text, 10) !== 0 || null;
    if (type === "e") return { error: text };
    const n = parseFloat(text);
    return n === 0 ? null : numberValue(text, format, ctx.date1904);
  }
  if (type === "inlineStr") return inline;
  if (text === null) return null;
  switch (type) {
    case "s":
      return ctx.strings[parseInt(text, 10)] ?? null;
    case "str":
      return text;
    case "b":
      return parseInt(text, 10) !== 0;
    case "e":
      return { error: text };
    case "d":
      return isoDateValue(text);
    default:
      return numberValue(text, format, ctx.date1904);
  }
}

/**
 * A date cell written as ISO 8601 text (t="d", as strict OOXML and some tools write dates) as the engine's ISO date;
 * text that is no date reads as the text it is (exceljs read "2024-04-01" as the number 2024).
 */
function isoDateValue(text: string): CellValue {
  const t = text.trim();
  const m = ISO_DATE.exec(t);
  // A time without a zone is the sheet's wall clock: read as UTC, as date serials are (a date alone parses as UTC).
  const time = m ? Date.parse(m[1] && !m[2] ? `${t}Z` : t) : NaN;
  return Number.isFinite(time) ? isoOf(time) : t;
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** The cells read from a sheet, column-wise (one object per sheet, not per cell). */
interface ReadCells {
  readonly rows: number[];
  readonly cols: number[];
  readonly values: CellValue[];
  readonly formats: string[];
  /** Formula cells saved without a result or with 0 (their value is null). */
  readonly zeroFormulas: { row: number; col: number }[];
}

/**
 * One worksheet's XML → its used range as a grid (0-based). Sparse: rows without values are empty arrays and a
 * row holds values only up to its last one, so one value at XFD1048576 never makes a 1,048,576 × 16,384 rectangle.
 */
export function readSheet(name: string, xml: string, ctx: SheetContext): SheetGrid | { error: string } {
  const cells: ReadCells = { rows: [], cols: [], values: [], formats: [], zeroFormulas: [] };
  const merges: MergeArea[] = [];
  const hiddenRowList: number[] = [];
  const hiddenColRanges: [number, number][] = [];
  let outOfSheet = false;
  // Position: rows and cells without r="…" follow the previous one.
  let row = -1;
  let col = -1;
  // The open cell: its type, style, formula, <v> text and inline string (<is>).
  let inCell = false;
  let type: string | undefined;
  let style = 0;
  let hasFormula = false;
  let text: string | null = null;
  let inline: string | null = null;
  let item: StringItem | null = null;
  let collecting = false;
  let collected = "";

  parseXml(xml, {
    open(tag, a) {
      if (item) return item.open(tag);
      switch (tag) {
        case "c": {
          const at = a.r === undefined ? -1 : parseRef(a.r);
          if (at >= 0) [row, col] = [refRow, at];
          else col++;
          inCell = true;
          type = a.t;
          style = a.s === undefined ? 0 : parseInt(a.s, 10) || 0;
          hasFormula = false;
          text = inline = null;
          break;
        }
        case "v":
          if (inCell) [collecting, collected] = [true, ""];
          break;
        case "f":
          if (inCell) hasFormula = true;
          break;
        case "row": {
          const r = a.r === undefined ? NaN : parseInt(a.r, 10);
          row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
          col = -1;
          if (isTrue(a.hidden)) hiddenRowList.push(row);
          break;
        }
        case "is":
          if (inCell) item = new StringItem();
          break;
        case "mergeCell": {
          const area = a.ref ? mergeFromA1(a.ref) : null;
          if (area) merges.push(area);
          break;
        }
        case "col":
          if (isTrue(a.hidden)) hiddenColRanges.push([parseInt(a.min, 10) - 1, parseInt(a.max, 10) - 1]);
          break;
      }
    },
    text(t) {
      if (item) item.characters(t);
      else if (collecting) collected += t;
    },
    close(tag) {
      if (item && tag !== "is") return item.close(tag);
      switch (tag) {
        case "v":
          if (collecting) text = collected;
          collecting = false;
          break;
        case "c": {
          inCell = false;
          if (row >= MAX_SHEET_ROWS || col >= MAX_SHEET_COLS) outOfSheet = true;
          const format = ctx.formats[style];
          const v = cellValue(type, text, inline, hasFormula, format, ctx);
          if (hasFormula && v === null) cells.zeroFormulas.push({ row, col });
          if (v !== null) {
            cells.rows.push(row);
            cells.cols.push(col);
            cells.values.push(v);
            cells.formats.push(format ?? "General");
          }
          break;
        }
        case "is":
          inline = item?.text ?? null;
          item = null;
          break;
      }
    },
  });
  if (outOfSheet) return { error: `シート「${name}」に Excel のシートの範囲（XFD1048576）を超えるセルがあります` };
  return toGrid(name, merges.length > 0 ? withoutMergedCells(cells, merges) : cells, merges, hiddenRowList, hiddenColRanges);
}

/**
 * The cells without those a merged area covers other than its top-left one (Excel shows only the top-left
 * value). One sweep down the rows with the areas open at each row: cost follows cells × open areas.
 */
function withoutMergedCells(cells: ReadCells, merges: readonly MergeArea[]): ReadCells {
  const covers = (m: MergeArea, r: number, c: number): boolean => c >= m.left && c <= m.right && (r !== m.top || c !== m.left);
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  const order = cells.rows.map((_, i) => i).sort((i, j) => cells.rows[i] - cells.rows[j] || cells.cols[i] - cells.cols[j]);
  const kept: ReadCells = { rows: [], cols: [], values: [], formats: [], zeroFormulas: [] };
  let open: MergeArea[] = [];
  let next = 0;
  let openRow = -1;
  const openAt = (r: number): void => {
    if (r === openRow) return;
    openRow = r;
    open = open.filter((m) => m.bottom >= r);
    for (; next < byTop.length && byTop[next].top <= r; next++) if (byTop[next].bottom >= r) open.push(byTop[next]);
  };
  for (const i of order) {
    const [r, c] = [cells.rows[i], cells.cols[i]];
    openAt(r);
    if (open.some((m) => covers(m, r, c))) continue;
    kept.rows.push(r);
    kept.cols.push(c);
    kept.values.push(cells.values[i]);
    kept.formats.push(cells.formats[i]);
  }
  // Formulas saved as 0 under a merge are not shown either (exceljs did not list them).
  [open, next, openRow] = [[], 0, -1];
  const zeros = [...cells.zeroFormulas].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const z of zeros) {
    openAt(z.row);
    if (!open.some((m) => covers(m, z.row, z.col))) kept.zeroFormulas.push(z);
  }
  return kept;
}

function toGrid(name: string, cells: ReadCells, merges: readonly MergeArea[], hiddenRowList: readonly number[], hiddenColRanges: readonly [number, number][]): SheetGrid {
  const { rows, cols } = cells;
  if (rows.length === 0) return { name, values: [], rowOffset: 0, colOffset: 0 };
  let [r0, r1, c0, c1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] < r0) r0 = rows[i];
    if (rows[i] > r1) r1 = rows[i];
    if (cols[i] < c0) c0 = cols[i];
    if (cols[i] > c1) c1 = cols[i];
  }
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let i = r0; i <= r1; i++) {
    values.push([]);
    numberFormats.push([]);
  }
  for (let i = 0; i < rows.length; i++) {
    values[rows[i] - r0][cols[i] - c0] = cells.values[i];
    numberFormats[rows[i] - r0][cols[i] - c0] = cells.formats[i];
  }
  const hiddenRows = [...new Set(hiddenRowList.filter((r) => r <= r1))].sort((a, b) => a - b);
  const hiddenCols: number[] = [];
  for (let c = 0; c <= c1; c++) if (hiddenColRanges.some(([min, max]) => c >= min && c <= max)) hiddenCols.push(c);
  const zeroFormulas = cells.zeroFormulas;
  return { name, values, numberFormats, rowOffset: r0, colOffset: c0, merges, hiddenRows, hiddenCols, ...(zeroFormulas.length > 0 && { zeroFormulas }) };
}
