/**
 * 経費内訳 (dc-zero 別紙2) → ExpenseLine[] + DeclaredSummary (SPEC §5). Category columns merged
 * down the sheet (区分 written once above its lines) are carried down; 小計 / 合計 lines are kept with
 * their kind; the summary block (総事業費, 補助対象経費, 事務費, 補助金所要額 — per 年度 when stated)
 * is read from labels outside the table.
 */
import type { DeclaredAmount, DeclaredSummary, ExpenseField, ExpenseLine, SummaryField } from "../programs/dc-zero/sheetTypes";
import { memoized, normalizeLabel } from "../lib/normalize";
import { findFiscalYearIn, isBlankCell, parseFiscalYear, readNumberCell, readRateClass, readTextCell } from "./cellRead";
import { textNumberFinding } from "./facts";
import { aliasRank, parseLabel } from "./labels";
import { RowReader, rowKindOf, totalRowOf } from "./lineReader";
import { lastCol, lastRow, someTextCell, tableBody, textCells, valueIn, type LocatedTable, type TableSpec } from "./locate";
import { finding, SHEET_RULES } from "./sheetRules";
import { cellAt, mergeAt, toA1, type Finding, type SheetGrid } from "./types";

export const EXPENSE_TABLE: TableSpec<ExpenseField> = {
  kind: "dc-expenses",
  columns: [
    { key: "category", labels: ["区分"], required: true },
    { key: "item", labels: ["費目"], required: true },
    { key: "subItem", labels: ["細分", "細目"], required: true },
    { key: "description", labels: ["内容", "内訳", "内容内訳", "内訳内容", "摘要", "品名"], required: true },
    { key: "amountYen", labels: ["金額", "事業費", "事業に要する経費", "総事業費"], required: true, unit: "yen" },
    { key: "eligibleYen", labels: ["補助対象経費", "補助対象経費額", "補助対象額"], required: true, unit: "yen" },
    { key: "rateClass", labels: ["補助率区分", "補助率"], required: false },
    { key: "fiscalYear", labels: ["年度", "実施年度", "事業年度"], required: false },
    { key: "quantity", labels: ["数量"], required: false },
    { key: "unit", labels: ["単位"], required: false },
  ],
};

/** Labels of the summary block, canonical first. */
export const SUMMARY_LABELS: Readonly<Record<SummaryField, readonly string[]>> = {
  totalProjectCostYen: ["総事業費", "総事業費合計", "事業費総額"],
  eligibleTotalYen: ["補助対象経費", "補助対象経費合計", "補助対象経費計"],
  adminFeeYen: ["事務費", "事務費合計"],
  subsidyRequested: ["補助金所要額", "補助金所要見込額", "補助金申請額", "補助金交付申請額"],
};

/** Labels that end the line table when met below it (事務費 is also a 区分, so it does not). */
const TABLE_STOP_LABELS = [...SUMMARY_LABELS.totalProjectCostYen, ...SUMMARY_LABELS.eligibleTotalYen, ...SUMMARY_LABELS.subsidyRequested, "事業区分"];

/** Where a summary figure sits. */
export interface SummaryCell {
  readonly field: SummaryField;
  readonly row: number;
  readonly col: number;
  readonly fiscalYear: number | null;
}

/** Where a table sits among the 経費内訳 tables stacked on its sheet (one per 年度 under a caption). */
export interface StackContext {
  /** Last row of the table above on the same sheet; undefined for the first. */
  readonly prevTableEnd?: number;
  /** More than one 経費内訳 table on the sheet. */
  readonly stacked: boolean;
  /** The last table of the sheet (summary rows after its own belong to the whole application). */
  readonly last: boolean;
}

/** Summary figures below the last of several stacked tables: the application as a whole, not one block. */
export interface ApplicationSummary {
  readonly declared: DeclaredSummary;
  readonly cells: readonly SummaryCell[];
}

