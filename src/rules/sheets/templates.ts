/**
 * Blank sheets laid out like the official forms (SPEC §5, §6 シートを用意, §7 gxdc template): a merged
 * title, the facts block, the header row the locators look for, the 別表第1 category rows of the
 * 経費内訳, a 合計 row and the summary block. Dropdown values are the accepted spellings of the
 * programs' alias tables (a test parses each one back).
 *
 * Layout rule: notes sit 5+ columns right of a fact label (or in rows of their own), so that an
 * empty value cell is never read as the note (facts.ts reads up to 4 cells to the right).
 */
import { EXPENSE_TAXONOMY } from "../programs/dc-zero/expenseTables";
import { DC_PROJECT_TYPES, DC_PROJECT_TYPE_JA } from "../programs/dc-zero/projectType";
import { CERTIFICATE_ALIASES, SOURCE_TYPE_ALIASES } from "../programs/gx-regional/sourceTypes";
import { PREFECTURES } from "../programs/gx-regional/prefectures";
import type { SheetKind } from "./report";
import type { SheetTemplate, TemplateCell, TemplateValidation } from "./templateTypes";
import { fromA1, type CellValue, type SheetGrid } from "./types";

export type TemplateProgram = SheetTemplate["program"];

const YEN = "#,##0";

type Style = TemplateCell["style"];
const cell = (address: string, value: TemplateCell["value"], style?: Style, numberFormat?: string): TemplateCell => ({
  address,
  value,
  ...(style && { style }),
  ...((style === "header" || style === "title") && { bold: true }),
  ...(numberFormat && { numberFormat }),
});
const header = (address: string, value: string): TemplateCell => cell(address, value, "header");
const input = (address: string, numberFormat?: string): TemplateCell => cell(address, null, "input", numberFormat);
const note = (address: string, value: string): TemplateCell => cell(address, value, "note");

/** 事業区分 values as printed (新設, 改修, 移設, コンテナ). */
const DC_TYPES = DC_PROJECT_TYPES.map((t) => DC_PROJECT_TYPE_JA[t]);
const CATEGORIES = EXPENSE_TAXONOMY.value.map((c) => c.name);
const RATE_CLASSES = ["1/2", "1/3"];
const YES_NO = ["該当", "非該当"];

// ---------------------------------------------------------------- 別紙2 経費内訳 (dc-zero)

const EXPENSE_COLUMNS = ["年度", "区分", "費目", "細分", "内容", "数量", "単位", "金額（円）", "補助対象経費（円）", "補助率区分"] as const;
const EXPENSE_HEADER_ROW = 5;

