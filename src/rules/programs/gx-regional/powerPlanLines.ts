/**
 * Reads one line of the 電力調達計画: source type (GX-SRC-01) or certificate (GX-PWR-09), state,
 * procurement method, prefecture, kWh and contract years (GX-CONTRACT-01). Returns the line as counted
 * for the requirements, or null when it cannot be counted, with the issues of the line.
 */
import { isOmitted } from "./isOmitted";
import { LINE_PROCUREMENT_ALIASES, parseLineProcurement, parseSourceState } from "./aliases";
import { contractYears } from "./contract";
import { kwhText } from "./format";
import { GX_CURRENT, type GxParams, type SourceTypeRow } from "./params";
import { planIssue } from "./planIssue";
import type { PowerPlanIssue, ProcurementLine } from "./powerPlanTypes";
import { normalizePrefecture } from "./prefectures";
import { acceptedCertificatesText, classifySource, countsAsNew, isNuclear } from "./sourceTypes";
import type { LineProcurement, SourceState } from "./types";

export interface CountedLine {
  readonly row: number;
  readonly kind: "source" | "certificate" | "nonDecarbonised";
  readonly source: SourceTypeRow | null;
  readonly procurement: LineProcurement;
  /** Counts as 新設・再稼働 (GX-SRC-01). */
  readonly isNew: boolean;
  /** Normalised prefecture, null when not stated. */
  readonly prefecture: string | null;
  readonly kWh: number;
  /** メニュー種別 of a menu line (GX-EXCL-01 C), null when not stated or not a menu. */
  readonly menuKind: string | null;
}

export interface LineReading {
  readonly counted: CountedLine | null;
  readonly issues: readonly PowerPlanIssue[];
  /** A contract check was required (CPPA / menu line) and actually run. */
  readonly contractChecked: boolean | null;
}

const STATE_JA: Readonly<Record<SourceState, string>> = {
  new: "新設",
  replace: "リプレース",
  majorRefurbishment: "大規模改修",
  conversion: "改修",
  restart: "再稼働",
  existing: "既設",
};

function readKWh(line: ProcurementLine, issues: PowerPlanIssue[]): number | null {
  const v = line.annualKWh;
  if (v === null || v === undefined) {
    issues.push(planIssue(line.row, "annualKWh", "error", "GX-PWR-01", "年間調達量（kWh）が未記入です。電力要件の集計に含めていません。"));
    return null;
  }
  if (!Number.isFinite(v) || v < 0) {
    issues.push(planIssue(line.row, "annualKWh", "error", "GX-PWR-01", `年間調達量は0以上のkWhで入力してください（入力値: ${v}）。`));
    return null;
  }
  return v;
}

function readState(line: ProcurementLine, source: SourceTypeRow, procurement: LineProcurement, issues: PowerPlanIssue[]): SourceState | null {
  if (isOmitted(line.state)) {
    if (procurement === "menu") {
      issues.push(planIssue(line.row, "state", "info", "GX-SRC-01", "状態が未記入のため、既設電源として扱いました（メニューは新設・再稼働・既設を問わず No3 の判定です）。"));
      return "existing";
    }
    issues.push(planIssue(line.row, "state", "error", "GX-SRC-01", "状態（新設・リプレース・再稼働・既設 など）を入力してください（GX-SRC-01）。"));
    return null;
  }
  const r = parseSourceState(line.state);
  if (!r.ok) {
    issues.push(planIssue(line.row, "state", "error", "GX-SRC-01", `${r.error.message}（GX-SRC-01）`));
    return null;
  }
  const state = r.value;
  if (state === "restart" && !isNuclear(source)) {
    issues.push(
      planIssue(line.row, "state", "error", "GX-PWR-07", `再稼働電源は原子力発電に限られます（GX-PWR-07）。${source.label}の「再稼働」は既設電源として集計しました。`),
    );
    return "existing";
  }
  if (state !== "existing" && !countsAsNew(source, state)) {
    issues.push(
      planIssue(line.row, "state", "warning", "GX-SRC-01", `${source.label}では「${STATE_JA[state]}」は新設・再稼働として扱われません（GX-SRC-01）。既設電源として集計しました。`),
    );
  }
  return state;
}

function readPrefecture(line: ProcurementLine, issues: PowerPlanIssue[]): string | null {
  if (isOmitted(line.prefecture)) {
    issues.push(planIssue(line.row, "prefecture", "warning", "GX-PWR-02", "都道府県が未記入のため、電力要件②（同一都道府県からの調達）の集計に含めていません。"));
    return null;
  }
  const p = normalizePrefecture(String(line.prefecture));
  if (!p.known) issues.push(planIssue(line.row, "prefecture", "warning", "GX-PWR-02", `都道府県「${line.prefecture}」を都道府県名として認識できません。表記のまま集計しました。`));
  return p.name;
}