export interface ParsedExpenseSheet {
  readonly table: LocatedTable<ExpenseField>;
  /** 年度 of the caption above a stacked table (【令和6年度】, 令和7年度分, 2025年度), given to its lines. */
  readonly captionYear?: number | null;
  readonly applicationSummary?: ApplicationSummary;
  readonly lines: readonly ExpenseLine[];
  readonly declared: DeclaredSummary;
  readonly summaryCells: readonly SummaryCell[];
  /** Row the value of a carried-down field was written in (merged 区分 cells), per line row and field. */
  readonly carriedFrom: ReadonlyMap<string, number>;
  readonly lastRow: number;
  readonly findings: readonly Finding[];
}

type Carried = "category" | "item" | "subItem" | "fiscalYear";

/** Parses one located 経費内訳 table. `nextHeaderRow` bounds the body when the sheet has another table below. */
export function parseExpenseSheet(table: LocatedTable<ExpenseField>, source: string, nextHeaderRow?: number, stack: StackContext = { stacked: false, last: true }): ParsedExpenseSheet {
  const sheet = table.sheet;
  const captionYear = stack.stacked && !table.columns.fiscalYear ? captionYearAbove(table, stack.prevTableEnd) : null;
  const amountCols = [table.columns.amountYen?.col, table.columns.eligibleYen?.col];
  // The summary block starts at a summary label, or at a row of 年度 captions over the amount columns.
  // Every body row is asked, and its texts repeat: each distinct text is looked up once per table.
  const stopTexts = new Map<string, boolean>();
  const isStopText = (text: string): boolean => memoized(stopTexts, text, isStopLabel);
  const isStop = (r: number): boolean => {
    // isYearCaption needs the row's only text cell, if it has just one.
    let count = 0;
    let only = null as { col: number; text: string } | null; // assigned in the visitor: no narrowing to null
    const stops = someTextCell(sheet, r, (col, text) => {
      if (isStopText(text) || (amountCols.includes(col) && parseFiscalYear(text) !== null)) return true;
      if (++count === 1) only = { col, text };
      return false;
    });
    return stops || (count === 1 && only !== null && isYearCaption(table, r, [only]));
  };
  const body = tableBody(table, isStop, nextHeaderRow, totalRowOf(table));
  const reader = new RowReader(table, source);
  const lines: ExpenseLine[] = [];
  const carriedFrom = new Map<string, number>();
  const carry = new Map<Carried, { value: string | number; row: number }>();

  let sinceSubtotal: number[] = [];
  for (const r of body.rows) {
    let category = reader.text(r, "category", "区分");
    let item = reader.text(r, "item", "費目");
    let subItem = reader.text(r, "subItem", "細分");
    const description = reader.text(r, "description", "内容");
    const { kind, plain } = rowKindOf(table, r, [category, item, subItem, description]);
    let scopeRows: number[] | undefined;
    if (kind !== "line") {
      // A bare "小計" (its row names no 区分/費目) sums the lines laid out above it, back to the previous 小計/合計.
      if (kind === "subtotal" && plain && category === null && item === null) scopeRows = sinceSubtotal;
      sinceSubtotal = [];
    } else {
      // 区分/費目/細分 merged down a block (小計 rows inside it included) belong to every row of the block.
      category ??= mergedText(table, r, "category", carriedFrom);
      item ??= mergedText(table, r, "item", carriedFrom);
      subItem ??= mergedText(table, r, "subItem", carriedFrom);
    }
    const amountYen = reader.number(r, "amountYen", "yen", "金額");
    const eligibleYen = reader.number(r, "eligibleYen", "yen", "補助対象経費");
    const amountsBlank = reader.isBlank(r, "amountYen") && reader.isBlank(r, "eligibleYen");
    const fiscalYear = readYear(reader, table, r);

    if (kind !== "line") {
      if (kind === "total") carry.clear();
      else for (const k of ["category", "item", "subItem"] as const) carry.delete(k);
      if (amountsBlank) continue;
    } else {
      // Category rows of the form (区分/費目/細分 without 内容 or amounts) only set the context for the lines below.
      updateCarry(carry, r, { category, item, subItem, fiscalYear });
      if (amountsBlank && description === null && reader.isBlank(r, "quantity")) continue;
    }
    const filled = kind === "line" ? fillDown(carry, r, { category, item, subItem, fiscalYear }, carriedFrom) : { category, item, subItem, fiscalYear };
    lines.push({
      row: r,
      kind,
      category: filled.category as string | null,
      item: filled.item as string | null,
      subItem: filled.subItem as string | null,
      description,
      amountYen,
      eligibleYen,
      rateClass: table.columns.rateClass ? readRateClass(valueIn(table, r, "rateClass")) : null,
      fiscalYear: (filled.fiscalYear as number | null) ?? captionYear,
      quantity: reader.number(r, "quantity", "plain", "数量"),
      unit: reader.text(r, "unit", "単位"),
      ...(scopeRows && { scopeRows }),
    });
    if (kind === "line") sinceSubtotal.push(r);
    if (kind === "line" && description !== null && (amountYen === null || amountYen === 0)) zeroFormulaWarning(table, r, reader);
  }

  // Summary rows: above the header only for the first table of a sheet; below it, down to the next table, and
  // for the last of stacked tables only its own run of summary rows (what follows is the whole application's).
  const below = range(body.lastRow + 1, Math.min(lastRow(sheet), (nextHeaderRow ?? Infinity) - 1));
  const ownEnd = stack.stacked && stack.last ? ownSummaryEnd(sheet, below) : lastRow(sheet);
  const above = stack.prevTableEnd === undefined ? range(sheet.rowOffset, table.headerRow - 1) : [];
  const summary = readSummary(table, body.lastRow, source, [...above, ...below.filter((r) => r <= ownEnd)]);
  const rest = below.filter((r) => r > ownEnd);
  const whole = rest.length > 0 ? readSummary(table, body.lastRow, source, rest) : null;
  return {
    table,
    captionYear,
    ...(whole && whole.cells.length > 0 && { applicationSummary: { declared: whole.declared, cells: whole.cells } }),
    lines,
    declared: summary.declared,
    summaryCells: summary.cells,
    carriedFrom,
    lastRow: body.lastRow,
    findings: [...reader.findings, ...summary.findings, ...(whole?.findings ?? [])],
  };
}

