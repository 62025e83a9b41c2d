/** Pure taskpane state: undo record, marks ledger, checklist status, facts form. */
import fc from "fast-check";
import { MemoryWorkbookPort, memoryStorage } from "../../src/excel/memoryWorkbookPort";
import { MARK_FILLS, type CellState, type CellWrite } from "../../src/excel/workbookPort";
import type { ChecklistItem } from "../../src/rules/lib/issue";
import type { ValidationReport } from "../../src/rules/sheets/report";
import type { Finding, SheetGrid, WorkbookGrid } from "../../src/rules/sheets/types";
import { itemStatus, parseTicks, progress, withTick } from "../../src/taskpane/state/checklist";
import { editedInputs, factWrites, inputsFromTargets, sameInputText, locateFacts, parseFacts, type FactMessages } from "../../src/taskpane/state/facts";
import { EMPTY_LEDGER, marksFromFindings, parseLedger, recordMarks } from "../../src/taskpane/state/marksLedger";
import { PROGRAM_FACTS } from "../../src/taskpane/state/programs";
import {
  EMPTY_UNDO,
  UNDO_LIMIT,
  insertedSheet,
  lastBatch,
  parseUndoRecord,
  planRestore,
  planSheetRemoval,
  planWrites,
  pushBatch,
} from "../../src/taskpane/state/undoRecord";
import type { SheetTemplate } from "../../src/rules/sheets/templateTypes";

const meta = { id: "b1", label: "入力", at: "2026-11-22T00:00:00Z" };
const state = (cell: string, value: CellState["value"], extra: Partial<CellState> = {}): CellState => ({
  sheet: "S",
  cell,
  value,
  formula: null,
  numberFormat: "General",
  fill: null,
  ...extra,
});

