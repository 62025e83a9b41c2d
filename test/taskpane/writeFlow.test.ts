/**
 * state/writeFlow against both ports with a scripted user: what is asked, asked again, written or kept
 * when Excel is edited while a confirmation is open (issue 11 "Race").
 */
import { MemoryWorkbookPort } from "../../src/excel/memoryWorkbookPort";
import { OfficeWorkbookPort } from "../../src/excel/officeWorkbookPort";
import type { WorkbookPort } from "../../src/excel/workbookPort";
import type { SheetTemplate } from "../../src/rules/sheets/templateTypes";
import { EMPTY_UNDO, insertedSheet, pushBatch, type Overwrite } from "../../src/taskpane/state/undoRecord";
import { MAX_ATTEMPTS, undoLast, writeWithUndo, type ConfirmFn, type ConfirmKind } from "../../src/taskpane/state/writeFlow";
import { FakeExcel, fakeOffice } from "../excel/fakeExcel";

const meta = { id: "b1", label: "入力: PUE", at: "2026-12-03T00:00:00Z" };

interface Asked {
  kind: ConfirmKind;
  lines: string[];
  again: boolean;
}

/** A user who answers `answers` in turn (then yes) and runs `meanwhile[i]` while the i-th dialog is open. */
function scriptedUser(answers: boolean[], meanwhile: (() => void)[] = []) {
  const asked: Asked[] = [];
  const confirm: ConfirmFn = async (kind, cells: readonly Overwrite[], options) => {
    const i = asked.length;
    asked.push({ kind, lines: cells.map((c) => `${c.cell}: ${JSON.stringify(c.current)} → ${JSON.stringify(c.next)}`), again: options?.again ?? false });
    meanwhile[i]?.();
    return answers[i] ?? true;
  };
  return { confirm, asked };
}

function ports(): [string, () => { port: WorkbookPort; type: (cell: string, v: number | string | null) => void; value: (cell: string) => unknown }][] {
  return [
    [
      "memory",
      () => {
        const port = new MemoryWorkbookPort({ initial: { sheets: [{ name: "S", values: [[1.25]], rowOffset: 0, colOffset: 0 }] } });
        return {
          port,
          type: (cell, v) => port.editCell({ sheet: "S", cell }, v),
          value: (cell) => port.snapshot().sheets.find((s) => s.name === "S")!.cells[cell]?.value ?? null,
        };
      },
    ],
    [
      "office (fake Excel)",
      () => {
        const fake = new FakeExcel();
        const sheet = fake.addSheet("S", [[1.25]]);
        const g = globalThis as unknown as { Excel: unknown; Office: unknown };
        g.Excel = fake.namespace();
        g.Office = fakeOffice("1.18");
        return {
          port: new OfficeWorkbookPort(),
          type: (cell, v) => void sheet.cells.set(cell, { value: v }),
          value: (cell) => sheet.cells.get(cell)?.value ?? null,
        };
      },
    ],
  ];
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe.each(ports())("writeWithUndo / undoLast on the %s port", (_, make) => {
  it("B4: 1.25 → 1.3 shown, 1.7 typed meanwhile: not written; asked again with 1.7; cancel keeps 1.7 and records nothing", async () => {
    const { port, type, value } = make();
    const user = scriptedUser([true, false], [() => type("A1", 1.7)]);
    const out = await writeWithUndo(port, user.confirm, EMPTY_UNDO, [{ sheet: "S", cell: "A1", value: 1.3 }], meta);
    expect(user.asked).toEqual([
      { kind: "overwrite", lines: ["A1: 1.25 → 1.3"], again: false },
      { kind: "overwrite", lines: ["A1: 1.7 → 1.3"], again: true },
    ]);
    expect(out.status).toBe("cancelled");
    expect(value("A1")).toBe(1.7);
    expect(await port.loadData("undo")).toEqual(EMPTY_UNDO);
  });

  it("a cell that keeps changing under every confirmation: nothing written after MAX_ATTEMPTS, the record unchanged", async () => {
    const { port, type, value } = make();
    const user = scriptedUser([], Array.from({ length: MAX_ATTEMPTS }, (_, i) => () => type("A1", 10 + i)));
    const out = await writeWithUndo(port, user.confirm, EMPTY_UNDO, [{ sheet: "S", cell: "A1", value: 1.3 }], meta);
    expect(out.status).toBe("conflict");
    expect(user.asked).toHaveLength(MAX_ATTEMPTS);
    expect(value("A1")).toBe(10 + MAX_ATTEMPTS - 1);
    expect(await port.loadData("undo")).toEqual(EMPTY_UNDO);
  });

  it("undo after the user typed over the add-in's value asks; a value typed during that dialog is asked about again, even the add-in's own figure", async () => {
    const { port, type, value } = make();
    const written = await writeWithUndo(port, scriptedUser([]).confirm, EMPTY_UNDO, [{ sheet: "S", cell: "A1", value: 1.3 }], meta);
    expect(written.status).toBe("written");
    type("A1", 1.9);
    const user = scriptedUser([true, false], [() => type("A1", 1.3)]);
    const out = await undoLast(port, user.confirm, written.record);
    expect(user.asked).toEqual([
      { kind: "restore", lines: ["A1: 1.9 → 1.25"], again: false },
      { kind: "restore", lines: ["A1: 1.3 → 1.25"], again: true },
    ]);
    expect(out.status).toBe("cancelled");
    expect(value("A1")).toBe(1.3);
    const again = await undoLast(port, scriptedUser([]).confirm, written.record);
    expect(again.status).toBe("undone");
    expect(value("A1")).toBe(1.25);
  });
});

describe("undo of シートを用意 while the user types into the added sheet", () => {
  const template: SheetTemplate = {
    kind: "dc-expenses",
    program: "dc-zero",
    sheetName: "別紙2",
    cells: [{ address: "A1", value: "経費内訳" }],
    columnWidths: {},
    merges: [],
    validations: [],
  };

  it("input typed while the delete dialog is open was not shown: asked again, and cancel keeps the sheet", async () => {
    const port = new MemoryWorkbookPort({ initial: { sheets: [{ name: "S", values: [[1]], rowOffset: 0, colOffset: 0 }] } });
    await port.insertSheet(template);
    const record = pushBatch(EMPTY_UNDO, { ...meta, cells: [], sheets: [insertedSheet(template)] });
    port.editCell({ sheet: "別紙2", cell: "B5" }, "ユーザーの入力");
    const user = scriptedUser([true, false], [() => port.editCell({ sheet: "別紙2", cell: "B6" }, 42)]);
    const out = await undoLast(port, user.confirm, record);
    expect(user.asked).toEqual([
      { kind: "deleteSheet", lines: ['B5: "ユーザーの入力" → null'], again: false },
      { kind: "deleteSheet", lines: ['B5: "ユーザーの入力" → null', "B6: 42 → null"], again: true },
    ]);
    expect(out.status).toBe("cancelled");
    expect(await port.listSheets()).toEqual(["S", "別紙2"]);
  });
});
