/**
 * dc-zero 新設 application over two 年度 (2024, 2025): 別紙2 経費内訳 with a 合計 row and the summary
 * block, and 別紙1 実施計画書 指標. The clean version validates without error; the faulty one plants
 * the typical mistakes listed in `planted`.
 *
 * Amounts of the clean version (yen): 2024 eligible 236,000,000 — 1/3 items (太陽光, 120,000,000) and
 * 1/2 items (116,000,000) → 補助金所要額 98,000,000; 2025 eligible 135,300,000 — 1/3 (空調, 120,000,000)
 * and 1/2 (15,300,000) → 47,650,000.
 */
import { sheetFromCells } from "../rules/sheets/gridBuilder";
import type { CellValue, WorkbookGrid } from "../rules/sheets/types";
import type { Example, PlantedMistake } from "./types";

export const DC_EXPENSE_SHEET = "別紙2 経費内訳";
export const DC_INDICATOR_SHEET = "別紙1 実施計画書 指標";

interface Line {
  readonly year?: number;
  readonly category?: string;
  readonly item?: string;
  readonly subItem?: string;
  readonly description: string;
  readonly quantity?: CellValue;
  readonly unit?: string;
  readonly amount: CellValue;
  readonly eligible: CellValue;
  readonly rate: string;
}

/** Lines as typed: 年度 and 区分 written once per block, as in a form with merged cells. */
const CLEAN_LINES: readonly Line[] = [
  { year: 2024, category: "工事費", item: "本工事費", subItem: "材料費", description: "太陽光発電設備 架台・配線材料", amount: 30_000_000, eligible: 30_000_000, rate: "1/3" },
  { subItem: "労務費", description: "太陽光発電設備 設置工事", amount: 10_000_000, eligible: 10_000_000, rate: "1/3" },
  { item: "付帯工事費", description: "既存設備撤去工事", amount: 2_000_000, eligible: 0, rate: "1/2" },
  { category: "設備費", item: "設備費", description: "太陽光パネル 500kW", amount: 80_000_000, eligible: 80_000_000, rate: "1/3" },
  { description: "定置用蓄電池（業務・産業用）", quantity: 1000, unit: "kWh", amount: 110_000_000, eligible: 110_000_000, rate: "1/2" },
  { category: "業務費", item: "業務費", description: "エネルギーマネジメントシステム設計費", amount: 5_000_000, eligible: 5_000_000, rate: "1/2" },
  { category: "事務費", item: "事務費", subItem: "旅費", description: "現地打合せ旅費", amount: 1_000_000, eligible: 1_000_000, rate: "1/2" },
  { year: 2025, category: "設備費", item: "設備費", description: "高効率空調設備（間接外気冷房）", amount: 120_000_000, eligible: 120_000_000, rate: "1/3" },
  { category: "工事費", item: "付帯工事費", description: "受変電設備 付帯配線工事", amount: 15_000_000, eligible: 15_000_000, rate: "1/2" },
  { category: "事務費", item: "事務費", subItem: "消耗品費及備品購入費", description: "事務用品", amount: 300_000, eligible: 300_000, rate: "1/2" },
];

const HEADER_ROW = 5;
const FIRST_LINE = HEADER_ROW + 1;
const HEADERS = ["年度", "区分", "費目", "細分", "内容", "数量", "単位", "金額（円）", "補助対象経費（円）", "補助率区分"];
const COLS = "ABCDEFGHIJ";

/** Sheet row (1-based) of line i, of the 合計 row and of the summary figures. */
export const dcLayout = {
  lineRow: (i: number): number => FIRST_LINE + i,
  totalRow: FIRST_LINE + CLEAN_LINES.length,
  summaryRow: (k: "総事業費" | "補助対象経費" | "事務費" | "2024" | "2025"): number =>
    FIRST_LINE + CLEAN_LINES.length + 2 + ["総事業費", "補助対象経費", "事務費", "2024", "2025"].indexOf(k),
} as const;

