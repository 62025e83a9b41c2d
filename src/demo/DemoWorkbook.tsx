/**
 * The in-memory workbook of the demo page: sheet tabs, cells as text with their fills and note markers,
 * the selected cell highlighted. It re-renders whenever the MemoryWorkbookPort changes.
 */
import { Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useSyncExternalStore } from "react";
import type { MemorySheet, MemoryWorkbookPort } from "../excel/memoryWorkbookPort";
import { fromA1, toA1 } from "../rules/sheets/types";
import { displayCell } from "./numberFormat";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, flex: 1, gap: tokens.spacingVerticalS },
  scroller: {
    flex: 1,
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase, tableLayout: "fixed" },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  rowHead: { position: "sticky", left: 0, zIndex: 1, textAlign: "right", minWidth: "32px" },
  cell: {
    position: "relative",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    maxWidth: "220px",
    minWidth: "56px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground1,
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
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

/** Rows and columns to draw: the cells in use plus a margin, like a spreadsheet's visible area. */
function extent(sheet: MemorySheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const a of Object.keys(sheet.cells)) {
    const at = fromA1(a);
    if (!at) continue;
    rows = Math.max(rows, at.row + 1);
    cols = Math.max(cols, at.col + 1);
  }
  return { rows: Math.max(rows + 3, 20), cols: Math.max(cols + 1, 8) };
}

export function DemoWorkbook({ port }: { port: MemoryWorkbookPort }) {
  const s = useStyles();
  // Re-render on every change of the port (its version number moves); then read its state.
  useSyncExternalStore(
    (cb) => port.subscribe(cb),
    () => port.version(),
  );
  const wb = port.snapshot();
  const active = wb.sheets.find((x) => x.name === wb.activeSheet) ?? wb.sheets[0];
  const selected = wb.selection && wb.selection.sheet === active?.name ? wb.selection.cell : null;
  const selectedRef = useRef<HTMLTableCellElement | null>(null);

  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selected, active?.name]);

  if (!active) return null;
  const { rows, cols } = extent(active);
  return (
    <section className={s.root} aria-label="workbook">
      <TabList size="small" selectedValue={active.name} onTabSelect={(_, d) => port.activateSheet(String(d.value))} data-testid="sheet-tabs">
        {wb.sheets.map((sh) => (
          <Tab key={sh.name} value={sh.name}>
            {sh.name}
          </Tab>
        ))}
      </TabList>
      <div className={s.scroller}>
        <table className={s.table} data-testid="grid" data-sheet={active.name}>
          <thead>
            <tr>
              <th className={mergeClasses(s.head, s.rowHead)} />
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
      </div>
    </section>
  );
}
