/**
 * チェックリスト of the dc-zero call: the required documents ア–ト (DC-DOC-01) and the requirements of
 * each 事業区分, as ChecklistItem data. An item is ticked automatically when every rule id in
 * `autoRuleIds` was checked on the workbook without an error (the sheets prove it); the rest are ticked by hand.
 */
import type { ChecklistItem } from "../../lib/issue";
import { citation } from "../../sources";
import type { DcProjectType } from "./sheetTypes";

const SOURCE = "dc-zero-r6-koubo" as const;
const ALL: readonly DcProjectType[] = ["new", "renovation", "relocation", "container"];

interface Row {
  readonly key: string;
  readonly label: string;
  readonly labelEn: string;
  readonly ruleId: string;
  readonly locator: string;
  readonly types?: readonly DcProjectType[];
  readonly auto?: readonly string[] | Readonly<Partial<Record<DcProjectType, readonly string[]>>>;
  readonly note?: string;
}

const DOC_LOCATOR = "Ⅶ (1) 応募申請書類";

/** 表 提出書類一覧 ア–ト (ア is one workbook of three sheets: 様式1, 別紙1, 別紙2). */
const DOCUMENTS: readonly Row[] = [
  { key: "ア-様式1", label: "ア 様式1 応募申請書", labelEn: "A: Form 1 application", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "Excel。別紙1・別紙2と同じブックのまま提出（DC-DOC-04）。" },
  {
    key: "ア-別紙1",
    label: "ア 別紙1 実施計画書",
    labelEn: "A: Annex 1 implementation plan",
    ruleId: "DC-DOC-01",
    locator: DOC_LOCATOR,
    auto: { new: ["DC-NEW-REQ-01"], container: ["DC-CONT-REQ-06"], renovation: ["DC-REV-03"], relocation: ["DC-REV-03"] },
    note: "Excel。",
  },
  {
    key: "ア-別紙2",
    label: "ア 別紙2 経費内訳",
    labelEn: "A: Annex 2 expense breakdown",
    ruleId: "DC-DOC-01",
    locator: DOC_LOCATOR,
    auto: ["DC-EXP-04", "DC-EXP-01", "MOE-ADMIN-01"],
    note: "Excel。",
  },
  { key: "イ", label: "イ 導入設備設置場所の図面", labelEn: "B: Drawings of the installation site", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PDF。" },
  { key: "ウ", label: "ウ システム全体概要図", labelEn: "C: Overall system diagram", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "Excel 又は PowerPoint + PDF（書式自由）。" },
  { key: "エ", label: "エ ハード対策事業計算ファイル", labelEn: "D: MOE hardware-measure calculation file", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "Excel。環境省ホームページからダウンロード。" },
  { key: "オ", label: "オ CO2削減効果に係る根拠資料", labelEn: "E: Basis of the CO2 reduction", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "Excel。想定年間電力消費量・法定耐用年数等の設定根拠。" },
  { key: "カ", label: "カ 再エネ率の算出根拠資料", labelEn: "F: Basis of the RE share", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PDF。" },
  { key: "キ", label: "キ 全再エネ率の算出根拠資料", labelEn: "G: Basis of the total RE share", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PDF。電力購入・証書を含む。" },
  { key: "ク", label: "ク 事業全体のキャッシュフロー図", labelEn: "H: Cash-flow diagram of the whole project", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PowerPoint + PDF（協会の様式）。" },
  { key: "ケ", label: "ケ 補助事業完了後の稼働計画資料", labelEn: "I: Utilisation plan after completion", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PDF。利用者（顧客等）の申込書等。" },
  { key: "コ", label: "コ 経費に係る根拠資料（見積書、設計書等）", labelEn: "J: Cost evidence (quotations, designs)", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PDF。" },
  { key: "サ", label: "サ 会社概要パンフレット等", labelEn: "K: Company brochure", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PDF。交付を受けようとする者全て。" },
  { key: "シ", label: "シ 決算報告書", labelEn: "L: Financial statements", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PDF。直近3決算期の貸借対照表及び損益計算書（設立年数により1–2期、DC-DOC-03）。" },
  { key: "ス", label: "ス 定款又は法人登記簿", labelEn: "M: Articles or company register", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PDF。交付を受けようとする者全て。" },
  { key: "セ", label: "セ 賃上げ表明（新設と改修のみ）", labelEn: "N: Wage-increase declaration (new build and renovation only)", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, types: ["new", "renovation"], note: "Excel。賃金引き上げ計画がある場合のみ。" },
  { key: "ソ", label: "ソ 計画スケジュールの工程表", labelEn: "O: Schedule", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PDF。" },
  { key: "タ", label: "タ 実施体制フロー図", labelEn: "P: Organisation chart", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PDF。" },
  { key: "チ", label: "チ 資金繰り表", labelEn: "Q: Cash-management table", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PDF。" },
  { key: "ツ", label: "ツ 資金調達計画資料", labelEn: "R: Financing plan", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PDF。" },
  { key: "テ", label: "テ 事業用地確保の証憑類", labelEn: "S: Evidence of the project site", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PDF。" },
  { key: "ト", label: "ト その他事業内容に必要な補足資料", labelEn: "T: Other supporting material", ruleId: "DC-DOC-01", locator: DOC_LOCATOR, note: "PDF。" },
];

const NOT_MOVE: readonly DcProjectType[] = ["new", "renovation", "container"];
const EQUIPMENT_LOCATOR = "(6) 補助対象設備 (＊ notes)";

/** Requirements (〔1〕, (1) 対象事業及び要件, (2) 応募者, (6) 補助対象設備, Ⅲ 補助対象経費) per 事業区分. */
const REQUIREMENTS: readonly Row[] = [
  { key: "DC-COM-01", label: "〔1〕基本的要件①–④（実施体制、明確な根拠、暴力団排除の誓約、国の他の補助金を受けていない）", labelEn: "Basic requirements ①–④", ruleId: "DC-COM-01", locator: "〔1〕対象事業の基本的要件" },
  { key: "DC-APP-01", label: "応募者がア–ケのいずれかの法人・団体である", labelEn: "Applicant is an eligible entity (a–i)", ruleId: "DC-APP-01", locator: "(2) 補助事業の応募者" },
  { key: "DC-FIN-01", label: "経営の健全性: ①全期間連続赤字、②債務超過、③自己資本比率10%未満かつ流動比率100%未満 のいずれにも該当しない（各申請者・共同事業者）", labelEn: "Financial soundness tests ①–③ (each party)", ruleId: "DC-FIN-01", locator: "(2) 補助事業の応募者", note: "DC.FINANCIALCHECK で各者を確認できます。" },
  { key: "DC-COM-02", label: "契約・発注日が交付決定日以降", labelEn: "Contracts and orders on or after the grant decision", ruleId: "DC-COM-02", locator: "V (5) 事業の開始について" },
  { key: "DC-NEW-REQ-01", label: "新設 ア: 自家消費型又は地産地消型の再エネ発電設備を新規導入し、使用電力量の10%以上を供給", labelEn: "New build (a): new on-site/private-line RE supplies ≥ 10% of use", ruleId: "DC-NEW-REQ-01", locator: "1 データセンター新設支援事業 (1) ア", types: ["new"], auto: ["DC-NEW-REQ-01"] },
  { key: "DC-NEW-REQ-03", label: "新設 イ–オ: 逆潮流なし、CO2削減効果と算出根拠、維持管理体制、公表への同意", labelEn: "New build (b)–(e)", ruleId: "DC-NEW-REQ-03", locator: "1 (1) イ–オ", types: ["new"] },
  { key: "DC-RENO-REQ-01", label: "改修 ア–オ: 再エネ設備の新規導入は必須、CO2削減効果と算出根拠、維持管理体制、公表への同意", labelEn: "Renovation (a)–(e): new RE is mandatory", ruleId: "DC-RENO-REQ-01", locator: "2 データセンター改修支援事業 (1)", types: ["renovation"] },
  { key: "DC-RENO-REQ-02", label: "改修: 導入設備の発電量が既存データセンターの使用電力量に対して著しく大きくない", labelEn: "Renovation: generation not markedly larger than the DC's use", ruleId: "DC-RENO-REQ-02", locator: "2 (6) ※1", types: ["renovation"] },
  { key: "DC-MOVE-REQ-01", label: "移設 ア–オ: 東京圏以外のより省CO2性能が高いDCへ移設、移設先に再エネ設備、CO2削減効果、維持管理体制、公表への同意", labelEn: "Relocation (a)–(e)", ruleId: "DC-MOVE-REQ-01", locator: "3 データセンター移設支援事業 (1)", types: ["relocation"] },
  { key: "DC-MOVE-REQ-02", label: "移設: 移設先でICT機器の運用に係るCO2排出量が低減し、かつPUEが良化する", labelEn: "Relocation: CO2 of the ICT operation falls and PUE improves", ruleId: "DC-MOVE-REQ-02", locator: "3 ＊1–＊4", types: ["relocation"], note: "DC.PUE で移設元・移設先の PUE を比べてください。" },
  { key: "DC-CONT-REQ-01", label: "コンテナ ア–オ: 高効率の新鋭ICT機器等の導入、再エネ設備の新規導入、CO2削減効果、維持管理体制、公表への同意", labelEn: "Container (a)–(e)", ruleId: "DC-CONT-REQ-01", locator: "4 (1) ア", types: ["container"] },
  { key: "DC-CONT-REQ-06", label: "コンテナ カ: CO2削減コストが230,000円/t-CO2以下", labelEn: "Container (f): CO2 reduction cost ≤ 230,000 JPY/t-CO2", ruleId: "DC-CONT-REQ-06", locator: "4 (1) カ", types: ["container"], auto: ["DC-CONT-REQ-06"] },
  { key: "DC-AREA-01", label: "補助対象外の区域（原生自然環境保全地域、国立公園の特別保護地区等）で実施しない；同意書が必要な区域は市町村の同意書を提出", labelEn: "Not in excluded nature areas; municipal consent where required", ruleId: "DC-AREA-01", locator: "1 データセンター新設支援事業 (1)", types: NOT_MOVE },
  { key: "DC-EQ-01", label: "再エネ発電設備・変動調整設備から系統への逆潮流を行わない", labelEn: "No reverse power flow to the grid", ruleId: "DC-EQ-01", locator: EQUIPMENT_LOCATOR, types: NOT_MOVE },
  { key: "DC-EQ-03", label: "FIT・FIP の認定を取得しない；自己託送を行わない；環境価値は需要家に帰属", labelEn: "No FIT/FIP, no self-wheeling, environmental value to the consumer", ruleId: "DC-EQ-03", locator: EQUIPMENT_LOCATOR, types: NOT_MOVE },
  { key: "DC-BATT-01", label: "定置用蓄電池は目標価格（工事費込み）以下（業務・産業用12.0万円/kWh、家庭用13.5万円/kWh）", labelEn: "Stationary batteries at or below the target price", ruleId: "DC-BATT-01", locator: "(6) 補助対象設備 (蓄電池)", types: NOT_MOVE, auto: ["DC-BATT-01"] },
  { key: "DC-EXP-03", label: "補助対象外の経費（用地、建屋、撤去・処分、予備品、事前調査・基本設計 等）を補助対象経費に含めない", labelEn: "No ineligible expenses counted as eligible", ruleId: "DC-EXP-03", locator: "Ⅲ 補助対象経費 〈補助対象外の例〉", auto: ["DC-EXP-02", "DC-EXP-03"] },
  { key: "DC-NEW-EXCL-01", label: "新設: 補助対象設備ア–エ以外（ICT機器、オフサイトの再エネ発電設備等）を含めない", labelEn: "New build: only equipment of the eligible list", ruleId: "DC-NEW-EXCL-01", locator: "1 (6) 補助対象設備", types: ["new"], auto: ["DC-NEW-EXCL-01", "DC-NEW-REQ-02"] },
  { key: "DC-RENO-EXCL-01", label: "改修: 主な補助対象外設備（非常用発電設備、変動調整以外の蓄電池、ICT機器）を含めない", labelEn: "Renovation: excluded equipment not included", ruleId: "DC-RENO-EXCL-01", locator: "2 ②主な補助対象外設備", types: ["renovation"], auto: ["DC-RENO-EXCL-01"] },
  { key: "DC-MOVE-EXCL-01", label: "移設: 主な補助対象外設備（非常用発電、再エネ発電、蓄電池、DC全体の空調、制御・運用システム）を含めない", labelEn: "Relocation: excluded equipment not included", ruleId: "DC-MOVE-EXCL-01", locator: "3 ②主な補助対象外設備", types: ["relocation"], auto: ["DC-MOVE-EXCL-01"] },
  { key: "DC-CONT-EXCL-01", label: "コンテナ: 主な補助対象外設備（非常用発電設備、変動調整以外の蓄電池）を含めない", labelEn: "Container: excluded equipment not included", ruleId: "DC-CONT-EXCL-01", locator: "4 ②主な補助対象外設備", types: ["container"], auto: ["DC-CONT-EXCL-01"] },
  { key: "MOE-ADMIN-01", label: "事務費が上限（工事費+設備費+業務費に対し 6.5% / 5.5% / 4.5% の累進）以内", labelEn: "Administrative expenses within the banded ceiling", ruleId: "MOE-ADMIN-01", locator: "別表第1 (事務費)", auto: ["MOE-ADMIN-01"] },
  { key: "DC-EXP-09", label: "複数年度の場合、年度ごとの事業経費を明確に区分（原則2年度以内）", labelEn: "Multi-year: costs split by fiscal year (≤ 2 years in principle)", ruleId: "DC-EXP-09", locator: "1 (5); 2 (5)", types: ["new", "renovation"], auto: ["DC-EXP-09"] },
];

function toItem(row: Row, kind: ChecklistItem["kind"], type: DcProjectType): ChecklistItem {
  const auto = row.auto === undefined ? [] : Array.isArray(row.auto) ? row.auto : ((row.auto as Partial<Record<DcProjectType, readonly string[]>>)[type] ?? []);
  return {
    id: `dc-zero/${kind === "document" ? "doc" : "req"}/${row.key}`,
    kind,
    label: row.label,
    labelEn: row.labelEn,
    ruleId: row.ruleId,
    citation: citation(SOURCE, row.locator),
    autoRuleIds: auto,
    ...(row.note ? { note: row.note } : {}),
  };
}

function itemsFor(type: DcProjectType): readonly ChecklistItem[] {
  const applies = (row: Row): boolean => (row.types ?? ALL).includes(type);
  return [
    ...REQUIREMENTS.filter(applies).map((row) => toItem(row, "requirement", type)),
    ...DOCUMENTS.filter(applies).map((row) => toItem(row, "document", type)),
  ];
}

/** The checklist of each 事業区分: requirements first, then the documents ア–ト. */
export const DC_ZERO_CHECKLIST: Readonly<Record<DcProjectType, readonly ChecklistItem[]>> = {
  new: itemsFor("new"),
  renovation: itemsFor("renovation"),
  relocation: itemsFor("relocation"),
  container: itemsFor("container"),
};
