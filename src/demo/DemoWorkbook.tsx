/**
 * The in-memory workbook of the demo page: sheet tabs, cells as text with their fills and note markers,
 * the selected cell highlighted, editable by hand like a spreadsheet (CellEditor). It re-renders
 * whenever the MemoryWorkbookPort changes.
 */
import { Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useSyncExternalStore } from "react";
import type { MemorySheet, MemoryWorkbookPort } from "../excel/memoryWorkbookPort";
import { fromA1, toA1 } from "../rules/sheets/types";
import { CellEditor } from "./CellEditor";
import { displayCell } from "./numberFormat";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, flex: 1, gap: tokens.spacingVerticalS },
  scroller: {
    flex: 1,
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  sheetArea: { position: "relative", width: "max-content" },
  // Separate borders (right and bottom of each cell): collapsed borders let scrolled cells show through the sticky headers.
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase, tableLayout: "fixed", cursor: "cell" },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 3,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  rowHead: { position: "sticky", left: 0, zIndex: 3, textAlign: "right", minWidth: "32px" },
  corner: { zIndex: 4 },
  cell: {
    position: "relative",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    maxWidth: "220px",
    minWidth: "56px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground1,
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  clipped: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  bold: { fontWeight: tokens.fontWeightSemibold },
  selected: { outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`, outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`, zIndex: 2 },
  noted: {
    "::after": {
      content: '""',
      position: "absolute",
      top: 0,
      right: 0,
      borderTop: `7px solid ${tokens.colorPaletteRedBorder2}`,
      borderLeft: "7px solid transparent",
    },
  },
});

/**
 * Most rows and columns drawn: one stray value at Z150000 must not build millions of table cells (the
 * page froze). Cells beyond stay in the workbook, are read and validated; the grid says they exist.
 */
export const DRAWN_ROWS = 1000;
export const DRAWN_COLS = 52;

/** Rows and columns to draw: the cells in use (and the selection) plus a margin, like a spreadsheet's visible area. */
export function extent(sheet: MemorySheet, selected: string): { rows: number; cols: number; clipped: boolean; usedRows: number; usedCols: number } {
  let rows = 0;
  let cols = 0;
  for (const a of [...Object.keys(sheet.cells), selected]) {
    const at = fromA1(a);
    if (!at) continue;
    rows = Math.max(rows, at.row + 1);
    cols = Math.max(cols, at.col + 1);
  }
  const want = { rows: Math.max(rows + 3, 20), cols: Math.max(cols + 1, 8) };
  return {
    rows: Math.min(want.rows, DRAWN_ROWS),
    cols: Math.min(want.cols, DRAWN_COLS),
    clipped: want.rows > DRAWN_ROWS || want.cols > DRAWN_COLS,
    usedRows: rows,
    usedCols: cols,
  };
}

export function DemoWorkbook({ port, lang = "ja" }: { port: MemoryWorkbookPort; lang?: "ja" | "en" }) {
  const s = useStyles();
  // Re-render on every change of the port (its version number moves); then read its state.
  const version = useSyncExternalStore(
    (cb) => port.subscribe(cb),
    () => port.version(),
  );
  const wb = port.snapshot();
  const active = wb.sheets.find((x) => x.name === wb.activeSheet) ?? wb.sheets[0];
  // Like Excel, a sheet always has a selected cell: A1 until the user or the add-in selects another.
  const selected = wb.selection && wb.selection.sheet === active?.name ? wb.selection.cell : "A1";
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const areaRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selected, active?.name]);

  if (!active) return null;
  const { rows, cols, clipped, usedRows, usedCols } = extent(active, selected);
  const lastCell = toA1(usedRows - 1, usedCols - 1);
  return (
    <section className={s.root} aria-label={lang === "ja" ? "ブック" : "Workbook"}>
      <TabList size="small" selectedValue={active.name} onTabSelect={(_, d) => port.activateSheet(String(d.value))} data-testid="sheet-tabs">
        {wb.sheets.map((sh) => (
          <Tab key={sh.name} value={sh.name}>
            {sh.name}
          </Tab>
        ))}
      </TabList>
      <div className={s.scroller}>
        <div className={s.sheetArea} ref={areaRef}>
          <table className={s.table} role="grid" aria-label={active.name} data-testid="grid" data-sheet={active.name}>
            <thead>
              <tr>
                <th className={mergeClasses(s.head, s.rowHead, s.corner)} />
                {Array.from({ length: cols }, (_, c) => (
                  <th key={c} className={s.head} scope="col">
                    {toA1(0, c).replace(/\d+$/, "")}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th className={mergeClasses(s.head, s.rowHead)} scope="row">
                    {r + 1}
                  </th>
                  {Array.from({ length: cols }, (_, c) => {
                    const addr = toA1(r, c);
                    const cell = active.cells[addr];
                    const isSel = selected === addr;
                    const text = cell ? displayCell(cell.value, cell.numberFormat) : "";
                    return (
                      <td
                        key={c}
                        ref={isSel ? selectedRef : undefined}
                        data-addr={addr}
                        data-selected={isSel || undefined}
                        data-fill={cell?.fill ?? undefined}
                        aria-selected={isSel || undefined}
                        title={cell?.note ?? (text.length > 12 ? text : undefined)}
                        className={mergeClasses(
                          s.cell,
                          typeof cell?.value === "number" && s.number,
                          !!cell?.bold && s.bold,
                          !!cell?.note && s.noted,
                          isSel && s.selected,
                        )}
                        style={cell?.fill ? { backgroundColor: cell.fill } : undefined}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <CellEditor port={port} sheet={active} selected={selected} areaRef={areaRef} version={version} lang={lang} />
        </div>
      </div>
      {clipped && (
        <p role="status" data-testid="grid-clipped" className={s.clipped}>
          {lang === "ja"
            ? `このシートは ${lastCell} まで使われています。表示は ${toA1(rows - 1, cols - 1)} までです（検証はすべてのセルを読みます）。`
            : `This sheet is used up to ${lastCell}; the grid shows up to ${toA1(rows - 1, cols - 1)} (validation reads every cell).`}
        </p>
      )}
    </section>
  );
}