/** A label that ends the line table (a summary label, 年度 words around it allowed). */
function isStopLabel(text: string): boolean {
  return aliasRank(parseLabel(stripYear(text)), TABLE_STOP_LABELS) >= 0;
}

/** A row holding only a 年度 caption (【令和7年度】, 2025年度分) outside a 年度 column: the next block starts. */
function isYearCaption(table: LocatedTable<ExpenseField>, r: number, cells: readonly { col: number; text: string }[]): boolean {
  if (cells.length !== 1 || cells[0].col === table.columns.fiscalYear?.col || typeof cellAt(table.sheet, r, cells[0].col) !== "string") return false;
  const text = cells[0].text;
  return text.length <= CAPTION_MAX_CHARS && (findFiscalYearIn(text) ?? parseFiscalYear(text)) !== null;
}

const CAPTION_MAX_CHARS = 20;

/** How far above a stacked table's header its 年度 caption is looked for. */
const CAPTION_ROWS = 3;

/** The 年度 written in a caption just above the header (not inside the previous table). */
function captionYearAbove(table: LocatedTable<ExpenseField>, prevTableEnd: number | undefined): number | null {
  const top = Math.max(table.sheet.rowOffset, (prevTableEnd ?? -1) + 1, table.anchor.row - CAPTION_ROWS);
  for (let r = table.anchor.row - 1; r >= top; r--) {
    for (const c of textCells(table.sheet, r)) {
      const fy = findFiscalYearIn(c.text) ?? parseFiscalYear(c.text);
      if (fy !== null) return fy;
    }
  }
  return null;
}

