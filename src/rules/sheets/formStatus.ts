/**
 * Never silent (issue 10): a sheet that looks like one of the forms (its title, some of its header labels,
 * amounts) but could not be read as one is a warning at the cell where it was seen, saying what was
 * recognised and what is missing; a workbook whose forms are absent or blank has the status 様式が見つかりません /
 * 未入力 (a warning), never "OK".
 */
import { normalizeLabel } from "../lib/normalize";
import { CLOUD_CAPEX_TABLE, CLOUD_COST_TABLE } from "./cloudSheets";
import type { Detection } from "./detect";
import { EXPENSE_TABLE } from "./expenseSheet";
import { INDICATOR_KEYS } from "./factCatalog";
import { isBlankCell } from "./cellRead";
import { aliasRank, parseLabel } from "./labels";
import type { TableSpec } from "./locate";
import { POWER_PLAN_TABLE } from "./powerPlanSheet";
import type { FormStatus, SheetKind } from "./report";
import { finding, SHEET_KINDS, SHEET_RULES } from "./sheetRules";
import { toA1, type Finding, type WorkbookGrid } from "./types";

/** What marks a sheet as meant to be a form: title words and its table's header labels. */
interface FormSignature {
  readonly kind: SheetKind;
  /** Words of the form's title (matched inside short text cells, after normalizeLabel). */
  readonly titles: readonly string[];
  readonly spec: TableSpec<string>;
}

const SIGNATURES: readonly FormSignature[] = (
  [
    { kind: "dc-expenses", titles: ["経費内訳", "所要経費", "経費明細"], spec: EXPENSE_TABLE },
    { kind: "gx-power-plan", titles: ["電力調達計画"], spec: POWER_PLAN_TABLE },
    { kind: "cloud-cost", titles: ["費用明細"], spec: CLOUD_COST_TABLE },
    { kind: "cloud-capex", titles: ["設備投資合算"], spec: CLOUD_CAPEX_TABLE },
  ] as FormSignature[]
).map((s) => ({ ...s, titles: s.titles.map(normalizeLabel) }));

/** A title is a short text; longer cells are notes that may mention the form. */
const TITLE_MAX_CHARS = 30;
/** Header labels that make a sheet look like the form without a title. */
const LABELS_WITHOUT_TITLE = 4;
/** …and with one. */
const LABELS_WITH_TITLE = 2;

/** Sheets that look like a form of a wanted kind but where no table of that kind was read. */
export function unreadFormFindings(wb: WorkbookGrid, det: Detection, wanted: (k: SheetKind) => boolean): Finding[] {
  const read = new Set<string>([
    ...det.expenses.map((p) => `dc-expenses|${p.table.sheet.name}`),
    ...det.powerPlans.map((p) => `gx-power-plan|${p.table.sheet.name}`),
    ...det.cloudCosts.map((p) => `cloud-cost|${p.table.sheet.name}`),
    ...det.cloudCapex.map((p) => `cloud-capex|${p.table.sheet.name}`),
  ]);
  const out: Finding[] = [];
  for (const sheet of wb.sheets) {
    const signatures = SIGNATURES.filter((s) => wanted(s.kind) && !read.has(`${s.kind}|${sheet.name}`));
    if (signatures.length === 0) continue;
    // One pass over the cells: text cells parsed once (parseLabel caches by text), numbers counted.
    const texts: { row: number; col: number; text: string }[] = [];
    let numbers = 0;
    sheet.values.forEach((row, ri) =>
      row.forEach((v, ci) => {
        if (typeof v === "number") numbers++;
        else if (typeof v === "string" && !isBlankCell(v)) texts.push({ row: sheet.rowOffset + ri, col: sheet.colOffset + ci, text: v });
      }),
    );
    for (const sig of signatures) {
      const title = texts.find((t) => t.text.length <= TITLE_MAX_CHARS && sig.titles.some((w) => normalizeLabel(t.text).includes(w)));
      const seen = new Map<string, { row: number; col: number; text: string }>();
      for (const t of texts) {
        const info = parseLabel(t.text);
        for (const c of sig.spec.columns) if (!seen.has(c.key) && aliasRank(info, c.labels) >= 0) seen.set(c.key, t);
      }
      const looksLike = (title !== undefined && seen.size >= LABELS_WITH_TITLE && numbers > 0) || seen.size >= LABELS_WITHOUT_TITLE;
      if (!looksLike) continue;
      const at = title ?? [...seen.values()].sort((a, b) => a.row - b.row || a.col - b.col)[0];
      const k = SHEET_KINDS[sig.kind];
      const found = sig.spec.columns.filter((c) => seen.has(c.key)).map((c) => c.labels[0]);
      const missing = sig.spec.columns.filter((c) => c.required && !seen.has(c.key)).map((c) => c.labels[0]);
      const recognised = [title ? `表題「${title.text.trim()}」` : null, found.length > 0 ? `見出し ${found.join("・")}` : null].filter(Boolean).join("、");
      out.push(
        finding(
          sheet.name,
          toA1(at.row, at.col),
          "warning",
          SHEET_RULES.formUnreadable,
          `シート「${sheet.name}」は${k.title}のようですが（${recognised}）、表として読めなかったため検証していません。` +
            (missing.length > 0 ? `見つからない見出し: ${missing.join("・")}。` : "見出しが1行（又は結合した2行）にそろっていません。") +
            `見出しを1行（又は結合した2行）にそろえてください（${SHEET_RULES.formUnreadable}）。`,
          k.formCitation,
        ),
      );
    }
  }
  return out;
}

