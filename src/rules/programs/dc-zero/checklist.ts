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
const JOINT_LOCATOR = "(3) 共同実施";

/** 〔1〕 basic requirements and (2) 応募者. */
const GENERAL: readonly Row[] = [
  { key: "DC-COM-01", label: "〔1〕基本的要件①–④（実施体制、明確な根拠、暴力団排除の誓約、国の他の補助金を受けていない）", labelEn: "Basic requirements ①–④", ruleId: "DC-COM-01", locator: "〔1〕対象事業の基本的要件" },
  { key: "DC-APP-01", label: "応募者がア–ケのいずれかの法人・団体である", labelEn: "Applicant is an eligible entity (a–i)", ruleId: "DC-APP-01", locator: "(2) 補助事業の応募者" },
  { key: "DC-FIN-01", label: "経営の健全性: ①全期間連続赤字、②債務超過、③自己資本比率10%未満かつ流動比率100%未満 のいずれにも該当しない（各申請者・共同事業者）", labelEn: "Financial soundness tests ①–③ (each party)", ruleId: "DC-FIN-01", locator: "(2) 補助事業の応募者", note: "DC.FINANCIALCHECK で各者を確認できます。" },
  { key: "DC-COM-02", label: "契約・発注日が交付決定日以降", labelEn: "Contracts and orders on or after the grant decision", ruleId: "DC-COM-02", locator: "V (5) 事業の開始について" },
];

/** (3) 共同実施: apply only to joint projects, finance leases and on-site PPA (the label says when). */
const JOINT: readonly Row[] = [
  {
    key: "DC-JOINT-01",
    label: "【共同実施の場合】参画するすべての事業者が応募者(2)ア–ケに該当し、申請形態ア（代表事業者のみが交付対象・財産取得者となり全責任を負う）又はイ（共同で申請し連帯して責任を負う）のいずれかで申請する",
    labelEn: "[Joint projects] every party is an eligible applicant; apply as form (a) sole grantee or (b) joint grantees",
    ruleId: "DC-JOINT-01",
    locator: JOINT_LOCATOR,
    note: "各事業者の定款又は登記簿（ス）・会社概要（サ）・決算報告書（シ）を揃え、選んだ申請形態を実施計画書に記載しておく。",
  },
  {
    key: "DC-JOINT-02",
    label: "【共同実施の場合】代表事業者が応募書類の申請者となり、実施計画書の実施体制に基づき取りまとめ・進行管理を行う（採択後は協会が承認した場合を除き代表事業者・共同事業者を変更できない）",
    labelEn: "[Joint projects] the lead party applies and coordinates; parties cannot change after selection",
    ruleId: "DC-JOINT-02",
    locator: JOINT_LOCATOR,
    note: "実施体制フロー図（タ）に各者の役割を示す。採択後に変更できないため、応募前に体制を確定しておく。",
  },
  {
    key: "DC-JOINT-03",
    label: "【ファイナンスリースを利用する場合】原則としてリース事業者を代表事業者、設備を使用する者を共同事業者とし、リース料から補助金相当分が減額されていること及び法定耐用年数期間まで継続使用する契約内容であることを書類で証明する",
    labelEn: "[Finance lease] lessor is the lead party, user the co-party; prove the lease fee is reduced by the subsidy and use lasts the useful life",
    ruleId: "DC-JOINT-03",
    locator: JOINT_LOCATOR,
    note: "リース契約書（案）と、補助金相当分の減額が分かるリース料の計算書を保存・提出する。",
  },
  {
    key: "DC-JOINT-04",
    label: "【オンサイトPPAを利用する場合】原則としてPPA事業者を代表事業者、サービスを受ける者を共同事業者とし、サービス料金から補助金相当分が減額されていること及び法定耐用年数期間まで継続使用する契約内容であることを書類で証明する",
    labelEn: "[On-site PPA] PPA provider is the lead party, the customer the co-party; prove the fee is reduced by the subsidy and use lasts the useful life",
    ruleId: "DC-JOINT-04",
    locator: JOINT_LOCATOR,
    types: NOT_MOVE,
    note: "PPA契約書（案）と料金の算定根拠（補助金相当分の減額）を保存・提出する。移設の公募要領にはオンサイトPPAの定めがない。",
  },
];

