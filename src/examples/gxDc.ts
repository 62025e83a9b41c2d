/**
 * gx-regional DC設備投資型 電力調達計画: a clean No1 plan (site and sources in 北海道, new sources via
 * CPPA for 90%, a tracked non-FIT menu for the rest) and a plan with typical mistakes.
 */
import { sheetFromCells } from "../rules/sheets/gridBuilder";
import type { CellValue, SheetGrid } from "../rules/sheets/types";
import type { Example, PlantedMistake } from "./types";

export const GX_SHEET = "電力調達計画";
/** Second plan of the faulty workbook (an alternative site). */
export const GX_SHEET_ALT = "電力調達計画（東京案）";

interface Facts {
  readonly 投資類型: string;
  readonly 企業規模: string;
  readonly 事業実施場所: string;
  readonly 年間使用電力量: number;
  readonly 補助対象経費: number;
  readonly 脱炭素電力供給地域: string;
}

type Source = readonly [電源種: string, 状態: string, 調達方法: string, 都道府県: string, 年間調達量: number, 契約期間: CellValue, メニュー種別: string | null];

const FACT_ROWS: readonly (keyof Facts)[] = ["投資類型", "企業規模", "事業実施場所", "年間使用電力量", "補助対象経費", "脱炭素電力供給地域"];
const FACT_LABELS: Readonly<Record<keyof Facts, string>> = {
  投資類型: "投資類型",
  企業規模: "企業規模",
  事業実施場所: "事業実施場所（都道府県）",
  年間使用電力量: "年間使用電力量（kWh）",
  補助対象経費: "補助対象経費（円）",
  脱炭素電力供給地域: "脱炭素電力供給地域",
};
const HEADER_ROW = 12;
const HEADERS = ["電源種", "状態", "調達方法", "都道府県", "年間調達量（kWh）", "契約期間（年）", "メニュー種別"];

/** 1-based sheet row of a fact's value (column B) and of source line i. */
export const gxLayout = {
  factRow: (k: keyof Facts): number => 3 + FACT_ROWS.indexOf(k),
  lineRow: (i: number): number => HEADER_ROW + 1 + i,
} as const;

function planSheet(name: string, facts: Facts, sources: readonly Source[]): SheetGrid {
  const cells: Record<string, CellValue> = { A1: "電力調達計画（GX地域共創補助金 電力要件・立地要件）" };
  const formats: Record<string, string> = {};
  for (const k of FACT_ROWS) {
    const r = gxLayout.factRow(k);
    cells[`A${r}`] = FACT_LABELS[k];
    cells[`B${r}`] = facts[k];
  }
  formats[`B${gxLayout.factRow("年間使用電力量")}`] = "#,##0";
  formats[`B${gxLayout.factRow("補助対象経費")}`] = "#,##0";
  HEADERS.forEach((h, i) => (cells[`${"ABCDEFG"[i]}${HEADER_ROW}`] = h));
  sources.forEach((s, i) => {
    const r = gxLayout.lineRow(i);
    s.forEach((v, c) => {
      if (v !== null) cells[`${"ABCDEFG"[c]}${r}`] = v;
    });
    formats[`E${r}`] = "#,##0";
  });
  const t = gxLayout.lineRow(sources.length);
  cells[`A${t}`] = "合計";
  cells[`E${t}`] = sources.reduce((s, x) => s + x[4], 0);
  formats[`E${t}`] = "#,##0";
  return sheetFromCells(name, cells, formats);
}

const TRACKED_MENU = "非FIT非化石証書（トラッキングあり）";

const CLEAN_FACTS: Facts = { 投資類型: "DC設備投資型", 企業規模: "大企業", 事業実施場所: "北海道石狩市", 年間使用電力量: 100_000_000, 補助対象経費: 30_000_000_000, 脱炭素電力供給地域: "該当" };
const CLEAN_SOURCES: readonly Source[] = [
  ["太陽光発電", "新設", "CPPA", "北海道", 60_000_000, 20, null],
  ["風力発電", "新設", "CPPA", "北海道", 30_000_000, 15, null],
  ["水力発電", "既設", "メニュー", "北海道", 10_000_000, 8, TRACKED_MENU],
];

export const gxDcClean: Example = {
  id: "gx-dc-clean",
  title: "GX DC設備投資型（No1）— 誤りのない電力調達計画",
  fileName: "gx-dc-clean.xlsx",
  workbook: { sheets: [planSheet(GX_SHEET, CLEAN_FACTS, CLEAN_SOURCES)] },
  planted: [],
};

/**
 * Mistakes, on two alternative plans the applicant is comparing (one sheet each): plan 1 has a 新設 CPPA for 10 years (15 required) and meets ② only
 * with menus in a prefecture that is not a 脱炭素電力供給地域; plan 2 puts the DC in 東京都 while the
 * sources are in 北海道.
 */
const FAULTY_SOURCES: readonly Source[] = [
  ["太陽光発電", "新設", "CPPA", "北海道", 30_000_000, 10, null],
  ["水力発電", "既設", "メニュー", "北海道", 40_000_000, 8, TRACKED_MENU],
  ["風力発電", "既設", "メニュー", "青森県", 30_000_000, 8, TRACKED_MENU],
];

const gxDcMistakesPlanted: readonly PlantedMistake[] = [
  { sheet: GX_SHEET, cell: `F${gxLayout.lineRow(0)}`, ruleId: "GX-CONTRACT-01", what: "新設電源のCPPAが10年（原則15年以上）" },
  { sheet: GX_SHEET, cell: `A${HEADER_ROW}`, ruleId: "GX-EXCL-01", what: "脱炭素電力供給地域でない電源立地都道府県で、メニューを含めて電力要件②を満たす計画（ケースA）" },
  { sheet: GX_SHEET_ALT, cell: `B${gxLayout.factRow("事業実施場所")}`, ruleId: "GX-LOC-02", what: "DCの事業実施場所（東京都）が電源立地都道府県（北海道）と異なる" },
];

export const gxDcMistakes: Example = {
  id: "gx-dc-mistakes",
  title: "GX DC設備投資型 — よくある誤りを含む電力調達計画",
  fileName: "gx-dc-mistakes.xlsx",
  workbook: {
    sheets: [
      planSheet(GX_SHEET, { ...CLEAN_FACTS, 脱炭素電力供給地域: "非該当" }, FAULTY_SOURCES),
      planSheet(GX_SHEET_ALT, { ...CLEAN_FACTS, 事業実施場所: "東京都千代田区" }, CLEAN_SOURCES),
    ],
  },
  planted: gxDcMistakesPlanted,
};
