/**
 * 別紙1 費用明細表 and 別紙2 設備投資合算表 of the METI cloud program (RULES.md §1.3, §1.6).
 * The source gives neither layout nor arithmetic rules (AMB-06): the arithmetic checks are the
 * sheet's own consistency (金額 = 数量 × 単価, 合計 = Σ), filed under CLOUD-DOC-01. Every issue is a
 * warning or info (AMB-01): the source is a secondary report.
 */
import { yen } from "../../lib/amounts";
import { Fraction } from "../../lib/fraction";
import type { RuleIssue } from "../../lib/issue";
import { normalizeText } from "../../lib/normalize";
import { cite } from "../../lib/param";
import { latestEdition, type Edition } from "../../lib/edition";
import { METI_CLOUD_EDITIONS, type EligibleCategory, type MetiCloudParams } from "./params";
import type {
  CloudCapexEvaluation,
  CloudCapexInput,
  CloudCapexIssue,
  CloudCostEvaluation,
  CloudCostField,
  CloudCostInput,
  CloudCostIssue,
  CloudCostLine,
} from "./sheetTypes";

const SECONDARY_NOTE = "出典は第三者レポート（二次資料）のため、公式の公募資料で確認してください";

const exact = (v: number): Fraction => Fraction.fromDecimal(v);

/** Which CLOUD-EXP-01 category an item name falls in (null = none recognised). */
export function classifyCloudItem(item: string, categories: readonly EligibleCategory[]): EligibleCategory | null {
  const n = normalizeText(item);
  return categories.find((c) => c.keywords.some((k) => n.includes(normalizeText(k)))) ?? null;
}

/** The subsidy maximum of CLOUD-RATE-01: capex × 1/2, exact (AMB-03: a ceiling, not an entitlement). */
export function cloudSubsidyMax(capexYen: number, params: MetiCloudParams = latestParams()): number {
  return exact(capexYen).mul(Fraction.parse(params.rate.value)).toNumber();
}

/**
 * Checks 別紙1 費用明細表: 金額 = 数量 × 単価 per line, 合計 = Σ 金額, items within the CLOUD-EXP-01
 * categories, and gives Σ × 1/2 as the subsidy maximum. Never produces an error.
 * @example evaluateCloudCost({ lines: [{ row: 3, kind: "line", item: "GPUサーバー", quantity: 2, unitPriceYen: 5e7, amountYen: 1e8 }] }).subsidyMaxYen // 5e7
 */
export function evaluateCloudCost(input: CloudCostInput, edition: Edition<MetiCloudParams> = latestEdition(METI_CLOUD_EDITIONS)): CloudCostEvaluation {
  const p = edition.params;
  const issues: CloudCostIssue[] = [];
  const lines = input.lines.filter((l) => l.kind === "line");
  for (const line of lines) issues.push(...checkCostLine(line, p));

  const total = Fraction.sum(lines.filter((l) => isNumber(l.amountYen)).map((l) => exact(l.amountYen as number)));
  const totalYen = total.toNumber();
  for (const t of input.lines.filter((l) => l.kind === "total")) {
    if (isNumber(t.amountYen) && !exact(t.amountYen).eq(total)) {
      issues.push(sumIssue(t.row, "amountYen", t.amountYen, totalYen, p));
    }
  }
  if (input.declaredTotalYen && !exact(input.declaredTotalYen.valueYen).eq(total)) {
    issues.push(sumIssue(input.declaredTotalYen.row, "declaredTotalYen", input.declaredTotalYen.valueYen, totalYen, p));
  }
  if (lines.length === 0) {
    issues.push(issue<CloudCostField>(null, null, "info", p.documents, "費用明細表に明細行がありません。合計と補助上限の目安は 0 円です。"));
  }
  const subsidyMaxYen = cloudSubsidyMax(totalYen, p);
  const anchorRow = input.lines.find((l) => l.kind === "total")?.row ?? input.declaredTotalYen?.row ?? null;
  issues.push(subsidyIssue(anchorRow, "amountYen", totalYen, subsidyMaxYen, p));
  issues.push(capInfo(anchorRow, p));
  return { issues, totalYen, subsidyMaxYen, checksRun: ["CLOUD-DOC-01", "CLOUD-EXP-01", "CLOUD-RATE-01"] };
}