/** (1) 対象事業及び要件 and the area restrictions, per 事業区分. */
const PROJECT: readonly Row[] = [
  { key: "DC-NEW-REQ-01", label: "新設 ア: 自家消費型又は地産地消型の再エネ発電設備を新規導入し、使用電力量の10%以上を供給", labelEn: "New build (a): new on-site/private-line RE supplies ≥ 10% of use", ruleId: "DC-NEW-REQ-01", locator: "1 データセンター新設支援事業 (1) ア", types: ["new"], auto: ["DC-NEW-REQ-01"] },
  { key: "DC-NEW-REQ-03", label: "新設 イ–オ: 逆潮流なし、CO2削減効果と算出根拠、維持管理体制、公表への同意", labelEn: "New build (b)–(e)", ruleId: "DC-NEW-REQ-03", locator: "1 (1) イ–オ", types: ["new"] },
  { key: "DC-RENO-REQ-01", label: "改修 ア–オ: 再エネ設備の新規導入は必須、CO2削減効果と算出根拠、維持管理体制、公表への同意", labelEn: "Renovation (a)–(e): new RE is mandatory", ruleId: "DC-RENO-REQ-01", locator: "2 データセンター改修支援事業 (1)", types: ["renovation"] },
  { key: "DC-RENO-REQ-02", label: "改修: 導入設備の発電量が既存データセンターの使用電力量に対して著しく大きくない", labelEn: "Renovation: generation not markedly larger than the DC's use", ruleId: "DC-RENO-REQ-02", locator: "2 (6) ※1", types: ["renovation"] },
  { key: "DC-MOVE-REQ-01", label: "移設 ア–オ: 東京圏以外のより省CO2性能が高いDCへ移設、移設先に再エネ設備、CO2削減効果、維持管理体制、公表への同意", labelEn: "Relocation (a)–(e)", ruleId: "DC-MOVE-REQ-01", locator: "3 データセンター移設支援事業 (1)", types: ["relocation"] },
  { key: "DC-MOVE-REQ-02", label: "移設: 移設先でICT機器の運用に係るCO2排出量が低減し、かつPUEが良化する", labelEn: "Relocation: CO2 of the ICT operation falls and PUE improves", ruleId: "DC-MOVE-REQ-02", locator: "3 ＊1–＊4", types: ["relocation"], note: "DC.PUE で移設元・移設先の PUE を比べてください。" },
  { key: "DC-CONT-REQ-01", label: "コンテナ ア: コンテナ・モジュール型DCにおいて、高効率の新鋭ICT機器や高効率の設備及びそれらの稼働や運用を管理するシステム等を導入する", labelEn: "Container (a): state-of-the-art efficient ICT, efficient equipment and their management systems", ruleId: "DC-CONT-REQ-01", locator: "4 (1) ア", types: ["container"], note: "中古・再生品のICT機器は経費内訳で警告します。機器の仕様書で高効率・新鋭であることを示す。" },
  { key: "DC-CONT-REQ-02", label: "コンテナ イ: コンテナ・モジュール型DCにおいて再エネ設備を新規に導入する（新規導入 = 原則として公募開始日以降に設備導入を開始したもの）", labelEn: "Container (b): newly install RE equipment", ruleId: "DC-CONT-REQ-02", locator: "4 (1) イ", types: ["container"], note: "経費内訳に再エネ設備の行がない場合は警告します。設備の仕様書と工程表（ソ）で導入開始日を示せるようにしておく。" },
  { key: "DC-CONT-REQ-03", label: "コンテナ ウ: 二酸化炭素削減効果が見込まれ、明確な算出根拠を有する", labelEn: "Container (c): CO2 reduction expected, with a clear basis", ruleId: "DC-CONT-REQ-03", locator: "4 (1) ウ", types: ["container"], note: "ハード対策事業計算ファイル（エ）とCO2削減効果の根拠資料（オ）で算出過程と引用元を示す。" },
  { key: "DC-CONT-REQ-04", label: "コンテナ エ: 設備導入時及び導入後における持続的な運営と維持管理体制等を有する", labelEn: "Container (d): sustainable operation and maintenance organisation", ruleId: "DC-CONT-REQ-04", locator: "4 (1) エ", types: ["container"], note: "実施体制フロー図（タ）と保守計画（保守委託先・点検頻度・途絶リスクへの対応）を用意する。" },
  { key: "DC-CONT-REQ-05", label: "コンテナ オ: 環境省が公表する情報（再エネ由来電力率、CO2削減量、導入発電設備の定格出力、事業者名（共同実施者を含む）、事業概要、都道府県名）の公表に同意する", labelEn: "Container (e): consent to MOE publication", ruleId: "DC-CONT-REQ-05", locator: "4 (1) オ", types: ["container"], note: "共同実施者を含む全事業者から同意を得ておく。" },
  { key: "DC-CONT-REQ-06", label: "コンテナ カ: CO2削減コストが230,000円/t-CO2以下", labelEn: "Container (f): CO2 reduction cost ≤ 230,000 JPY/t-CO2", ruleId: "DC-CONT-REQ-06", locator: "4 (1) カ", types: ["container"], auto: ["DC-CONT-REQ-06"] },
  { key: "DC-AREA-01", label: "補助対象外の区域（原生自然環境保全地域、国立公園の特別保護地区等）で実施しない", labelEn: "Not in excluded nature areas", ruleId: "DC-AREA-01", locator: "1 データセンター新設支援事業 (1)", types: NOT_MOVE },
  {
    key: "DC-AREA-02",
    label: "【該当区域で実施する場合】市町村の同意書（様式自由）を提出: 国立公園・国定公園の地域（特別保護地区・第1種特別地域等以外）、種の保存法の生息地等保護区の監視地区、砂防指定地、地すべり防止区域、急傾斜地崩壊危険区域、環境の保全に関する保安林",
    labelEn: "[Designated areas] municipal consent letter (free format)",
    ruleId: "DC-AREA-02",
    locator: "1 データセンター新設支援事業 (1)",
    types: NOT_MOVE,
    note: "事業用地がこれらの区域に当たるかを自治体の区域図等で確認して記録し、当たる場合は市町村の同意書を取得して提出する。",
  },
];

