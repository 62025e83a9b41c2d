/**
 * Japanese help of the 改善提案 (advisor) custom functions (src/functions/advisor.ts), keyed by function id
 * and by TypeScript parameter name.
 */
import type { FunctionHelpTable } from "./types";

const PROJECT_TYPE = { name: "事業区分", description: "新設 / 改修 / 移設 / コンテナ（new / renovation / relocation / container）" };
const COST = { name: "補助対象経費", description: "補助対象経費（全年度の合計, 円）" };
const LOWER = { name: "うち太陽光・空調等", description: "補助対象経費のうち太陽光発電設備・空調設備等（1/3）の額（円, 省略時 0）" };

export const ADVISOR_HELP_JA: FunctionHelpTable = {
  "DC.BESTSPLIT": {
    description: "補助対象経費を事業期間内（新設・改修は2年度以内）の年度に均等に配分したときの最大の補助金額（円, 各年度の上限を適用）を返します（DC-NEW-CAP-01, DC-NEW-PERIOD-01, DC-RENO-CAP-01）。",
    params: { projectType: PROJECT_TYPE, eligibleCost: COST, lowerRatePart: LOWER },
  },
  "DC.BESTSPLITYEARS": {
    description: "最大の補助金額になる年度配分の年度数（最少の年度数）を返します（DC-NEW-PERIOD-01, DC-RENO-PERIOD-01）。",
    params: { projectType: PROJECT_TYPE, eligibleCost: COST, lowerRatePart: LOWER },
  },
  "GX.TIERIF": {
    description: "計画を変えたときの支援区分 1～5 又は \"対象外\" を返します（GX-MATRIX-01）。変更は + でつなぎます: CPPA（メニュー→CPPA）、新設（既設→新設・再稼働）、立地①、地域貢献（DCは対象外, GX-LOC-02）。",
    params: {
      investmentType: { name: "投資類型", description: "製造 / 製造設備投資型 / manufacturing、又は DC / DC設備投資型 / datacenter" },
      location: { name: "立地要件", description: "現在の立地要件: 1 又は ①（電源立地都道府県）、2 又は ②（地域貢献）" },
      sourceKind: { name: "電源の種類", description: "現在の電源: 新設・再稼働 / 新設、又は 既設含む / 既設" },
      linkage: { name: "電源との紐づき", description: "現在の紐づき: CPPA / 自家発、又は メニュー" },
      supplyRegion: { name: "脱炭素電力供給地域", description: "電源立地都道府県が脱炭素電力供給地域なら TRUE" },
      changes: { name: "変更", description: "CPPA、新設、立地①、地域貢献 を + でつなぐ（例: \"CPPA+新設\"）。省略時は現在の支援区分" },
    },
  },
};
