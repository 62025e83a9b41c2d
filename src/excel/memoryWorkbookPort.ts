/**
 * WorkbookPort in memory: cells with values, formulas, formats, fills and notes, the selection and the
 * add-in data, persisted as one JSON document to an injectable storage (localStorage in the demo page,
 * a Map in tests). It follows Excel's semantics where the taskpane depends on them: a used range is the
 * bounding box of non-blank cells, a cell holds at most one note, inserting a sheet never touches others,
 * the last sheet of a workbook cannot be deleted.
 */
import { z } from "zod";
import { fromA1, mergeFromA1, toA1, type CellValue, type SheetGrid, type WorkbookGrid } from "../rules/sheets/types";
import type { SheetTemplate, TemplateValidation } from "../rules/sheets/templateTypes";
import {
  holdsContent,
  isBlank,
  MARK_FILLS,
  TEMPLATE_FILLS,
  type AddinDataKey,
  type AppliedMark,
  type CellRef,
  type CellState,
  type CellWrite,
  type GuardedWrite,
  type GuardedWriteResult,
  type MarkRequest,
  type WorkbookPort,
} from "./workbookPort";

export interface MemoryCell {
  value: CellValue;
  formula?: string | null;
  numberFormat?: string;
  fill?: string | null;
  note?: string | null;
  bold?: boolean;
}

export interface MemorySheet {
  name: string;
  /** By upper-case A1 address. */
  cells: Record<string, MemoryCell>;
  columnWidths?: Record<string, number>;
  merges?: string[];
  validations?: TemplateValidation[];
  freezeRows?: number;
}

export interface MemoryWorkbookState {
  sheets: MemorySheet[];
  activeSheet: string | null;
  selection: CellRef | null;
  /** Add-in data (the equivalent of Office document settings). */
  data: Partial<Record<AddinDataKey, unknown>>;
}

/** The part of the Web Storage API the port needs. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface MemoryWorkbookOptions {
  /** Starting workbook when the storage holds none. */
  initial?: WorkbookGrid | MemoryWorkbookState;
  storage?: StorageLike;
  storageKey?: string;
  language?: string;
  /** What fileName() reports (the demo's example file name); null = unsaved. */
  fileName?: string | null;
}

export const DEFAULT_STORAGE_KEY = "gxdc-demo-workbook";

/**
 * How the workbook stands with its storage. "unreadable": what was stored could not be read (damaged,
 * another version) and the starting workbook was loaded instead; "notSaved": the last change could not
 * be stored (full quota, storage disabled) — it is kept in memory, nothing is lost or misplaced, but a
 * reload would not see it.
 */
export type StorageStatus = { readonly kind: "ok" } | { readonly kind: "unreadable" | "notSaved"; readonly detail: string };

/** A storage that lives as long as the object (tests, or no localStorage). */
export function memoryStorage(): StorageLike & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

/** Converts plain grids (the examples) into a memory workbook. */
export function stateFromGrid(wb: WorkbookGrid): MemoryWorkbookState {
  const sheets = wb.sheets.map((s): MemorySheet => {
    const cells: Record<string, MemoryCell> = {};
    s.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const numberFormat = s.numberFormats?.[r]?.[c];
        if (isBlank(value) && (numberFormat === undefined || numberFormat === "General")) return;
        const cell: MemoryCell = { value: isBlank(value) ? null : value };
        if (numberFormat && numberFormat !== "General") cell.numberFormat = numberFormat;
        cells[toA1(r + s.rowOffset, c + s.colOffset)] = cell;
      }),
    );
    const merges = (s.merges ?? []).map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
    return { name: s.name, cells, ...(merges.length > 0 && { merges }) };
  });
  return { sheets, activeSheet: sheets[0]?.name ?? null, selection: null, data: {} };
}

