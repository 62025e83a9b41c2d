/**
 * Checks a .xlsx package (a zip) before its sheets are read, with bounded time and memory: the zip's
 * central directory (sizes as declared), the parts a workbook needs, and the cell count. A file that
 * fails is refused with a Japanese message (gxdc validate exit 2); one that passes is small enough to
 * read whole. Each part is inflated at most once, here, never past the size its directory entry declares; the
 * parts that hold cells are handed to sheetXml.ts, which parses them.
 */
import { inflateRawSync } from "node:zlib";
import type { SheetPart, XlsxParts } from "./sheetXml";

/**
 * Documented limits of `gxdc validate` (README, CLI section). A real 経費内訳 / 別紙 workbook is well
 * under 1 MB with a few thousand cells; the limits sit far above that and far below what exhausts a
 * 512 MB Node heap (the limits were set when exceljs, holding about 0.6 KB per cell, read the sheets).
 */
export const XLSX_LIMITS = {
  /** Size of the .xlsx file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** Uncompressed size of any one part of the package (a sheet's XML, the shared strings …). */
  partBytes: 32 * 1024 * 1024,
  /** Uncompressed size of all parts together. */
  totalBytes: 128 * 1024 * 1024,
  /** Entries in the zip. */
  entries: 10_000,
  /** Cells (`<c>` elements) in all sheets together. */
  cells: 300_000,
  /** Row elements (`<row>`) in all sheets together. */
  rows: 300_000,
  /**
   * Cells spanned by rows: for every row, from column A to its last cell, summed over all sheets.
   * Reading costs time per spanned cell (the table scan walks each row to its end), so
   * 16,384 cells on a diagonal (134 M spanned) are refused while a stray value at XFD1048576 is not.
   */
  spannedCells: 2_000_000,
} as const;

const MB = 1024 * 1024;
const mb = (bytes: number): string => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
const count = (n: number): string => n.toLocaleString("ja-JP");

export interface ZipEntryInfo {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

/** A package that passed, with the parts it inflated (read once: sheetXml.ts parses them). */
export type PackageCheck = { readonly ok: true; readonly parts: XlsxParts } | { readonly ok: false; readonly message: string };

const fail = (message: string): PackageCheck => ({ ok: false, message });

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** 0xFFFF / 0xFFFFFFFF in the end record or an entry: a ZIP64 archive, larger than any limit here. */
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;

/** The central directory of a zip held in memory; a string (Japanese reason) when it is not a readable zip. */
export function readZipDirectory(buf: Buffer): readonly ZipEntryInfo[] | string {
  // The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes.
  const floor = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= floor; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return "zip の終端レコードがありません（ファイルが途中で切れているか、壊れています）";
  const total = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (total === ZIP64_16 || cdSize === ZIP64_32 || cdOffset === ZIP64_32) return "ZIP64 形式（4 GB 超を想定した形式）には対応していません";
  if (total > XLSX_LIMITS.entries) return `zip の項目が多すぎます（${count(total)} 個、上限 ${count(XLSX_LIMITS.entries)} 個）`;
  if (cdOffset + cdSize > eocd) return "zip の目次（セントラルディレクトリ）の位置が正しくありません";
  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  for (let n = 0; n < total; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) return "zip の目次（セントラルディレクトリ）が壊れています";
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLength > eocd) return "zip の目次（セントラルディレクトリ）が壊れています";
    const entry: ZipEntryInfo = {
      name: buf.toString("utf8", p + 46, p + 46 + nameLength).replace(/^\/+/, ""),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    if (entry.compressedSize === ZIP64_32 || entry.uncompressedSize === ZIP64_32 || entry.localOffset === ZIP64_32) {
      return "ZIP64 形式（4 GB 超を想定した形式）には対応していません";
    }
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * One part's bytes, inflated at most to its declared size: a part that inflates further (a zip bomb
 * with a lying directory) or is truncated is a string (the reason), never an unbounded allocation.
 */
export function readZipPart(buf: Buffer, entry: ZipEntryInfo): Buffer | string {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIGNATURE) return `${entry.name} の位置が正しくありません`;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) return `${entry.name} が途中で切れています`;
  const raw = buf.subarray(start, end);
  let data: Buffer;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      // One byte more than declared: inflating past it proves the directory understates the size.
      data = inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code === "ERR_BUFFER_TOO_LARGE" ? `${entry.name} が目次に書かれた大きさ（${mb(entry.uncompressedSize)}）を超えて展開されます` : `${entry.name} を展開できません`;
    }
  } else return `${entry.name} の圧縮方式（${entry.method}）には対応していません`;
  if (data.length !== entry.uncompressedSize) return `${entry.name} の大きさが目次と一致しません`;
  return data;
}