/** Whether the forms found hold data: lines in a table, or values in the 指標 labels. */
export function formStatusOf(det: Detection, wanted: (k: SheetKind) => boolean): FormStatus {
  const tables = [
    ...(wanted("dc-expenses") ? det.expenses.map((p) => p.lines.some((l) => l.kind === "line")) : []),
    ...(wanted("gx-power-plan") ? det.powerPlans.map((p) => p.lines.length > 0) : []),
    ...(wanted("cloud-cost") ? det.cloudCosts.map((p) => p.lines.length > 0) : []),
    ...(wanted("cloud-capex") ? det.cloudCapex.map((p) => p.sites.length > 0) : []),
  ];
  const indicatorSheets = new Set(wanted("dc-plan-indicators") ? det.indicators.map((b) => b.sheet) : []);
  const indicators = [...indicatorSheets].map((sheet) => INDICATOR_KEYS.some((k) => (det.facts.get(k) ?? []).some((l) => l.sheet === sheet && !isBlankCell(l.raw))));
  const all = [...tables, ...indicators];
  if (all.length === 0) return "absent";
  return all.some(Boolean) ? "filled" : "blank";
}

/** Japanese status word of a workbook whose forms are absent or blank. */
export const FORM_STATUS_JA: Readonly<Record<Exclude<FormStatus, "filled">, string>> = {
  absent: "様式が見つかりません",
  blank: "未入力",
};

/** The same in English (taskpane in an English Office). */
export const FORM_STATUS_EN: Readonly<Record<Exclude<FormStatus, "filled">, string>> = {
  absent: "No forms found",
  blank: "Forms not filled in",
};

/** The workbook-wide warning for absent or blank forms (none when filled). */
export function formStatusFinding(status: FormStatus, kinds: readonly SheetKind[]): Finding[] {
  if (status === "filled" || kinds.length === 0) return [];
  const forms = kinds.map((k) => SHEET_KINDS[k].title).join("・");
  const message =
    status === "absent"
      ? `${FORM_STATUS_JA.absent}: このブックから検証できる様式（${forms}）を読み取れませんでした。検証した項目はありません。様式の見出しを確認してください（${SHEET_RULES.formStatus}）。`
      : `${FORM_STATUS_JA.blank}: 様式（${forms}）は見つかりましたが、明細・指標が入力されていないため、検証した項目はありません（${SHEET_RULES.formStatus}）。`;
  return [finding("", "", "warning", SHEET_RULES.formStatus, message, SHEET_KINDS[kinds[0]].formCitation)];
}
