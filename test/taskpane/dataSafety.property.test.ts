/**
 * Model-based property test of the taskpane's data safety (issue 11 "Proof"): random sequences of user
 * edits (values, formulas, fills; also typed while a confirmation is open), fill (the add-in's write),
 * validate, mark, re-mark, clear and undo, run through the real write / undo / marks code
 * (state/writeFlow) against MemoryWorkbookPort and OfficeWorkbookPort on the fake Excel.
 *
 * The model keeps the add-in's undo stack: per batch, the content the add-in wrote into each cell.
 * After every add-in action each cell whose content changed is checked: the content lost must be
 * blank, or listed — exactly as it was when written over, formula included — in the confirmation the
 * user accepted last; only 元に戻す may take back unasked what the add-in itself wrote (the cell still
 * holds exactly the undone batch's value). Anything else counts as "data lost".
 * A successful 元に戻す must put every cell of the batch back exactly (value, formula, number format)
 * and touch nothing else; marks must never change a value and 消去 must give the user's fills back.
 */
import fc from "fast-check";
import { MemoryWorkbookPort, stateFromGrid } from "../../src/excel/memoryWorkbookPort";
import { OfficeWorkbookPort } from "../../src/excel/officeWorkbookPort";
import { MARK_FILLS, type CellContent, type CellWrite, type MarkRequest, type WorkbookPort } from "../../src/excel/workbookPort";
import type { CellValue } from "../../src/rules/sheets/types";
import { runValidation } from "../../src/taskpane/rulesApi";
import { EMPTY_LEDGER, type MarksLedger } from "../../src/taskpane/state/marksLedger";
import { lastBatch, parseUndoRecord, UNDO_LIMIT, type Overwrite, type UndoRecord } from "../../src/taskpane/state/undoRecord";
import { clearAllMarks, remark, undoLast, writeWithUndo, type ConfirmFn } from "../../src/taskpane/state/writeFlow";
import { FakeExcel, fakeOffice } from "../excel/fakeExcel";

const SHEET = "S";
const CELLS = ["A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2"] as const;
type Addr = (typeof CELLS)[number];
const USER_FILLS = ["#00B050", "#0070C0", null] as const;
const RUNS = Number(process.env.GXDC_PROPERTY_RUNS ?? 500);

interface Truth extends CellContent {
  readonly numberFormat: string;
  readonly fill: string | null;
}

/** A workbook the test can read synchronously and type into as the user, behind a WorkbookPort. */
interface Harness {
  readonly port: WorkbookPort;
  truth(cell: Addr): Truth;
  /** The user types a value or a formula (computed value given), or clears the cell. */
  type(cell: Addr, content: CellContent): void;
  paint(cell: Addr, fill: string | null): void;
}

function memoryHarness(initial: Partial<Record<Addr, CellValue>>): Harness {
  const state = stateFromGrid({ sheets: [{ name: SHEET, values: [], rowOffset: 0, colOffset: 0 }] });
  for (const [a, v] of Object.entries(initial)) state.sheets[0].cells[a] = { value: v ?? null };
  const port = new MemoryWorkbookPort({ initial: state });
  const cellOf = (a: Addr) => port.snapshot().sheets[0].cells[a];
  const edit = (a: Addr, f: (c: { value: CellValue; formula?: string | null; fill?: string | null }) => void) => {
    const st = port.snapshot();
    const c = (st.sheets[0].cells[a] ??= { value: null });
    f(c);
    port.reset(st);
  };
  return {
    port,
    truth: (a) => {
      const c = cellOf(a);
      return { value: c?.value ?? null, formula: c?.formula ?? null, numberFormat: c?.numberFormat ?? "General", fill: c?.fill ?? null };
    },
    type: (a, content) =>
      edit(a, (c) => {
        c.value = content.value;
        c.formula = content.formula;
      }),
    paint: (a, fill) => edit(a, (c) => (c.fill = fill)),
  };
}