describe("undo record", () => {
  it("plans writes: blank cells are written silently, non-empty cells need confirmation, equal values are skipped", () => {
    const plan = planWrites(
      [
        { sheet: "S", cell: "A1", value: "新設" },
        { sheet: "S", cell: "A2", value: 100 },
        { sheet: "S", cell: "A3", value: 5 },
        { sheet: "S", cell: "A4", value: 1 },
        { sheet: "gone", cell: "A1", value: 1 },
      ],
      [state("A1", null), state("A2", 90), state("A3", 5), state("A4", 2, { formula: "=1+1" }), { ...state("A1", null), sheet: "gone", missing: true }],
      meta,
    );
    expect(plan.writes.map((w) => w.cell)).toEqual(["A1", "A2", "A4"]);
    expect(plan.overwrites.map((o) => [o.cell, o.current, o.next])).toEqual([
      ["A2", 90, 100],
      ["A4", 2, 1],
    ]);
    expect(plan.skipped).toEqual([{ sheet: "gone", cell: "A1" }]);
    expect(plan.batch.cells.map((c) => c.before)).toEqual([
      { value: null, formula: null, numberFormat: "General" },
      { value: 90, formula: null, numberFormat: "General" },
      { value: 2, formula: "=1+1", numberFormat: "General" },
    ]);
  });

  it("a formula cell that already shows the value is left alone (its formula kept); one that must change is called out", () => {
    // Issue 11 case 2: the form listed "B9: 371,300,000 → 371,300,000" and deleted the formula behind it.
    const cells = [state("B9", 371300000, { formula: "=SUM(B5:B8)", numberFormat: "#,##0" }), state("B10", 12, { formula: "=B9/1000" })];
    const same = planWrites([{ sheet: "S", cell: "B9", value: 371300.0000000001 * 1000 }], cells, meta);
    expect(same.writes).toEqual([]);
    expect(same.batch.cells).toEqual([]);
    const changed = planWrites([{ sheet: "S", cell: "B9", value: 400000000 }, { sheet: "S", cell: "B10", value: 12 }], cells, meta);
    expect(changed.writes.map((w) => [w.cell, w.expected])).toEqual([["B9", { value: 371300000, formula: "=SUM(B5:B8)" }]]);
    expect(changed.overwrites).toEqual([
      { sheet: "S", cell: "B9", current: 371300000, next: 400000000, currentFormat: "#,##0", nextFormat: "#,##0", replacesFormula: "=SUM(B5:B8)" },
    ]);
    // A format-only change of a constant is a change; the same value and format is not.
    expect(planWrites([{ sheet: "S", cell: "C1", value: 0.12, numberFormat: "0.0%" }], [state("C1", 0.12)], meta).writes).toHaveLength(1);
    expect(planWrites([{ sheet: "S", cell: "C1", value: 0.12, numberFormat: "0.0%" }], [state("C1", 0.12, { numberFormat: "0.0%" })], meta).writes).toEqual([]);
  });

  it("restores exactly the previous values, blanks and formulas included, and flags cells changed since", () => {
    const plan = planWrites(
      [
        { sheet: "S", cell: "A1", value: "新設" },
        { sheet: "S", cell: "A2", value: 100 },
        { sheet: "S", cell: "A4", value: 1 },
      ],
      [state("A1", null), state("A2", 90, { numberFormat: "#,##0" }), state("A4", 2, { formula: "=1+1" })],
      meta,
    );
    const restore = planRestore(plan.batch, [state("A1", "新設"), state("A2", 100), state("A4", 7)]);
    expect(restore.writes).toEqual([
      { sheet: "S", cell: "A1", value: null, formula: null, numberFormat: "General", expected: { value: "新設", formula: null } },
      { sheet: "S", cell: "A2", value: 90, formula: null, numberFormat: "#,##0", expected: { value: 100, formula: null } },
      { sheet: "S", cell: "A4", value: 2, formula: "=1+1", numberFormat: "General", expected: { value: 7, formula: null } },
    ]);
    expect(restore.changedSince.map((c) => c.cell)).toEqual(["A4"]);
    // Undo over a formula the user typed since says so.
    const overFormula = planRestore(plan.batch, [state("A1", "新設"), state("A2", 100), state("A4", 3, { formula: "=A2-97" })]);
    expect(overFormula.changedSince).toEqual([
      { sheet: "S", cell: "A4", current: 3, next: 2, currentFormat: "General", nextFormat: "General", replacesFormula: "=A2-97", nextFormula: "=1+1" },
    ]);
    // Cells already back as they were are neither written nor asked about.
    expect(planRestore(plan.batch, [state("A1", null), state("A2", 90, { numberFormat: "#,##0" }), state("A4", 5, { formula: "=1+1" })]).writes).toEqual([]);
  });

  it("write then restore gives back the original cells (property, through MemoryWorkbookPort)", async () => {
    const cellValue = fc.oneof(fc.constant(null), fc.string({ maxLength: 5 }), fc.integer(), fc.boolean());
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cellValue, cellValue), { minLength: 1, maxLength: 6 }), async (pairs) => {
        const grid: WorkbookGrid = { sheets: [{ name: "S", values: [pairs.map((p) => p[0])], rowOffset: 0, colOffset: 0 }] };
        const port = new MemoryWorkbookPort({ initial: grid });
        const refs = pairs.map((_, i) => ({ sheet: "S", cell: `${String.fromCharCode(65 + i)}1` }));
        const original = await port.readCells(refs);
        const writes: CellWrite[] = refs.map((r, i) => ({ ...r, value: pairs[i][1] }));
        const plan = planWrites(writes, original, meta);
        await port.writeCells(plan.writes);
        const restore = planRestore(plan.batch, await port.readCells(refs));
        expect(restore.changedSince).toEqual([]);
        await port.writeCells(restore.writes);
        const after = await port.readCells(refs);
        expect(after.map((c) => (c.value === "" ? null : c.value))).toEqual(original.map((c) => (c.value === "" ? null : c.value)));
      }),
      { numRuns: 60 },
    );
  });

  it("keeps the last batches only, ignores empty ones, and reads malformed stored data as empty", () => {
    let record = EMPTY_UNDO;
    const cell = planWrites([{ sheet: "S", cell: "A1", value: 1 }], [state("A1", null)], meta).batch.cells;
    for (let i = 0; i < UNDO_LIMIT + 5; i++) record = pushBatch(record, { ...meta, id: `b${i}`, cells: cell });
    record = pushBatch(record, { ...meta, id: "empty", cells: [] });
    expect(record.batches).toHaveLength(UNDO_LIMIT);
    expect(lastBatch(record)!.id).toBe(`b${UNDO_LIMIT + 4}`);
    expect(parseUndoRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(parseUndoRecord({ batches: "x" })).toEqual(EMPTY_UNDO);
    expect(parseUndoRecord(null)).toEqual(EMPTY_UNDO);
  });
});

