/**
 * Shared pieces of the line parsers: reading the numeric and text cells of a body row with
 * reader findings (error values, numbers typed as text, unreadable numbers) and recognising
 * 小計 / 合計 lines.
 */
import { memoized, normalizeLabel } from "../lib/normalize";
import { isBlankCell, readNumberCell, readTextCell, type NumberKind, type NumberRead } from "./cellRead";
import { textNumberFinding } from "./facts";
import { someTextCell, textCells, valueIn, type LocatedTable } from "./locate";
import { finding, SHEET_RULES } from "./sheetRules";
import { isCellError, toA1, type Finding } from "./types";

export type LineKind = "line" | "subtotal" | "total";

/** A cell that is only a total word: 小計, 計, 合計, 総計 (spaces removed). */
const TOTAL_WORD = /^(小計|計|合計|総計)$/;

/** What one text says about its row: the kind it names, and the kind of the total word it only is (else null). */
interface TextKind {
  readonly kind: LineKind;
  readonly word: LineKind | null;
}

/** Text kinds by text: every label cell of every body row is asked (bounded like the normalisers' memo). */
const textKinds = new Map<string, TextKind>();

function readTextKind(text: string): TextKind {
  const n = normalizeLabel(text);
  const kind: LineKind = /合計|総計/.test(n) || n === "計" ? "total" : /小計/.test(n) || /^.+費計$/.test(n) ? "subtotal" : "line";
  return { kind, word: TOTAL_WORD.test(n) ? (n === "小計" ? "subtotal" : "total") : null };
}

const textKindOf = (text: string): TextKind => memoized(textKinds, text, readTextKind);

/** 小計 / 〇〇費計 → subtotal; 合計 / 総計 / 計 → total; anything else → line. "設計" is not a total. */
export function lineKindOf(texts: readonly (string | null)[]): LineKind {
  let kind: LineKind = "line";
  for (const t of texts) {
    if (!t) continue;
    const k = textKindOf(t).kind;
    if (k === "total") return "total";
    if (k === "subtotal") kind = "subtotal";
  }
  return kind;
}

/**
 * The kind of a body row from its label columns and, beyond them, any text cell of the table's width that
 * holds only a total word (小計 typed in 備考 or 単位). Notes such as "小計に含む" do not count.
 */
export function rowKindOf<K extends string>(table: LocatedTable<K>, r: number, labels: readonly (string | null)[]): { kind: LineKind; plain: boolean } {
  let kind = lineKindOf(labels);
  let plain = false;
  someTextCell(
    table.sheet,
    r,
    (_, text) => {
      const word = textKindOf(text).word;
      if (word === null) return false;
      plain = true;
      if (kind === "line") kind = word;
      return false;
    },
    table.span.from,
    table.span.to,
  );
  return { kind, plain };
}

/** Whether a row of the table's width is a 合計 row (used to find it below blank input rows). */
export function totalRowOf<K extends string>(table: LocatedTable<K>): (row: number) => boolean {
  return (r) =>
    lineKindOf(
      textCells(table.sheet, r)
        .filter((c) => c.col >= table.span.from && c.col <= table.span.to)
        .map((c) => c.text),
    ) === "total";
}

/** Reads cells of one body row, collecting reader findings as it goes. */
export class RowReader<K extends string> {
  readonly findings: Finding[] = [];
  /** Reads of text cells by column, kind and text, for this table only. */
  private readonly textReads = new Map<string, NumberRead>();

  constructor(
    private readonly table: LocatedTable<K>,
    private readonly source: string,
  ) {}

  cell(row: number, key: K): string | null {
    const c = this.table.columns[key];
    return c ? toA1(row, c.col) : null;
  }

  /** A number in the column's base unit; null for blanks, error values (error finding) and unreadable text (warning). */
  number(row: number, key: K, kind: NumberKind, what: string): number | null {
    const col = this.table.columns[key];
    if (!col) return null;
    const raw = valueIn(this.table, row, key);
    // The common cell, a plain finite number, as readNumberCell reads it, without building its result.
    if (typeof raw === "number" && Number.isFinite(raw)) return raw * col.scale;
    // Numbers typed as text repeat down a column ("５００，０００円"): each is read once per column and kind.
    let read: NumberRead | undefined;
    if (typeof raw === "string") {
      const memoKey = `${String(key)}\u0000${kind}\u0000${raw}`;
      read = this.textReads.get(memoKey);
      if (read === undefined) this.textReads.set(memoKey, (read = readNumberCell(raw, col.scale, kind)));
    } else read = readNumberCell(raw, col.scale, kind);
    switch (read.kind) {
      case "blank":
        return null;
      case "error":
        this.errorValue(toA1(row, col.col), what, read.error);
        return null;
      case "unreadable":
        this.findings.push(
          finding(this.sheet, toA1(row, col.col), "warning", SHEET_RULES.numberUnreadable, `${what}「${read.text}」を数値として読めません。数値を入力してください（${SHEET_RULES.numberUnreadable}）。`, this.source),
        );
        return null;
      case "number":
        if (read.fromText) this.findings.push(textNumberFinding(this.sheet, toA1(row, col.col), what, String(raw), read.value, read.notes, this.source));
        return read.value;
    }
  }

  /** Text as typed; an error value gives an error finding and null. */
  text(row: number, key: K, what: string): string | null {
    const col = this.table.columns[key];
    if (!col) return null;
    const raw = valueIn(this.table, row, key);
    if (isCellError(raw)) {
      this.errorValue(toA1(row, col.col), what, raw.error);
      return null;
    }
    return readTextCell(raw);
  }

  isBlank(row: number, key: K): boolean {
    return isBlankCell(valueIn(this.table, row, key));
  }

  warn(at: string, ruleId: string, message: string): void {
    this.findings.push(finding(this.sheet, at, "warning", ruleId, message, this.source));
  }

  private errorValue(at: string, what: string, error: string): void {
    this.findings.push(
      finding(this.sheet, at, "error", SHEET_RULES.cellError, `${what}のセルがエラー値「${error}」です。数式の参照先を確認し、値を入力してください（${SHEET_RULES.cellError}）。`, this.source),
    );
  }

  private get sheet(): string {
    return this.table.sheet.name;
  }
}