function officeHarness(initial: Partial<Record<Addr, CellValue>>): Harness {
  const fake = new FakeExcel();
  const sheet = fake.addSheet(SHEET);
  for (const [a, v] of Object.entries(initial)) sheet.cells.set(a, { value: v ?? null });
  const g = globalThis as unknown as { Excel: unknown; Office: unknown };
  g.Excel = fake.namespace();
  g.Office = fakeOffice("1.18");
  const cellOf = (a: Addr) => {
    const c = sheet.cells.get(a) ?? { value: null };
    sheet.cells.set(a, c);
    return c;
  };
  return {
    port: new OfficeWorkbookPort(),
    truth: (a) => {
      const c = sheet.cells.get(a);
      return { value: c?.value ?? null, formula: c?.formula ?? null, numberFormat: c?.numberFormat ?? "General", fill: c?.fill ?? null };
    },
    type: (a, content) => {
      const c = cellOf(a);
      c.value = content.value;
      c.formula = content.formula ?? undefined;
    },
    paint: (a, fill) => void (cellOf(a).fill = fill),
  };
}

// ---- the operations ----

const addr = fc.constantFrom(...CELLS);
const scalar = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(1.25, 1.3, 1.7, 0.12, 371300000), fc.constantFrom("新設", "改修", " x "), fc.constant(null));
const typed: fc.Arbitrary<CellContent> = fc.oneof(
  { weight: 3, arbitrary: scalar.map((value) => ({ value, formula: null })) },
  { weight: 1, arbitrary: fc.constantFrom("=A1+1", "=SUM(A1:A3)", "=B1*2").map((formula) => ({ value: 7, formula })) },
);
const race = fc.option(fc.record({ cell: addr, content: typed }), { nil: null, freq: 2 });
/** The user's answers to the confirmations of one action (missing answers: confirm). */
const answers = fc.array(fc.boolean(), { maxLength: 3 });