/** (6) 補助対象設備: equipment lists and the ＊ conditions (新設・改修・コンテナ), batteries. */
const EQUIPMENT: readonly Row[] = [
  { key: "DC-RENO-EQ-01", label: "改修: 補助対象設備は①ア–エ（再エネ設備、変動調整機能と付帯設備、高効率空調・冷却、電力供給設備）で当該事業にのみ利用するものに限る", labelEn: "Renovation: only equipment of list ① (a)–(d)", ruleId: "DC-RENO-EQ-01", locator: "2 (6) 補助対象設備 ①", types: ["renovation"], auto: ["DC-RENO-EQ-01"] },
  { key: "DC-MOVE-EQ-01", label: "移設: 補助対象設備は①ア–エ（高効率の新鋭ICT機器と付帯設備、その高効率空調・冷却、冗長構成費、輸送費）に限る", labelEn: "Relocation: only equipment of list ① (a)–(d)", ruleId: "DC-MOVE-EQ-01", locator: "3 (6) 補助対象設備 ①", types: ["relocation"], auto: ["DC-MOVE-EQ-01"] },
  { key: "DC-CONT-EQ-01", label: "コンテナ: 補助対象設備は①ア–カ（再エネ設備、変動調整機能、ICT機器、高効率空調・冷却、電力供給設備（無停電電源装置を含む）、外装箱）に限る", labelEn: "Container: only equipment of list ① (a)–(f)", ruleId: "DC-CONT-EQ-01", locator: "4 (6) 補助対象設備", types: ["container"], auto: ["DC-CONT-EQ-01"] },
  { key: "DC-EQ-01", label: "再エネ発電設備・変動調整設備から系統への逆潮流を行わない", labelEn: "No reverse power flow to the grid", ruleId: "DC-EQ-01", locator: EQUIPMENT_LOCATOR, types: NOT_MOVE },
  { key: "DC-EQ-02", label: "本事業で得られる環境価値のうち、需要家に供給した電力量に紐づく環境価値を需要家に帰属させる", labelEn: "Environmental value of the supplied electricity belongs to the consumer", ruleId: "DC-EQ-02", locator: EQUIPMENT_LOCATOR, types: NOT_MOVE, note: "電力供給契約・PPA契約で環境価値の帰属先（需要家）を明記しておく。" },
  { key: "DC-EQ-03", label: "再エネ特措法に基づくFIT・FIPの認定を取得しない", labelEn: "No FIT/FIP certification", ruleId: "DC-EQ-03", locator: EQUIPMENT_LOCATOR, types: NOT_MOVE },
  { key: "DC-EQ-04", label: "電気事業法第2条第1項第5号ロに定める接続供給（自己託送）を行わない", labelEn: "No self-wheeling (接続供給)", ruleId: "DC-EQ-04", locator: EQUIPMENT_LOCATOR, types: NOT_MOVE, note: "電力の供給形態（自家消費・自営線・系統からの購入）をシステム全体概要図（ウ）に示す。" },
  { key: "DC-EQ-05", label: "発電設備等の設置・電力供給に係る関係法令・基準等と最新の「事業計画策定ガイドライン」（資源エネルギー庁）を遵守する", labelEn: "Comply with laws, standards and the latest METI business-plan guideline", ruleId: "DC-EQ-05", locator: EQUIPMENT_LOCATOR, types: NOT_MOVE, note: "太陽光は VI (11) (a)–(m)（説明会等、柵塀・標識、廃棄等費用の積立等）も確認し、説明会等の実施記録を保存する。" },
  {
    key: "DC-EQ-06",
    label: "新規導入する再エネ発電設備は原則として公募開始日以降に設備導入を開始したもの；発電電力の一部を当該データセンター以外へも供給する場合、その設備と付帯設備は補助対象外",
    labelEn: "New RE = installation started on/after the call opening; RE also supplying other demand is not eligible",
    ruleId: "DC-EQ-06",
    locator: "1 (1) ＊; 2 (1) ＊; 4 (1) ＊",
    types: NOT_MOVE,
    note: "導入開始日を工程表（ソ）・契約書で示せるようにしておく。公募開始日より前に着手した設備は協会に確認する。",
  },
  { key: "DC-BATT-01", label: "定置用蓄電池は目標価格（工事費込み）以下（業務・産業用12.0万円/kWh、家庭用13.5万円/kWh）", labelEn: "Stationary batteries at or below the target price", ruleId: "DC-BATT-01", locator: "(6) 補助対象設備 (蓄電池)", types: NOT_MOVE, auto: ["DC-BATT-01"] },
  { key: "DC-BATT-02", label: "【家庭用蓄電池の場合】申請時点で国の補助事業の補助対象機器として一般社団法人 環境共創イニシアチブ（SII）に登録されている製品である", labelEn: "[Household batteries] registered by SII at the time of application", ruleId: "DC-BATT-02", locator: "(6) 補助対象設備 (蓄電池)", types: NOT_MOVE, note: "SIIの登録製品一覧で型番を確認し、確認日と画面の写しを保存する。経費内訳に「家庭用」の蓄電池があれば警告します。" },
];

