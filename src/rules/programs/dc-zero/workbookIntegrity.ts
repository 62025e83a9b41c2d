/**
 * 提出書類ア as one workbook (DC-DOC-04, Ⅶ (1) ※1): 様式1 応募申請書, 別紙1 実施計画書 and 別紙2 経費内訳 are the
 * sheets of the 協会's download — 「複数シートに分かれています、ばらさないでください。必ず Excel 形式のまま提出して
 * ください」. Given what the sheet engine found in a workbook, reports a form that is missing (split off), a
 * form sheet whose name no longer shows which form it is (renamed), and a file that is not Excel.
 */
import { normalizeLabel } from "../../lib/normalize";
import type { RuleIssue } from "../../lib/issue";
import { cite } from "../../lib/param";
import { DC_ZERO_CURRENT, type ApplicationPartSpec, type DcZeroParams } from "./params";

export type ApplicationPart = ApplicationPartSpec["key"];
/** Issues point at a form (part) or at the file name. */
export type WorkbookIssue = RuleIssue<ApplicationPart | "fileName">;

/** A sheet of the workbook: its name and the kind the sheet engine detected (null = none). */
export interface WorkbookSheetInfo {
  readonly name: string;
  readonly kind: string | null;
}

export interface ApplicationWorkbookCheck {
  readonly issues: readonly WorkbookIssue[];
  /** Which forms were found (by sheet kind or sheet name). */
  readonly parts: Readonly<Record<ApplicationPart, boolean>>;
  /** ["DC-DOC-04"] when the workbook holds at least one of the forms; [] otherwise (not an application workbook). */
  readonly checksRun: readonly string[];
}

/** Extensions of Excel workbooks (the format ※1 requires). */
const EXCEL_EXTENSIONS = ["xlsx", "xlsm", "xlsb", "xls"];

const nameShows = (name: string, part: ApplicationPartSpec): boolean => part.sheetNames.some((n) => normalizeLabel(name).includes(normalizeLabel(n)));
const isPart = (kindOrName: string, part: ApplicationPartSpec): boolean =>
  part.sheetKinds.includes(kindOrName) || kindOrName === part.key || normalizeLabel(kindOrName) === normalizeLabel(part.labelJa) || nameShows(kindOrName, part);

/**
 * Checks that the application forms stay together in one Excel workbook.
 * @param sheetKindsPresent sheet kinds found ("dc-expenses", "dc-plan-indicators") and/or form names ("様式1", "別紙1 実施計画書" …)
 * @param options.sheets every sheet of the workbook with its detected kind (finds forms by name, and renamed form sheets)
 * @param options.fileName the workbook's file name when known (CLI); must be an Excel file
 * @example checkApplicationWorkbook(["dc-expenses"]).issues.map((i) => i.field) // ["form1", "plan"]
 */
export function checkApplicationWorkbook(
  sheetKindsPresent: readonly string[],
  options: { readonly sheets?: readonly WorkbookSheetInfo[]; readonly fileName?: string | null } = {},
  params: DcZeroParams = DC_ZERO_CURRENT.params,
): ApplicationWorkbookCheck {
  const spec = params.applicationWorkbook;
  const ruleId = spec.ruleId;
  const citation = cite(spec);
  const sheets = options.sheets ?? [];
  const issues: WorkbookIssue[] = [];
  const add = (field: WorkbookIssue["field"], severity: WorkbookIssue["severity"], message: string): void => {
    issues.push({ row: null, field, severity, ruleId, message, citation });
  };

  const parts = Object.fromEntries(
    spec.value.map((part) => [
      part.key,
      sheetKindsPresent.some((k) => isPart(k, part)) || sheets.some((s) => (s.kind !== null && part.sheetKinds.includes(s.kind)) || nameShows(s.name, part)),
    ]),
  ) as Record<ApplicationPart, boolean>;
  const found = spec.value.filter((p) => parts[p.key]);
  if (found.length === 0) return { issues, parts, checksRun: [] };

  const all = spec.value.map((p) => p.labelJa).join("・");
  for (const part of spec.value.filter((p) => !parts[p.key])) {
    add(
      part.key,
      "warning",
      `このブックに「${part.labelJa}」のシートが見つかりません（見つかった様式: ${found.map((p) => p.labelJa).join("・")}）。${all}は協会のホームページからダウンロードした1つのブックで作成し、シートをばらさずに提出してください（${ruleId}）。`,
    );
  }
  for (const part of spec.value) {
    for (const sheet of sheets.filter((s) => s.kind !== null && part.sheetKinds.includes(s.kind) && !nameShows(s.name, part))) {
      add(
        part.key,
        "info",
        `シート「${sheet.name}」は${part.labelJa}の内容ですが、シート名から様式を判別できません。協会の様式のシート名を変えずに提出することをおすすめします（${ruleId}）。`,
      );
    }
  }
  const fileName = options.fileName?.trim() ?? "";
  if (fileName !== "") {
    const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
    if (!EXCEL_EXTENSIONS.includes(ext)) {
      add("fileName", "error", `ファイル「${fileName}」は Excel 形式ではありません。${all}は必ず Excel 形式のまま提出してください（${ruleId}）。`);
    }
  }
  return { issues, parts, checksRun: [ruleId] };
}