/** Last row of the summary run right below a table: summary-label rows and single blank rows. */
function ownSummaryEnd(sheet: SheetGrid, rows: readonly number[]): number {
  let end = rows.length > 0 ? rows[0] - 1 : -1;
  let blanks = 0;
  for (const r of rows) {
    const cells = textCells(sheet, r);
    if (cells.length === 0) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    const labels = cells.filter((c) => typeof cellAt(sheet, r, c.col) === "string");
    if (labels.length === 0 || !labels.some((c) => summaryFieldOf(c.text) !== null)) break;
    end = r;
  }
  return end;
}

/** 金額 of a described line is a formula saved as 0 / without result: the workbook was not recalculated. */
function zeroFormulaWarning(table: LocatedTable<ExpenseField>, r: number, reader: RowReader<ExpenseField>): void {
  const col = table.columns.amountYen?.col;
  if (col === undefined || !table.sheet.zeroFormulas?.some((z) => z.row === r && z.col === col)) return;
  reader.warn(
    toA1(r, col),
    SHEET_RULES.formulaNotCalculated,
    `金額の数式の計算結果が 0（又は空）のまま保存されています。再計算されていない可能性があるため、この行は 0円 として読みました。Excel で再計算（F9）してから保存してください（${SHEET_RULES.formulaNotCalculated}）。`,
  );
}

/** Text of a merged area covering (r, field's column) that starts above r; records where it was typed. */
function mergedText(table: LocatedTable<ExpenseField>, r: number, key: "category" | "item" | "subItem", carriedFrom: Map<string, number>): string | null {
  const col = table.columns[key]?.col;
  if (col === undefined) return null;
  const m = mergeAt(table.sheet, r, col);
  if (!m || m.top >= r || m.top <= table.headerRow) return null;
  const text = readTextCell(cellAt(table.sheet, m.top, m.left));
  if (text !== null) carriedFrom.set(`${r}:${key}`, m.top);
  return text;
}

function readYear(reader: RowReader<ExpenseField>, table: LocatedTable<ExpenseField>, r: number): number | null {
  if (!table.columns.fiscalYear) return null;
  const raw = valueIn(table, r, "fiscalYear");
  if (isBlankCell(raw)) return null;
  const text = reader.text(r, "fiscalYear", "年度");
  if (text === null) return null;
  const fy = parseFiscalYear(raw);
  if (fy === null) {
    reader.warn(
      toA1(r, table.columns.fiscalYear.col),
      SHEET_RULES.fiscalYearUnreadable,
      `年度「${text}」を年度として読めません。2024、2024年度、令和6年度 のように入力してください（${SHEET_RULES.fiscalYearUnreadable}）。`,
    );
  }
  return fy;
}

function updateCarry(carry: Map<Carried, { value: string | number; row: number }>, r: number, v: Record<Carried, string | number | null>): void {
  if (v.category !== null) {
    carry.set("category", { value: v.category, row: r });
    carry.delete("item");
    carry.delete("subItem");
  }
  if (v.item !== null) {
    carry.set("item", { value: v.item, row: r });
    carry.delete("subItem");
  }
  if (v.subItem !== null) carry.set("subItem", { value: v.subItem, row: r });
  if (v.fiscalYear !== null) carry.set("fiscalYear", { value: v.fiscalYear, row: r });
}

function fillDown(
  carry: Map<Carried, { value: string | number; row: number }>,
  r: number,
  v: Record<Carried, string | number | null>,
  carriedFrom: Map<string, number>,
): Record<Carried, string | number | null> {
  const out = { ...v };
  for (const k of ["category", "item", "subItem", "fiscalYear"] as const) {
    const c = carry.get(k);
    if (out[k] === null && c && c.row !== r) {
      out[k] = c.value;
      carriedFrom.set(`${r}:${k}`, c.row);
    }
  }
  return out;
}