describe("undo record: sheets inserted by シートを用意", () => {
  const template: SheetTemplate = {
    kind: "dc-plan-indicators",
    program: "dc-zero",
    sheetName: "別紙1 指標",
    cells: [
      { address: "A1", value: "実施計画書 指標", style: "title" },
      { address: "A3", value: "事業区分", style: "header" },
      { address: "B3", value: null, style: "input" },
      { address: "A4", value: "補助対象経費", style: "header" },
      { address: "b4", value: "", style: "input" },
      { address: "B5", value: "=B4/2", style: "computed" },
    ],
    columnWidths: {},
    merges: [],
    validations: [],
  };
  const sheet = insertedSheet(template);
  const formulaState = (formula: string | null): CellState => ({ ...state("B5", 0, { formula }), sheet: "別紙1 指標" });

  it("records the template's non-blank cells, formulas by formula", () => {
    expect(sheet).toEqual({
      sheet: "別紙1 指標",
      cells: [
        { cell: "A1", value: "実施計画書 指標", formula: null },
        { cell: "A3", value: "事業区分", formula: null },
        { cell: "A4", value: "補助対象経費", formula: null },
        { cell: "B5", value: null, formula: "=B4/2" },
      ],
    });
  });

  it("a sheet still as the add-in wrote it can be deleted without asking (MemoryWorkbookPort round trip)", async () => {
    const port = new MemoryWorkbookPort({ initial: { sheets: [{ name: "表紙", values: [["x"]], rowOffset: 0, colOffset: 0 }] } });
    await port.insertSheet(template);
    const plan = planSheetRemoval(sheet, await port.readSheet("別紙1 指標"), await port.readCells([{ sheet: "別紙1 指標", cell: "B5" }]));
    expect(plan).toEqual({ sheet: "別紙1 指標", exists: true, changedSince: [] });
  });

  it("lists what the user typed since: new cells, a changed label, a formula replaced by a constant", () => {
    const grid: SheetGrid = {
      name: "別紙1 指標",
      values: [
        ["実施計画書 指標", null],
        [null, null],
        ["事業区分", "新設"],
        ["補助対象経費（円）", 1000],
        [null, 500],
      ],
      rowOffset: 0,
      colOffset: 0,
    };
    const plan = planSheetRemoval(sheet, grid, [formulaState(null)]);
    expect(plan.changedSince.map((c) => [c.cell, c.current])).toEqual([
      ["B3", "新設"],
      ["A4", "補助対象経費（円）"],
      ["B4", 1000],
      ["B5", 500],
    ]);
    expect(plan.changedSince.every((c) => c.next === null && c.sheet === "別紙1 指標")).toBe(true);
    // The template formula still there: its computed value is not the user's.
    expect(planSheetRemoval(sheet, { ...grid, values: [[null], [null], [null], [null], [null, 500]] }, [formulaState("=B4/2")]).changedSince).toEqual([]);
  });

  it("a cleared template cell loses nothing; a sheet gone already is not deleted", () => {
    const grid: SheetGrid = { name: "別紙1 指標", values: [["実施計画書 指標"]], rowOffset: 0, colOffset: 0 };
    expect(planSheetRemoval(sheet, grid, []).changedSince).toEqual([]);
    expect(planSheetRemoval(sheet, null, [])).toEqual({ sheet: "別紙1 指標", exists: false, changedSince: [] });
  });

  it("a sheets-only batch is kept, round-trips through storage, and its cells are not restored (the sheet is deleted)", () => {
    const batch = { ...meta, id: "ins", cells: [], sheets: [sheet] };
    const record = pushBatch(EMPTY_UNDO, batch);
    expect(record.batches).toHaveLength(1);
    expect(parseUndoRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    // A record of the previous version (no "sheets") still reads.
    expect(parseUndoRecord({ batches: [{ ...meta, cells: [] }] }).batches[0].sheets).toBeUndefined();
    const mixed = { ...batch, cells: planWrites([{ sheet: "別紙1 指標", cell: "B3", value: "新設" }], [{ ...state("B3", null), sheet: "別紙1 指標" }], meta).batch.cells };
    expect(planRestore(mixed, [{ ...state("B3", "新設"), sheet: "別紙1 指標" }]).writes).toEqual([]);
  });
});

describe("marks ledger", () => {
  const f = (cell: string, severity: Finding["severity"], ruleId: string): Finding => ({ sheet: "S", cell, severity, ruleId, message: "m", source: "src" });

  it("one mark per cell with the worst severity and every finding in the note; no mark for info or sheet-level findings", () => {
    const marks = marksFromFindings([f("B2", "warning", "DC-A"), f("B2", "error", "DC-B"), f("C3", "info", "DC-C"), f("", "error", "SHEET-KIND-01")]);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ cell: "B2", severity: "error" });
    expect(marks[0].note.split("\n")).toEqual(["【エラー】DC-B: m（src）", "【警告】DC-A: m（src）"]);
  });

  it("a re-marked cell keeps the user's original fill as its previous fill", () => {
    const first = recordMarks(EMPTY_LEDGER, [{ sheet: "S", cell: "A1", fill: MARK_FILLS.error, previousFill: "#00B050", noteKind: "note" }]);
    const second = recordMarks(first, [{ sheet: "S", cell: "A1", fill: MARK_FILLS.warning, previousFill: MARK_FILLS.error, noteKind: "note" }]);
    expect(second.marks).toEqual([{ sheet: "S", cell: "A1", fill: MARK_FILLS.warning, previousFill: "#00B050", noteKind: "note" }]);
    expect(parseLedger(second)).toEqual(second);
    expect(parseLedger({ marks: [{ sheet: 1 }] })).toEqual(EMPTY_LEDGER);
  });
});

