/**
 * Citation of every GX rule id this program reports, as in RULES.md §2 ("seed § nearest heading").
 * Rules that carry numbers are cited through their param (cite(param)); this table covers the rest
 * and the checklist.
 */
import { citation } from "../../sources";
import { GX_OVERVIEW_SOURCE } from "./source";

const SOURCE = GX_OVERVIEW_SOURCE;

export const GX_LOCATORS: Readonly<Record<string, string>> = {
  "GX-ELIG-01": "補助対象者の要件について",
  "GX-ELIG-02": "補助対象者の要件について",
  "GX-ELIG-03": "補助対象者の要件について",
  "GX-ELIG-04": "補助対象者の要件について",
  "GX-ELIG-05": "補助対象者の要件について",
  "GX-ELIG-06": "補助対象者の要件について",
  "GX-ELIG-07": "補助対象者の要件について",
  "GX-SIZE-01": "補助対象者の要件について",
  "GX-MININV-01": "「GX戦略地域制度」の類型 (支援事業者)",
  "GX-BIZ-M-01": "補助対象事業の要件 (I. 製造設備投資型)",
  "GX-BIZ-M-02": "補助対象事業の要件 (I. 製造設備投資型)",
  "GX-BIZ-DC-01": "補助対象事業の要件 (II. データセンター設備投資型)",
  "GX-BIZ-DC-02": "補助対象事業の要件 (II. データセンター設備投資型)",
  "GX-BIZ-DC-03": "補助対象事業の要件 (II. データセンター設備投資型)",
  "GX-PWR-01": "補助対象事業の要件 (電力要件)",
  "GX-PWR-02": "補助対象事業の要件 (電力要件)",
  "GX-PWR-03": "補助対象事業の要件 (電力要件 b.)",
  "GX-PWR-04": "補助対象事業の要件 (電力要件 a.)",
  "GX-PWR-05": "注意事項 (電力要件)",
  "GX-PWR-06": "注意事項 (電力要件)",
  "GX-PWR-07": "注意事項 (電力要件 ※)",
  "GX-PWR-08": "電源との紐づき",
  "GX-PWR-09": "脱炭素電源と取り扱う電源種等（2/2） ※13",
  "GX-LOC-01": "事業の要件 ｜ 立地要件について",
  "GX-LOC-02": "立地要件 (II. データセンター設備投資型) 注意事項",
  "GX-LOC-03": "事業の要件 ｜ 立地要件について (注意事項)",
  "GX-RATE-01": "支援強度（補助率・補助上限額）",
  "GX-RATE-02": "支援強度（補助率・補助上限額）",
  "GX-RATE-03": "支援強度（補助率・補助上限額）",
  "GX-MATRIX-01": "【参考】電力要件・立地要件の組合せと支援強度",
  "GX-MATRIX-02": "【参考】電力要件・立地要件の組合せと支援強度",
  "GX-EXCL-01": "【補足】脱炭素要件について、補助対象外となるケース",
  "GX-SRC-01": "脱炭素電源と取り扱う電源種等（1/2）",
  "GX-SRC-02": "脱炭素電源と取り扱う電源種等（2/2）",
  "GX-SRC-03": "脱炭素電源と取り扱う電源種等（2/2） ※2",
  "GX-SRC-04": "脱炭素電源と取り扱う電源種等（2/2） ※5",
  "GX-SUPPLY-01": "脱炭素電力供給地域",
  "GX-SUPPLY-02": "脱炭素電力供給地域",
  "GX-SUPPLY-03": "脱炭素電力供給地域 (既設電源を活用する場合(No.2,3,5))",
  "GX-CONTRACT-01": "電源の契約期間",
  "GX-CONTRIB-01": "事業の要件 ｜ 立地要件について (注意事項)",
  "GX-CONTRIB-02": "補助金の申請 ｜ コミットメントの提出、フォローアップへの対応",
  "GX-APPL-01": "本事業のスケジュール (申請主体)",
  "GX-APPL-02": "本事業のスケジュール (申請単位)",
  "GX-DISC-01": "FIT/FIP認定の取得予定がない場合は、以下を実施すること (太陽光発電)",
  "GX-DISC-02": "FIT/FIP認定の取得予定がない場合は、以下を実施すること",
  "GX-COMMIT-01": "補助金の申請 ｜ コミットメントの提出、フォローアップへの対応",
  "GX-COMMIT-02": "自治体が実施する「A) 電源規律の確保」",
  "GX-APPL-03": "本事業のスケジュール (その他)",
};

/** "001_bcc3ced3d61acfe1.txt § 電源の契約期間" for a GX rule id. */
export function citeRule(ruleId: string): string {
  const locator = GX_LOCATORS[ruleId];
  if (!locator) throw new RangeError(`citeRule: no locator for ${ruleId}`);
  return citation(SOURCE, locator);
}
