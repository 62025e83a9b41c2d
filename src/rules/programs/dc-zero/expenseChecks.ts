/**
 * The checks of the 経費内訳 evaluation (evaluateExpenses.ts), one function each: amounts of a line,
 * ineligible items and 補助率区分, battery target price and 家庭用 SII registration, project period,
 * 合計/小計, declared summary.
 */
import { Fraction } from "../../lib/fraction";
import { yen } from "../../lib/amounts";
import { batteryCheck, BATTERY_CLASS_JA } from "./battery";
import { isBatteryInstallation, readBatteryLine } from "./batteryLine";
import { parseRateClassText, type ExpenseClassification } from "./classifyExpense";
import type { ExpenseCategory } from "./expenseTables";
import type { DcZeroParams } from "./params";
import { DC_PROJECT_TYPE_JA } from "./projectType";
import type { DcProjectType, DeclaredAmount, ExpenseField, ExpenseIssue, ExpenseLine, ExpenseSheetInput, SummaryField } from "./sheetTypes";
import type { RateClass, SubsidyBreakdown } from "./subsidy";
import { resolveTaxonomy } from "./taxonomy";

/** Records an issue (the evaluator adds the citation). */
export type Add = (row: number | null, field: ExpenseField | SummaryField | null, severity: ExpenseIssue["severity"], ruleId: string, message: string) => void;

/** Recent exact amounts by value: a line's amounts are read by several checks, and amounts repeat. Fractions are immutable. */
const YEN_MEMO_LIMIT = 1_000;
const yenMemo = new Map<number, Fraction>();
const ZERO_YEN = Fraction.of(0);

/** Exact yen of a cell value; blank counts as 0. */
export function exactYen(n: number | null): Fraction {
  if (n === null || !Number.isFinite(n)) return ZERO_YEN;
  let f = yenMemo.get(n);
  if (f === undefined) {
    if (yenMemo.size >= YEN_MEMO_LIMIT) yenMemo.clear();
    f = Fraction.fromDecimal(n);
    yenMemo.set(n, f);
  }
  return f;
}
/** declared − computed; the source states no rounding (AMB-30), so any difference is reported. */
const differsBy = (declared: number, computed: Fraction): Fraction => Fraction.fromDecimal(declared).sub(computed);
const ONE_YEN = Fraction.of(1);

export function checkAmounts(line: ExpenseLine, add: Add): void {
  const { amountYen: amount, eligibleYen: eligible } = line;
  if (amount !== null && amount < 0) add(line.row, "amountYen", "error", "DC-EXP-01", `金額が負の値（${yen(amount)}）です。金額は0円以上で記入してください（DC-EXP-01）。`);
  if (eligible !== null && eligible < 0) add(line.row, "eligibleYen", "error", "DC-EXP-01", `補助対象経費が負の値（${yen(eligible)}）です。0円以上で記入してください（DC-EXP-01）。`);
  if (amount !== null && eligible !== null && eligible > amount) {
    add(line.row, "eligibleYen", "error", "DC-EXP-01", `補助対象経費（${yen(eligible)}）が金額（${yen(amount)}）を超えています。補助対象経費は金額の内数です（DC-EXP-01）。`);
  }
  if (amount !== null && amount > 0 && eligible === null) {
    add(line.row, "eligibleYen", "warning", "DC-EXP-01", "補助対象経費が空欄のため0円として集計しました。補助対象外なら0を、対象なら金額を記入してください（DC-EXP-01）。");
  }
}

/**
 * An ineligible or excluded item counted as eligible (DC-EXP-02/03, DC-*-EXCL-01), and a 1/3-rate item
 * typed at 1/2 (AMB-35).
 */
