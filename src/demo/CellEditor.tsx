/**
 * Editing the demo workbook by hand, like a spreadsheet: one text input lies over the selected cell
 * and keeps the keyboard focus while the selection moves, so typing (IME composition included) starts
 * an entry in place.
 *   Ready: arrows move · typing replaces the cell · Enter / F2 / double-click edit it · Delete clears ·
 *          Tab leaves the grid (no keyboard trap).
 *   Entry: Enter / Tab commit and move (Shift: back) · Escape cancels · arrows commit and move when the
 *          entry was started by typing, move the caret when started by F2 / Enter / double-click.
 * While an IME is composing, Enter confirms the conversion and never commits the cell (isComposing).
 * Entries go through MemoryWorkbookPort.editCell, the user's own edit: the add-in's validation,
 * undo record and confirmations see it as they would see typing in Excel.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import type { MemorySheet, MemoryWorkbookPort } from "../excel/memoryWorkbookPort";
import { fromA1, toA1 } from "../rules/sheets/types";
import { editText, parseEntry } from "./cellEntry";

const useStyles = makeStyles({
  input: {
    position: "absolute",
    zIndex: 2,
    boxSizing: "border-box",
    margin: 0,
    border: "none",
    outline: "none",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: "transparent",
    backgroundColor: "transparent",
    caretColor: "transparent",
    cursor: "cell",
  },
  editing: {
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    caretColor: tokens.colorNeutralForeground1,
    outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    boxShadow: tokens.shadow4,
    cursor: "text",
  },
});

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** An entry in progress: "enter" = started by typing, "edit" = started by F2 / Enter / double-click. */
interface Entry {
  readonly mode: "enter" | "edit";
  readonly draft: string;
  /** The cell's text when the entry started: an unchanged draft writes nothing. */
  readonly original: string;
}

/** True while an IME is composing: Enter then belongs to the IME (229 = Chromium/Safari's composition key code). */
export const isComposing = (e: KeyboardEvent<HTMLInputElement>): boolean => e.nativeEvent.isComposing || e.keyCode === 229;

export interface CellEditorProps {
  port: MemoryWorkbookPort;
  sheet: MemorySheet;
  /** A1 address of the selected cell. */
  selected: string;
  /** The element holding the grid table: the editor is positioned inside it. */
  areaRef: RefObject<HTMLDivElement | null>;
  /** The port's version: re-position when the workbook changes (column widths follow the content). */
  version: number;
  lang: "ja" | "en";
}

export function CellEditor({ port, sheet, selected, areaRef, version, lang }: CellEditorProps) {
  const s = useStyles();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const [entry, setEntry] = useState<Entry | null>(null);
  const cell = sheet.cells[selected];

  const select = (address: string) => void port.selectCell({ sheet: sheet.name, cell: address });
  const move = (dr: number, dc: number) => {
    const at = fromA1(selected);
    if (at) select(toA1(Math.max(0, at.row + dr), Math.max(0, at.col + dc)));
  };
  const commit = () => {
    if (!entry) return;
    setEntry(null);
    if (entry.draft !== entry.original) port.editCell({ sheet: sheet.name, cell: selected }, parseEntry(entry.draft));
  };
  const startEdit = () => {
    const text = editText(cell);
    setEntry({ mode: "edit", draft: text, original: text });
  };

  // The latest state and actions for the native mouse listeners below.
  const latest = useRef({ selected, commit, select, startEdit });
  latest.current = { selected, commit, select, startEdit };
  /** A cell double-clicked before it was selected: edit it once the selection has moved there. */
  const editWhenSelected = useRef<string | null>(null);

  // A new selection (by the keyboard, a click or the add-in) or another sheet ends any entry.
  useEffect(() => {
    if (editWhenSelected.current !== selected) return setEntry(null);
    editWhenSelected.current = null;
    const text = editText(sheet.cells[selected]);
    setEntry({ mode: "edit", draft: text, original: text });
  }, [selected, sheet.name]);

  // Lie over the selected cell (a little wider while editing, as a spreadsheet's in-cell editor grows).
  useLayoutEffect(() => {
    const area = areaRef.current;
    const input = inputRef.current;
    const td = area?.querySelector<HTMLElement>(`td[data-addr="${selected}"]`);
    if (!area || !input || !td) return;
    const a = area.getBoundingClientRect();
    const r = td.getBoundingClientRect();
    input.style.top = `${r.top - a.top}px`;
    input.style.left = `${r.left - a.left}px`;
    input.style.height = `${r.height}px`;
    input.style.width = `${entry ? Math.max(r.width, 160) : r.width}px`;
  }, [areaRef, selected, sheet.name, version, entry]);

  // Mouse: a click selects a cell (committing an entry first), a double-click edits it.
  useEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    const cellOf = (e: MouseEvent) => (e.target as Element | null)?.closest?.<HTMLElement>("td[data-addr]") ?? null;
    const down = (e: MouseEvent) => {
      const td = cellOf(e);
      if (!td || e.button !== 0) return;
      e.preventDefault();
      latest.current.commit();
      latest.current.select(td.dataset.addr!);
      inputRef.current?.focus();
    };
    const dbl = (e: MouseEvent) => {
      const td = cellOf(e);
      if (!td) return;
      inputRef.current?.focus();
      if (td.dataset.addr === latest.current.selected) return latest.current.startEdit();
      editWhenSelected.current = td.dataset.addr!;
      latest.current.select(td.dataset.addr!);
    };
    area.addEventListener("mousedown", down);
    area.addEventListener("dblclick", dbl);
    return () => {
      area.removeEventListener("mousedown", down);
      area.removeEventListener("dblclick", dbl);
    };
  }, [areaRef]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (isComposing(e)) return;
    const arrow = ARROWS[e.key];
    if (!entry) {
      if (arrow) move(...arrow);
      else if (e.key === "Enter" || e.key === "F2") startEdit();
      else if (e.key === "Delete" && cell && (cell.value !== null || cell.formula)) port.editCell({ sheet: sheet.name, cell: selected }, null);
      else return;
      e.preventDefault();
      return;
    }
    if (e.key === "Enter" || e.key === "Tab") {
      commit();
      if (e.key === "Enter") move(e.shiftKey ? -1 : 1, 0);
      else move(0, e.shiftKey ? -1 : 1);
    } else if (e.key === "Escape") setEntry(null);
    else if (arrow && entry.mode === "enter") {
      commit();
      move(...arrow);
    } else return;
    e.preventDefault();
  };

  const label = lang === "ja" ? `セル ${selected}` : `Cell ${selected}`;
  return (
    <input
      ref={inputRef}
      className={mergeClasses(s.input, entry !== null && s.editing)}
      value={entry?.draft ?? ""}
      onChange={(e) => {
        const draft = e.target.value;
        // Typing (or an IME's first composed text) in ready mode starts an entry that replaces the cell.
        setEntry((prev) => (prev ? { ...prev, draft } : { mode: "enter", draft, original: editText(cell) }));
      }}
      onKeyDown={onKeyDown}
      onBlur={commit}
      onDoubleClick={startEdit}
      aria-label={label}
      title={entry ? undefined : label}
      autoComplete="off"
      spellCheck={false}
      data-testid="cell-editor"
      data-editing={entry ? entry.mode : undefined}
    />
  );
}