function expenseTemplate(): SheetTemplate {
  const rows = EXPENSE_TAXONOMY.value.flatMap((c) =>
    c.items.flatMap((i) => (i.subItems.length > 0 && c.name !== "事務費" ? i.subItems.map((s) => [c.name, i.name, s.name]) : [[c.name, i.name, null]])),
  );
  const first = EXPENSE_HEADER_ROW + 1;
  const last = first + rows.length - 1;
  const total = last + 1;
  const cells: TemplateCell[] = [
    cell("A1", "別紙2　経費内訳", "title"),
    note("I2", "（単位：円）"),
    header("A3", "事業区分"),
    input("B3"),
    note("F3", "新設 / 改修 / 移設 / コンテナ。新設・改修で2年度にわたる場合は年度の列に年度を記入"),
    ...EXPENSE_COLUMNS.map((h, i) => header(`${col(i)}${EXPENSE_HEADER_ROW}`, h)),
  ];
  rows.forEach(([category, item, subItem], k) => {
    const r = first + k;
    cells.push(input(`A${r}`), cell(`B${r}`, category, "input"), cell(`C${r}`, item, "input"), cell(`D${r}`, subItem, "input"));
    cells.push(input(`E${r}`), input(`F${r}`, "#,##0.##"), input(`G${r}`), input(`H${r}`, YEN), input(`I${r}`, YEN), input(`J${r}`, "@"));
  });
  cells.push(
    cell(`B${total}`, "合計", "header"),
    cell(`H${total}`, `=SUM(H${first}:H${last})`, "computed", YEN),
    cell(`I${total}`, `=SUM(I${first}:I${last})`, "computed", YEN),
  );
  const s = total + 2;
  cells.push(
    header(`E${s}`, "総事業費"),
    cell(`H${s}`, `=H${total}`, "computed", YEN),
    header(`E${s + 1}`, "補助対象経費"),
    cell(`H${s + 1}`, `=I${total}`, "computed", YEN),
    header(`E${s + 2}`, "事務費"),
    cell(`H${s + 2}`, `=SUMIF(B${first}:B${last},"事務費",I${first}:I${last})`, "computed", YEN),
    header(`E${s + 3}`, "補助金所要額"),
    input(`H${s + 3}`, YEN),
    note(`E${s + 4}`, "年度ごとの補助金所要額は「補助金所要額（2026年度）」のように年度を付けた行を追加してください"),
  );
  return {
    kind: "dc-expenses",
    program: "dc-zero",
    sheetName: "別紙2 経費内訳",
    cells,
    columnWidths: { A: 10, B: 10, C: 14, D: 14, E: 40, F: 8, G: 8, H: 16, I: 18, J: 11 },
    merges: ["A1:J1", "B3:C3", `B${total}:G${total}`],
    validations: [
      list("B3", DC_TYPES),
      list(`B${first}:B${last + 40}`, CATEGORIES),
      list(`J${first}:J${last + 40}`, RATE_CLASSES),
    ],
    freezeRows: EXPENSE_HEADER_ROW,
  };
}

// ---------------------------------------------------------------- 別紙1 実施計画書 指標 (dc-zero)

function indicatorTemplate(): SheetTemplate {
  const facts: [string, string | undefined, string][] = [
    ["事業区分", undefined, "新設 / 改修 / 移設 / コンテナ"],
    ["PUE", "0.00", "事業所のエネルギー使用量 ÷ ICT機器のエネルギー使用量（DC-MOVE-REQ-02）"],
    ["再エネ率", "0.0%", "新規導入の再エネ発電設備による供給量 ÷ 使用電力量（新設の要件, DC-NEW-REQ-01）"],
    ["全再エネ率", "0.0%", "(新規導入の再エネ + 再エネ由来の購入電力 + 証書) ÷ 使用電力量（DC-RATIO-01, =DC.TOTALRESHARE で計算可）"],
    ["再エネ設備導入開始日", "yyyy/m/d", "新規導入の再エネ発電設備の設備導入開始日。原則として公募開始日以降（DC-EQ-06）"],
    ["想定稼働率", "0.0%", "審査での評価に用いる稼働率（DC-REV-03）"],
    ["年間CO2削減量（t-CO2/年）", "#,##0.0", "エネルギー起源CO2の年間削減量"],
    ["法定耐用年数（年）", "0", "主たる設備の法定耐用年数"],
    ["補助対象経費（円）", YEN, "経費内訳の補助対象経費の支出予定額（コンテナのCO2削減コスト, DC-CONT-REQ-06）"],
  ];
  const cells: TemplateCell[] = [cell("A1", "別紙1　実施計画書（指標）", "title")];
  facts.forEach(([label, fmt, hint], i) => {
    const r = 3 + i;
    cells.push(header(`A${r}`, label), input(`B${r}`, fmt), note(`F${r}`, hint));
  });
  return {
    kind: "dc-plan-indicators",
    program: "dc-zero",
    sheetName: "別紙1 実施計画書 指標",
    cells,
    columnWidths: { A: 26, B: 16, C: 4, D: 4, E: 4, F: 60 },
    merges: ["A1:F1", ...facts.map((_, i) => `B${3 + i}:E${3 + i}`)],
    validations: [list("B3", DC_TYPES)],
  };
}

// ---------------------------------------------------------------- 電力調達計画 (gx-regional)