/** Ⅲ 補助対象経費, 別表第1/第2 and the per-type exclusions checked on the 経費内訳. */
const EXPENSES: readonly Row[] = [
  { key: "DC-EXP-03", label: "補助対象外の経費（用地、建屋、撤去・処分、予備品、事前調査・基本設計 等）を補助対象経費に含めない", labelEn: "No ineligible expenses counted as eligible", ruleId: "DC-EXP-03", locator: "Ⅲ 補助対象経費 〈補助対象外の例〉", auto: ["DC-EXP-02", "DC-EXP-03"] },
  { key: "DC-NEW-EXCL-01", label: "新設: 補助対象設備ア–エ以外（ICT機器、オフサイトの再エネ発電設備等）を含めない", labelEn: "New build: only equipment of the eligible list", ruleId: "DC-NEW-EXCL-01", locator: "1 (6) 補助対象設備", types: ["new"], auto: ["DC-NEW-EXCL-01", "DC-NEW-REQ-02", "DC-NEW-EQ-01"] },
  { key: "DC-RENO-EXCL-01", label: "改修: 主な補助対象外設備（非常用発電設備、変動調整以外の蓄電池、ICT機器）を含めない", labelEn: "Renovation: excluded equipment not included", ruleId: "DC-RENO-EXCL-01", locator: "2 ②主な補助対象外設備", types: ["renovation"], auto: ["DC-RENO-EXCL-01"] },
  { key: "DC-MOVE-EXCL-01", label: "移設: 主な補助対象外設備（非常用発電、再エネ発電、蓄電池、DC全体の空調、制御・運用システム）を含めない", labelEn: "Relocation: excluded equipment not included", ruleId: "DC-MOVE-EXCL-01", locator: "3 ②主な補助対象外設備", types: ["relocation"], auto: ["DC-MOVE-EXCL-01"] },
  { key: "DC-CONT-EXCL-01", label: "コンテナ: 主な補助対象外設備（非常用発電設備、変動調整以外の蓄電池）を含めない", labelEn: "Container: excluded equipment not included", ruleId: "DC-CONT-EXCL-01", locator: "4 ②主な補助対象外設備", types: ["container"], auto: ["DC-CONT-EXCL-01"] },
  { key: "MOE-ADMIN-01", label: "事務費が上限（工事費+設備費+業務費に対し 6.5% / 5.5% / 4.5% の累進）以内", labelEn: "Administrative expenses within the banded ceiling", ruleId: "MOE-ADMIN-01", locator: "別表第1 (事務費)", auto: ["MOE-ADMIN-01"] },
  {
    key: "MOE-ADMIN-02",
    label: "事務費は事業を行うために直接必要な事務に要する経費（別表第2の細目: 社会保険料、賃金、諸謝金、旅費、需用費、役務費、委託料、使用料及賃借料、消耗品費及備品購入費）に限る；報酬・給料・職員手当は地方公共団体の会計年度任用職員に限る",
    labelEn: "Administrative expenses only of the kinds of Annex table 2",
    ruleId: "MOE-ADMIN-02",
    locator: "別表第1 (事務費)",
    auto: ["MOE-ADMIN-02"],
    note: "接待・飲食・贈答等は経費内訳でエラーにします。各行に別表第2が求める資料（使途目的、人数、単価、金額等）を用意する。",
  },
  { key: "DC-EXP-09", label: "複数年度の場合、年度ごとの事業経費を明確に区分（原則2年度以内）", labelEn: "Multi-year: costs split by fiscal year (≤ 2 years in principle)", ruleId: "DC-EXP-09", locator: "1 (5); 2 (5)", types: ["new", "renovation"], auto: ["DC-EXP-09"] },
];

