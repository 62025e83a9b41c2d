/**
 * The 47 都道府県 (JIS X 0401 order; general data, not from the sources) so that "福岡" and "福岡県",
 * "東京" and "東京都" name the same 電源立地都道府県.
 */
import { normalizeLabel } from "../../lib/normalize";

export const PREFECTURES: readonly string[] = [
  "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
  "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
  "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
  "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
  "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
];

/** Short form: 北海道 stays, others drop the final 都/府/県 (東京都 → 東京, 京都府 → 京都). */
const shortName = (full: string): string => (full === "北海道" ? full : full.slice(0, -1));

export interface PrefectureName {
  /** Official name when recognised, else the normalised input. */
  readonly name: string;
  readonly known: boolean;
}

/** "福岡" / "福岡県" / " 福岡県 " → 福岡県; unknown text is kept (normalised) and flagged. */
export function normalizePrefecture(text: string): PrefectureName {
  const n = normalizeLabel(text);
  const hit = PREFECTURES.find((full) => n === full || n === shortName(full));
  return hit ? { name: hit, known: true } : { name: n, known: false };
}