interface Sheet {
  cells: Record<string, CellValue>;
  formats: Record<string, string>;
}

function expenseSheet(lines: readonly Line[], summary: Readonly<Record<"総事業費" | "補助対象経費" | "事務費" | "2024" | "2025", CellValue>>, total: { amount: CellValue; eligible: CellValue }): Sheet {
  const cells: Record<string, CellValue> = {
    A1: "別紙2　経費内訳",
    I2: "（単位：円）",
    A3: "事業区分",
    B3: "新設",
    A4: "事業者名",
    B4: "株式会社サンプルデータセンター",
  };
  const formats: Record<string, string> = {};
  HEADERS.forEach((h, i) => (cells[`${COLS[i]}${HEADER_ROW}`] = h));
  lines.forEach((l, i) => {
    const r = dcLayout.lineRow(i);
    const put = (c: string, v: CellValue | undefined): void => {
      if (v !== undefined) cells[`${c}${r}`] = v;
    };
    put("A", l.year);
    put("B", l.category);
    put("C", l.item);
    put("D", l.subItem);
    put("E", l.description);
    put("F", l.quantity);
    put("G", l.unit);
    put("H", l.amount);
    put("I", l.eligible);
    put("J", l.rate);
    formats[`H${r}`] = "#,##0";
    formats[`I${r}`] = "#,##0";
    formats[`J${r}`] = "@";
  });
  const t = dcLayout.totalRow;
  cells[`B${t}`] = "合計";
  cells[`H${t}`] = total.amount;
  cells[`I${t}`] = total.eligible;
  const labels: Readonly<Record<keyof typeof summary, string>> = {
    総事業費: "総事業費",
    補助対象経費: "補助対象経費",
    事務費: "事務費",
    "2024": "補助金所要額（2024年度）",
    "2025": "補助金所要額（2025年度）",
  };
  for (const k of Object.keys(labels) as (keyof typeof summary)[]) {
    const r = dcLayout.summaryRow(k);
    cells[`E${r}`] = labels[k];
    cells[`H${r}`] = summary[k];
    formats[`H${r}`] = "#,##0";
  }
  return { cells, formats };
}

function indicatorSheet(reShare: number): Sheet {
  return {
    cells: {
      A1: "別紙1　実施計画書（指標）",
      A3: "事業区分",
      B3: "新設",
      A4: "PUE",
      B4: 1.25,
      A5: "再エネ率",
      B5: reShare,
      A6: "想定稼働率",
      B6: 0.7,
      A7: "年間CO2削減量（t-CO2/年）",
      B7: 1200,
      A8: "法定耐用年数（年）",
      B8: 15,
      A9: "補助対象経費（円）",
      B9: 371_300_000,
    },
    formats: { B5: "0.0%", B6: "0.0%", B9: "#,##0" },
  };
}

function workbook(expenses: Sheet, indicators: Sheet): WorkbookGrid {
  return {
    sheets: [sheetFromCells(DC_EXPENSE_SHEET, expenses.cells, expenses.formats), sheetFromCells(DC_INDICATOR_SHEET, indicators.cells, indicators.formats)],
  };
}

const CLEAN_SUMMARY = { 総事業費: 373_300_000, 補助対象経費: 371_300_000, 事務費: 1_300_000, "2024": 98_000_000, "2025": 47_650_000 } as const;

export const dcNewClean: Example = {
  id: "dc-new-clean",
  title: "DC 新設（2年度）— 誤りのない申請",
  fileName: "dc-new-clean.xlsx",
  workbook: workbook(expenseSheet(CLEAN_LINES, CLEAN_SUMMARY, { amount: 373_300_000, eligible: 371_300_000 }), indicatorSheet(0.15)),
  planted: [],
};

// ---------------------------------------------------------------- the same with typical mistakes