/** Removes a leading or trailing fiscal-year phrase from a label: "令和6年度 補助金所要額" → "補助金所要額". */
function stripYear(text: string): string {
  return normalizeLabel(text)
    .replace(/^(fy)?\d{4}年度|^(令和|平成|r|h)(\d{1,2}|元)年度/, "")
    .replace(/(fy)?\d{4}年度$|(令和|平成|r|h)(\d{1,2}|元)年度$/, "");
}

function summaryFieldOf(text: string): SummaryField | null {
  const info = parseLabel(stripYear(text));
  for (const f of Object.keys(SUMMARY_LABELS) as SummaryField[]) if (aliasRank(info, SUMMARY_LABELS[f]) >= 0) return f;
  return null;
}

/** How far right of a summary label its value may sit. */
const SUMMARY_VALUE_COLS = 6;
/** How far above a summary label a row of 年度 column captions is looked for. */
const YEAR_CAPTION_ROWS = 6;

interface SummaryRead {
  readonly declared: DeclaredSummary;
  readonly cells: SummaryCell[];
  readonly findings: Finding[];
}

function readSummary(table: LocatedTable<ExpenseField>, bodyEnd: number, source: string, rows: readonly number[]): SummaryRead {
  const sheet = table.sheet;
  const findings: Finding[] = [];
  const found: { field: SummaryField; row: number; col: number; fiscalYear: number | null; valueYen: number }[] = [];
  for (const r of rows) {
    for (const label of textCells(sheet, r)) {
      const field = summaryFieldOf(label.text);
      if (!field) continue;
      const labelYear = findFiscalYearIn(label.text);
      const captions = labelYear === null ? yearCaptions(table, r, label.col, bodyEnd) : null;
      const targets = captions?.map((t) => ({ ...t, row: r })) ?? firstValueRight(table, r, label.col).map((p) => ({ ...p, fiscalYear: labelYear }));
      for (const t of targets) {
        const raw = cellAt(sheet, t.row, t.col);
        const read = readNumberCell(raw, table.columns.amountYen?.scale ?? 1, "yen");
        const at = toA1(t.row, t.col);
        const what = label.text.trim();
        if (read.kind === "error") {
          findings.push(finding(sheet.name, at, "error", SHEET_RULES.cellError, `${what}のセルがエラー値「${read.error}」です。数式の参照先を確認し、値を入力してください（${SHEET_RULES.cellError}）。`, source));
          continue;
        }
        if (read.kind === "unreadable") {
          findings.push(finding(sheet.name, at, "warning", SHEET_RULES.numberUnreadable, `${what}「${read.text}」を数値として読めません（${SHEET_RULES.numberUnreadable}）。`, source));
          continue;
        }
        if (read.kind !== "number") continue;
        if (read.fromText) findings.push(textNumberFinding(sheet.name, at, what, String(raw), read.value, read.notes, source));
        found.push({ field, row: t.row, col: t.col, fiscalYear: t.fiscalYear, valueYen: read.value });
      }
    }
  }
  return { declared: toDeclared(found), cells: found.map(({ field, row, col, fiscalYear }) => ({ field, row, col, fiscalYear })), findings };
}

const UNIT_ONLY = /^[(（]?(円|千円|万円)[)）]?$/;

/**
 * The cell holding a label's value (a one-element list), or none: right of the label's merged area, the first
 * non-blank cell near it or the first number further along the row; else the cell just below the label's
 * area when it holds a number (value written under its label).
 */
