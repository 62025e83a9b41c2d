/**
 * The taskpane's state and actions over a WorkbookPort: reading and validating the workbook, writing
 * with the undo record and the confirm-before-overwrite rule, marks, sheet templates, checklist ticks.
 * Components render what this returns; nothing here touches Office.js.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CellRef, CellWrite, WorkbookPort } from "../excel/workbookPort";
import type { ValidationReport } from "../rules/sheets/report";
import type { SheetTemplate } from "../rules/sheets/templateTypes";
import type { Finding, WorkbookGrid } from "../rules/sheets/types";
import type { Messages } from "./i18n";
import { loadEngine, loadedEngine } from "./lazyEngine";
import { parseTicks, withTick, type ChecklistTicks } from "./state/checklist";
import { EMPTY_LEDGER, marksFromFindings, parseLedger, type MarksLedger } from "./state/marksLedger";
import { PROGRAM_TYPES, type TaskpaneProgram } from "./state/programs";
import { EMPTY_UNDO, insertedSheet, parseUndoRecord, pushBatch, type UndoBatch, type UndoRecord, type UndoSheet } from "./state/undoRecord";
import { clearAllMarks, remark, syncMarks, undoLast as undoLastBatch, writeWithUndo as writeBatch, type ConfirmFn, type ConfirmKind } from "./state/writeFlow";

export type { ConfirmFn, ConfirmKind };

/** Messages of the write / undo paths not (yet) in the shared catalogue (i18n.ts). */
const FLOW_TEXT = {
  ja: {
    conflict: "確認中にセルが何度も変更されたため、何も書き込みませんでした。もう一度お試しください。",
  },
  en: {
    conflict: "The cells kept changing while you were asked, so nothing was written. Please try again.",
  },
} as const;

export interface Notice {
  readonly intent: "success" | "error" | "info" | "warning";
  readonly text: string;
}

/** A ref that re-renders when set: actions read the latest value, components render it. */
function useStoredState<T>(initial: T): [T, { current: T }, (v: T) => void] {
  const ref = useRef(initial);
  const [value, setValue] = useState(initial);
  const set = useCallback((v: T) => {
    ref.current = v;
    setValue(v);
  }, []);
  return [value, ref, set];
}

let batchSeq = 0;
const newBatchId = (): string => `${Date.now().toString(36)}-${(batchSeq++).toString(36)}`;