describe("checklist status", () => {
  const item: ChecklistItem = { id: "x", kind: "requirement", label: "再エネ率10%以上", labelEn: "RE ≥ 10%", ruleId: "DC-NEW-REQ-01", citation: "c", autoRuleIds: ["DC-NEW-REQ-01"] };
  const report = (checksRun: string[], findings: Finding[] = []): ValidationReport => ({ findings, detected: [], summary: [], checksRun, checklistContext: {}, costBreakdown: [], yearBreakdown: [] });

  it("auto-pass when every auto rule ran without an error; auto-fail with the errors; manual otherwise", () => {
    expect(itemStatus(item, report(["DC-NEW-REQ-01"]), {})).toEqual({ kind: "auto-pass" });
    const err: Finding = { sheet: "S", cell: "B3", severity: "error", ruleId: "DC-NEW-REQ-01", message: "m", source: "s" };
    expect(itemStatus(item, report(["DC-NEW-REQ-01"], [err]), {})).toEqual({ kind: "auto-fail", errors: [err] });
    expect(itemStatus(item, report(["DC-NEW-REQ-01"], [{ ...err, severity: "warning" }]), {})).toEqual({ kind: "auto-pass" });
    expect(itemStatus(item, report([]), { x: true })).toEqual({ kind: "manual", ticked: true });
    expect(itemStatus(item, null, {})).toEqual({ kind: "manual", ticked: false });
    expect(itemStatus({ ...item, autoRuleIds: [] }, report(["DC-NEW-REQ-01"]), {})).toEqual({ kind: "manual", ticked: false });
  });

  it("ticks round-trip and count towards progress", () => {
    const ticks = withTick(parseTicks({ a: true, b: "yes" }), "c", true);
    expect(ticks).toEqual({ c: true });
    expect(parseTicks({ a: true })).toEqual({ a: true });
    expect(progress([{ kind: "auto-pass" }, { kind: "manual", ticked: true }, { kind: "manual", ticked: false }, { kind: "auto-fail", errors: [] }])).toEqual({ done: 2, total: 4 });
  });
});

