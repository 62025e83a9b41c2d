/**
 * Japanese help of the DC.* custom functions (descriptions and parameters), keyed by function id and
 * by TypeScript parameter name of src/functions/dc.ts.
 */
import type { FunctionHelpTable } from "./types";

const PROJECT_TYPE = { name: "事業区分", description: "新設 / 改修 / 移設 / コンテナ（new / renovation / relocation / container も可）" };
const COMPLETION_DATE = { name: "完了日", description: "補助事業の完了日。日付のセル、\"2025-02-20\"、\"2025/2/20\"、\"令和7年2月20日\" のいずれか" };

export const DC_HELP_JA: FunctionHelpTable = {
  "DC.CO2COST": {
    description: "CO2削減コスト（円/t-CO2）= 補助対象経費 ÷（年間CO2削減量 × 法定耐用年数）を返します（DC-CONT-REQ-06）。",
    params: {
      eligibleCost: { name: "補助対象経費", description: "補助対象経費の支出予定額（円）" },
      annualReductionT: { name: "年間CO2削減量", description: "年間のエネルギー起源CO2の排出削減量（t-CO2/年）" },
      usefulLifeYears: { name: "法定耐用年数", description: "法定耐用年数（年）" },
    },
  },
  "DC.CO2COSTLIMIT": {
    description: "CO2削減コストの上限（円/t-CO2）を返します。コンテナは230,000、その他の事業区分は上限の定めがないため #N/A（DC-CONT-REQ-06）。",
    params: { projectType: PROJECT_TYPE },
  },
  "DC.SUBSIDY": {
    description: "1年度分の補助金額（円）を返します。新設・改修は (補助対象経費 − うち太陽光・空調等) × 1/2 + うち太陽光・空調等 × 1/3、移設・コンテナは 1/3。上限（新設 各年度3億円、改修 各年度1億円、移設1億円、コンテナ2億円）を適用します。",
    params: {
      projectType: PROJECT_TYPE,
      eligibleCost: { name: "補助対象経費", description: "補助対象経費の合計（円）" },
      lowerRatePart: { name: "うち太陽光・空調等", description: "補助対象経費のうち太陽光発電設備及び空調設備等の省CO2型設備の額（円, 補助率1/3）。省略時 0" },
    },
  },
  "DC.SUBSIDYRATE": {
    description: "事業区分（と設備区分）の補助率を小数で返します。新設・改修で太陽光・空調等は 1/3、その他は 1/2。移設・コンテナは 1/3。事業区分で対象外の設備は 0。",
    params: {
      projectType: PROJECT_TYPE,
      equipment: { name: "設備区分", description: "設備の区分又は内容（例: 太陽光、空調、蓄電池、その他、\"1/3\"）。省略時は標準の補助率" },
    },
  },
  "DC.SUBSIDYCAP": {
    description: "事業区分の補助金の上限額（円）を返します（新設 各年度3億円、改修 各年度1億円、移設1億円、コンテナ2億円）。",
    params: { projectType: PROJECT_TYPE },
  },
  "DC.ADMINLIMIT": {
    description: "事務費の上限（円）を返します: 工事費＋設備費＋業務費の 5,000万円以下の部分 6.5%、5,000万円超1億円以下の部分 5.5%、1億円超の部分 4.5% の合計（MOE-ADMIN-01）。",
    params: { baseCost: { name: "工事費＋設備費＋業務費", description: "工事費・設備費・業務費の合計（円）" } },
  },
  "DC.ADMINCHECK": {
    description: "事務費が上限（DC.ADMINLIMIT）以内なら TRUE を返します（MOE-ADMIN-01）。",
    params: {
      adminFee: { name: "事務費", description: "事務費（円）" },
      baseCost: { name: "工事費＋設備費＋業務費", description: "工事費・設備費・業務費の合計（円）" },
    },
  },
  "DC.PUE": {
    description: "PUE = 事業所のエネルギー使用量 ÷ ICT機器のエネルギー使用量 を返します（DC-MOVE-REQ-02）。",
    params: {
      facilityKWh: { name: "施設全体のエネルギー使用量", description: "当該事業を行っている事業所のエネルギー使用量（kWh）" },
      ictKWh: { name: "ICT機器のエネルギー使用量", description: "ICT機器のエネルギー使用量（kWh）" },
    },
  },
  "DC.RESHARE": {
    description: "再エネ率 = 再エネ電力量 ÷ データセンターの使用電力量 を小数で返します。新設は10%以上が要件です（DC-NEW-REQ-01）。",
    params: {
      reKWh: { name: "再エネ電力量", description: "再エネ発電設備からの供給電力量（kWh/年）" },
      useKWh: { name: "使用電力量", description: "データセンターの使用電力量（kWh/年）" },
    },
  },
  "DC.TOTALRESHARE": {
    description: "全再エネ率 = (新規導入の再エネ電力量 + 再エネ由来の購入電力量 + 証書による再エネ電力量) ÷ データセンターの使用電力量 を小数で返します（DC-RATIO-01）。",
    params: {
      newReKWh: { name: "新規再エネ電力量", description: "新規導入する再エネ発電設備からの電力量（kWh/年）" },
      purchasedReKWh: { name: "再エネ購入電力量", description: "再エネ由来の購入電力量（kWh/年）" },
      certificateReKWh: { name: "証書再エネ電力量", description: "非化石証書・グリーン電力証書等による再エネ電力量（kWh/年）" },
      useKWh: { name: "使用電力量", description: "データセンターの使用電力量（kWh/年）" },
    },
  },
  "DC.STATEMENTPERIODS": {
    description: "提出する決算報告書（貸借対照表・損益計算書）の決算期数を返します。原則直近3期、設立後の年数が短い場合は1〜2期、0 は事業計画書と収支予算書を提出（DC-DOC-03）。",
    params: {
      founded: { name: "設立日", description: "法人の設立日（日付のセル、2022/10/1、令和4年10月1日）" },
      application: { name: "申請日", description: "応募申請日（同じ書き方）" },
      fiscalYearEndMonth: { name: "決算月", description: "決算月 1〜12（3月決算なら 3）。省略時は設立からの満年数で数えます" },
    },
  },
  "DC.BATTERYCHECK": {
    description: "定置用蓄電池が目標価格（工事費込み、業務・産業用 12.0万円/kWh、家庭用 13.5万円/kWh）以下なら TRUE を返します。ハイブリッドは定格出力（系統側、小数点以下切り捨て）1kWあたり2万円を控除します（DC-BATT-01/03）。",
    params: {
      price: { name: "価格（工事費込み）", description: "蓄電池システムの価格（円、工事費込み）" },
      capacityKWh: { name: "容量kWh", description: "蓄電池の容量（kWh）" },
      batteryClass: { name: "区分", description: "業務・産業用（産業用・業務用も可, 省略時）又は 家庭用" },
      hybridOutputKW: { name: "ハイブリッドPCS出力kW", description: "ハイブリッドの電力変換装置の定格出力（系統側, kW）。省略時 0" },
    },
  },
  "DC.EVALUTILIZATION": {
    description: "審査で用いる稼働率 = MAX(想定稼働率, 50%) を小数で返します（DC-REV-03）。",
    params: { expectedUtilization: { name: "想定稼働率", description: "想定稼働率。0.8 又は \"80%\" の形式（0〜100%）" } },
  },
  "DC.FINANCIALCHECK": {
    description: "経営の健全性の①全期間連続赤字、②債務超過、③自己資本比率10%未満かつ流動比率100%未満 のいずれにも該当しなければ TRUE を返します（DC-FIN-01）。",
    params: {
      netAssets: { name: "純資産", description: "直近の決算期の純資産（自己資本, 円）" },
      totalAssets: { name: "総資産", description: "直近の決算期の総資産（円）" },
      currentAssets: { name: "流動資産", description: "直近の決算期の流動資産（円）" },
      currentLiabilities: { name: "流動負債", description: "直近の決算期の流動負債（円）" },
      netIncome: { name: "当期純利益", description: "直近の決算期の当期純利益（円）" },
      previousNetIncome: { name: "前期純利益", description: "その前の決算期の当期純利益（円）。1決算期のみ提出の場合は省略" },
      olderNetIncome: { name: "前々期純利益", description: "さらに前の決算期の当期純利益（円）。3決算期を提出しない場合は省略" },
    },
  },
  "DC.REPORTDUE": {
    description: "完了実績報告書の提出期限（完了後30日以内又は事業実施年度の3月10日のいずれか早い日）を日付シリアル値で返します（DC-PROC-06）。セルを日付の書式にしてください。",
    params: { completionDate: COMPLETION_DATE },
  },
  "DC.ANNUALREPORTDUE": {
    description: "事業報告書（完了年度の翌年度から3年間、各年度分を翌年度の4月30日まで）の n 回目の提出期限を日付シリアル値で返します。3月30日以前の完了で必要な完了日〜3月31日分の報告は1回目と同じ期限です（DC-POST-01）。",
    params: {
      completionDate: COMPLETION_DATE,
      reportNumber: { name: "報告の回", description: "何回目の年度報告か（1〜3）。省略時 1" },
    },
  },
  "DC.CLASSIFYEXPENSE": {
    description: "経費の内容を判定し、\"対象\"、\"対象外: 理由（ルールID）\" 又は \"要確認: 理由\" を返します（補助対象外の例 DC-EXP-02/03、事業区分ごとの補助対象外設備）。",
    params: {
      description: { name: "内容", description: "経費の内容（例: 既存空調機の撤去費）" },
      projectType: { name: "事業区分", description: "新設 / 改修 / 移設 / コンテナ。省略時は共通の補助対象外の例のみ判定" },
    },
  },
  "DC.TECHEXPENSE": {
    description: "環境配慮技術の開発・実証事業の補助対象外経費（DCTECH-EXCL-01）に当たるかを判定し、\"対象\" 又は \"対象外: 理由\" を返します。",
    params: { description: { name: "内容", description: "経費の内容（例: 実証用ノートPC）" } },
  },
  "DC.REVENUEPAYBACK": {
    description: "収益納付額 = (A − B) × C / D − E を返します。A − B ≤ 0 のときは 0、結果が負のときも 0（DCTECH-REV-01）。",
    params: {
      revenue: { name: "A収益額", description: "産業財産権等の譲渡・実施権の設定等による収益のうち補助事業の寄与分から関係経費を差し引いた額の累計（円）。一部寄与の場合は 収益 × 寄与率 − 関係経費等（DCTECH-REV-02。例: =B2*1/2-B3）" },
      deduction: { name: "B控除額", description: "補助事業に要した経費のうち自己負担額（円）" },
      grant: { name: "C補助金確定額", description: "補助金確定額（円）" },
      expenditure: { name: "D支出額", description: "補助事業に要した経費と補助事業終了後に追加的に要した経費の合計（円）" },
      alreadyPaid: { name: "E納付済額", description: "前年度までに収益納付を行った額（円）。省略時 0" },
    },
  },
};