export function useTaskpane(port: WorkbookPort, confirm: ConfirmFn, t: Messages, lang: "ja" | "en" = "ja") {
  const flowText = FLOW_TEXT[lang];
  const [program, setProgram] = useState<TaskpaneProgram>("dc-zero");
  const [type, setType] = useState("");
  const [workbook, setWorkbook] = useState<WorkbookGrid | null>(null);
  const [report, reportRef, setReport] = useStoredState<ValidationReport | null>(null);
  const [undo, undoRef, setUndo] = useStoredState<UndoRecord>(EMPTY_UNDO);
  const [ledger, ledgerRef, setLedger] = useStoredState<MarksLedger>(EMPTY_LEDGER);
  const [ticks, ticksRef, setTicks] = useStoredState<ChecklistTicks>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [ready, setReady] = useState(false);

  /** Runs one user action: one at a time, errors shown instead of swallowed. */
  const act = useCallback(async (name: string, f: () => Promise<Notice | null | void>) => {
    setBusy(name);
    try {
      const n = await f();
      if (n) setNotice(n);
    } catch (e) {
      setNotice({ intent: "error", text: `${t.error}: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(null);
    }
  }, [t]);

  const refresh = useCallback(async (): Promise<WorkbookGrid> => {
    const wb = await port.readWorkbook();
    setWorkbook(wb);
    return wb;
  }, [port]);

  /** Saves a marks ledger in the workbook and shows it. */
  const keepLedger = useCallback(
    async (l: MarksLedger) => {
      await port.saveData("marks", l);
      setLedger(l);
    },
    [port, setLedger],
  );

  /**
   * Validates the workbook as it is now. When the add-in's marks are in the sheet, they follow the new report
   * (state/writeFlow syncMarks): marks of findings that are gone are removed, so stale red fills and notes are
   * never saved into the customer's file, and findings that are new get theirs.
   */
  const validateNow = useCallback(
    async (p = program, ty = type): Promise<ValidationReport> => {
      const [wb, { runValidation }] = await Promise.all([refresh(), loadEngine()]);
      const r = runValidation(wb, p, ty, port.fileName());
      setReport(r);
      const synced = await syncMarks(port, ledgerRef.current, marksFromFindings(r.findings), keepLedger);
      if (synced.removed > 0 || synced.added > 0) setNotice({ intent: "info", text: t.marksSynced(synced.removed, synced.added) });
      return r;
    },
    [program, type, refresh, setReport, port, ledgerRef, keepLedger, t],
  );

  /** After the add-in changed the workbook: re-validate when a report is shown, else just re-read. */
  const afterChange = useCallback(async () => {
    if (reportRef.current) await validateNow();
    else await refresh();
  }, [reportRef, validateNow, refresh]);

  // Load the add-in data and the workbook once; pick the program of the sheets found and validate,
  // so that the status badge and the checklist's automatic ticks are there at a glance.
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        // The engine (engine.js) downloads while the workbook is read.
        const [u, m, c, wb, { programOf, runValidation }] = await Promise.all([
          port.loadData("undo"),
          port.loadData("marks"),
          port.loadData("checklist"),
          port.readWorkbook(),
          loadEngine(),
        ]);
        if (!live) return;
        setUndo(parseUndoRecord(u));
        setLedger(parseLedger(m));
        setTicks(parseTicks(c));
        setWorkbook(wb);
        const p = programOf(wb);
        if (p) setProgram(p);
        setReport(runValidation(wb, p ?? "dc-zero", "", port.fileName()));
      } catch (e) {
        if (live) setNotice({ intent: "error", text: `${t.error}: ${e instanceof Error ? e.message : String(e)}` });
      } finally {
        if (live) setReady(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [port, setUndo, setLedger, setTicks, setReport, t]);

  /** The type the workbook states (事業区分 / 投資類型 cell), as one of the picker's values. */
  const workbookType = useMemo(() => (workbook ? (loadedEngine()?.workbookTypeOf(workbook, program) ?? "") : ""), [workbook, program]);
  const effectiveType = type || workbookType || (PROGRAM_TYPES[program].options[0]?.value ?? "");

  const chooseProgram = useCallback(
    (p: TaskpaneProgram) => {
      setProgram(p);
      setType("");
      if (reportRef.current) void act("validate", async () => void (await validateNow(p, "")));
    },
    [act, reportRef, validateNow],
  );

  const chooseType = useCallback(
    (ty: string) => {
      setType(ty);
      if (reportRef.current) void act("validate", async () => void (await validateNow(program, ty)));
    },
    [act, reportRef, validateNow, program],
  );

  const validate = useCallback(() => act("validate", async () => void (await validateNow())), [act, validateNow]);

  /**
   * Writes cells the add-in's way (state/writeFlow): asks before replacing any non-empty cell, records
   * the undo batch in the workbook first, then writes only if the cells still hold what was shown.
   * Returns the number of cells written, or null when the user cancelled or the cells kept changing.
   */
  const writeWithUndo = useCallback(
    async (requested: readonly CellWrite[], label: string): Promise<number | null> => {
      const out = await writeBatch(port, confirm, undoRef.current, requested, { id: newBatchId(), label, at: new Date().toISOString() });
      setUndo(out.record);
      if (out.status === "conflict") throw new Error(flowText.conflict);
      return out.status === "cancelled" ? null : out.count;
    },
    [port, confirm, undoRef, setUndo, flowText],
  );

  const writeFacts = useCallback(
    (writes: readonly CellWrite[], label: string) =>
      act("write", async () => {
        const n = await writeWithUndo(writes, label);
        if (n === null) return null;
        if (n > 0) await afterChange();
        return { intent: n > 0 ? "success" : "info", text: n > 0 ? t.writtenN(n) : t.nothingToWrite };
      }),
    [act, writeWithUndo, afterChange, t],
  );

  const undoLast = useCallback(
    () =>
      act("undo", async () => {
        const out = await undoLastBatch(port, confirm, undoRef.current);
        if (out.status !== "undone") {
          if (out.status === "empty") return { intent: "info", text: t.undoEmpty };
          if (out.status === "conflict") throw new Error(flowText.conflict);
          return null;
        }
        setUndo(out.record);
        const { removed, batch } = out;
        // Marks on deleted sheets are gone with them: keep the ledger to what still exists.
        if (removed.length > 0 && ledgerRef.current.marks.some((m) => removed.includes(m.sheet))) {
          const ledger = { marks: ledgerRef.current.marks.filter((m) => !removed.includes(m.sheet)) };
          await port.saveData("marks", ledger);
          setLedger(ledger);
        }
        await afterChange();
        if (removed.length > 0) return { intent: "success", text: t.sheetsRemoved(removed.join("、")) };
        if ((batch.sheets?.length ?? 0) > 0 && out.restored === 0) return { intent: "info", text: t.sheetsAlreadyGone };
        return { intent: "success", text: t.undoneN(out.restored) };
      }),
    [act, port, confirm, undoRef, setUndo, ledgerRef, setLedger, afterChange, t, flowText],
  );

  const markCells = useCallback(
    () =>
      act("mark", async () => {
        const r = reportRef.current ?? (await validateNow());
        const next = await remark(port, ledgerRef.current, marksFromFindings(r.findings), keepLedger);
        return { intent: "success", text: t.markedN(next.marks.length) };
      }),
    [act, reportRef, validateNow, ledgerRef, port, keepLedger, t],
  );

  const clearMarks = useCallback(
    () =>
      act("clear", async () => {
        const n = await clearAllMarks(port, ledgerRef.current, keepLedger);
        return n === 0 ? { intent: "info", text: t.noMarks } : { intent: "success", text: t.clearedN(n) };
      }),
    [act, ledgerRef, port, keepLedger, t],
  );

  /**
   * Inserts the missing template sheets, recorded in the undo record first (like a cell write) so that
   * 元に戻す can delete them again. A sheet that turned out to exist already is not recorded.
   */
  const insertSheets = useCallback(
    (templates: readonly SheetTemplate[]) =>
      act("insert", async () => {
        const existing = new Set(await port.listSheets());
        const planned = templates.filter((tpl) => !existing.has(tpl.sheetName));
        if (planned.length === 0) return { intent: "info", text: t.nothingToInsert };
        const names = planned.map((tpl) => tpl.sheetName);
        const batch: UndoBatch = { id: newBatchId(), label: `${t.tabs.prepare}: ${names.join("、")}`, at: new Date().toISOString(), cells: [], sheets: planned.map(insertedSheet) };
        const before = undoRef.current;
        const recorded = pushBatch(before, batch);
        await port.saveData("undo", recorded);
        const added: UndoSheet[] = [];
        try {
          for (const tpl of planned) if (await port.insertSheet(tpl)) added.push(insertedSheet(tpl));
        } finally {
          const next = added.length === planned.length ? recorded : pushBatch(before, { ...batch, sheets: added });
          if (next !== recorded) await port.saveData("undo", next);
          setUndo(next);
        }
        await afterChange();
        return added.length > 0
          ? { intent: "success", text: t.insertedN(added.map((a) => a.sheet).join("、")) }
          : { intent: "info", text: t.nothingToInsert };
      }),
    [act, port, undoRef, setUndo, afterChange, t],
  );

  const selectFinding = useCallback(
    (f: Finding | CellRef) => act("select", async () => void (await port.selectCell({ sheet: f.sheet, cell: f.cell }))),
    [act, port],
  );

  const setTick = useCallback(
    (id: string, ticked: boolean) =>
      act("tick", async () => {
        const next = withTick(ticksRef.current, id, ticked);
        setTicks(next);
        await port.saveData("checklist", next);
      }),
    [act, ticksRef, setTicks, port],
  );

  return {
    ready,
    program,
    type,
    effectiveType,
    workbook,
    report,
    undo,
    ledger,
    ticks,
    busy,
    notice,
    dismissNotice: () => setNotice(null),
    chooseProgram,
    chooseType,
    validate,
    writeFacts,
    undoLast,
    markCells,
    clearMarks,
    insertSheets,
    selectFinding,
    setTick,
    refresh: () => act("refresh", async () => void (await refresh())),
  };
}

export type TaskpaneModel = ReturnType<typeof useTaskpane>;