/** Ⅶ 応募申請方法: how the forms are made and submitted. */
const SUBMISSION: readonly Row[] = [
  {
    key: "DC-DOC-02",
    label: "様式1・別紙1・別紙2 は協会ホームページ「公募のお知らせ」からダウンロードした様式で作成し、参考資料（地球温暖化対策事業効果算定ガイドブック＜補助事業申請者用＞、ハード対策事業計算ファイル）に沿って算定する",
    labelEn: "Forms downloaded from the association's call page; reference materials used",
    ruleId: "DC-DOC-02",
    locator: "【応募申請書類】【参考資料】",
    note: "ダウンロードした日と版を記録し、公募期間中に様式が更新されていないか確認する。",
  },
  {
    key: "DC-DOC-03",
    label: "決算報告書（シ）: 交付を受けようとする者全ての直近3決算期の貸借対照表及び損益計算書（設立から1会計年度未満は申請年度の事業計画及び収支予算、1以上2未満は直近1決算期、2以上3未満は直近2決算期）",
    labelEn: "Financial statements of every grantee: latest 3 periods (fewer for young companies)",
    ruleId: "DC-DOC-03",
    locator: "Ⅶ (1) ※10",
    note: "法律に基づく設立の認可を受けている法人は、申請年度の事業計画及び収支予算の案（作成していなければ不要）。各者の設立日と決算月から必要な期数を確認する。",
  },
  {
    key: "DC-DOC-04",
    label: "様式1・別紙1・別紙2 を1つのブックのまま（シートをばらさず）Excel 形式で提出し、各欄を漏れなく記入する",
    labelEn: "Forms 1, Annex 1 and Annex 2 submitted together as one Excel workbook, every field filled",
    ruleId: "DC-DOC-04",
    locator: "Ⅶ (1) ※1",
    auto: ["DC-DOC-04"],
  },
];

/** Requirements per 事業区分, in the order of the 公募要領. */
const REQUIREMENTS: readonly Row[] = [...GENERAL, ...JOINT, ...PROJECT, ...EQUIPMENT, ...EXPENSES, ...SUBMISSION];

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