/** GX-CONTRACT-01 on a CPPA or menu line; self-generation has no contract (AMB-24). */
function checkContract(line: ProcurementLine, source: SourceTypeRow, procurement: "cppa" | "menu", state: SourceState, issues: PowerPlanIssue[], p: GxParams): boolean {
  const req = contractYears(procurement, state, source, line.justifiedException === true, p);
  if (!req.ok) return false;
  const years = line.contractYears;
  if (years === null || years === undefined) {
    issues.push(planIssue(line.row, "contractYears", "info", "GX-CONTRACT-01", `契約期間が未記入のため判定していません（この電源は${req.value.minYears}年以上が必要, GX-CONTRACT-01）。`));
    return false;
  }
  if (!Number.isFinite(years) || years < 0) {
    issues.push(planIssue(line.row, "contractYears", "error", "GX-CONTRACT-01", `契約期間は0以上の年数で入力してください（入力値: ${years}）。`));
    return true;
  }
  if (years < req.value.minYears) {
    const what = procurement === "menu" ? "脱炭素電力メニューの調達継続期間" : `CPPAの契約期間（${source.label}・${STATE_JA[state]}${line.justifiedException ? "・合理的例外" : ""}）`;
    issues.push(
      planIssue(line.row, "contractYears", "error", "GX-CONTRACT-01", `${what}が${years}年です。${req.value.minYears}年以上が必要です（電源の契約期間, GX-CONTRACT-01）。`),
    );
  }
  return true;
}

/** Reads one procurement line. */
export function readProcurementLine(line: ProcurementLine, p: GxParams = GX_CURRENT): LineReading {
  const issues: PowerPlanIssue[] = [];
  const cls = classifySource(line.sourceType, p);
  if (!cls.ok) issues.push(planIssue(line.row, "sourceType", "error", "GX-SRC-01", cls.error.message));

  let procurement: LineProcurement | null = null;
  if (isOmitted(line.procurement)) {
    if (cls.ok && cls.value.kind === "certificate") procurement = "certificate";
    else if (!(cls.ok && cls.value.kind === "nonDecarbonised")) {
      const accepted = Object.values(LINE_PROCUREMENT_ALIASES).map((a) => a.join(" / ")).join("、");
      issues.push(planIssue(line.row, "procurement", "error", "GX-PWR-08", `調達方法を入力してください。指定できる値: ${accepted}`));
    }
  } else {
    const r = parseLineProcurement(line.procurement);
    if (r.ok) procurement = r.value;
    else issues.push(planIssue(line.row, "procurement", "error", "GX-PWR-08", r.error.message));
  }
  const kWh = readKWh(line, issues);
  if (!cls.ok) return { counted: null, issues, contractChecked: null };

  const c = cls.value;
  if (c.kind === "certificate") {
    if (procurement !== null && procurement !== "certificate") {
      issues.push(planIssue(line.row, "procurement", "warning", "GX-PWR-09", `${c.row.label}の行です。調達方法は「証書」として集計しました。`));
    }
    const counted = kWh === null ? null : { row: line.row, kind: "certificate" as const, source: null, procurement: "certificate" as const, isNew: false, prefecture: null, kWh, menuKind: null };
    return { counted, issues, contractChecked: null };
  }
  if (procurement === "certificate") {
    issues.push(
      planIssue(line.row, "sourceType", "error", "GX-PWR-09", `証書として活用できるのは ${acceptedCertificatesText(p)} に限られます（GX-PWR-09）。電源種「${line.sourceType}」は証書ではありません。`),
    );
    return { counted: null, issues, contractChecked: null };
  }
  if (c.kind === "nonDecarbonised") {
    issues.push(planIssue(line.row, "sourceType", "info", "GX-PWR-09", `脱炭素電力ではない調達です（${kwhText(kWh ?? 0)}）。${acceptedCertificatesText(p)}で全量を脱炭素電力とする必要があります。`));
    const counted = kWh === null ? null : { row: line.row, kind: "nonDecarbonised" as const, source: null, procurement: procurement ?? "cppa", isNew: false, prefecture: null, kWh, menuKind: null };
    return { counted, issues, contractChecked: null };
  }

  const source = c.row;
  if (source.partialCount) {
    issues.push(planIssue(line.row, "annualKWh", "info", "GX-SRC-02", `${source.label}は脱炭素電力として認められる量（非化石燃料使用分など, ※4・※10）のみを年間調達量に記入してください。`));
  }
  const state = procurement === null ? null : readState(line, source, procurement, issues);
  const prefecture = readPrefecture(line, issues);
  let contractChecked: boolean | null = null;
  if (state !== null && (procurement === "cppa" || procurement === "menu")) contractChecked = checkContract(line, source, procurement, state, issues, p);
  if (procurement === null || state === null || kWh === null) return { counted: null, issues, contractChecked };
  const menuKind = procurement === "menu" && !isOmitted(line.menuKind) ? String(line.menuKind) : null;
  const counted: CountedLine = { row: line.row, kind: "source", source, procurement, isNew: countsAsNew(source, state), prefecture, kWh, menuKind };
  return { counted, issues, contractChecked };
}