export function checkClassification(
  line: ExpenseLine,
  cls: ExpenseClassification | null,
  declaredRate: RateClass | null,
  category: ExpenseCategory | null,
  type: DcProjectType | null,
  params: DcZeroParams,
  add: Add,
): void {
  if (cls === null) return;
  const description = line.description?.trim() ?? "";
  const m = cls.match;
  if (m && exactYen(line.eligibleYen).num > 0n) {
    add(
      line.row,
      "eligibleYen",
      m.severity,
      m.ruleId,
      m.severity === "error"
        ? `「${description}」は「${m.labelJa}」に当たり補助対象外です（該当語「${m.keyword}」）。補助対象経費を0円にしてください（${m.ruleId}）。`
        : `「${description}」は「${m.labelJa}」の可能性があります（該当語「${m.keyword}」）。補助対象となる用途であることを確認してください（${m.ruleId}）。`,
    );
  }
  const rule = type === null ? null : params.rate[type];
  if (rule && rule.value.lower !== null && declaredRate === "standard" && cls.rateMatch && category !== "事務費") {
    add(
      line.row,
      "rateClass",
      "warning",
      rule.ruleId,
      `「${description}」は${cls.rateMatch.labelJa}（該当語「${cls.rateMatch.keyword}」）に当たり、補助率は${rule.value.lower}です。補助率区分が${rule.value.standard}になっています（${rule.ruleId}）。`,
    );
  }
}

/** The 補助率区分 typed on the line (null when blank or unreadable; unreadable → warning). */
export function rateClassOf(line: ExpenseLine, type: DcProjectType | null, params: DcZeroParams, add: Add): RateClass | null {
  if (line.rateClass === null || line.rateClass.trim() === "") return null;
  const rule = params.rate[type ?? "new"];
  const declared = parseRateClassText(line.rateClass);
  if (declared === null) {
    add(line.row, "rateClass", "warning", rule.ruleId, `補助率区分「${line.rateClass}」を読めません。"1/2" 又は "1/3"（太陽光・空調等）で記入してください（${rule.ruleId}）。`);
    return null;
  }
  if (type !== null && rule.value.lower === null && declared === "standard") {
    add(line.row, "rateClass", "warning", rule.ruleId, `${DC_PROJECT_TYPE_JA[type]}の補助率は一律${rule.value.standard}です。補助率区分が「${line.rateClass}」になっています（${rule.ruleId}）。`);
  }
  return declared;
}

/**
 * Battery line: 家庭用 needs SII registration (DC-BATT-02, warning — the workbook cannot show it) and the
 * target price (DC-BATT-01). Returns false when the line is a battery whose capacity could not be read.
 */
/** Installation lines (据付・設置工事 …) of the batteries of a 年度: their sum, and whether one battery line owns them. */
export interface BatteryInstallation {
  readonly yen: number;
  readonly rows: readonly number[];
  /** false: several battery lines share the 年度, so the installation cannot be assigned to one. */
  readonly assignable: boolean;
}

export function batteryLine(line: ExpenseLine, type: DcProjectType, ineligible: boolean, params: DcZeroParams, add: Add, installation?: BatteryInstallation): boolean {
  if (type === "relocation" || ineligible) return true;
  const battery = readBatteryLine(line, params);
  if (battery === null) return true;
  const ruleIdB = params.batteryItems.ruleId;
  if (installation && installation.rows.length > 0 && !installation.assignable && line.amountYen !== null && line.amountYen > 0) {
    add(
      line.row,
      "amountYen",
      "warning",
      ruleIdB,
      `蓄電池の据付・設置工事の行（${installation.rows.length}行、${yen(installation.yen)}）がありますが、蓄電池の行が複数あるため振り分けられません。目標価格は工事費込みのため、本体価格だけの比較では超過を見落とすおそれがあります。工事費を含めた価格を確認してください（${ruleIdB}）。`,
    );
  }
  if (battery.batteryClass === "household" && exactYen(line.eligibleYen).num > 0n) {
    const sii = params.batterySiiRegistry;
    add(
      line.row,
      "description",
      "warning",
      sii.ruleId,
      `家庭用の蓄電池は、申請時点で国の補助事業の補助対象機器として一般社団法人 環境共創イニシアチブ（SII）に登録されている製品に限ります。製品が登録済みであることを確認し（${sii.value}）、その記録を保存してください（${sii.ruleId}）。`,
    );
  }
  if (line.amountYen === null || line.amountYen <= 0) return true;
  const ruleId = params.batteryItems.ruleId;
  if (battery.capacityKWh === null) {
    add(line.row, "description", "info", ruleId, `蓄電池の容量（kWh）を数量・単位の列からも内容からも読み取れないため、目標価格（${ruleId}）は確認していません。数量に容量、単位に kWh を記入してください。`);
    return false;
  }
  const extra = installation?.assignable ? installation.yen : 0;
  const price = line.amountYen + extra;
  const r = batteryCheck(price, battery.capacityKWh, battery.batteryClass, battery.hybridOutputKW, null, params);
  if (r.ok && !r.value.pass) {
    const deduction = r.value.deductionYen.isZero() ? "" : `、ハイブリッド控除 ${yen(r.value.deductionYen)}（${params.hybridDeductionYenPerKW.ruleId}）後`;
    const withWorks = extra > 0 ? `（本体 ${yen(line.amountYen)} に据付・設置工事 ${yen(extra)} を加えた額）` : "";
    add(
      line.row,
      "amountYen",
      "error",
      ruleId,
      `蓄電池の価格 ${yen(price)}${withWorks}（${battery.capacityKWh.toLocaleString("ja-JP")}kWh${deduction}）は ${yen(Math.round(r.value.unitPriceYenPerKWh.toNumber()))}/kWh で、${BATTERY_CLASS_JA[battery.batteryClass]}の目標価格 ${yen(r.value.targetYenPerKWh)}/kWh（工事費込み）を超えています（${ruleId}）。`,
    );
  }
  return true;
}

