/**
 * A hand-written fake of the Excel JavaScript API subset used by OfficeWorkbookPort, with what
 * office-addin-mock lacks: address-aware ranges, collections (worksheets, notes, comments), null objects,
 * and Office's batching semantics — property sets and method calls are queued and run in order at
 * `context.sync()`, a property can be read only after `load` + `sync` (else it throws PropertyNotLoaded),
 * a missing sheet fails the sync with ItemNotFound. `syncCount` counts round trips; `syncLog` records per sync
 * the queued operations and object paths and a size estimate of its request (100 bytes per operation or object
 * path plus the UTF-8 JSON of its arguments) and of its response (the JSON of the loaded values), to hold the
 * port to Excel on the web's 5 MB limit. `getRanges` refuses an address string longer than 8,192 characters
 * (Excel would cut it).
 */
import { fromA1, toA1, type CellValue } from "../../src/rules/sheets/types";

export interface FakeCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  fill?: string | null;
  bold?: boolean;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  notes: Map<string, string>;
  merges: string[];
  validations: { range: string; source: string }[];
  columnWidths: Map<string, number>;
  freezeRows: number;
}

export interface FakeComment {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Op = () => void;

/** Estimated bytes of one operation or object path without its arguments. */
export const FAKE_OP_BYTES = 100;
/** UTF-8 bytes of the JSON of x (no Buffer: the fake also runs in the browser, test/e2e/office.e2e.js). */
function jsonSize(x: unknown): number {
  const s = x === undefined ? "" : (JSON.stringify(x) ?? "");
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
  }
  return n;
}

export interface SyncRecord {
  /** Operations queued (loads, sets, method calls) and object paths created (getItem, getRange, …). */
  ops: number;
  requestBytes: number;
  responseBytes: number;
}

/** A proxy whose scalar properties become readable after load + sync. */
class Proxy {
  protected data = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  protected loadWith(props: string[] | string | undefined, read: (prop: string) => unknown): void {
    const list = props === undefined ? [] : Array.isArray(props) ? props : props.split(",").map((p) => p.trim());
    this.ctx.queue(() => {
      for (const p of list) {
        const v = read(p);
        this.ctx.responded(v);
        this.data.set(p, v);
      }
    }, list);
  }
  protected get<T>(prop: string): T {
    if (!this.data.has(prop)) throw new OfficeError("PropertyNotLoaded", `property ${prop} was not loaded`);
    return this.data.get(prop) as T;
  }
}

const valueType = (v: CellValue): string =>
  v === null ? "Empty" : typeof v === "object" ? "Error" : typeof v === "number" ? "Double" : typeof v === "string" ? "String" : "Boolean";

/** Expands "A1", "B2:D4", "C:C" to cell addresses (columns: only the used rows, enough for widths). */
function cellsOf(address: string): { row: number; col: number }[] {
  const [a, b] = address.replace(/\$/g, "").split(":");
  const s = fromA1(a);
  const e = fromA1(b ?? a);
  if (!s || !e) return [];
  const out: { row: number; col: number }[] = [];
  for (let r = s.row; r <= e.row; r++) for (let c = s.col; c <= e.col; c++) out.push({ row: r, col: c });
  return out;
}

class FakeFill extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  load(props?: string[] | string): this {
    this.loadWith(props, (p) => {
      const fill = this.range.firstCell()?.fill ?? null;
      return p === "pattern" ? (fill ? "Solid" : "None") : (fill ?? "#FFFFFF");
    });
    return this;
  }
  get color(): string {
    return this.get("color");
  }
  set color(c: string) {
    this.ctx.fake.fillOps++;
    this.ctx.queue(() => this.range.eachCell((cell) => (cell.fill = c.toUpperCase())), c);
  }
  get pattern(): string {
    return this.get("pattern");
  }
  clear(): void {
    this.ctx.fake.fillOps++;
    this.ctx.queue(() => this.range.eachCell((cell) => (cell.fill = null)));
  }
}

