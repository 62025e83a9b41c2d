/**
 * Readers of the add-in data stored in the workbook (src/taskpane/state/stored.ts): well-formed data comes back
 * with only its known fields; anything malformed is an empty value, never an exception.
 */
import fc from "fast-check";
import { parseTicks } from "../../src/taskpane/state/checklist";
import { EMPTY_LEDGER, parseLedger } from "../../src/taskpane/state/marksLedger";
import { EMPTY_UNDO, parseUndoRecord } from "../../src/taskpane/state/undoRecord";

const mark = { sheet: "別紙2", cell: "I8", fill: "#FFC7CE", previousFill: null, noteKind: "note" };
const cell = { sheet: "S", cell: "C3", before: { value: { error: "#REF!" }, formula: null, numberFormat: "General" }, after: { value: 12, formula: null } };
const batch = { id: "a", label: "入力", at: "2026-04-01T00:00:00Z", cells: [cell] };

describe("stored add-in data", () => {
  it.each([
    [{ "DC-1": true, "DC-2": false }, { "DC-1": true, "DC-2": false }],
    [{ "DC-1": "yes" }, {}],
    [["DC-1"], {}],
    [null, {}],
    ["x", {}],
  ])("parseTicks(%j) = %j", (stored, expected) => {
    expect(parseTicks(stored)).toEqual(expected);
  });

  it.each([
    [{ marks: [mark] }, { marks: [mark] }],
    [{ marks: [{ ...mark, noteKind: "comment", noteId: "c1", extra: 1 }], v: 2 }, { marks: [{ ...mark, noteKind: "comment", noteId: "c1" }] }],
    [{ marks: [{ ...mark, noteKind: "memo" }] }, EMPTY_LEDGER],
    [{ marks: [{ ...mark, previousFill: 3 }] }, EMPTY_LEDGER],
    [{ marks: [{ ...mark, noteId: 5 }] }, EMPTY_LEDGER],
    [{ marks: {} }, EMPTY_LEDGER],
    [undefined, EMPTY_LEDGER],
  ])("parseLedger(%j) = %j", (stored, expected) => {
    expect(parseLedger(stored)).toEqual(expected);
  });

  it.each([
    [{ batches: [batch] }, { batches: [batch] }],
    [{ batches: [{ ...batch, sheets: [{ sheet: "T", cells: [{ cell: "A1", value: "x", formula: null }] }] }] }, null],
    [{ batches: [{ ...batch, cells: [{ ...cell, after: { value: Number.NaN, formula: null } }] }] }, EMPTY_UNDO],
    [{ batches: [{ ...batch, cells: [{ ...cell, before: { value: [1], formula: null, numberFormat: "@" } }] }] }, EMPTY_UNDO],
    [{ batches: [{ ...batch, at: 1 }] }, EMPTY_UNDO],
    [{ batches: [{ ...batch, sheets: "T" }] }, EMPTY_UNDO],
  ])("parseUndoRecord(%j)", (stored, expected) => {
    expect(parseUndoRecord(stored)).toEqual(expected ?? stored);
  });

  it("never throws, whatever JSON is stored", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(() => [parseTicks(v), parseLedger(v), parseUndoRecord(v)]).not.toThrow();
      }),
    );
  });
});