/**
 * Checks 別紙2 設備投資合算表: 合計 = Σ site totals, each site total = Σ 別紙1 lines of that site (when
 * 別紙1 lines carry a 拠点), and gives Σ × 1/2 as the subsidy maximum. Never produces an error.
 */
export function evaluateCloudCapex(input: CloudCapexInput, edition: Edition<MetiCloudParams> = latestEdition(METI_CLOUD_EDITIONS)): CloudCapexEvaluation {
  const p = edition.params;
  const issues: CloudCapexIssue[] = [];
  for (const s of input.sites) {
    if (s.site === null || normalizeText(s.site) === "") issues.push(issue(s.row, "site", "warning", p.documents, "拠点名が空欄です。設備投資合算表の各行に拠点（設置場所）を記入してください。"));
    if (!isNumber(s.totalYen)) issues.push(issue(s.row, "totalYen", "warning", p.documents, "設備投資額が空欄か数値ではありません。合計から除外しました。"));
    else if (s.totalYen < 0) issues.push(issue(s.row, "totalYen", "warning", p.documents, `設備投資額 ${yen(s.totalYen)} が負の値です。`));
  }
  const total = Fraction.sum(input.sites.filter((s) => isNumber(s.totalYen)).map((s) => exact(s.totalYen as number)));
  const totalYen = total.toNumber();
  if (input.declaredTotalYen && !exact(input.declaredTotalYen.valueYen).eq(total)) {
    issues.push(sumIssue(input.declaredTotalYen.row, "declaredTotalYen", input.declaredTotalYen.valueYen, totalYen, p));
  }
  if (input.costLines) issues.push(...reconcileSites(input, total, p));
  const subsidyMaxYen = cloudSubsidyMax(totalYen, p);
  const anchorRow = input.declaredTotalYen?.row ?? null;
  issues.push(subsidyIssue(anchorRow, "totalYen", totalYen, subsidyMaxYen, p));
  issues.push(capInfo(anchorRow, p));
  return { issues, totalYen, subsidyMaxYen, checksRun: ["CLOUD-DOC-01", "CLOUD-RATE-01"] };
}

function checkCostLine(line: CloudCostLine, p: MetiCloudParams): CloudCostIssue[] {
  const out: CloudCostIssue[] = [];
  const { row, quantity, unitPriceYen, amountYen } = line;
  if (line.item === null || normalizeText(line.item) === "") {
    out.push(issue(row, "item", "warning", p.documents, "項目が空欄です。補助対象（CLOUD-EXP-01）に当たるか判定できません。"));
  } else if (classifyCloudItem(line.item, p.eligibleCategories.value) === null) {
    const labels = p.eligibleCategories.value.map((c) => c.labelJa).join("、");
    out.push(
      issue(row, "item", "warning", p.eligibleCategories,
        `項目「${line.item}」は報告書が挙げる補助対象（${labels}等）のどれにも当たりません。補助対象外の可能性があります（${SECONDARY_NOTE}）。`),
    );
  }
  if (!isNumber(amountYen)) {
    const hint = isNumber(quantity) && isNumber(unitPriceYen) ? `数量 × 単価 = ${yen(exact(quantity).mul(exact(unitPriceYen)).toNumber())}。` : "";
    out.push(issue(row, "amountYen", "warning", p.documents, `金額が空欄か数値ではありません。合計から除外しました。${hint}`));
    return out;
  }
  if (amountYen < 0) out.push(issue(row, "amountYen", "warning", p.documents, `金額 ${yen(amountYen)} が負の値です。`));
  if (isNumber(quantity) && quantity < 0) out.push(issue(row, "quantity", "warning", p.documents, `数量 ${quantity} が負の値です。`));
  if (isNumber(quantity) && isNumber(unitPriceYen)) {
    const product = exact(quantity).mul(exact(unitPriceYen));
    // 1円未満の差は端数処理とみなす: the source states no rounding, and 金額 is written in whole yen.
    const diff = product.sub(exact(amountYen));
    if (diff.gte(Fraction.of(1)) || diff.lte(Fraction.of(-1))) {
      out.push(issue(row, "amountYen", "warning", p.documents,
        `金額 ${yen(amountYen)} が 数量 ${quantity} × 単価 ${yen(unitPriceYen)} = ${yen(product.toNumber())} と一致しません。`));
    }
  }
  return out;
}