export class FakeRange extends Proxy {
  readonly format: { fill: FakeFill; font: { bold: boolean }; columnWidth: number };
  readonly dataValidation: { rule: unknown };
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
    /** A1 range, or null for a used range computed at sync time. */
    private readonly fixedAddress: string | null,
    private readonly valuesOnly = true,
  ) {
    super(ctx);
    ctx.path(fixedAddress);
    this.format = rangeFormat(ctx, this, new FakeFill(ctx, this));
    this.dataValidation = rangeValidation(ctx, this);
  }
  get fixed(): string | null {
    return this.fixedAddress;
  }
  sheet(): FakeSheet {
    return this.ctx.fake.sheetOrThrow(this.sheetName);
  }
  /** The A1 address at sync time; null when a used range of an empty sheet. */
  address_(): string | null {
    if (this.fixedAddress) return this.fixedAddress;
    const sheet = this.sheet();
    const at = [...sheet.cells.entries()]
      .filter(([, c]) => c.value !== null || (!this.valuesOnly && c.fill))
      .map(([a]) => fromA1(a)!);
    if (at.length === 0) return null;
    let [r0, r1, c0, c1] = [Infinity, -1, Infinity, -1];
    for (const { row, col } of at) {
      r0 = Math.min(r0, row);
      r1 = Math.max(r1, row);
      c0 = Math.min(c0, col);
      c1 = Math.max(c1, col);
    }
    return `${toA1(r0, c0)}:${toA1(r1, c1)}`;
  }
  firstCell(): FakeCell | undefined {
    const a = this.address_();
    return a ? this.sheet().cells.get(a.split(":")[0]) : undefined;
  }
  eachCell(f: (c: FakeCell) => void): void {
    const sheet = this.sheet();
    for (const { row, col } of cellsOf(this.address_() ?? "")) {
      const key = toA1(row, col);
      const cell = sheet.cells.get(key) ?? { value: null };
      f(cell);
      sheet.cells.set(key, cell);
    }
  }
  matrix<T>(f: (c: FakeCell | undefined) => T): T[][] {
    const a = this.address_();
    if (!a) return [];
    const cells = cellsOf(a);
    const rows = new Map<number, T[]>();
    for (const { row, col } of cells) {
      const r = rows.get(row) ?? [];
      r.push(f(this.sheet().cells.get(toA1(row, col))));
      rows.set(row, r);
    }
    return [...rows.values()];
  }
  load(props?: string[] | string): this {
    const list = props === undefined ? [] : Array.isArray(props) ? props : props.split(",").map((p) => p.trim());
    const fillProps = list.filter((p) => p.startsWith("format/fill/")).map((p) => p.slice("format/fill/".length));
    if (fillProps.length > 0) this.format.fill.load(fillProps);
    this.loadWith(
      list.filter((p) => !p.startsWith("format/fill/")),
      (p) => {
      switch (p) {
        case "values":
          return this.matrix((c) => (c?.value === null || c === undefined ? "" : typeof c.value === "object" ? c.value.error : c.value));
        case "formulas":
          return this.matrix((c) => c?.formula ?? (c?.value === null || c === undefined ? "" : typeof c.value === "object" ? c.value.error : c.value));
        case "numberFormat":
          return this.matrix((c) => c?.numberFormat ?? "General");
        case "valueTypes":
          return this.matrix((c) => valueType(c?.value ?? null));
        case "rowIndex":
          return fromA1((this.address_() ?? "A1").split(":")[0])!.row;
        case "columnIndex":
          return fromA1((this.address_() ?? "A1").split(":")[0])!.col;
        case "address":
          return `'${this.sheetName}'!${this.address_()}`;
        default:
          throw new OfficeError("InvalidArgument", `unknown property ${p}`);
      }
      },
    );
    // A used range of an empty sheet is a null object.
    if (!this.fixedAddress) this.ctx.queue(() => this.data.set("isNullObject", this.address_() === null));
    return this;
  }
  get isNullObject(): boolean {
    return this.fixedAddress ? false : this.get("isNullObject");
  }
  /** ExcelApi 1.9: per-cell properties of the range; only format.fill { color, pattern } is modelled. */
  getCellProperties(options: { format?: { fill?: { color?: boolean; pattern?: boolean } } }): { value: unknown[][] } {
    const result = { value: [] as unknown[][] };
    const fill = options.format?.fill ?? {};
    this.ctx.queue(() => {
      result.value = this.matrix((c) => ({
        format: {
          fill: {
            ...(fill.color ? { color: c?.fill ?? "#FFFFFF" } : {}),
            ...(fill.pattern ? { pattern: c?.fill ? "Solid" : "None" } : {}),
          },
        },
      }));
      this.ctx.responded(result.value);
    }, options);
    return result;
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.ctx.queue(() =>
      this.eachCell((c) => {
        const x = v[0][0];
        c.formula = undefined;
        c.value = x === "" ? null : typeof x === "string" && x.startsWith("'") ? x.slice(1) : (x as CellValue);
        if (typeof x === "string" && x.startsWith("=")) throw new OfficeError("Test", "a formula was written through values");
      }),
    );
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.ctx.queue(() =>
      this.eachCell((c) => {
        c.formula = String(v[0][0]);
        c.value = 0;
      }),
    );
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.queue(() => this.eachCell((c) => (c.numberFormat = String(v[0][0]))));
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get address(): string {
    return this.get("address");
  }
  select(): void {
    this.ctx.queue(() => {
      this.sheet();
      this.ctx.fake.selection = { sheet: this.sheetName, cell: this.fixedAddress ?? "" };
    });
  }
  merge(): void {
    this.ctx.queue(() => this.sheet().merges.push(this.fixedAddress ?? ""));
  }
}