const WORKSHEET_REL = /\/relationships\/worksheet$/;
/** The sheet part names Excel writes: xl/worksheets/sheetN.xml (others are refused, as exceljs dropped them without a word). */
const EXCELJS_SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
const SHARED_STRINGS_PART = "xl/sharedStrings.xml";
const STYLES_PART = "xl/styles.xml";
/** OOXML parts never carry a DTD; one that does is built to expand entities (billion laughs). */
const DOCTYPE = /<!DOCTYPE/i;

interface Attributes {
  readonly [name: string]: string;
}

/** Attributes (by local name) of every `<tag …>` element (any namespace prefix) in an XML text. */
function elements(xml: string, tag: string): Attributes[] {
  const out: Attributes[] = [];
  const re = new RegExp(`<(?:[\\w.-]+:)?${tag}\\b([^>]*)>`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const attrs: Record<string, string> = {};
    // Local names: r:id (any prefix) is read as "id".
    for (const a of m[1].matchAll(/(?:[\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = a[2] ?? a[3];
    out.push(attrs);
  }
  return out;
}

/** Occurrences of a start tag `<si` / `<x:si` followed by a space, "/" or ">" in an XML text. */
function countTags(xml: string, tag: string): number {
  const re = new RegExp(`<(?:[\\w.-]+:)?${tag}[\\s/>]`, "g");
  let n = 0;
  while (re.exec(xml)) n++;
  return n;
}

export interface SheetScan {
  readonly cells: number;
  readonly rows: number;
  /** Σ over rows of the 1-based column of the row's last cell. */
  readonly spannedCells: number;
}

/** Cells, rows and spanned cells of a sheet's XML in one pass (cells without r="…" follow the previous one). */
export function scanSheet(xml: string): SheetScan {
  const re = /<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>/g;
  let cells = 0;
  let rows = 0;
  let spanned = 0;
  let col = 0;
  let rowMax = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] === "row") {
      spanned += rowMax;
      rows++;
      col = 0;
      rowMax = 0;
      continue;
    }
    cells++;
    const ref = /\br\s*=\s*["']\$?([A-Za-z]{1,3})\$?\d+["']/.exec(m[2]);
    col = ref ? columnNumber(ref[1]) : col + 1;
    if (col > rowMax) rowMax = col;
  }
  return { cells, rows, spannedCells: spanned + rowMax };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The largest shared-string index a sheet's cells use (t="s"), or -1. */
function maxSharedStringIndex(xml: string): number {
  let max = -1;
  const re = /<(?:[\w.-]+:)?c\b([^>]*)>\s*<(?:[\w.-]+:)?v>\s*(\d+)\s*</g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (/\bt\s*=\s*["']s["']/.test(m[1])) max = Math.max(max, Number(m[2]));
  }
  return max;
}

/** What a zip that is not a workbook most likely is, for the message. */
function otherFormat(names: ReadonlySet<string>, mimetype: string | null): string | null {
  if (mimetype?.includes("opendocument.spreadsheet")) return "OpenDocument スプレッドシート（.ods）";
  if (mimetype?.includes("opendocument")) return "OpenDocument 文書";
  if (names.has("word/document.xml")) return "Word 文書（.docx）";
  if (names.has("ppt/presentation.xml")) return "PowerPoint プレゼンテーション（.pptx）";
  return null;
}

/**
 * Checks a zip buffer as an .xlsx package: sizes, the workbook part, every sheet it lists, the shared
 * strings its cells use, and the cell count. `name` is the file as the user gave it.
 */
export function checkXlsxPackage(buf: Buffer, name: string): PackageCheck {
  const unreadable = (why: string): PackageCheck => fail(`${name} を読めません（ファイルが壊れているか、.xlsx として不完全です）: ${why}。Excel で開いて「Excel ブック (*.xlsx)」として保存し直してください。`);
  const directory = readZipDirectory(buf);
  if (typeof directory === "string") return unreadable(directory);
  const byName = new Map(directory.map((e) => [e.name, e]));
  let total = 0;
  for (const e of directory) {
    if (e.uncompressedSize > XLSX_LIMITS.partBytes) {
      return fail(`${name} は大きすぎて検証できません: ${e.name} が展開後 ${mb(e.uncompressedSize)} あります（1 つの部品の上限 ${mb(XLSX_LIMITS.partBytes)}）。`);
    }
    total += e.uncompressedSize;
  }
  if (total > XLSX_LIMITS.totalBytes) return fail(`${name} は大きすぎて検証できません: 展開後の合計が ${mb(total)} あります（上限 ${mb(XLSX_LIMITS.totalBytes)}）。`);

  const text = (entry: ZipEntryInfo | undefined): string | null | { error: string } => {
    if (!entry) return null;
    const data = readZipPart(buf, entry);
    return typeof data === "string" ? { error: data } : data.toString("utf8");
  };
  const mimetypeText = text(byName.get("mimetype"));
  const other = otherFormat(new Set(byName.keys()), typeof mimetypeText === "string" ? mimetypeText : null);
  if (other) return fail(`${name} は ${other} で、Excel ブック（.xlsx）ではありません。Excel で開き、「Excel ブック (*.xlsx)」として保存してください。`);
  const workbook = text(byName.get("xl/workbook.xml"));
  if (workbook === null) return unreadable("ブックの本体（xl/workbook.xml）がありません");
  if (typeof workbook !== "string") return unreadable(workbook.error);
  if (DOCTYPE.test(workbook)) return unreadable("ブックの本体（xl/workbook.xml）に DTD（<!DOCTYPE>）があります");
  const relsText = text(byName.get("xl/_rels/workbook.xml.rels"));
  if (relsText === null) return unreadable("ブックの関係定義（xl/_rels/workbook.xml.rels）がありません");
  if (typeof relsText !== "string") return unreadable(relsText.error);

  const rels = new Map(elements(relsText, "Relationship").map((r) => [r.Id, r]));
  const sheets = elements(workbook, "sheet");
  if (sheets.length === 0) return unreadable("ブックにシートがありません");
  const sheetParts: { sheet: string; relId: string; entry: ZipEntryInfo }[] = [];
  for (const s of sheets) {
    const rel = rels.get(s.id ?? "");
    if (!rel) return unreadable(`シート「${s.name ?? "?"}」の関係定義がありません`);
    if (!WORKSHEET_REL.test(rel.Type ?? "")) continue; // chart sheets and dialog sheets hold no cells
    const target = `xl/${(rel.Target ?? "").replace(/^(\s|\/xl\/)+/, "")}`;
    const entry = byName.get(target);
    if (!entry) return unreadable(`シート「${s.name ?? "?"}」の本体（${target}）がありません`);
    if (!EXCELJS_SHEET_PART.test(target)) return unreadable(`シート「${s.name ?? "?"}」の本体の名前（${target}）に対応していません`);
    sheetParts.push({ sheet: s.name ?? "?", relId: s.id ?? "", entry });
  }

  let cells = 0;
  let rows = 0;
  let spanned = 0;
  let maxShared = -1;
  let maxSharedSheet = "";
  const sheetsRead: SheetPart[] = [];
  for (const { sheet, relId, entry } of sheetParts) {
    const data = readZipPart(buf, entry);
    if (typeof data === "string") return unreadable(data);
    sheetsRead.push({ relId, xml: data });
    const xml = data.toString("latin1"); // markup is ASCII; cell text is not needed here
    if (DOCTYPE.test(xml)) return unreadable(`シート「${sheet}」に DTD（<!DOCTYPE>）があります`);
    const scan = scanSheet(xml);
    cells += scan.cells;
    rows += scan.rows;
    spanned += scan.spannedCells;
    if (spanned > XLSX_LIMITS.spannedCells) return fail(`${name} はセルが広い範囲に散らばっていて検証できません（各行の A 列から最後のセルまでの合計が ${count(XLSX_LIMITS.spannedCells)} セルを超えています。シート「${sheet}」まで）。シートの右端・下端の不要なセルを削除してください。`);
    if (cells > XLSX_LIMITS.cells) return fail(`${name} はセルが多すぎて検証できません（${count(XLSX_LIMITS.cells)} 個を超えています。シート「${sheet}」まで）。様式のシートだけを別のブックにコピーして検証してください。`);
    if (rows > XLSX_LIMITS.rows) return fail(`${name} は行が多すぎて検証できません（${count(XLSX_LIMITS.rows)} 行を超えています。シート「${sheet}」まで）。様式のシートだけを別のブックにコピーして検証してください。`);
    const m = maxSharedStringIndex(xml);
    if (m > maxShared) [maxShared, maxSharedSheet] = [m, sheet];
  }
  let sharedStrings: Buffer | null = null;
  if (maxShared >= 0) {
    const shared = byName.get(SHARED_STRINGS_PART);
    if (!shared) return unreadable(`シート「${maxSharedSheet}」の文字列が入っている共有文字列（xl/sharedStrings.xml）がありません`);
    const data = readZipPart(buf, shared);
    if (typeof data === "string") return unreadable(data);
    const sharedXml = data.toString("latin1");
    if (DOCTYPE.test(sharedXml)) return unreadable("共有文字列（xl/sharedStrings.xml）に DTD（<!DOCTYPE>）があります");
    const strings = countTags(sharedXml, "si");
    if (maxShared >= strings) return unreadable(`シート「${maxSharedSheet}」が共有文字列の ${maxShared + 1} 番目を使っていますが、${strings} 個しかありません`);
    sharedStrings = data;
  }
  const stylesEntry = byName.get(STYLES_PART);
  const styles = stylesEntry ? readZipPart(buf, stylesEntry) : null;
  if (typeof styles === "string") return unreadable(styles);
  if (styles && DOCTYPE.test(styles.toString("latin1"))) return unreadable("書式（xl/styles.xml）に DTD（<!DOCTYPE>）があります");
  return { ok: true, parts: { workbookXml: workbook, sheets: sheetsRead, sharedStrings, styles } };
}