function firstValueRight(table: LocatedTable<ExpenseField>, r: number, c: number): { row: number; col: number }[] {
  const sheet = table.sheet;
  const area = mergeAt(sheet, r, c);
  const from = (area?.right ?? c) + 1;
  const near = from + SUMMARY_VALUE_COLS - 1;
  for (let cc = from; cc <= lastCol(sheet); cc++) {
    const v = cellAt(sheet, r, cc);
    if (isBlankCell(v)) continue;
    if (typeof v === "string" && UNIT_ONLY.test(v.trim())) continue;
    if (cc <= near || readNumberCell(v, 1, "yen").kind === "number") return [{ row: r, col: cc }];
    if (typeof v === "string") break;
  }
  const below = (area?.bottom ?? r) + 1;
  const v = cellAt(sheet, below, c);
  if (typeof v === "number" || (typeof v === "string" && readNumberCell(v, 1, "yen").kind === "number" && summaryFieldOf(v) === null)) return [{ row: below, col: c }];
  return [];
}

/**
 * A row of 年度 captions above the label ("2024年度 | 2025年度 | 合計") makes the summary per year:
 * one value per caption column; the 合計 column is the whole-project figure (fiscalYear null).
 */
function yearCaptions(table: LocatedTable<ExpenseField>, r: number, labelCol: number, bodyEnd: number): { col: number; fiscalYear: number | null }[] | null {
  const sheet = table.sheet;
  const top = r > table.headerRow ? Math.max(bodyEnd + 1, r - YEAR_CAPTION_ROWS) : Math.max(sheet.rowOffset, r - YEAR_CAPTION_ROWS);
  for (let rr = r - 1; rr >= top; rr--) {
    const caps: { col: number; fiscalYear: number | null }[] = [];
    for (const c of textCells(sheet, rr)) {
      if (c.col <= labelCol) continue;
      const fy = parseFiscalYear(c.text);
      if (fy !== null) caps.push({ col: c.col, fiscalYear: fy });
      else if (/^(合計|計|総計)$/.test(normalizeLabel(c.text))) caps.push({ col: c.col, fiscalYear: null });
    }
    for (let c = labelCol + 1; c <= labelCol + SUMMARY_VALUE_COLS; c++) {
      const fy = parseFiscalYear(cellAt(sheet, rr, c));
      if (typeof cellAt(sheet, rr, c) === "number" && fy !== null) caps.push({ col: c, fiscalYear: fy });
    }
    if (caps.some((x) => x.fiscalYear !== null)) return caps.filter((x) => !isBlankCell(cellAt(sheet, r, x.col)));
  }
  return null;
}

function toDeclared(found: readonly { field: SummaryField; row: number; fiscalYear: number | null; valueYen: number }[]): DeclaredSummary {
  const single = (field: Exclude<SummaryField, "subsidyRequested">): DeclaredAmount | undefined => {
    const all = found.filter((f) => f.field === field);
    if (all.length === 0) return undefined;
    const whole = all.find((f) => f.fiscalYear === null);
    if (whole) return { valueYen: whole.valueYen, row: whole.row };
    // Only per-year figures: the declared whole is their sum, pointed at the first.
    return { valueYen: all.reduce((s, f) => s + f.valueYen, 0), row: all[0].row };
  };
  const subsidy = found.filter((f) => f.field === "subsidyRequested");
  const perYear = subsidy.filter((f) => f.fiscalYear !== null);
  // Per-year amounts are what the cap applies to; a 合計 beside them is kept only when no year is stated.
  const requested = (perYear.length > 0 ? perYear : subsidy).map((f) => ({ valueYen: f.valueYen, row: f.row, fiscalYear: f.fiscalYear }));
  const declared: DeclaredSummary = {
    ...(single("totalProjectCostYen") && { totalProjectCostYen: single("totalProjectCostYen") }),
    ...(single("eligibleTotalYen") && { eligibleTotalYen: single("eligibleTotalYen") }),
    ...(single("adminFeeYen") && { adminFeeYen: single("adminFeeYen") }),
    ...(requested.length > 0 && { subsidyRequested: requested }),
  };
  return declared;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