/** ExcelApi 1.9 RangeAreas from getRanges("A1:A3,C5"): its fill applies to every area. */
export class FakeRangeAreas {
  readonly areas: FakeRange[];
  readonly format: { fill: { color: string; clear(): void } };
  constructor(ctx: FakeContext, sheetName: string, address: string) {
    if (address.length > 8192) throw new OfficeError("InvalidArgument", `address string of ${address.length} characters (Excel cuts it at 8,192)`);
    ctx.path(address);
    const areas = address.split(",").map((a) => a.trim().toUpperCase());
    // Area ranges are internal: they cost no object path of their own.
    this.areas = areas.map((a) => new FakeRange(ctx, sheetName, a));
    ctx.unpath(areas);
    const all = this.areas;
    this.format = {
      fill: {
        get color(): string {
          throw new OfficeError("PropertyNotLoaded", "RangeAreas fill colour is write-only here");
        },
        set color(c: string) {
          ctx.fake.fillOps++;
          ctx.queue(() => all.forEach((r) => r.eachCell((cell) => (cell.fill = c.toUpperCase()))), c);
        },
        clear() {
          ctx.fake.fillOps++;
          ctx.queue(() => all.forEach((r) => r.eachCell((cell) => (cell.fill = null))));
        },
      },
    };
  }
}

/** format.font.bold and format.columnWidth setters queue their writes. */
function rangeFormat(ctx: FakeContext, range: FakeRange, fill: FakeFill): FakeRange["format"] {
  return {
    fill,
    font: {
      get bold() {
        return false;
      },
      set bold(b: boolean) {
        ctx.queue(() => range.eachCell((c) => (c.bold = b)));
      },
    },
    get columnWidth() {
      return 0;
    },
    set columnWidth(w: number) {
      ctx.queue(() => range.sheet().columnWidths.set((range.fixed ?? "").split(":")[0].replace(/\d/g, ""), w));
    },
  };
}

function rangeValidation(ctx: FakeContext, range: FakeRange): FakeRange["dataValidation"] {
  return {
    get rule() {
      return undefined;
    },
    set rule(r: unknown) {
      const source = (r as { list: { source: string } }).list.source;
      ctx.queue(() => range.sheet().validations.push({ range: range.fixed ?? "", source }));
    },
  };
}

class FakeNote extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    private readonly cell: string,
  ) {
    super(ctx);
  }
  load(props?: string[] | string): this {
    this.loadWith(props, () => this.ctx.fake.sheetOrThrow(this.sheetName).notes.get(this.cell.toUpperCase()));
    this.ctx.queue(() => this.data.set("isNullObject", !this.ctx.fake.sheetOrThrow(this.sheetName).notes.has(this.cell.toUpperCase())));
    return this;
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get content(): string {
    return this.get("content");
  }
  delete(): void {
    this.ctx.queue(() => this.ctx.fake.sheetOrThrow(this.sheetName).notes.delete(this.cell.toUpperCase()));
  }
}