describe("facts form", () => {
  const msg: FactMessages = {
    notANumber: (f) => `${f.label}: 数値`,
    negative: (f) => `${f.label}: 負`,
    percentRange: (f) => `${f.label}: 範囲`,
    notAChoice: (f) => `${f.label}: 選択`,
  };
  const gx = PROGRAM_FACTS["gx-regional"].fields;
  const dc = PROGRAM_FACTS["dc-zero"].fields;

  it("parses Japanese numbers and reports one message per bad field", () => {
    const ok = parseFacts(gx, { 補助対象経費: "１２億円", 年間使用電力量: "1,200,000", 企業規模: "中小企業", 脱炭素電力供給地域: "" }, msg);
    expect(ok).toEqual({ ok: true, facts: expect.objectContaining({ 補助対象経費: 1_200_000_000, 年間使用電力量: 1_200_000, 企業規模: "中小企業", 脱炭素電力供給地域: undefined }) });
    const bad = parseFacts(gx, { 補助対象経費: "たくさん", 年間使用電力量: "-5", 企業規模: "巨大" }, msg);
    expect(bad).toEqual({ ok: false, errors: { 補助対象経費: "補助対象経費: 数値", 年間使用電力量: "年間使用電力量: 負", 企業規模: "企業規模: 選択" } });
  });

  it.each([
    ["12", 0.12],
    ["12%", 0.12],
    ["100", 1],
    ["0", 0],
  ])("percent input %p → %p", (text, value) => {
    expect(parseFacts(dc, { 再エネ率: text }, msg)).toEqual({ ok: true, facts: expect.objectContaining({ 再エネ率: value }) });
  });

  it("percent above 100 is refused", () => {
    expect(parseFacts(dc, { 再エネ率: "100.1" }, msg)).toEqual({ ok: false, errors: { 再エネ率: "再エネ率: 範囲" } });
  });

  const wb: WorkbookGrid = {
    sheets: [
      { name: "経費内訳", values: [["区分", "補助対象経費"], ["工事費", 5]], rowOffset: 0, colOffset: 0 },
      {
        name: "指標",
        values: [
          ["事業区分", "コンテナ", null],
          ["補助対象経費（千円）", 1200, null],
          ["再エネ率", null, null],
          ["想定稼働率(%)", null, null],
          ["年間CO2削減量", null, null],
          [40, null, null],
        ],
        numberFormats: [
          ["General", "General", "General"],
          ["General", "#,##0", "General"],
          ["General", "General", "General"],
          ["General", "General", "General"],
          ["General", "General", "General"],
          ["General", "General", "General"],
        ],
        rowOffset: 2,
        colOffset: 1,
      },
    ],
  };

  it("locates fact cells with the sheet engine's locator: right of (or below) their labels, the 指標 sheet first", () => {
    const t = locateFacts(wb, dc, "dc-zero");
    expect(t.get("事業区分")).toMatchObject({ sheet: "指標", cell: "C3", labelCell: "B3", current: "コンテナ" });
    expect(t.get("補助対象経費")).toMatchObject({ cell: "C4", current: 1200, unit: { kind: "yen", scale: 1000 } });
    expect(t.get("年間CO2削減量")).toMatchObject({ cell: "B8", current: 40 });
    expect(t.has("PUE")).toBe(false);
    expect(t.get("再エネ率")).toMatchObject({ cell: "C5", current: null });
  });

  it("writes in the label's unit and prefills the form from the cells", () => {
    const t = locateFacts(wb, dc, "dc-zero");
    const parsed = parseFacts(dc, { 補助対象経費: "3,000,000", 再エネ率: "15", 想定稼働率: "40", 事業区分: "新設" }, msg);
    if (!parsed.ok) throw new Error("parse failed");
    expect(factWrites(dc, parsed.facts, t)).toEqual([
      { sheet: "指標", cell: "C3", value: "新設" },
      { sheet: "指標", cell: "C4", value: 3000 },
      { sheet: "指標", cell: "C5", value: 0.15, numberFormat: "0.0%" },
      { sheet: "指標", cell: "C6", value: 40 },
    ]);
    expect(inputsFromTargets(dc, t)).toMatchObject({ 事業区分: "コンテナ", 補助対象経費: "1,200,000", 年間CO2削減量: "40", 再エネ率: "" });
  });

  it("only edited fields are written: an untouched field (maybe changed in the grid since) is left alone", () => {
    const t = locateFacts(wb, dc, "dc-zero");
    const baseline = inputsFromTargets(dc, t);
    // The user re-typed 年間CO2削減量 as it was and changed 補助対象経費 only.
    const inputs = editedInputs(dc, { 補助対象経費: "3,000", 年間CO2削減量: baseline["年間CO2削減量"] }, baseline);
    expect(Object.entries(inputs).filter(([, v]) => v !== "")).toEqual([["補助対象経費", "3,000"]]);
    const parsed = parseFacts(dc, inputs, msg);
    if (!parsed.ok) throw new Error("parse failed");
    expect(factWrites(dc, parsed.facts, t)).toEqual([{ sheet: "指標", cell: "C4", value: 3 }]);
    // The same figure typed another way is no edit.
    expect(editedInputs(dc, { 補助対象経費: "１２０００００" }, { 補助対象経費: "1,200,000" })["補助対象経費"]).toBe("");
    expect(sameInputText("1.30", "1.3")).toBe(true);
    expect(sameInputText("", "0")).toBe(false);
    expect(sameInputText("新設", "改修")).toBe(false);
  });

  it("MemoryWorkbookPort persists to its storage: a new port on the same storage sees the same workbook", async () => {
    const storage = memoryStorage();
    const a = new MemoryWorkbookPort({ initial: wb, storage });
    await a.writeCells([{ sheet: "指標", cell: "C3", value: "改修" }]);
    await a.saveData("checklist", { x: true });
    const b = new MemoryWorkbookPort({ initial: wb, storage });
    expect((await b.readCells([{ sheet: "指標", cell: "C3" }]))[0].value).toBe("改修");
    expect(await b.loadData("checklist")).toEqual({ x: true });
  });
});

describe("cell notes cite documents by name (issue 13)", () => {
  const { noteLine } = jest.requireActual("../../src/taskpane/state/marksLedger") as typeof import("../../src/taskpane/state/marksLedger");
  const { validateWorkbook } = jest.requireActual("../../src/rules/sheets/validateWorkbook") as typeof import("../../src/rules/sheets/validateWorkbook");
  const { exampleById } = jest.requireActual("../../src/demo/examples") as typeof import("../../src/demo/examples");
  const findings = validateWorkbook(exampleById("dc-new-mistakes")?.build() ?? { sheets: [] }).findings;

  it("no note of the faulty example carries a seed file id such as 004_83a32f419551a032.txt", () => {
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(noteLine(f)).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });

  it("a DC rule's note names the 公募要領; a SHEET-* note cites no document", () => {
    const dc = findings.find((f) => f.ruleId.startsWith("DC-") && f.source);
    expect(dc && noteLine(dc)).toMatch(/公募要領/);
    const sheet = { sheet: "s", cell: "A1", severity: "warning" as const, ruleId: "SHEET-NUM-01", message: "m", source: "004_83a32f419551a032.txt § x" };
    expect(noteLine(sheet as never)).toBe("【警告】SHEET-NUM-01: m");
  });
});