const POWER_COLUMNS = ["電源種", "状態", "調達方法", "都道府県", "年間調達量（kWh）", "契約期間（年）", "メニュー種別", "合理的例外", "FIT/FIP認定"] as const;
const POWER_HEADER_ROW = 12;
const POWER_LINES = 20;

function powerPlanTemplate(): SheetTemplate {
  const facts: [string, string | undefined, readonly string[] | null, string][] = [
    ["投資類型", undefined, ["製造設備投資型", "DC設備投資型"], "製造設備投資型 / DC設備投資型"],
    ["企業規模", undefined, ["大企業", "中堅企業", "中小企業"], "みなし大企業は大企業（GX-SIZE-01）"],
    ["事業実施場所（都道府県）", undefined, PREFECTURES, "設備投資を行う事業実施場所の都道府県"],
    ["年間使用電力量（kWh）", YEN, null, "事業実施場所で通年で使用する電力量"],
    ["補助対象経費（円）", YEN, null, "支援対象となる投資額（GX-MININV-01）"],
    ["脱炭素電力供給地域", undefined, YES_NO, "電源立地都道府県が脱炭素電力供給地域か（公募要領の指定, AMB-25）"],
    ["立地要件②（地域貢献）", undefined, YES_NO, "製造設備投資型で企業版ふるさと納税等により地域貢献する場合は該当"],
  ];
  const cells: TemplateCell[] = [cell("A1", "電力調達計画（GX地域共創補助金 電力要件・立地要件）", "title")];
  const validations: TemplateValidation[] = [];
  facts.forEach(([label, fmt, values, hint], i) => {
    const r = 3 + i;
    cells.push(header(`A${r}`, label), input(`B${r}`, fmt), note(`F${r}`, hint));
    if (values) validations.push(list(`B${r}`, values));
  });
  POWER_COLUMNS.forEach((h, i) => cells.push(header(`${col(i)}${POWER_HEADER_ROW}`, h)));
  const first = POWER_HEADER_ROW + 1;
  const last = first + POWER_LINES - 1;
  for (let r = first; r <= last; r++) {
    POWER_COLUMNS.forEach((_, i) => cells.push(input(`${col(i)}${r}`, i === 4 ? YEN : i === 5 ? "0" : undefined)));
  }
  cells.push(cell(`A${last + 1}`, "合計", "header"), cell(`E${last + 1}`, `=SUM(E${first}:E${last})`, "computed", YEN));
  const sources = [...Object.values(SOURCE_TYPE_ALIASES).map((a) => a[0]), ...Object.values(CERTIFICATE_ALIASES).map((a) => a[0])];
  validations.push(
    list(`A${first}:A${last}`, sources),
    list(`B${first}:B${last}`, ["新設", "リプレース", "再稼働", "既設", "大規模改修", "改修"]),
    list(`C${first}:C${last}`, ["自家発", "CPPA", "メニュー", "証書"]),
    list(`D${first}:D${last}`, PREFECTURES),
    list(`H${first}:H${last}`, YES_NO),
    list(`I${first}:I${last}`, ["認定済", "予定", "なし"]),
  );
  return {
    kind: "gx-power-plan",
    program: "gx-regional",
    sheetName: "電力調達計画",
    cells,
    columnWidths: { A: 24, B: 12, C: 12, D: 12, E: 18, F: 14, G: 28, H: 12, I: 12 },
    merges: ["A1:I1", ...facts.map((_, i) => `B${3 + i}:C${3 + i}`)],
    validations,
    freezeRows: POWER_HEADER_ROW,
  };
}

// ---------------------------------------------------------------- 別紙1 費用明細表 / 別紙2 設備投資合算表 (meti-cloud)

const SECONDARY = "様式の列構成は二次資料（第三者レポート）からの推定です。公式の様式で確認してください。";