function reconcileSites(input: CloudCapexInput, capexTotal: Fraction, p: MetiCloudParams): CloudCapexIssue[] {
  const out: CloudCapexIssue[] = [];
  const lines = (input.costLines ?? []).filter((l) => l.kind === "line" && isNumber(l.amountYen));
  const costTotal = Fraction.sum(lines.map((l) => exact(l.amountYen as number)));
  if (!costTotal.eq(capexTotal)) {
    out.push(issue(input.declaredTotalYen?.row ?? null, "declaredTotalYen", "warning", p.documents,
      `設備投資合算表の合計 ${yen(capexTotal.toNumber())} が 費用明細表（別紙1）の合計 ${yen(costTotal.toNumber())} と一致しません。`));
  }
  const bySite = new Map<string, Fraction>();
  for (const l of lines) {
    if (l.site == null || normalizeText(l.site) === "") continue;
    const key = normalizeText(l.site);
    bySite.set(key, (bySite.get(key) ?? Fraction.of(0)).add(exact(l.amountYen as number)));
  }
  if (bySite.size === 0) return out;
  for (const s of input.sites) {
    if (s.site === null || !isNumber(s.totalYen)) continue;
    const fromLines = bySite.get(normalizeText(s.site)) ?? Fraction.of(0);
    if (!fromLines.eq(exact(s.totalYen))) {
      out.push(issue(s.row, "totalYen", "warning", p.documents,
        `拠点「${s.site}」の設備投資額 ${yen(s.totalYen)} が 費用明細表（別紙1）の同拠点の金額合計 ${yen(fromLines.toNumber())} と一致しません。`));
    }
  }
  return out;
}

function sumIssue<F extends string>(row: number, field: F, stated: number, computed: number, p: MetiCloudParams): RuleIssue<F> {
  return issue(row, field, "warning", p.documents, `合計 ${yen(stated)} が明細の合計 ${yen(computed)} と一致しません（差額 ${yen(stated - computed)}）。`);
}

function subsidyIssue<F extends string>(row: number | null, field: F, totalYen: number, maxYen: number, p: MetiCloudParams): RuleIssue<F> {
  return issue(row, field, "warning", p.rate,
    `補助額の上限目安（最大）: 設備投資額 ${yen(totalYen)} × ${p.rate.value} = ${yen(maxYen)}。補助率 ${p.rate.value} は上限として読んでいます（AMB-03）。${SECONDARY_NOTE}（AMB-01）。`);
}

function capInfo<F extends string>(row: number | null, p: MetiCloudParams): RuleIssue<F> {
  return issue<F>(row, null, "info", p.highestReportedCap,
    `補助上限額は事業者ごとに異なり、算定式が示されていないため上限チェックは行いません（報告書の最高額 ${yen(p.highestReportedCap.value)}）。`);
}

function issue<F extends string>(
  row: number | null,
  field: F | null,
  severity: "warning" | "info",
  source: { ruleId: string; source: MetiCloudParams["rate"]["source"]; locator: string },
  text: string,
): RuleIssue<F> {
  return { row, field, severity, ruleId: source.ruleId, message: `${text}（${source.ruleId}）`, citation: cite(source) };
}

function isNumber(v: number | null | undefined): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

function latestParams(): MetiCloudParams {
  return latestEdition(METI_CLOUD_EDITIONS).params;
}