class FakeComment_ extends Proxy {
  constructor(
    ctx: FakeContext,
    private idOrPending: { id: string | null },
  ) {
    super(ctx);
  }
  load(props?: string[] | string): this {
    this.loadWith(props, (p) => {
      if (p !== "id") throw new OfficeError("InvalidArgument", p);
      return this.idOrPending.id;
    });
    this.ctx.queue(() => this.data.set("isNullObject", !this.ctx.fake.comments.some((c) => c.id === this.idOrPending.id)));
    return this;
  }
  get id(): string {
    return this.get("id");
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  getLocation(): FakeRange {
    const c = this.ctx.fake.comments.find((x) => x.id === this.idOrPending.id);
    return new FakeRange(this.ctx, c?.sheet ?? "", c?.cell ?? "A1");
  }
  delete(): void {
    this.ctx.queue(() => {
      this.ctx.fake.comments = this.ctx.fake.comments.filter((c) => c.id !== this.idOrPending.id);
    });
  }
}

class FakeWorksheet extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    private readonly orNull = false,
  ) {
    super(ctx);
    ctx.path(sheetName);
    if (!orNull) ctx.queue(() => void ctx.fake.sheetOrThrow(sheetName));
    else ctx.queue(() => this.data.set("isNullObject", !ctx.fake.sheets.some((s) => s.name === sheetName)));
  }
  get isNullObject(): boolean {
    return this.orNull ? this.get("isNullObject") : false;
  }
  get name(): string {
    return this.get("name");
  }
  setLoadedName(): void {
    this.data.set("name", this.sheetName);
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, address.toUpperCase());
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheetName, address);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, null, valuesOnly ?? false);
  }
  activate(): void {
    this.ctx.queue(() => {
      this.ctx.fake.sheetOrThrow(this.sheetName);
      this.ctx.fake.activeSheet = this.sheetName;
    });
  }
  /** Like Excel: the only sheet of a workbook cannot be deleted; the active sheet moves to a neighbour. */
  delete(): void {
    this.ctx.queue(() => {
      const fake = this.ctx.fake;
      const sheet = fake.sheetOrThrow(this.sheetName);
      if (fake.sheets.length === 1) throw new OfficeError("InvalidOperation", "a workbook must contain at least one sheet");
      const index = fake.sheets.indexOf(sheet);
      fake.sheets.splice(index, 1);
      fake.comments = fake.comments.filter((c) => c.sheet !== this.sheetName);
      if (fake.activeSheet === this.sheetName) fake.activeSheet = fake.sheets[Math.max(0, index - 1)].name;
      if (fake.selection?.sheet === this.sheetName) fake.selection = null;
    });
  }
  get notes() {
    const ctx = this.ctx;
    const sheetName = this.sheetName;
    return {
      getItemOrNullObject: (cell: string) => (ctx.path(cell), new FakeNote(ctx, sheetName, cell)),
      add: (where: FakeRange | string, content: string) => {
        const cell = typeof where === "string" ? where : (where as FakeRange).fixed!;
        ctx.queue(() => {
          const sheet = ctx.fake.sheetOrThrow(sheetName);
          if (sheet.notes.has(cell)) throw new OfficeError("InvalidArgument", "the cell already has a note");
          sheet.notes.set(cell, content);
        }, [cell, content]);
      },
    };
  }
  get freezePanes() {
    return { freezeRows: (n: number) => this.ctx.queue(() => (this.ctx.fake.sheetOrThrow(this.sheetName).freezeRows = n)) };
  }
}

export class FakeContext {
  private ops: Op[] = [];
  private pending: SyncRecord = { ops: 0, requestBytes: 0, responseBytes: 0 };
  readonly workbook: unknown;
  constructor(readonly fake: FakeExcel) {
    this.workbook = fakeWorkbook(this, fake);
  }
  queue(op: Op, args?: unknown): void {
    this.ops.push(op);
    this.pending.ops++;
    this.pending.requestBytes += FAKE_OP_BYTES + jsonSize(args);
  }
  /** An object path (getItem, getRange, …) sent with the next request. */
  path(args?: unknown): void {
    this.pending.ops++;
    this.pending.requestBytes += FAKE_OP_BYTES + jsonSize(args);
  }
  /** Takes back object paths that the real API does not send (areas of a RangeAreas). */
  unpath(args: readonly unknown[]): void {
    for (const a of args) {
      this.pending.ops--;
      this.pending.requestBytes -= FAKE_OP_BYTES + jsonSize(a);
    }
  }
  responded(value: unknown): void {
    this.pending.responseBytes += jsonSize(value);
  }
  async sync(): Promise<void> {
    this.fake.syncCount++;
    const ops = this.ops.splice(0);
    const record = this.pending;
    this.pending = { ops: 0, requestBytes: 0, responseBytes: 0 };
    this.fake.syncLog.push(record);
    const before = this.pending;
    this.pending = record;
    try {
      for (const op of ops) op();
    } finally {
      this.pending = before;
    }
  }
}