function cloudCostTemplate(): SheetTemplate {
  const headerRow = 4;
  const first = headerRow + 1;
  const last = first + 19;
  const cols = ["項目", "拠点", "数量", "単価（円）", "金額（円）", "備考"];
  const cells: TemplateCell[] = [cell("A1", "別紙1　費用明細表", "title"), note("A2", SECONDARY), ...cols.map((h, i) => header(`${col(i)}${headerRow}`, h))];
  for (let r = first; r <= last; r++) {
    cells.push(input(`A${r}`), input(`B${r}`), input(`C${r}`, "#,##0.##"), input(`D${r}`, YEN), input(`E${r}`, YEN), input(`F${r}`));
  }
  cells.push(cell(`A${last + 1}`, "合計", "header"), cell(`E${last + 1}`, `=SUM(E${first}:E${last})`, "computed", YEN));
  return {
    kind: "cloud-cost",
    program: "meti-cloud",
    sheetName: "別紙1 費用明細表",
    cells,
    columnWidths: { A: 28, B: 16, C: 8, D: 16, E: 18, F: 24 },
    merges: ["A1:F1", "A2:F2"],
    validations: [],
    freezeRows: headerRow,
  };
}

function cloudCapexTemplate(): SheetTemplate {
  const headerRow = 4;
  const first = headerRow + 1;
  const last = first + 9;
  const cols = ["拠点", "所在地", "設備投資額（円）", "備考"];
  const cells: TemplateCell[] = [cell("A1", "別紙2　設備投資合算表", "title"), note("A2", SECONDARY), ...cols.map((h, i) => header(`${col(i)}${headerRow}`, h))];
  for (let r = first; r <= last; r++) cells.push(input(`A${r}`), input(`B${r}`), input(`C${r}`, YEN), input(`D${r}`));
  cells.push(cell(`A${last + 1}`, "合計", "header"), cell(`C${last + 1}`, `=SUM(C${first}:C${last})`, "computed", YEN));
  return {
    kind: "cloud-capex",
    program: "meti-cloud",
    sheetName: "別紙2 設備投資合算表",
    cells,
    columnWidths: { A: 24, B: 24, C: 20, D: 24 },
    merges: ["A1:D1", "A2:D2"],
    validations: [],
    freezeRows: headerRow,
  };
}

// ---------------------------------------------------------------- public API

/** Every template, in the order `gxdc template all` writes them. */
export const TEMPLATES: readonly SheetTemplate[] = [expenseTemplate(), indicatorTemplate(), powerPlanTemplate(), cloudCostTemplate(), cloudCapexTemplate()];

/** The templates of one program, or all of them. */
export function templatesFor(program: TemplateProgram | "all"): SheetTemplate[] {
  return TEMPLATES.filter((t) => program === "all" || t.program === program);
}

export function templateOf(kind: SheetKind): SheetTemplate {
  const t = TEMPLATES.find((x) => x.kind === kind);
  if (!t) throw new RangeError(`no template for ${kind}`);
  return t;
}

/**
 * The template as the grid a freshly written file reads back as: formulas have no cached result
 * yet, so they read as blank (Excel computes them when the file is opened).
 */
export function templateToGrid(t: SheetTemplate): SheetGrid {
  const at = t.cells.map((c) => ({ p: fromA1(c.address), c }));
  const rows = at.map((x) => x.p?.row ?? 0);
  const cols = at.map((x) => x.p?.col ?? 0);
  const r0 = Math.min(...rows);
  const c0 = Math.min(...cols);
  const values: CellValue[][] = Array.from({ length: Math.max(...rows) - r0 + 1 }, () => Array<CellValue>(Math.max(...cols) - c0 + 1).fill(null));
  const formats: string[][] = values.map((r) => r.map(() => "General"));
  for (const { p, c } of at) {
    if (!p) continue;
    const isFormula = typeof c.value === "string" && c.value.startsWith("=");
    values[p.row - r0][p.col - c0] = isFormula ? null : c.value;
    if (c.numberFormat) formats[p.row - r0][p.col - c0] = c.numberFormat;
  }
  return { name: t.sheetName, values, numberFormats: formats, rowOffset: r0, colOffset: c0 };
}

function list(range: string, values: readonly string[]): TemplateValidation {
  return { range, list: values };
}

function col(i: number): string {
  return String.fromCharCode(65 + i);
}