const idx = (description: string): number => CLEAN_LINES.findIndex((l) => l.description === description);
const REMOVAL = idx("既存設備撤去工事");
const DESIGN = idx("エネルギーマネジメントシステム設計費");
const ADMIN_2025 = idx("事務用品");
const BATTERY = idx("定置用蓄電池（業務・産業用）");
const PV_MATERIAL = idx("太陽光発電設備 架台・配線材料");
const PV_LABOUR = idx("太陽光発電設備 設置工事");

const FAULTY_LINES: readonly Line[] = CLEAN_LINES.map((l, i) => {
  switch (i) {
    case REMOVAL:
      return { ...l, eligible: 2_000_000 }; // 撤去費 counted as eligible
    case DESIGN:
      return { ...l, eligible: 6_000_000 }; // 補助対象経費 > 金額
    case ADMIN_2025:
      return { ...l, amount: 9_000_000, eligible: 9_000_000 }; // 事務費 above the 2025 ceiling
    case BATTERY:
      return { ...l, amount: 150_000_000, eligible: 150_000_000 }; // 150,000 円/kWh
    case PV_MATERIAL:
      return { ...l, amount: "３０，０００，０００" }; // full-width digits typed as text
    case PV_LABOUR:
      return { ...l, eligible: "10,000,000" }; // a number stored as text
    default:
      return l;
  }
});

const cellOf = (col: string, row: number): string => `${col}${row}`;

const dcNewMistakesPlanted: readonly PlantedMistake[] = [
  { sheet: DC_EXPENSE_SHEET, cell: cellOf("I", dcLayout.lineRow(REMOVAL)), ruleId: "DC-EXP-03", what: "補助対象外の撤去費を補助対象経費に計上" },
  { sheet: DC_EXPENSE_SHEET, cell: cellOf("I", dcLayout.lineRow(DESIGN)), ruleId: "DC-EXP-01", what: "補助対象経費が金額を超えている" },
  { sheet: DC_EXPENSE_SHEET, cell: cellOf("I", dcLayout.lineRow(ADMIN_2025)), ruleId: "MOE-ADMIN-01", what: "2025年度の事務費が上限を超えている" },
  { sheet: DC_EXPENSE_SHEET, cell: cellOf("H", dcLayout.totalRow), ruleId: "DC-EXP-04", what: "合計の金額が明細の合計と一致しない" },
  { sheet: DC_INDICATOR_SHEET, cell: "B5", ruleId: "DC-NEW-REQ-01", what: "再エネ率 8%（新設は要件を満たさない）" },
  { sheet: DC_EXPENSE_SHEET, cell: cellOf("H", dcLayout.lineRow(PV_MATERIAL)), ruleId: "SHEET-NUM-01", what: "全角数字の文字列で入力された金額" },
  { sheet: DC_EXPENSE_SHEET, cell: cellOf("I", dcLayout.lineRow(PV_LABOUR)), ruleId: "SHEET-NUM-01", what: "文字列として入力された数値" },
  { sheet: DC_EXPENSE_SHEET, cell: cellOf("H", dcLayout.summaryRow("総事業費")), ruleId: "SHEET-CELL-01", what: "総事業費のセルが #REF! エラー" },
  { sheet: DC_EXPENSE_SHEET, cell: cellOf("H", dcLayout.lineRow(BATTERY)), ruleId: "DC-BATT-01", what: "蓄電池が目標価格（工事費込み）を超えている" },
];

export const dcNewMistakes: Example = {
  id: "dc-new-mistakes",
  title: "DC 新設（2年度）— よくある誤りを含む申請",
  fileName: "dc-new-mistakes.xlsx",
  workbook: workbook(
    expenseSheet(FAULTY_LINES, { ...CLEAN_SUMMARY, 総事業費: { error: "#REF!" } }, { amount: 373_300_000, eligible: 371_300_000 }),
    indicatorSheet(0.08),
  ),
  planted: dcNewMistakesPlanted,
};