export function checkPeriod(lines: readonly ExpenseLine[], type: DcProjectType | null, params: DcZeroParams, add: Add, checks: Set<string>): void {
  const years = [...new Set(lines.map((l) => l.fiscalYear).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  if (years.length > 0) {
    for (const l of lines.filter((x) => x.fiscalYear === null)) {
      add(l.row, "fiscalYear", "warning", "DC-EXP-09", "年度が空欄です。複数年度の事業は年度ごとの事業経費を明確に区分してください（年度なしとして集計しました, DC-EXP-09）。");
    }
  }
  if (type === null) return;
  if (type === "new" || type === "renovation") checks.add("DC-EXP-09");
  const max = params.maxFiscalYears[type];
  checks.add(max.ruleId);
  if (years.length === 0) return;
  const span = years[years.length - 1] - years[0] + 1;
  if (span <= max.value) return;
  const lastAllowed = years[0] + max.value - 1;
  const first = lines.find((l) => l.fiscalYear !== null && l.fiscalYear > lastAllowed) as ExpenseLine;
  const perFiscalYear = params.cap[type].value.perFiscalYear;
  add(
    first.row,
    "fiscalYear",
    perFiscalYear ? "warning" : "error",
    max.ruleId,
    perFiscalYear
      ? `事業期間が${years[0]}〜${years[years.length - 1]}年度の${span}年度にわたります。${DC_PROJECT_TYPE_JA[type]}の事業期間は原則${max.value}年度以内です（${max.ruleId}）。`
      : `${DC_PROJECT_TYPE_JA[type]}の事業期間は単年度ですが、経費が${years.join("・")}年度に分かれています（${max.ruleId}）。`,
  );
}

export function checkTotals(
  all: readonly ExpenseLine[],
  lines: readonly ExpenseLine[],
  resolved: ReadonlyMap<ExpenseLine, { category: ExpenseCategory | null; item: string | null }>,
  params: DcZeroParams,
  add: Add,
): void {
  const ruleId = params.taxonomy.ruleId;
  for (const t of all.filter((l) => l.kind !== "line")) {
    const inYear = lines.filter((l) => t.fiscalYear === null || l.fiscalYear === t.fiscalYear);
    let scope: readonly ExpenseLine[] = inYear;
    let what = t.fiscalYear === null ? "全行" : `${t.fiscalYear}年度の行`;
    if (t.kind === "subtotal" && t.scopeRows) {
      const own = new Set(t.scopeRows);
      scope = lines.filter((l) => own.has(l.row));
      what = "この小計の上の行";
    } else if (t.kind === "subtotal") {
      const tax = resolveTaxonomy(t, params);
      if (t.item !== null && tax.item !== null) {
        scope = inYear.filter((l) => resolved.get(l)?.item === tax.item);
        what = `費目「${tax.item}」の行`;
      } else if (tax.category !== null) {
        scope = inYear.filter((l) => resolved.get(l)?.category === tax.category);
        what = `区分「${tax.category}」の行`;
      } else continue;
    }
    const label = t.kind === "total" ? "合計" : "小計";
    for (const field of ["amountYen", "eligibleYen"] as const) {
      const declared = t[field];
      if (declared === null) continue;
      const sum = Fraction.sum(scope.map((l) => exactYen(l[field])));
      if (differsBy(declared, sum).num !== 0n) {
        const name = field === "amountYen" ? "金額" : "補助対象経費";
        add(t.row, field, "error", ruleId, `${label}の${name} ${yen(declared)} が${what}の合計 ${yen(sum)} と一致しません（差額 ${yen(differsBy(declared, sum))}, ${ruleId}）。`);
      }
    }
  }
}

/** Totals computed from the lines, to compare with the declared summary block. */
export interface ComputedTotals {
  readonly amount: Fraction;
  readonly eligible: Fraction;
  readonly admin: Fraction;
  /** Subsidy of the whole sheet (null when 事業区分 is unknown). */
  readonly subsidy: Fraction | null;
  /** Subsidy per 年度 that has lines. */
  readonly subsidyByYear: ReadonlyMap<number | null, SubsidyBreakdown>;
  readonly yearsWithLines: ReadonlySet<number | null>;
}

export function checkDeclared(d: ExpenseSheetInput["declared"], computed: ComputedTotals, type: DcProjectType | null, params: DcZeroParams, add: Add): void {
  const same = (field: SummaryField, declared: DeclaredAmount | undefined, value: Fraction, name: string, ruleId: string): void => {
    if (!declared || differsBy(declared.valueYen, value).num === 0n) return;
    add(declared.row, field, "error", ruleId, `${name} ${yen(declared.valueYen)} が経費内訳の行から計算した ${yen(value)} と一致しません（${ruleId}）。`);
  };
  same("totalProjectCostYen", d.totalProjectCostYen, computed.amount, "総事業費", "DC-EXP-01");
  same("eligibleTotalYen", d.eligibleTotalYen, computed.eligible, "補助対象経費", "DC-EXP-01");
  same("adminFeeYen", d.adminFeeYen, computed.admin, "事務費", params.adminScale.ruleId);
  if (type === null) return;
  const ruleId = params.cap[type].ruleId;
  for (const req of d.subsidyRequested ?? []) {
    if (req.fiscalYear !== null && !computed.yearsWithLines.has(req.fiscalYear)) {
      add(req.row, "subsidyRequested", "warning", ruleId, `${req.fiscalYear}年度の補助金所要額が記載されていますが、${req.fiscalYear}年度の経費の行がありません（${ruleId}）。`);
      continue;
    }
    const value = req.fiscalYear === null ? computed.subsidy : (computed.subsidyByYear.get(req.fiscalYear)?.amount ?? null);
    if (value === null) continue;
    const diff = differsBy(req.valueYen, value);
    const yearText = req.fiscalYear === null ? "" : `${req.fiscalYear}年度の`;
    if (diff.gte(ONE_YEN)) {
      add(req.row, "subsidyRequested", "error", ruleId, `${yearText}補助金所要額 ${yen(req.valueYen)} が補助率・上限から計算した額 ${yen(value)} を超えています（${DC_PROJECT_TYPE_JA[type]}, ${ruleId}）。`);
    } else if (diff.lte(ONE_YEN.mul(-1))) {
      add(req.row, "subsidyRequested", "warning", ruleId, `${yearText}補助金所要額 ${yen(req.valueYen)} が補助率・上限から計算した額 ${yen(value)} より少なくなっています。端数処理等の意図どおりか確認してください（${ruleId}）。`);
    }
  }
}

/** Installation lines of batteries per 年度, for batteryLine (installation lines are not batteries themselves). */
export function batteryInstallations(lines: readonly ExpenseLine[], params: DcZeroParams): { isInstallation: (l: ExpenseLine) => boolean; of: (l: ExpenseLine) => BatteryInstallation | undefined } {
  const installs = new Set(lines.filter((l) => isBatteryInstallation(l, params)));
  const byYear = new Map<number | null, BatteryInstallation>();
  if (installs.size > 0) {
    const batteriesPerYear = new Map<number | null, number>();
    for (const l of lines) if (!installs.has(l) && readBatteryLine(l, params) !== null) batteriesPerYear.set(l.fiscalYear, (batteriesPerYear.get(l.fiscalYear) ?? 0) + 1);
    for (const i of installs) {
      const prev = byYear.get(i.fiscalYear) ?? { yen: 0, rows: [], assignable: batteriesPerYear.get(i.fiscalYear) === 1 };
      byYear.set(i.fiscalYear, { ...prev, yen: prev.yen + (i.amountYen ?? 0), rows: [...prev.rows, i.row] });
    }
  }
  return { isInstallation: (l) => installs.has(l), of: (l) => byYear.get(l.fiscalYear) };
}
