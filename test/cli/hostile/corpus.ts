/**
 * The hostile / damaged file corpus of issue 11: each case builds its file into a temp dir (huge ones
 * on the fly — sparse files, repetitive XML that deflates to almost nothing — never committed) and
 * states the exit code and message `gxdc validate` must give. Run by hostileFiles.test.ts through the
 * real CLI entry with a heap limit and a timeout; `node test/cli/hostile/…` is not needed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, open, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as zlib from "node:zlib";
import JSZip from "jszip";
import { crc32, zip, type ZipEntry } from "./zip";

export interface Expectation {
  readonly code: 0 | 1 | 2;
  /** Must match stderr (exit 2) or stdout (exit 0/1). */
  readonly message: RegExp;
  /** Further checks on the output; returns what is wrong, or null. */
  readonly check?: (out: { stdout: string; stderr: string }) => string | null;
}

export interface HostileCase {
  readonly id: string;
  readonly what: string;
  readonly args?: readonly string[];
  readonly expect: Expectation;
  /** Writes the file into `dir`; returns the path to validate. */
  readonly make: (dir: string) => Promise<string>;
}

const ROOT = join(__dirname, "..", "..", "..");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

const text = (s: string): Buffer => Buffer.from(s, "utf8");

export const sheetXml = (rows: string, prefix = ""): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`.replace(/^/, prefix);

interface BookOptions {
  readonly sheets?: readonly { name: string; xml: string | Buffer; part?: string }[];
  readonly sharedStrings?: readonly string[] | null;
  readonly omit?: readonly string[];
  readonly extra?: readonly ZipEntry[];
  readonly relsFor?: (i: number) => string;
}

/** A minimal, valid .xlsx package (what Excel needs and exceljs reads), with knobs to damage it. */
export function book(o: BookOptions = {}): ZipEntry[] {
  const sheets = o.sheets ?? [{ name: "Sheet1", xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }];
  const entries: ZipEntry[] = [
    {
      name: "[Content_Types].xml",
      data: text(
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
      ),
    },
    { name: "_rels/.rels", data: text(`<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    {
      name: "xl/workbook.xml",
      data: text(
        `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: text(
        `<?xml version="1.0"?><Relationships xmlns="${PKG}">${sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${o.relsFor ? o.relsFor(i) : (s.part ?? `worksheets/sheet${i + 1}.xml`)}"/>`).join("")}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    ...sheets.map((s, i) => ({ name: `xl/${s.part ?? `worksheets/sheet${i + 1}.xml`}`, data: typeof s.xml === "string" ? text(s.xml) : s.xml })),
  ];
  if (o.sharedStrings) {
    const si = o.sharedStrings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join("");
    entries.push({ name: "xl/sharedStrings.xml", data: text(`<?xml version="1.0"?><sst xmlns="${MAIN}" count="${o.sharedStrings.length}" uniqueCount="${o.sharedStrings.length}">${si}</sst>`) });
  }
  return [...entries.filter((e) => !(o.omit ?? []).includes(e.name)), ...(o.extra ?? [])];
}

/** The parts of a committed example workbook, to damage one of them. */
async function exampleParts(file: string): Promise<Map<string, Buffer>> {
  const z = await JSZip.loadAsync(readFileSync(join(ROOT, "examples", file)));
  const parts = new Map<string, Buffer>();
  for (const f of Object.values(z.files)) if (!f.dir) parts.set(f.name, await f.async("nodebuffer"));
  return parts;
}

const entriesOf = (parts: Map<string, Buffer>): ZipEntry[] => [...parts].map(([name, data]) => ({ name, data }));

/** The faulty dc-zero example with one part changed by `edit` (null drops the part). */
async function editedExample(part: string, edit: (xml: string) => string | null): Promise<Buffer> {
  const parts = await exampleParts("dc-new-mistakes.xlsx");
  const edited = edit(parts.get(part)?.toString("utf8") ?? "");
  if (edited === null) parts.delete(part);
  else parts.set(part, text(edited));
  return zip(entriesOf(parts));
}

/** A deflated run of `size` bytes of one value, compressed in 1 MB steps: bounded memory even for 400 MB. */
async function deflatedRun(size: number, byte = 0x20): Promise<{ data: Buffer; size: number; crc: number }> {
  const chunk = Buffer.alloc(MB, byte);
  const fastCrc = (zlib as { crc32?: (d: Buffer, v?: number) => number }).crc32 ?? crc32;
  const deflate = zlib.createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  deflate.on("data", (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => deflate.on("end", resolve).on("error", reject));
  let crc = 0;
  for (let left = size; left > 0; left -= MB) {
    const piece = left >= MB ? chunk : chunk.subarray(0, left);
    crc = fastCrc(piece, crc);
    if (!deflate.write(piece)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(out), size, crc };
}

/** A zip part stored as already-deflated data. */
const deflatedPart = async (name: string, size: number, declaredSize?: number): Promise<ZipEntry> => ({ name, data: Buffer.alloc(0), deflated: await deflatedRun(size), ...(declaredSize !== undefined && { declaredSize }) });

async function write(dir: string, name: string, data: Buffer | string): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, data);
  return p;
}

/** A sparse file of `size` bytes starting with `head` (no disk blocks beyond the head). */
async function sparse(dir: string, name: string, head: Buffer, size: number): Promise<string> {
  const p = join(dir, name);
  const h = await open(p, "w");
  await h.write(head, 0, head.length, 0);
  await h.truncate(size);
  await h.close();
  return p;
}

const GB = 1024 * 1024 * 1024;
const MB = 1024 * 1024;

/** Rows of `n` one-cell rows in compact XML (no r attributes, as some writers do). */
const compactRows = (n: number): string => "<row><c><v>1</v></c></row>".repeat(n);

const noEscape = ({ stdout, stderr }: { stdout: string; stderr: string }): string | null =>
  /[\u001b\u009b\u202a-\u202e\u2066-\u2069]/.test(stdout + stderr) ? "raw control or bidi character in the output" : null;

const ESC_TEXT = "\u001b[2J\u001b[32mエラー 0 件\u001b[0m";

export const CORPUS: readonly HostileCase[] = [
  // ---------------------------------------------------------------- not a zip at all
  { id: "empty", what: "0-byte file", expect: { code: 2, message: /空のファイル/ }, make: (d) => write(d, "empty.xlsx", "") },
  { id: "text", what: "CSV text renamed .xlsx", expect: { code: 2, message: /Excel ブック（\.xlsx）ではありません/ }, make: (d) => write(d, "text.xlsx", "区分,費目\n設備費,1\n") },
  { id: "pdf", what: "PDF renamed .xlsx", expect: { code: 2, message: /ではありません/ }, make: (d) => write(d, "pdf.xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n") },
  {
    id: "ole-encrypted",
    what: "password-protected workbook (OLE compound file)",
    expect: { code: 2, message: /パスワード/ },
    make: (d) => write(d, "ole.xlsx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)])),
  },
  { id: "dev-zero", what: "/dev/zero (endless device)", expect: { code: 2, message: /通常のファイルではありません/ }, make: async () => (existsSync("/dev/zero") ? "/dev/zero" : "/dev/null") },
  {
    id: "fifo",
    what: "a named pipe nobody writes to",
    expect: { code: 2, message: /通常のファイルではありません/ },
    make: async (d) => {
      const p = join(d, "pipe.xlsx");
      if (!existsSync(p)) execFileSync("mkfifo", [p]);
      return p;
    },
  },
  { id: "directory", what: "a folder named .xlsx", expect: { code: 2, message: /フォルダー/ }, make: async (d) => { const p = join(d, "folder.xlsx"); await mkdir(p, { recursive: true }); return p; } },
  { id: "missing", what: "no such file", expect: { code: 2, message: /見つかりません/ }, make: async (d) => join(d, "missing.xlsx") },
  { id: "huge-non-zip", what: "4 GB sparse file of zeros", expect: { code: 2, message: /ではありません/ }, make: (d) => sparse(d, "zeros.xlsx", Buffer.alloc(0), 4 * GB) },
  { id: "huge-zip-signed", what: "2 GB sparse file starting PK\\x03\\x04", expect: { code: 2, message: /大きすぎて検証できません（2048 MB、上限 50 MB）/ }, make: (d) => sparse(d, "huge.xlsx", Buffer.from("PK\u0003\u0004"), 2 * GB) },
  { id: "file-limit", what: "60 MB zip-signed file (over the 50 MB file limit)", expect: { code: 2, message: /上限 50 MB/ }, make: (d) => sparse(d, "60mb.xlsx", Buffer.from("PK\u0003\u0004"), 60 * MB) },

  // ---------------------------------------------------------------- broken zips
  { id: "zip-header-only", what: "PK signature followed by junk", expect: { code: 2, message: /終端レコードがありません/ }, make: (d) => write(d, "junk.xlsx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(100, 7)])) },
  {
    id: "truncated",
    what: "an example cut in half",
    expect: { code: 2, message: /壊れている/ },
    make: (d) => { const b = readFileSync(join(ROOT, "examples", "dc-new-clean.xlsx")); return write(d, "half.xlsx", b.subarray(0, b.length >> 1)); },
  },
  {
    id: "bad-central-directory",
    what: "end record pointing into garbage",
    expect: { code: 2, message: /目次/ },
    make: (d) => { const b = zip(book()); b.writeUInt32LE(0, b.length - 22 + 16); return write(d, "cd.xlsx", b); },
  },
  {
    id: "zip64-marker",
    what: "end record claiming 65,535 entries (ZIP64)",
    expect: { code: 2, message: /ZIP64/ },
    make: (d) => { const b = zip(book()); b.writeUInt16LE(0xffff, b.length - 22 + 8); b.writeUInt16LE(0xffff, b.length - 22 + 10); return write(d, "zip64.xlsx", b); },
  },
  {
    id: "many-entries",
    what: "20,000 empty zip entries",
    expect: { code: 2, message: /項目が多すぎます/ },
    make: (d) => write(d, "many.xlsx", zip([...book(), ...Array.from({ length: 20_000 }, (_, i) => ({ name: `x/${i}`, data: Buffer.alloc(0), method: 0 as const }))])),
  },
  {
    id: "unknown-compression",
    what: "a sheet stored with compression method 99 (AES)",
    expect: { code: 2, message: /圧縮方式（99）/ },
    make: (d) => write(d, "aes.xlsx", patchMethod(zip(book().map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { ...e, method: 0 as const } : e))), "xl/worksheets/sheet1.xml", 99)),
  },

  // ---------------------------------------------------------------- zips that are not workbooks
  {
    id: "docx",
    what: "a Word document renamed .xlsx",
    expect: { code: 2, message: /Word 文書（\.docx）/ },
    make: (d) => write(d, "doc.xlsx", zip([{ name: "[Content_Types].xml", data: text("<Types/>") }, { name: "word/document.xml", data: text("<w:document/>") }])),
  },
  {
    id: "pptx",
    what: "a PowerPoint file renamed .xlsx",
    expect: { code: 2, message: /PowerPoint/ },
    make: (d) => write(d, "ppt.xlsx", zip([{ name: "[Content_Types].xml", data: text("<Types/>") }, { name: "ppt/presentation.xml", data: text("<p:presentation/>") }])),
  },
  {
    id: "ods",
    what: "an OpenDocument spreadsheet renamed .xlsx",
    expect: { code: 2, message: /OpenDocument スプレッドシート（\.ods）/ },
    make: (d) => write(d, "calc.xlsx", zip([{ name: "mimetype", data: text("application/vnd.oasis.opendocument.spreadsheet"), method: 0 }, { name: "content.xml", data: text("<office:document-content/>") }])),
  },
  { id: "plain-zip", what: "a zip of text files", expect: { code: 2, message: /xl\/workbook\.xml）がありません/ }, make: (d) => write(d, "plain.xlsx", zip([{ name: "readme.txt", data: text("hello") }])) },

  // ---------------------------------------------------------------- damaged workbooks (exit 0 before this change)
  { id: "no-workbook-xml", what: "xlsx without xl/workbook.xml", expect: { code: 2, message: /ブックの本体（xl\/workbook\.xml）がありません/ }, make: (d) => write(d, "nowb.xlsx", zip(book({ omit: ["xl/workbook.xml"] }))) },
  { id: "no-workbook-rels", what: "xlsx without xl/_rels/workbook.xml.rels", expect: { code: 2, message: /関係定義/ }, make: (d) => write(d, "norels.xlsx", zip(book({ omit: ["xl/_rels/workbook.xml.rels"] }))) },
  {
    id: "missing-sheet-part",
    what: "the example without its 別紙1 sheet part",
    expect: { code: 2, message: /シート「別紙1 実施計画書 指標」の本体（xl\/worksheets\/sheet2\.xml）がありません/ },
    make: async (d) => write(d, "nosheet2.xlsx", await editedExample("xl/worksheets/sheet2.xml", () => null)),
  },
  {
    id: "missing-shared-strings",
    what: "the faulty example without xl/sharedStrings.xml (reported 'エラー 0 件' before)",
    expect: { code: 2, message: /共有文字列（xl\/sharedStrings\.xml）がありません/ },
    make: async (d) => write(d, "nosst.xlsx", await editedExample("xl/sharedStrings.xml", () => null)),
  },
  {
    id: "short-shared-strings",
    what: "shared strings cut to 10 of 52 entries",
    expect: { code: 2, message: /共有文字列の \d+ 番目を使っていますが、10 個しかありません/ },
    make: async (d) =>
      write(d, "shortsst.xlsx", await editedExample("xl/sharedStrings.xml", (x) => x.replace(/((?:<si>.*?<\/si>){10}).*(<\/sst>)/s, "$1$2"))),
  },
  { id: "sheet-rel-missing", what: "a sheet whose r:id has no relationship", expect: { code: 2, message: /関係定義がありません/ }, make: (d) => write(d, "norel.xlsx", zip(book({ relsFor: () => "worksheets/sheet1.xml" }).map((e) => (e.name === "xl/workbook.xml" ? { ...e, data: text(e.data.toString().replace('r:id="rId1"', 'r:id="rId9"')) } : e)))) },
  { id: "no-sheets", what: "a workbook listing no sheet", expect: { code: 2, message: /シートがありません/ }, make: (d) => write(d, "nosheets.xlsx", zip(book({ sheets: [] }))) },
  { id: "odd-sheet-part-name", what: "a sheet part exceljs would drop silently (xl/worksheets/data.xml)", expect: { code: 2, message: /対応していません/ }, make: (d) => write(d, "oddname.xlsx", zip(book({ sheets: [{ name: "S", xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), part: "worksheets/data.xml" }] }))) },
  { id: "malformed-xml", what: "a sheet whose XML is cut off mid-tag", expect: { code: 2, message: /読めません/ }, make: (d) => write(d, "badxml.xlsx", zip(book({ sheets: [{ name: "S", xml: `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2` }] }))) },
  { id: "doctype", what: "billion-laughs DTD in the sheet", expect: { code: 2, message: /DTD/ }, make: (d) => write(d, "lol.xlsx", zip(book({ sheets: [{ name: "S", xml: `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>` }] }))) },

  // ---------------------------------------------------------------- zip bombs and huge sheets: refused in seconds, bounded memory
  {
    id: "bomb-400mb",
    what: "a sheet that really inflates to 400 MB (0.4 MB file)",
    expect: { code: 2, message: /xl\/worksheets\/sheet1\.xml が展開後 400 MB あります（1 つの部品の上限 32 MB）/ },
    make: async (d) => write(d, "bomb400.xlsx", zip([...book().filter((e) => e.name !== "xl/worksheets/sheet1.xml"), await deflatedPart("xl/worksheets/sheet1.xml", 400 * MB)])),
  },
  {
    id: "bomb-1gb",
    what: "a shared-strings part declared as 1 GB in the zip directory (refused before any inflating)",
    expect: { code: 2, message: /xl\/sharedStrings\.xml が展開後 1024 MB あります/ },
    make: async (d) => write(d, "bomb1g.xlsx", zip([...book(), await deflatedPart("xl/sharedStrings.xml", MB, 1024 * MB)])),
  },
  {
    id: "bomb-lying",
    what: "a sheet declared as 1 KB that inflates to 64 MB",
    expect: { code: 2, message: /目次に書かれた大きさ（0\.0 MB）を超えて展開されます/ },
    make: async (d) => write(d, "bomblie.xlsx", zip([...book().filter((e) => e.name !== "xl/worksheets/sheet1.xml"), await deflatedPart("xl/worksheets/sheet1.xml", 64 * MB, 1024)])),
  },
  {
    id: "bomb-total",
    what: "six 30 MB parts (180 MB in all)",
    expect: { code: 2, message: /展開後の合計が 180 MB あります（上限 128 MB）/ },
    make: async (d) => {
      const part = await deflatedPart("x", 30 * MB);
      return write(d, "bombtotal.xlsx", zip([...book(), ...Array.from({ length: 6 }, (_, i) => ({ ...part, name: `xl/media/image${i}.png` }))]));
    },
  },
  {
    id: "million-rows",
    what: "1,000,000 rows of one cell",
    expect: { code: 2, message: /セルが多すぎて検証できません（300,000 個を超えています/ },
    make: (d) => write(d, "million.xlsx", zip(book({ sheets: [{ name: "S", xml: sheetXml(compactRows(1_000_000)) }] }))),
  },
  {
    id: "million-empty-rows",
    what: "1,000,000 empty row elements",
    expect: { code: 2, message: /行が多すぎて検証できません/ },
    make: (d) => write(d, "emptyrows.xlsx", zip(book({ sheets: [{ name: "S", xml: sheetXml("<row/>".repeat(1_000_000)) }] }))),
  },
  {
    id: "cells-over-limit",
    what: "300,001 cells over three sheets",
    expect: { code: 2, message: /300,000 個を超えています。シート「C」まで/ },
    make: (d) => write(d, "over.xlsx", zip(book({ sheets: ["A", "B", "C"].map((n, i) => ({ name: n, xml: sheetXml(compactRows(i === 2 ? 100_001 : 100_000)) })) }))),
  },
  {
    id: "150k-cells",
    what: "150,000 numeric cells (the Math.min(...cells) stack overflow, 'corrupt' before)",
    expect: { code: 0, message: /結果: エラー 0 件/ },
    make: (d) => write(d, "150k.xlsx", zip(book({ sheets: [{ name: "大きい表", xml: sheetXml(Array.from({ length: 15_000 }, (_, r) => `<row r="${r + 1}">${"ABCDEFGHIJ".split("").map((c) => `<c r="${c}${r + 1}"><v>${r}</v></c>`).join("")}</row>`).join("")) }] }))),
  },
  {
    id: "xfd1048576",
    what: "one value at XFD1048576 next to A1 (8 KB file; out of memory before)",
    expect: { code: 0, message: /結果: エラー 0 件/ },
    make: (d) => write(d, "xfd.xlsx", zip(book({ sheets: [{ name: "S", xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>事業区分</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>') }] }))),
  },
  {
    id: "diagonal",
    what: "16,384 cells on a diagonal down to XFD (134 M cells spanned; a dense grid would be 268 M)",
    expect: { code: 2, message: /セルが広い範囲に散らばっていて検証できません（各行の A 列から最後のセルまでの合計が 2,000,000 セルを超えています/ },
    make: (d) => write(d, "diagonal.xlsx", zip(book({ sheets: [{ name: "S", xml: sheetXml(diagonal(16_384, 64)) }] }))),
  },
  {
    id: "diagonal-1500",
    what: "1,500 cells on a diagonal (1.1 M cells spanned, under the limit)",
    expect: { code: 0, message: /結果: エラー 0 件/ },
    make: (d) => write(d, "diagonal1500.xlsx", zip(book({ sheets: [{ name: "S", xml: sheetXml(diagonal(1_500, 500)) }] }))),
  },
  {
    id: "stray-z200000",
    what: "the faulty example with a stray value at Z200000",
    expect: { code: 1, message: /✖ エラー\s+I8\s+.*撤去/ },
    make: async (d) => write(d, "stray.xlsx", await editedExample("xl/worksheets/sheet1.xml", (x) => x.replace("</sheetData>", '<row r="200000"><c r="Z200000"><v>1</v></c></row></sheetData>'))),
  },
  {
    id: "beyond-sheet",
    what: "a cell addressed past the sheet (A2000000)",
    expect: { code: 2, message: /範囲（XFD1048576）を超えるセル|読めません/ },
    make: (d) => write(d, "beyond.xlsx", zip(book({ sheets: [{ name: "S", xml: sheetXml('<row r="2000000"><c r="A2000000"><v>1</v></c></row>') }] }))),
  },

  // ---------------------------------------------------------------- untrusted text and numbers
  {
    id: "escape-in-cell",
    what: "ESC sequences and newlines in a line's text (fake green 'エラー 0 件', forged report lines)",
    expect: {
      code: 1,
      message: /\\x1B\[2J\\x1B\[32mエラー 0 件/,
      check: (o) => noEscape(o) ?? (/^結果: エラー 0 件/m.test(o.stdout.split("\n").slice(2).join("\n").replace(/^結果: エラー [1-9].*$/gm, "")) ? "forged result line" : null),
    },
    make: async (d) => write(d, "esc.xlsx", await editedExample("xl/sharedStrings.xml", (x) => x.replace("既存設備撤去工事", `既存設備撤去工事_x001B_[2J_x001B_[32mエラー 0 件_x000A_結果: エラー 0 件`))),
  },
  {
    id: "raw-escape-in-xml",
    what: "a raw ESC byte in the shared strings XML (not allowed in XML 1.0)",
    expect: { code: 2, message: /読めません/, check: noEscape },
    make: async (d) => write(d, "rawesc.xlsx", await editedExample("xl/sharedStrings.xml", (x) => x.replace("既存設備撤去工事", `既存設備撤去工事${ESC_TEXT}`))),
  },
  {
    id: "bidi-sheet-name",
    what: "RIGHT-TO-LEFT OVERRIDE and ESC in a sheet name",
    expect: { code: 1, message: /\\u202E/, check: noEscape },
    make: async (d) => {
      const parts = await exampleParts("dc-new-mistakes.xlsx");
      parts.set("xl/workbook.xml", text(parts.get("xl/workbook.xml")!.toString().replace('name="別紙2 経費内訳"', 'name="別紙2 経費内訳\u202Egpj.exe"')));
      return write(d, "bidi.xlsx", zip(entriesOf(parts)));
    },
  },
  {
    id: "huge-cell",
    what: "a 15 MB text in a line's 内容 (echoed whole before)",
    expect: { code: 1, message: /…（全 5,000,\d{3} 文字）/, check: (o) => (o.stdout.length > 50_000 ? `stdout is ${o.stdout.length} characters` : null) },
    make: async (d) => write(d, "hugecell.xlsx", await editedExample("xl/sharedStrings.xml", (x) => x.replace("既存設備撤去工事", `既存設備撤去工事${"あ".repeat(5_000_000)}`))),
  },
  {
    id: "json-exact",
    what: "--json keeps the control characters of a cell exactly (escaped by JSON)",
    args: ["--json"],
    expect: {
      code: 1,
      message: /"ruleId": "DC-EXP-03"/,
      check: (o) => {
        const findings = JSON.parse(o.stdout) as { message: string }[];
        return findings.some((f) => f.message.includes("撤去工事\u001b[31m\nX")) ? null : "the cell text is not exact in --json";
      },
    },
    make: async (d) => write(d, "json.xlsx", await editedExample("xl/sharedStrings.xml", (x) => x.replace("既存設備撤去工事", "既存設備撤去工事_x001B_[31m_x000A_X"))),
  },
  {
    id: "nan-literal",
    what: "<v>NaN</v> and <v>Infinity</v> as amounts",
    expect: { code: 1, message: /#NUM!/ },
    make: async (d) => write(d, "nan.xlsx", await editedExample("xl/worksheets/sheet1.xml", (x) => x.replace("<v>30000000</v>", "<v>NaN</v>").replace("<v>47650000</v>", "<v>Infinity</v>"))),
  },
  {
    id: "400-digits",
    what: "a 400-digit amount (parses to ∞)",
    expect: { code: 1, message: /#NUM!/ },
    make: async (d) => write(d, "digits.xlsx", await editedExample("xl/worksheets/sheet1.xml", (x) => x.replace("<v>30000000</v>", `<v>${"9".repeat(400)}</v>`))),
  },
  {
    id: "400-digit-text",
    what: "a 400-digit amount typed as text",
    expect: { code: 1, message: /結果: エラー/ },
    make: async (d) => write(d, "digittext.xlsx", await editedExample("xl/sharedStrings.xml", (x) => x.replace("３０，０００，０００", "9".repeat(400)))),
  },
  {
    id: "huge-amount",
    what: "1.7976931348623157e308 as an amount (sums overflow to ∞)",
    expect: { code: 1, message: /結果: エラー/ },
    make: async (d) => write(d, "maxvalue.xlsx", await editedExample("xl/worksheets/sheet1.xml", (x) => x.replace("<v>30000000</v>", "<v>1.7976931348623157e308</v>"))),
  },
  {
    id: "subnormal",
    what: "5e-324 (subnormal) as an amount (NaN subsidy before)",
    expect: { code: 1, message: /補助金額（合計）: [\d,]+ 円/ },
    make: async (d) => write(d, "subnormal.xlsx", await editedExample("xl/worksheets/sheet1.xml", (x) => x.replace("<v>30000000</v>", "<v>5e-324</v>"))),
  },
  {
    id: "error-values",
    what: "error values (#REF!, #DIV/0!) in amounts",
    expect: { code: 1, message: /エラー値「#DIV\/0!」/ },
    make: async (d) => write(d, "errors.xlsx", await editedExample("xl/worksheets/sheet1.xml", (x) => x.replace('<c r="I6" s="1"><v>30000000</v></c>', '<c r="I6" s="1" t="e"><v>#DIV/0!</v></c>'))),
  },
];

/** Control: the committed examples still pass through the same runner. */
export const CONTROLS: readonly HostileCase[] = [
  { id: "example-clean", what: "examples/dc-new-clean.xlsx", expect: { code: 0, message: /結果: エラー 0 件/ }, make: async () => join(ROOT, "examples", "dc-new-clean.xlsx") },
  { id: "example-mistakes", what: "examples/gx-dc-mistakes.xlsx", expect: { code: 1, message: /結果: エラー 3 件/ }, make: async () => join(ROOT, "examples", "gx-dc-mistakes.xlsx") },
];

/** `n` numeric cells on a diagonal, one every `step` rows. */
function diagonal(n: number, step: number): string {
  return Array.from({ length: n }, (_, i) => `<row r="${i * step + 1}"><c r="${colName(i)}${i * step + 1}"><v>${i}</v></c></row>`).join("");
}

function colName(i: number): string {
  let c = i + 1;
  let s = "";
  while (c > 0) {
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    c = Math.floor((c - 1) / 26);
  }
  return s;
}

/** Sets the compression method of `name` in both its local header and its central directory entry. */
function patchMethod(b: Buffer, name: string, method: number): Buffer {
  const n = Buffer.from(name);
  for (let at = b.indexOf(n); at >= 0; at = b.indexOf(n, at + 1)) {
    if (b.readUInt32LE(at - 30) === 0x04034b50) b.writeUInt16LE(method, at - 30 + 8);
    if (at >= 46 && b.readUInt32LE(at - 46) === 0x02014b50) b.writeUInt16LE(method, at - 46 + 10);
  }
  return b;
}