const isState = (x: WorkbookGrid | MemoryWorkbookState): x is MemoryWorkbookState => "data" in x;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export class MemoryWorkbookPort implements WorkbookPort {
  private state: MemoryWorkbookState;
  private readonly listeners = new Set<() => void>();
  private readonly storage: StorageLike | undefined;
  private readonly storageKey: string;
  private language: string;
  private name: string | null;
  private revision = 0;
  private status: StorageStatus = { kind: "ok" };

  constructor(options: MemoryWorkbookOptions = {}) {
    this.storage = options.storage;
    this.storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
    this.language = options.language ?? "ja-JP";
    this.name = options.fileName ?? null;
    let saved: string | null = null;
    try {
      saved = this.storage?.getItem(this.storageKey) ?? null;
    } catch (e) {
      this.status = { kind: "unreadable", detail: describe(e) };
    }
    const parsed = saved ? parseState(saved) : null;
    if (saved && !parsed) this.status = { kind: "unreadable", detail: `${this.storageKey} (${saved.length.toLocaleString("en-US")} chars)` };
    this.state = parsed ?? this.fromInitial(options.initial);
  }

  /** Whether the stored workbook was read and the last change stored (the demo page says when not). */
  storageStatus(): StorageStatus {
    return this.status;
  }

  // ---- demo-page helpers (not part of WorkbookPort) ----

  /** A deep copy of the whole workbook, for rendering. */
  snapshot(): MemoryWorkbookState {
    return clone(this.state);
  }

  /** Increases with every change (for React's useSyncExternalStore). */
  version(): number {
    return this.revision;
  }

  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Replaces the workbook (the demo's reset / example picker) and forgets the stored one. */
  reset(initial: WorkbookGrid | MemoryWorkbookState): void {
    this.state = this.fromInitial(initial);
    this.commit();
  }

  /** The demo's stand-in for the saved file's name (what fileName() reports). */
  setFileName(name: string | null): void {
    this.name = name;
  }

  /** The demo's stand-in for Office's display language (what displayLanguage() reports). */
  setDisplayLanguage(language: string): void {
    this.language = language;
  }

  /** The user (not the add-in) clicks a sheet tab. */
  activateSheet(name: string): void {
    if (!this.sheet(name)) return;
    this.state.activeSheet = name;
    this.commit();
  }

  /** The user (not the add-in) types into a cell. */
  editCell(ref: CellRef, value: CellValue): void {
    const sheet = this.sheet(ref.sheet);
    if (!sheet) return;
    const cell = this.cellOf(sheet, ref.cell);
    cell.value = isBlank(value) ? null : value;
    cell.formula = null;
    this.commit();
  }

  // ---- WorkbookPort ----

  async listSheets(): Promise<string[]> {
    return this.state.sheets.map((s) => s.name);
  }

  async readSheet(name: string): Promise<SheetGrid | null> {
    const sheet = this.sheet(name);
    return sheet ? usedRange(sheet) : null;
  }

  async readWorkbook(): Promise<WorkbookGrid> {
    return { sheets: this.state.sheets.map(usedRange) };
  }

  async readCells(refs: readonly CellRef[]): Promise<CellState[]> {
    return refs.map((ref) => {
      const sheet = this.sheet(ref.sheet);
      const cell = sheet?.cells[ref.cell.toUpperCase()];
      return {
        sheet: ref.sheet,
        cell: ref.cell,
        value: cell?.value ?? null,
        formula: cell?.formula ?? null,
        numberFormat: cell?.numberFormat ?? "General",
        fill: cell?.fill ?? null,
        ...(sheet ? {} : { missing: true }),
      };
    });
  }

  async writeCells(writes: readonly CellWrite[]): Promise<void> {
    const missing = writes.find((w) => !this.sheet(w.sheet));
    if (missing) throw new Error(`シート「${missing.sheet}」がありません。`);
    for (const w of writes) {
      const cell = this.cellOf(this.sheet(w.sheet)!, w.cell);
      cell.value = isBlank(w.value) ? null : w.value;
      cell.formula = w.formula ?? null;
      if (w.numberFormat !== undefined) cell.numberFormat = w.numberFormat;
    }
    this.commit();
  }

  async writeCellsIfUnchanged(writes: readonly GuardedWrite[]): Promise<GuardedWriteResult> {
    const conflicts = writes.flatMap((w) => {
      const sheet = this.sheet(w.sheet);
      const cell = sheet?.cells[w.cell.toUpperCase()];
      const now = { value: cell?.value ?? null, formula: cell?.formula ?? null };
      return sheet && holdsContent(now, w.expected) ? [] : [{ sheet: w.sheet, cell: w.cell, ...now }];
    });
    if (conflicts.length > 0) return { ok: false, conflicts };
    if (writes.length > 0) await this.writeCells(writes.map(({ expected: _, ...w }) => w));
    return { ok: true, conflicts: [] };
  }

  async applyMarks(marks: readonly MarkRequest[]): Promise<AppliedMark[]> {
    const applied = marks.flatMap((m): AppliedMark[] => {
      const sheet = this.sheet(m.sheet);
      if (!sheet || !fromA1(m.cell)) return [];
      const cell = this.cellOf(sheet, m.cell);
      const fill = MARK_FILLS[m.severity];
      const previousFill = cell.fill ?? null;
      cell.fill = fill;
      const hasNote = !isBlank(cell.note ?? null);
      if (!hasNote) cell.note = m.note;
      return [{ sheet: m.sheet, cell: m.cell, fill, previousFill, noteKind: hasNote ? "none" : "note" }];
    });
    this.commit();
    return applied;
  }

  async clearMarks(marks: readonly AppliedMark[]): Promise<void> {
    for (const m of marks) {
      const cell = this.sheet(m.sheet)?.cells[m.cell.toUpperCase()];
      if (!cell) continue;
      if (cell.fill === m.fill) cell.fill = m.previousFill;
      if (m.noteKind !== "none") cell.note = null;
    }
    this.commit();
  }

  async selectCell(ref: CellRef): Promise<void> {
    if (!this.sheet(ref.sheet)) throw new Error(`シート「${ref.sheet}」がありません。`);
    this.state.activeSheet = ref.sheet;
    this.state.selection = ref.cell ? { sheet: ref.sheet, cell: ref.cell.toUpperCase() } : null;
    this.commit();
  }

  async insertSheet(template: SheetTemplate): Promise<boolean> {
    if (this.sheet(template.sheetName)) return false;
    const cells: Record<string, MemoryCell> = {};
    for (const c of template.cells) {
      const formula = typeof c.value === "string" && c.value.startsWith("=") ? c.value : null;
      cells[c.address.toUpperCase()] = {
        value: formula ? null : c.value,
        ...(formula ? { formula } : {}),
        ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
        ...(c.bold ? { bold: true } : {}),
        ...(c.style && TEMPLATE_FILLS[c.style] ? { fill: TEMPLATE_FILLS[c.style] } : {}),
      };
    }
    this.state.sheets.push({
      name: template.sheetName,
      cells,
      columnWidths: { ...template.columnWidths },
      merges: [...template.merges],
      validations: clone([...template.validations]),
      ...(template.freezeRows ? { freezeRows: template.freezeRows } : {}),
    });
    this.commit();
    return true;
  }

  async deleteSheet(name: string): Promise<boolean> {
    const index = this.state.sheets.findIndex((s) => s.name === name);
    if (index < 0) return false;
    // Excel refuses to delete the only sheet of a workbook.
    if (this.state.sheets.length === 1) throw new Error(`シート「${name}」はブックの最後のシートなので削除できません。`);
    this.state.sheets.splice(index, 1);
    if (this.state.activeSheet === name) this.state.activeSheet = this.state.sheets[Math.max(0, index - 1)].name;
    if (this.state.selection?.sheet === name) this.state.selection = null;
    this.commit();
    return true;
  }

  async loadData(key: AddinDataKey): Promise<unknown> {
    const v = this.state.data[key];
    return v === undefined ? null : clone(v);
  }

  async saveData(key: AddinDataKey, value: unknown): Promise<void> {
    this.state.data[key] = clone(value);
    this.commit();
  }

  displayLanguage(): string {
    return this.language;
  }
  fileName(): string | null {
    return this.name;
  }


  // ---- internals ----

  private fromInitial(initial: WorkbookGrid | MemoryWorkbookState | undefined): MemoryWorkbookState {
    if (!initial) return { sheets: [{ name: "Sheet1", cells: {} }], activeSheet: "Sheet1", selection: null, data: {} };
    return isState(initial) ? clone(initial) : stateFromGrid(initial);
  }

  private sheet(name: string): MemorySheet | undefined {
    return this.state.sheets.find((s) => s.name === name);
  }

  private cellOf(sheet: MemorySheet, address: string): MemoryCell {
    const key = address.toUpperCase();
    if (!fromA1(key)) throw new Error(`セル番地「${address}」が不正です。`);
    return (sheet.cells[key] ??= { value: null });
  }

  /**
   * After every change: store, then tell the listeners. A storage that refuses (full quota) must not
   * undo or drop the change, nor stop the listeners (the grid would show the old value and the next
   * entry would land in the wrong cell): the change stays in memory and the status says it is not saved.
   */
  private commit(): void {
    this.revision++;
    if (this.storage) {
      try {
        this.storage.setItem(this.storageKey, JSON.stringify(this.state));
        if (this.status.kind === "notSaved") this.status = { kind: "ok" };
      } catch (e) {
        this.status = { kind: "notSaved", detail: describe(e) };
      }
    }
    for (const l of this.listeners) l();
  }
}

/** The used range of a memory sheet: bounding box of cells with a value or formula (Excel's valuesOnly). */
function usedRange(sheet: MemorySheet): SheetGrid {
  const filled = Object.entries(sheet.cells)
    .filter(([, c]) => !isBlank(c.value) || !!c.formula)
    .map(([a, c]) => ({ at: fromA1(a)!, c }));
  if (filled.length === 0) return { name: sheet.name, values: [], numberFormats: [], rowOffset: 0, colOffset: 0 };
  const rows = filled.map((f) => f.at.row);
  const cols = filled.map((f) => f.at.col);
  // Loops, not Math.min(...rows): spreading one argument per cell overflows the stack on big sheets.
  let [r0, r1, c0, c1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const r of rows) [r0, r1] = [Math.min(r0, r), Math.max(r1, r)];
  for (const c of cols) [c0, c1] = [Math.min(c0, c), Math.max(c1, c)];
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = r0; r <= r1; r++) {
    const vr: CellValue[] = [];
    const fr: string[] = [];
    for (let c = c0; c <= c1; c++) {
      const cell = sheet.cells[toA1(r, c)];
      vr.push(cell?.value ?? null);
      fr.push(cell?.numberFormat ?? "General");
    }
    values.push(vr);
    numberFormats.push(fr);
  }
  const merges = (sheet.merges ?? []).flatMap((m) => {
    const area = mergeFromA1(m);
    return area ? [area] : [];
  });
  return { name: sheet.name, values, numberFormats, rowOffset: r0, colOffset: c0, ...(merges.length > 0 && { merges }) };
}

const StoredValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.object({ error: z.string() })]);
const StoredCell = z.object({
  value: StoredValue,
  formula: z.string().nullable().optional(),
  numberFormat: z.string().optional(),
  fill: z.string().nullable().optional(),
  note: z.string().nullable().optional(),
  bold: z.boolean().optional(),
});
const StoredState = z.object({
  sheets: z
    .array(
      z.object({
        name: z.string().min(1),
        cells: z.record(z.string().refine((a) => fromA1(a) !== null), StoredCell),
        columnWidths: z.record(z.string(), z.number()).optional(),
        merges: z.array(z.string()).optional(),
        validations: z.array(z.object({ range: z.string(), list: z.array(z.string()) })).optional(),
        freezeRows: z.number().optional(),
      }),
    )
    .min(1),
  activeSheet: z.string().nullable(),
  selection: z.object({ sheet: z.string(), cell: z.string() }).nullable(),
  data: z.record(z.string(), z.unknown()),
});

/** The stored workbook, or null when it is not one (damaged JSON, hand-edited, another version's shape). */
export function parseState(text: string): MemoryWorkbookState | null {
  try {
    const r = StoredState.safeParse(JSON.parse(text));
    if (!r.success) return null;
    const s = r.data as MemoryWorkbookState;
    const names = new Set(s.sheets.map((x) => x.name));
    if (names.size !== s.sheets.length) return null;
    return {
      ...s,
      activeSheet: s.activeSheet && names.has(s.activeSheet) ? s.activeSheet : s.sheets[0].name,
      selection: s.selection && names.has(s.selection.sheet) && fromA1(s.selection.cell) ? s.selection : null,
    };
  } catch {
    return null;
  }
}

const describe = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));
