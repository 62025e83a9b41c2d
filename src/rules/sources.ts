/**
 * The documents the rules come from (shared/seeds, digested in shared/rules/RULES.md).
 * Every parameter cites one of these by id plus a locator (the nearest heading).
 * A later edition of a program is a new entry here and a new dated edition, never an edit.
 */
export interface SourceDocument {
  /** Seed file name in shared/seeds. */
  readonly seed: string;
  readonly title: string;
  /** Short Japanese name shown to users in place of the seed file name. */
  readonly shortTitle: string;
  readonly issuer: string;
  /** Version as printed (Ver1.1, 公募要領 date …). */
  readonly version: string;
  /** ISO date of publication or entry into force. */
  readonly published: string;
  /** official: binding text; overview: official but partly 検討中; secondary: a third-party report (warnings only). */
  readonly authority: "official" | "overview" | "secondary";
}

export const SOURCES = {
  "gx-overview-2026-v1.1": {
    seed: "001_bcc3ced3d61acfe1.txt",
    title: "GX地域共創補助金2026（令和8年度 脱炭素電源地域貢献型投資促進事業）概要説明資料",
    shortTitle: "GX地域共創補助金2026 概要説明資料 Ver1.1",
    issuer: "GX地域共創補助金事務局",
    version: "Ver1.1",
    published: "2026-05-26",
    authority: "overview",
  },
  "dc-zero-r6-koubo": {
    seed: "004_83a32f419551a032.txt",
    title: "二酸化炭素排出抑制対策事業費等補助金「データセンターのゼロエミッション化・レジリエンス強化促進事業」公募要領",
    shortTitle: "DCゼロエミ・レジリエンス事業 公募要領（令和6年4月16日）",
    issuer: "一般社団法人地域循環共生社会連携協会",
    version: "令和6年4月16日",
    published: "2024-04-16",
    authority: "official",
  },
  "dctech-r8-youryou": {
    seed: "003_4cf26750886e2764.txt",
    title: "データセンター等デジタル基盤の脱炭素化に向けた環境配慮技術の開発・実証事業 実施要領",
    shortTitle: "環境配慮技術の開発・実証事業 実施要領（令和8年4月7日施行）",
    issuer: "環境省",
    version: "令和8年4月7日施行",
    published: "2026-04-07",
    authority: "official",
  },
  "meti-cloud-report": {
    seed: "000_98b116c15d754bfb.txt",
    title: "比特-瓦特研究報告: 日本政府透過經濟安保推進法…本土AI算力資源建置（クラウドプログラム供給確保計画）",
    shortTitle: "クラウドプログラム供給確保計画 調査レポート（第三者資料）",
    issuer: "Bit-Watt Research Report (third party)",
    version: "undated (cites material up to 2026-02)",
    published: "2026-02-28",
    authority: "secondary",
  },
  "gx-budget-seminar-2025": {
    seed: "002_082ecb27172b1189.txt",
    title: "GX Future Seminar no.10「GX関係予算」(資源エネルギー庁) / no.11",
    shortTitle: "GX関係予算 GX Future Seminar 資料（2025年1月）",
    issuer: "GX推進機構 (講演: 資源エネルギー庁, みずほ銀行産業調査部)",
    version: "2025-01-15 / 2025-01-27",
    published: "2025-01-15",
    authority: "overview",
  },
} as const satisfies Record<string, SourceDocument>;

export type SourceId = keyof typeof SOURCES;

/** "001_bcc3ced3d61acfe1.txt § 支援強度（補助率・補助上限額）" — the citation format of RULES.md. */
export function citation(source: SourceId, locator: string): string {
  return `${SOURCES[source].seed} § ${locator}`;
}

/**
 * A citation as users read it: the seed file name of the RULES.md format replaced by the document's short
 * Japanese name. "004_83a32f419551a032.txt § 1 (4)" → "DCゼロエミ・レジリエンス事業 公募要領（令和6年4月16日） § 1 (4)".
 * Text without a known seed is returned unchanged.
 */
export function readableCitation(citationText: string): string {
  let text = citationText;
  // Every seed named in the text (a finding may cite two documents); already readable text is unchanged.
  for (const s of Object.values(SOURCES) as SourceDocument[]) {
    if (text.includes(s.seed)) text = text.split(s.seed).join(s.shortTitle);
  }
  return text;
}

/** Short Japanese label of a source for findings and the taskpane: "GX地域共創補助金2026 概要説明資料 Ver1.1". */
export function sourceLabel(source: SourceId): string {
  const s: SourceDocument = SOURCES[source];
  return `${s.title}（${s.version}）`;
}