type Op =
  | { kind: "type"; cell: Addr; content: CellContent }
  | { kind: "paint"; cell: Addr; fill: string | null }
  | { kind: "fill"; writes: { cell: Addr; value: string | number | null; percent: boolean }[]; answers: boolean[]; race: { cell: Addr; content: CellContent } | null }
  | { kind: "undo"; answers: boolean[]; race: { cell: Addr; content: CellContent } | null }
  | { kind: "validate" }
  | { kind: "mark"; cells: Addr[] }
  | { kind: "clear" };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("type" as const), cell: addr, content: typed }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("paint" as const), cell: addr, fill: fc.constantFrom(...USER_FILLS) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("fill" as const),
      writes: fc.array(fc.record({ cell: addr, value: fc.oneof(scalar, fc.constantFrom(1.3, 42)), percent: fc.boolean() }), { minLength: 1, maxLength: 4 }),
      answers,
      race,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("undo" as const), answers, race }) },
  { weight: 1, arbitrary: fc.constant({ kind: "validate" as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("mark" as const), cells: fc.uniqueArray(addr, { maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: "clear" as const }) },
);

const initialCells = fc.dictionary(addr, scalar, { maxKeys: 8 }) as fc.Arbitrary<Partial<Record<Addr, CellValue>>>;

// ---- the model and the checks ----

const blank = (c: CellContent) => !c.formula && (c.value === null || c.value === "");
const sameContent = (a: CellContent, b: CellContent) =>
  (a.formula ?? null) === (b.formula ?? null) && (a.formula ? true : blank(a) ? blank(b) : JSON.stringify(a.value) === JSON.stringify(b.value));

interface Stats {
  runs: number;
  actions: number;
  confirmations: number;
  racesRefused: number;
  undosChecked: number;
  dataLost: number;
  details: string[];
}
const stats: Record<string, Stats> = {};

async function runSequence(name: string, make: (init: Partial<Record<Addr, CellValue>>) => Harness, init: Partial<Record<Addr, CellValue>>, ops: readonly Op[]) {
  const st = (stats[name] ??= { runs: 0, actions: 0, confirmations: 0, racesRefused: 0, undosChecked: 0, dataLost: 0, details: [] });
  st.runs++;
  st.details = [];
  const made = make(init);
  // Count the compare-and-writes the port refused (a cell changed under an open confirmation).
  const port = Object.create(made.port) as WorkbookPort;
  port.writeCellsIfUnchanged = async (writes) => {
    const r = await made.port.writeCellsIfUnchanged(writes);
    if (!r.ok) st.racesRefused++;
    return r;
  };
  const h: Harness = { ...made, truth: made.truth, type: made.type, paint: made.paint, port };
  /** The model's undo stack: per batch, the content the add-in wrote into each of its cells. */
  let stack: Map<Addr, CellContent>[] = [];
  /** The fill the user gave each cell (what 消去 must give back). */
  const userFill = new Map<Addr, string | null>(CELLS.map((a) => [a, h.truth(a).fill]));
  let record: UndoRecord = { batches: [] };
  let ledger: MarksLedger = EMPTY_LEDGER;
  const snapshot = () => new Map(CELLS.map((a) => [a, h.truth(a)]));
  const lost = (what: string) => {
    st.dataLost++;
    if (st.details.length < 5) st.details.push(what);
  };

  /** A scripted user: answers in turn, and may type into a cell while the first confirmation is open. */
  const user = (o: { answers: boolean[]; race: { cell: Addr; content: CellContent } | null }) => {
    let calls = 0;
    let accepted: readonly Overwrite[] = [];
    let before = snapshot();
    const confirm: ConfirmFn = async (_kind, cells) => {
      st.confirmations++;
      // Every cell shown is shown as it is now, formula included.
      for (const c of cells) {
        const t = h.truth(c.cell as Addr);
        // A formula is shown as the one replaced, or kept (an undo putting the same formula back).
        const shownAsIs = t.formula
          ? c.replacesFormula === t.formula || (!c.replacesFormula && c.nextFormula === t.formula)
          : !c.replacesFormula && sameContent({ value: c.current, formula: null }, t);
        if (!shownAsIs) lost(`${name}: dialog showed ${c.cell}=${JSON.stringify(c.current)} ${c.replacesFormula ?? ""} but it holds ${JSON.stringify(t)}`);
      }
      if (calls === 0 && o.race) h.type(o.race.cell, o.race.content);
      const ok = o.answers[calls++] ?? true;
      accepted = ok ? cells : [];
      before = snapshot();
      return ok;
    };
    return { confirm, before: () => before, accepted: () => accepted };
  };

  /**
   * Every cell the action changed: was what it held blank, exactly what the add-in wrote there (only an
   * undo may put that back unasked: `ours`), or confirmed exactly as it was?
   */
  const checkLoss = (label: string, before: Map<Addr, Truth>, accepted: readonly Overwrite[], ours: ReadonlyMap<Addr, CellContent> = new Map()) => {
    for (const a of CELLS) {
      const was = before.get(a)!;
      const now = h.truth(a);
      const mine = ours.get(a);
      if (sameContent(was, now) || blank(was) || (mine && sameContent(was, mine))) continue;
      const shown = accepted.find((c) => c.cell === a);
      const shownExactly = shown && (was.formula ? shown.replacesFormula === was.formula : sameContent({ value: shown.current, formula: null }, was));
      if (!shownExactly) lost(`${name} ${label}: ${a} ${JSON.stringify(was)} → ${JSON.stringify(now)} unconfirmed`);
    }
  };

  for (const o of ops) {
    switch (o.kind) {
      case "type":
        h.type(o.cell, o.content);
        break;
      case "paint":
        h.paint(o.cell, o.fill);
        userFill.set(o.cell, o.fill);
        break;
      case "fill": {
        st.actions++;
        const u = user(o);
        const writes: CellWrite[] = o.writes.map((w) => ({ sheet: SHEET, cell: w.cell, value: w.value, ...(w.percent ? { numberFormat: "0.0%" } : {}) }));
        const out = await writeWithUndo(h.port, u.confirm, record, writes, { id: `b${st.actions}`, label: "fill", at: "2026-12-03T00:00:00Z" });
        checkLoss("fill", u.before(), u.accepted());
        if (out.status === "written") {
          const batch = lastBatch(out.record)!;
          const before = u.before();
          // The batch records what each cell held at the moment it was written over.
          for (const c of batch.cells) {
            const was = before.get(c.cell as Addr)!;
            if (!sameContent(c.before, was) || c.before.numberFormat !== was.numberFormat) lost(`${name} fill: undo record of ${c.cell} is ${JSON.stringify(c.before)}, cell held ${JSON.stringify(was)}`);
          }
          stack = [...stack, new Map(batch.cells.map((c) => [c.cell as Addr, { value: c.after.value, formula: c.after.formula }]))].slice(-UNDO_LIMIT);
        }
        record = out.record;
        break;
      }
      case "undo": {
        st.actions++;
        const u = user(o);
        const batch = lastBatch(record);
        const out = await undoLast(h.port, u.confirm, record);
        // What the model says the add-in wrote with that batch (not what the port's record claims).
        const ours = stack[stack.length - 1] ?? new Map<Addr, CellContent>();
        checkLoss("undo", u.before(), u.accepted(), ours);
        if (out.status === "undone") {
          st.undosChecked++;
          const before = u.before();
          stack = stack.slice(0, -1);
          for (const a of CELLS) {
            const now = h.truth(a);
            const u2 = batch!.cells.find((c) => c.cell === a);
            if (u2) {
              if (!sameContent(now, u2.before) || now.numberFormat !== u2.before.numberFormat) lost(`${name} undo: ${a} is ${JSON.stringify(now)}, expected ${JSON.stringify(u2.before)}`);
            } else if (!sameContent(now, before.get(a)!)) lost(`${name} undo: ${a} outside the batch changed`);
          }
        }
        record = out.record;
        break;
      }
      case "validate": {
        const before = snapshot();
        runValidation(await h.port.readWorkbook(), "dc-zero", "");
        checkLoss("validate", before, []);
        break;
      }
      case "mark": {
        st.actions++;
        const before = snapshot();
        const requests: MarkRequest[] = o.cells.map((cell, i) => ({ sheet: SHEET, cell, severity: i % 2 ? "warning" : "error", note: `[T-${i}] 確認` }));
        ledger = await remark(h.port, ledger, requests, async (l) => void (await h.port.saveData("marks", l)));
        for (const a of CELLS) {
          if (!sameContent(before.get(a)!, h.truth(a))) lost(`${name} mark changed the value of ${a}`);
          const expected = o.cells.includes(a) ? MARK_FILLS[o.cells.indexOf(a) % 2 ? "warning" : "error"] : userFill.get(a);
          if (h.truth(a).fill !== expected) lost(`${name} mark: ${a} fill ${h.truth(a).fill}, expected ${expected}`);
        }
        break;
      }
      case "clear": {
        st.actions++;
        const before = snapshot();
        await clearAllMarks(h.port, ledger, async (l) => void (await h.port.saveData("marks", l)));
        ledger = EMPTY_LEDGER;
        for (const a of CELLS) {
          if (!sameContent(before.get(a)!, h.truth(a))) lost(`${name} clear changed the value of ${a}`);
          if (h.truth(a).fill !== userFill.get(a)) lost(`${name} clear: ${a} fill ${h.truth(a).fill}, the user's was ${userFill.get(a)}`);
        }
        break;
      }
    }
    // The add-in's record in the workbook is the one it acts on, and as long as the model's.
    const stored = parseUndoRecord(await h.port.loadData("undo"));
    expect(stored.batches.length).toBe(record.batches.length);
    expect(stack.length).toBe(record.batches.length);
  }
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

afterAll(() => {
  if (process.env.GXDC_PROPERTY_STATS) process.stdout.write(`data-safety property test: ${JSON.stringify(stats)}\n`);
});

jest.setTimeout(600_000);

describe.each([
  ["MemoryWorkbookPort", memoryHarness],
  ["OfficeWorkbookPort (fake Excel)", officeHarness],
] as const)("data safety, model-based, on %s", (name, make) => {
  it("no user-typed value or formula is lost without a confirmation the user saw; undo restores exactly", async () => {
    await fc.assert(
      fc.asyncProperty(initialCells, fc.array(op, { minLength: 1, maxLength: 25 }), async (init, ops) => {
        const before = stats[name]?.dataLost ?? 0;
        await runSequence(name, make, init, ops);
        if (stats[name].dataLost !== before) throw new Error(`data lost: ${stats[name].details.join("\n")}`);
      }),
      { numRuns: RUNS },
    );
    expect(stats[name].dataLost).toBe(0);
    // The runs did exercise the dangerous paths.
    expect(stats[name].confirmations).toBeGreaterThan(0);
    expect(stats[name].racesRefused).toBeGreaterThan(0);
    expect(stats[name].undosChecked).toBeGreaterThan(0);
  });
});