/** workbook.worksheets and workbook.comments of one context. */
function fakeWorkbook(ctx: FakeContext, fake: FakeExcel): unknown {
  const worksheets = {
    items: [] as FakeWorksheet[],
    load(props: string) {
      if (props !== "items/name") throw new OfficeError("InvalidArgument", props);
      ctx.queue(() => {
        worksheets.items = fake.sheets.map((s) => {
          const ws = new FakeWorksheet(ctx, s.name);
          ws.setLoadedName();
          return ws;
        });
      });
      return worksheets;
    },
    getItem: (name: string) => new FakeWorksheet(ctx, name),
    getItemOrNullObject: (name: string) => new FakeWorksheet(ctx, name, true),
    add: (name: string) => {
      ctx.queue(() => {
        if (fake.sheets.some((s) => s.name === name)) throw new OfficeError("ItemAlreadyExists", name);
        fake.addSheet(name);
      });
      return new FakeWorksheet(ctx, name, true);
    },
  };
  const comments = {
    items: [] as FakeComment_[],
    load(props: string) {
      if (props !== "items/id") throw new OfficeError("InvalidArgument", props);
      ctx.queue(() => {
        comments.items = fake.comments.map((c) => {
          const p = new FakeComment_(ctx, { id: c.id });
          (p as unknown as { data: Map<string, unknown> }).data.set("id", c.id);
          return p;
        });
      });
      return comments;
    },
    add: (where: FakeRange, content: string) => {
      const pending = { id: null as string | null };
      const cell = (where as FakeRange).fixed!;
      ctx.queue(() => {
        if (fake.comments.some((c) => c.sheet === where.sheetName && c.cell === cell)) throw new OfficeError("InvalidArgument", "comment exists");
        pending.id = `c${++fake.commentSeq}`;
        fake.comments.push({ id: pending.id, sheet: where.sheetName, cell, content });
      });
      return new FakeComment_(ctx, pending);
    },
    getItemOrNullObject: (id: string) => new FakeComment_(ctx, { id }),
  };
  return { worksheets, comments };
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  comments: FakeComment[] = [];
  commentSeq = 0;
  syncCount = 0;
  /** One record per sync, in order (see SyncRecord). */
  syncLog: SyncRecord[] = [];
  /** Fill colour sets and clears queued (one per range or RangeAreas). */
  fillOps = 0;
  runCount = 0;
  activeSheet: string | null = null;
  selection: { sheet: string; cell: string } | null = null;

  addSheet(name: string, rows: CellValue[][] = [], at = "A1"): FakeSheet {
    const sheet: FakeSheet = { name, cells: new Map(), notes: new Map(), merges: [], validations: [], columnWidths: new Map(), freezeRows: 0 };
    const origin = fromA1(at)!;
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) sheet.cells.set(toA1(origin.row + r, origin.col + c), { value });
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }
  sheetOrThrow(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new OfficeError("ItemNotFound", `worksheet ${name} not found`);
    return s;
  }
  cell(sheet: string, a1: string): FakeCell | undefined {
    return this.sheetOrThrow(sheet).cells.get(a1);
  }
  /** The `Excel` global: run creates one context per call. */
  namespace(): { run: <T>(cb: (ctx: FakeContext) => Promise<T>) => Promise<T> } {
    return {
      run: async <T>(cb: (ctx: FakeContext) => Promise<T>) => {
        this.runCount++;
        return cb(new FakeContext(this));
      },
    };
  }
}

/** The `Office` global: requirement sets up to `maxExcelApi`, document settings persisted on saveAsync. */
export function fakeOffice(maxExcelApi: string, displayLanguage = "ja-JP", saved: Record<string, unknown> = {}) {
  const live: Record<string, unknown> = JSON.parse(JSON.stringify(saved));
  const persisted = saved;
  const [maxMajor, maxMinor] = maxExcelApi.split(".").map(Number);
  return {
    persisted,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, version: string) => {
          const [major, minor] = version.split(".").map(Number);
          return name === "ExcelApi" && (major < maxMajor || (major === maxMajor && minor <= maxMinor));
        },
      },
      document: {
        settings: {
          get: (k: string) => (k in live ? live[k] : null),
          set: (k: string, v: unknown) => void (live[k] = JSON.parse(JSON.stringify(v))),
          remove: (k: string) => void delete live[k],
          saveAsync: (cb: (r: { status: string }) => void) => {
            for (const k of Object.keys(persisted)) delete persisted[k];
            Object.assign(persisted, JSON.parse(JSON.stringify(live)));
            cb({ status: "succeeded" });
          },
        },
      },
    },
  };
}
