/**
 * Finding messages in both languages from one catalogue. The rules emit one Japanese sentence per
 * finding; each catalogue entry recognises one such sentence (its `pattern`, named groups = the
 * parameters) and renders it again for display, in Japanese and in English, saying what to do and
 * which figure is off. Numbers come from the finding's own text (the rules' parameter tables), never
 * from here. A message no entry recognises is shown as the rules wrote it, marked untranslated
 * (`translated: false`) so an English pane shows that it fell back.
 */

export type MessageLang = "ja" | "en";

export type MessageParams = Readonly<Record<string, string>>;

export interface FindingMessageEntry {
  /** Message id: the rule id, plus a suffix when one rule writes several sentences. */
  readonly id: string;
  /** Rule ids whose findings this entry may match; "any" when the rule id comes from a parameter table and the sentence names it. */
  readonly ruleIds: readonly string[] | "any";
  /** The Japanese sentence as the rule writes it; named groups are the parameters. */
  readonly pattern: RegExp;
  /** Display text per language. */
  readonly text: Readonly<Record<MessageLang, (p: MessageParams) => string>>;
  /**
   * A knock-on finding: a total or a computed figure that disagrees because lines above it are wrong
   * (合計 mismatch, 補助金所要額 below the computed amount). Shown under its cause / labelled 波及.
   */
  readonly knockOn?: boolean;
  /** The English keeps part of the rules' Japanese (quoted as the documents state it); tests allow it here only. */
  readonly partial?: boolean;
  /** A real message the rule writes (tests parse it and render both languages). */
  readonly sample: string;
}

/** "1,234" / "-48,700,000" → number (NaN when not a number). */
const num = (s: string | undefined): number => Number((s ?? "").replace(/[,，]/g, ""));
const fmt = (n: number, lang: MessageLang): string => n.toLocaleString(lang === "ja" ? "ja-JP" : "en-US", { maximumFractionDigits: 2 });
const yen = (n: number, lang: MessageLang): string => (lang === "ja" ? `${fmt(n, lang)}円` : `¥${fmt(n, lang)}`);
const yenS = (s: string | undefined, lang: MessageLang): string => yen(num(s), lang);

/**
 * English for the official terms and fixed phrases that reach messages as parameters. Terms not
 * listed stay Japanese (official names may), quoted.
 */
export const TERMS_EN: Readonly<Record<string, string>> = {
  金額: "the amount",
  補助対象経費: "the eligible cost",
  総事業費: "the total project cost",
  事務費: "the admin cost",
  "全角文字を半角として読みました": "full-width characters read as half-width",
  "桁区切りのカンマを読み飛ばしました": "thousands separators skipped",
  "既存施設・設備等の撤去費及び処分費": "removal and disposal of existing facilities (既存施設・設備等の撤去費及び処分費)",
  対象外: "not eligible (対象外)",
  大企業: "large company",
  中小企業: "SME",
  中堅企業: "mid-sized company",
  太陽光発電: "solar",
  風力発電: "wind",
  新設: "new build",
  北海道: "Hokkaido",
  東京都: "Tokyo",
  大阪府: "Osaka",
  福岡県: "Fukuoka",
  CPPA: "CPPA",
};

/** A parameter in English: known terms translated, "、"-lists and "・"-lists term by term. */
export function termEn(s: string | undefined): string {
  const v = (s ?? "").trim();
  if (TERMS_EN[v]) return TERMS_EN[v];
  const parts = v.split(/[、・]/);
  if (parts.length > 1 && parts.every((p) => TERMS_EN[p])) return parts.map((p) => TERMS_EN[p]).join(", ");
  const m = /^(.+?)・(.+)$/.exec(v); // "太陽光発電・新設"
  if (m && TERMS_EN[m[1]] && TERMS_EN[m[2]]) return `${TERMS_EN[m[1]]}, ${TERMS_EN[m[2]]}`;
  return v;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "（A、B）" list of how a text was read → English list. */
const howEn = (how: string | undefined): string => {
  const inner = (how ?? "").replace(/^（|）$/g, "");
  return inner ? ` (${inner.split("、").map(termEn).join(", ")})` : "";
};

/** A yen amount as the rules write it ("-48,700,000"), captured as parameter `name`. */
const A = (name: string): string => `(?<${name}>-?[\\d,]+)`;

export const FINDING_MESSAGES: readonly FindingMessageEntry[] = [
  {
    id: "SHEET-NUM-01",
    ruleIds: ["SHEET-NUM-01"],
    pattern: /^数値が文字列として入力されています: (?<what>.+?)「(?<raw>.*)」を (?<value>.+?) として読みました(?<how>（.*?）)?。数値として入力してください（SHEET-NUM-01）。$/u,
    text: {
      ja: (p) => `${p.what}が文字列「${p.raw}」で入力されています。${p.value} として読みました${p.how ?? ""}。数値として入力し直してください。`,
      en: (p) => `${cap(termEn(p.what))} is entered as text "${p.raw}"; it was read as ${p.value}${howEn(p.how)}. Re-enter it as a number.`,
    },
    sample: "数値が文字列として入力されています: 金額「３０，０００，０００」を 30,000,000 として読みました（全角文字を半角として読みました、桁区切りのカンマを読み飛ばしました）。数値として入力してください（SHEET-NUM-01）。",
  },
  {
    id: "SHEET-CELL-01",
    ruleIds: ["SHEET-CELL-01"],
    pattern: /^(?<what>.+?)のセルがエラー値「(?<error>.+?)」です。数式の参照先を確認し、値を入力してください（SHEET-CELL-01）。$/u,
    text: {
      ja: (p) => `${p.what}のセルがエラー値「${p.error}」です。数式の参照先を確認するか、値を入力してください。`,
      en: (p) => `The cell for ${termEn(p.what)} shows the error ${p.error}. Check what its formula refers to, or enter the value.`,
    },
    sample: "総事業費のセルがエラー値「#REF!」です。数式の参照先を確認し、値を入力してください（SHEET-CELL-01）。",
  },
  {
    id: "DC-EXP-03",
    ruleIds: ["DC-EXP-03"],
    pattern: /^「(?<item>.+?)」は「(?<category>.+?)」に当たり補助対象外です（該当語「(?<keyword>.+?)」）。補助対象経費を0円にしてください（DC-EXP-03）。$/u,
    text: {
      ja: (p) => `「${p.item}」は「${p.category}」に当たり、補助対象外です（該当語「${p.keyword}」）。この行の補助対象経費を0円にしてください。`,
      en: (p) => `"${p.item}" counts as ${termEn(p.category)} (matched "${p.keyword}"), which is not eligible. Set this line's eligible cost to 0.`,
    },
    sample: "「既存設備撤去工事」は「既存施設・設備等の撤去費及び処分費」に当たり補助対象外です（該当語「撤去」）。補助対象経費を0円にしてください（DC-EXP-03）。",
  },
  {
    id: "DC-BATT-01",
    ruleIds: ["DC-BATT-01"],
    pattern: new RegExp(`^蓄電池の価格 ${A("n1")}円（(?<kwh>[\\d,.]+)kWh）は ${A("n2")}円/kWh で、業務・産業用の目標価格 ${A("n3")}円/kWh（工事費込み）を超えています（DC-BATT-01）。$`, "u"),
    text: {
      ja: (p) =>
        `蓄電池の価格 ${yenS(p.n1, "ja")}（${p.kwh}kWh）は 1kWh あたり ${yenS(p.n2, "ja")} で、業務・産業用の目標価格 ${yenS(p.n3, "ja")}/kWh（工事費込み）を超えています。` +
        `価格を ${yen(num(p.kwh) * num(p.n3), "ja")} 以下にするか、容量（kWh）の記載を確認してください。`,
      en: (p) =>
        `The battery costs ${yenS(p.n2, "en")}/kWh (${yenS(p.n1, "en")} for ${p.kwh} kWh), above the target price for commercial and industrial use of ${yenS(p.n3, "en")}/kWh including installation. ` +
        `Bring the price down to ${yen(num(p.kwh) * num(p.n3), "en")} or less, or check the stated capacity (kWh).`,
    },
    sample: "蓄電池の価格 150,000,000円（1,000kWh）は 150,000円/kWh で、業務・産業用の目標価格 120,000円/kWh（工事費込み）を超えています（DC-BATT-01）。",
  },
  {
    id: "DC-EXP-01/line",
    ruleIds: ["DC-EXP-01"],
    pattern: new RegExp(`^補助対象経費（${A("n1")}円）が金額（${A("n2")}円）を超えています。補助対象経費は金額の内数です（DC-EXP-01）。$`, "u"),
    text: {
      ja: (p) => `補助対象経費 ${yenS(p.n1, "ja")} が金額 ${yenS(p.n2, "ja")} を ${yen(num(p.n1) - num(p.n2), "ja")} 上回っています。補助対象経費は金額の内数です。${yenS(p.n2, "ja")} 以下にしてください。`,
      en: (p) => `The eligible cost ${yenS(p.n1, "en")} exceeds the line's amount ${yenS(p.n2, "en")} by ${yen(num(p.n1) - num(p.n2), "en")}. The eligible cost is part of the amount: make it ${yenS(p.n2, "en")} or less.`,
    },
    sample: "補助対象経費（6,000,000円）が金額（5,000,000円）を超えています。補助対象経費は金額の内数です（DC-EXP-01）。",
  },
  {
    id: "MOE-ADMIN-01/year",
    ruleIds: ["MOE-ADMIN-01"],
    pattern: new RegExp(`^(?<year>\\d+)年度の事務費 ${A("n1")}円 が上限 ${A("n2")}円（工事費・設備費・業務費 ${A("n3")}円 に対する (?<rates>.+?) の累進）を超えています（MOE-ADMIN-01）。$`, "u"),
    text: {
      ja: (p) =>
        `${p.year}年度の事務費 ${yenS(p.n2, "ja")} が上限 ${yenS(p.n3, "ja")} を ${yen(num(p.n2) - num(p.n3), "ja")} 超えています（工事費・設備費・業務費 ${yenS(p.n4, "ja")} に対する ${p.rates} の累進）。事務費を ${yenS(p.n3, "ja")} 以下にしてください。`,
      en: (p) =>
        `The FY${p.year} admin cost ${yenS(p.n2, "en")} is ${yen(num(p.n2) - num(p.n3), "en")} over its ceiling of ${yenS(p.n3, "en")} (${p.rates} sliding scale on ${yenS(p.n4, "en")} of works, equipment and services). Reduce the admin cost to ${yenS(p.n3, "en")} or less.`,
    },
    sample: "2025年度の事務費 9,000,000円 が上限 7,575,000円（工事費・設備費・業務費 135,000,000円 に対する 6.5% / 5.5% / 4.5% の累進）を超えています（MOE-ADMIN-01）。",
  },
  {
    id: "DC-EXP-04/total",
    ruleIds: ["DC-EXP-04"],
    knockOn: true,
    pattern: new RegExp(`^合計の(?<what>.+?) ${A("n1")}円 が全行の合計 ${A("n2")}円 と一致しません（差額 ${A("n3")}円, DC-EXP-04）。$`, "u"),
    text: {
      ja: (p) => {
        const d = num(p.n1) - num(p.n2);
        return `合計行の${p.what} ${yenS(p.n1, "ja")} は、各行の合計 ${yenS(p.n2, "ja")} より ${yen(Math.abs(d), "ja")} ${d < 0 ? "少ない" : "多い"}です。各行を直したうえで、合計行を各行の合計に合わせてください。`;
      },
      en: (p) => {
        const d = num(p.n1) - num(p.n2);
        return `The total row's ${termEn(p.what).replace(/^the /, "")} ${yenS(p.n1, "en")} is ${yen(Math.abs(d), "en")} ${d < 0 ? "less" : "more"} than the sum of the lines, ${yenS(p.n2, "en")}. Fix the lines, then make the total match their sum.`;
      },
    },
    sample: "合計の金額 373,300,000円 が全行の合計 422,000,000円 と一致しません（差額 -48,700,000円, DC-EXP-04）。",
  },
  {
    id: "computed-mismatch",
    ruleIds: ["DC-EXP-01", "MOE-ADMIN-01"],
    knockOn: true,
    pattern: new RegExp(`^(?<what>.+?) ${A("n1")}円 が経費内訳の行から計算した ${A("n2")}円 と一致しません（(?<rule>[A-Z0-9-]+)）。$`, "u"),
    text: {
      ja: (p) => {
        const d = num(p.n1) - num(p.n2);
        return `${p.what} ${yenS(p.n1, "ja")} は、経費内訳の各行から計算した ${yenS(p.n2, "ja")} より ${yen(Math.abs(d), "ja")} ${d < 0 ? "少ない" : "多い"}です。各行を直したうえで、この欄を計算値に合わせてください。`;
      },
      en: (p) => {
        const d = num(p.n1) - num(p.n2);
        return `${cap(termEn(p.what))} ${yenS(p.n1, "en")} is ${yen(Math.abs(d), "en")} ${d < 0 ? "less" : "more"} than the ${yenS(p.n2, "en")} computed from the expense lines. Fix the lines, then make this figure match.`;
      },
    },
    sample: "補助対象経費 371,300,000円 が経費内訳の行から計算した 423,000,000円 と一致しません（DC-EXP-01）。",
  },
  {
    id: "subsidy-requested/below",
    ruleIds: "any",
    knockOn: true,
    pattern: new RegExp(`^(?:(?<year>\\d+)年度の)?補助金所要額 ${A("n1")}円 が補助率・上限から計算した額 ${A("n2")}円 より少なくなっています。端数処理等の意図どおりか確認してください（(?<rule>[A-Z0-9-]+)）。$`, "u"),
    text: {
      ja: (p) => `${p.year ? `${p.year}年度の` : ""}補助金所要額 ${yenS(p.n1, "ja")} は、補助率・上限から計算した ${yenS(p.n2, "ja")} より ${yen(num(p.n2) - num(p.n1), "ja")} 少なくなっています。端数処理など意図どおりか確認してください。`,
      en: (p) => `The ${p.year ? `FY${p.year} ` : ""}subsidy requested, ${yenS(p.n1, "en")}, is ${yen(num(p.n2) - num(p.n1), "en")} below the ${yenS(p.n2, "en")} the rate and cap give. Check that this is intended (rounding etc.).`,
    },
    sample: "2024年度の補助金所要額 98,000,000円 が補助率・上限から計算した額 119,500,000円 より少なくなっています。端数処理等の意図どおりか確認してください（DC-NEW-CAP-01）。",
  },
  {
    id: "subsidy-requested/above",
    ruleIds: "any",
    knockOn: true,
    pattern: new RegExp(`^(?:(?<year>\\d+)年度の)?補助金所要額 ${A("n1")}円 が補助率・上限から計算した額 ${A("n2")}円 を超えています（(?<type>[^,]+), (?<rule>[A-Z0-9-]+)）。$`, "u"),
    text: {
      ja: (p) => `${p.year ? `${p.year}年度の` : ""}補助金所要額 ${yenS(p.n1, "ja")} が、${p.type}の補助率・上限から計算した ${yenS(p.n2, "ja")} を ${yen(num(p.n1) - num(p.n2), "ja")} 超えています。${yenS(p.n2, "ja")} 以下にしてください。`,
      en: (p) => `The ${p.year ? `FY${p.year} ` : ""}subsidy requested, ${yenS(p.n1, "en")}, is ${yen(num(p.n1) - num(p.n2), "en")} above the ${yenS(p.n2, "en")} the rate and cap for ${termEn(p.type)} give. Reduce it to ${yenS(p.n2, "en")} or less.`,
    },
    sample: "2024年度の補助金所要額 130,000,000円 が補助率・上限から計算した額 119,500,000円 を超えています（新設, DC-NEW-CAP-01）。",
  },
  {
    id: "DC-REV-04/co2",
    ruleIds: ["DC-REV-04"],
    pattern: new RegExp(`^CO2削減コスト ${A("n1")}円/t-CO2（補助対象経費 ${A("n2")}円 ÷ \\(年間CO2削減量 (?<tons>[\\d,.]+)t-CO2 × 法定耐用年数 (?<years>\\d+)年\\)）。(?<type>.+?)には上限の定めがなく、審査項目オ（費用対効果）で評価されます（DC-REV-04）。$`, "u"),
    text: {
      ja: (p) => `CO2削減コストは ${fmt(num(p.n1), "ja")}円/t-CO2 です（補助対象経費 ${yenS(p.n2, "ja")} ÷（年間CO2削減量 ${p.tons}t-CO2 × 法定耐用年数 ${p.years}年））。${p.type}には上限がなく、審査項目オ（費用対効果）で評価されます。`,
      en: (p) => `CO2 reduction cost: ¥${fmt(num(p.n1), "en")}/t-CO2 (eligible cost ${yenS(p.n2, "en")} ÷ (${p.tons} t-CO2 a year × ${p.years}-year statutory useful life)). ${cap(termEn(p.type))} has no ceiling; the review scores cost-effectiveness (review item オ).`,
    },
    sample: "CO2削減コスト 20,628円/t-CO2（補助対象経費 371,300,000円 ÷ (年間CO2削減量 1,200t-CO2 × 法定耐用年数 15年)）。新設には上限の定めがなく、審査項目オ（費用対効果）で評価されます（DC-REV-04）。",
  },
  {
    id: "DC-REV-04/pue",
    ruleIds: ["DC-REV-04"],
    pattern: /^PUE (?<pue>[\d.]+): 審査項目カでは PUE が低い事業に加点されます（想定稼働率と稼働率(?<floor>[\d.]+%?)の両方で算出, (?<rule>[A-Z0-9-]+)）。$/u,
    text: {
      ja: (p) => `PUE ${p.pue}。審査項目カでは PUE が低い事業に加点されます。PUE は想定稼働率と稼働率${p.floor}の両方で算出します（算出の定め: ${p.rule}）。`,
      en: (p) => `PUE ${p.pue}. Review item カ scores a lower PUE higher. Compute it at the expected utilisation and at ${p.floor} (how: ${p.rule}).`,
    },
    sample: "PUE 1.25: 審査項目カでは PUE が低い事業に加点されます（想定稼働率と稼働率50%の両方で算出, DC-REV-03）。",
  },
  {
    id: "DC-NEW-REQ-01",
    ruleIds: ["DC-NEW-REQ-01"],
    pattern: /^再エネ率 (?<share>[\d.]+)% は新設の要件（データセンターの使用電力量の(?<min>[\d.]+)%以上を新規導入の再エネ発電設備で供給）を満たしません（DC-NEW-REQ-01）。$/u,
    text: {
      ja: (p) => `再エネ率 ${p.share}% は新設の要件（データセンターの使用電力量の${p.min}%以上を新規導入の再エネ発電設備で供給）に ${fmt(num(p.min) - num(p.share), "ja")} ポイント足りません。再エネ発電設備の計画を見直すか、再エネ率の記載を確認してください。`,
      en: (p) => `A renewable share of ${p.share}% is ${fmt(num(p.min) - num(p.share), "en")} points short of the new-build requirement: at least ${p.min}% of the data centre's power from newly installed renewable generation. Revise the generation plan or check the stated share.`,
    },
    sample: "再エネ率 8% は新設の要件（データセンターの使用電力量の10%以上を新規導入の再エネ発電設備で供給）を満たしません（DC-NEW-REQ-01）。",
  },
  {
    id: "DC-DOC-04",
    ruleIds: ["DC-DOC-04"],
    pattern: /^このブックに「(?<missing>.+?)」のシートが見つかりません（見つかった様式: (?<found>.+?)）。(?<forms>.+?)は協会のホームページからダウンロードした1つのブックで作成し、シートをばらさずに提出してください（DC-DOC-04）。$/u,
    text: {
      ja: (p) => `このブックに「${p.missing}」のシートがありません（あるのは ${p.found}）。${p.forms}は、協会のホームページからダウンロードした1つのブックで作成し、シートを分けずに提出してください。`,
      en: (p) => `This workbook has no "${p.missing}" sheet (found: ${p.found}). Prepare ${p.forms} in the one workbook downloaded from the association's website and submit it without splitting the sheets.`,
    },
    sample: "このブックに「様式1 応募申請書」のシートが見つかりません（見つかった様式: 別紙1 実施計画書・別紙2 経費内訳）。様式1 応募申請書・別紙1 実施計画書・別紙2 経費内訳は協会のホームページからダウンロードした1つのブックで作成し、シートをばらさずに提出してください（DC-DOC-04）。",
  },
  {
    id: "GX-EXCL-01/caseA",
    ruleIds: ["GX-EXCL-01"],
    pattern: /^電源立地都道府県が脱炭素電力供給地域以外であり、新設・再稼働電源のみでは電力要件②を満たしていません（補助対象外となるケースA, GX-EXCL-01）。供給地域外で支援対象となるのは、新設・再稼働電源のみで電力要件②を満たす場合です（(?<rule>[A-Z0-9-]+)）。$/u,
    text: {
      ja: (p) => `電源立地都道府県が脱炭素電力供給地域ではなく、新設・再稼働電源だけでは電力要件②を満たしていません（補助対象外となるケースA）。供給地域外で支援対象になるのは、新設・再稼働電源だけで電力要件②を満たす場合です（${p.rule}）。`,
      en: (p) => `The power sources' prefecture is not a decarbonised-power supply region, and new or restarted sources alone do not meet power requirement 2 (excluded case A). Outside a supply region, only plans meeting power requirement 2 from new or restarted sources alone are supported (${p.rule}).`,
    },
    sample: "電源立地都道府県が脱炭素電力供給地域以外であり、新設・再稼働電源のみでは電力要件②を満たしていません（補助対象外となるケースA, GX-EXCL-01）。供給地域外で支援対象となるのは、新設・再稼働電源のみで電力要件②を満たす場合です（GX-SUPPLY-02）。",
  },
  {
    id: "GX-PWR-02/met",
    ruleIds: ["GX-PWR-02"],
    pattern: /^電源立地都道府県: (?<pref>.+?)（(?<kwh>[\d,]+)kWh、年間使用電力量の (?<share>[\d.]+)%）。電力要件②（(?<min>[\d.]+)%以上）を満たしています。$/u,
    text: {
      ja: (p) => `電源立地都道府県は${p.pref}です（${p.kwh}kWh、年間使用電力量の ${p.share}%）。電力要件②（${p.min}%以上）を満たしています。`,
      en: (p) => `Power sources' prefecture: ${termEn(p.pref)} (${p.kwh} kWh, ${p.share}% of annual consumption). Power requirement 2 (at least ${p.min}%) is met.`,
    },
    sample: "電源立地都道府県: 北海道（70,000,000kWh、年間使用電力量の 70%）。電力要件②（50%以上）を満たしています。",
  },
  {
    id: "GX-CONTRACT-01",
    ruleIds: ["GX-CONTRACT-01"],
    pattern: /^(?<kind>.+?)の契約期間（(?<source>.+?)）が(?<years>\d+)年です。(?<min>\d+)年以上が必要です（電源の契約期間, GX-CONTRACT-01）。$/u,
    text: {
      ja: (p) => `${p.kind}の契約期間（${p.source}）は${p.years}年で、必要な${p.min}年に${num(p.min) - num(p.years)}年足りません。${p.min}年以上の契約にしてください。`,
      en: (p) => `The ${termEn(p.kind)} contract (${termEn(p.source)}) runs ${p.years} years, ${num(p.min) - num(p.years)} short of the required ${p.min}. Contract for at least ${p.min} years.`,
    },
    sample: "CPPAの契約期間（太陽光発電・新設）が10年です。15年以上が必要です（電源の契約期間, GX-CONTRACT-01）。",
  },
  {
    id: "GX-LOC-02",
    ruleIds: ["GX-LOC-02", "GX-MATRIX-01"],
    pattern: /^(?:支援区分: (?<tier>[^。]+)。)?DC設備投資型では、事業実施場所（(?<site>.+?)）が電源立地都道府県（(?<pref>.+?)）である必要があります（立地要件①のみ, GX-LOC-02）。$/u,
    text: {
      ja: (p) => `${p.tier ? `支援区分: ${p.tier}。` : ""}DC設備投資型では、事業実施場所（${p.site}）が電源立地都道府県（${p.pref}）と同じである必要があります（立地要件①のみ）。`,
      en: (p) => `${p.tier ? `Support tier: ${termEn(p.tier)}. ` : ""}For DC capital investment (DC設備投資型) the site (${termEn(p.site)}) must be in the power sources' prefecture (${termEn(p.pref)}): location requirement 1 only.`,
    },
    sample: "DC設備投資型では、事業実施場所（東京都）が電源立地都道府県（北海道）である必要があります（立地要件①のみ, GX-LOC-02）。",
  },
  {
    id: "GX-MATRIX-01",
    ruleIds: ["GX-MATRIX-01"],
    partial: true,
    pattern: /^支援区分: (?<tier>[^。]+)。GX-MATRIX-01 #(?<row>\d+)（(?<conditions>.+?)）→ (?<result>.+)$/u,
    text: {
      ja: (p) => `支援区分: ${p.tier}（組合せ表の #${p.row}: ${p.conditions}）→ ${p.result}`,
      en: (p) => `Support tier: ${termEn(p.tier)} (row #${p.row} of the combination table). Conditions and outcome as the table states them: ${p.conditions} → ${p.result}`,
    },
    sample: "支援区分: No1。GX-MATRIX-01 #1（電力要件②を充足、脱炭素電力供給地域に該当、立地要件①を充足、新設・再稼働電源のみで電力要件②を充足、自家発・CPPAのみで電力要件②を充足）→ DC設備投資型 No1",
  },
  {
    id: "GX-RATE-02",
    ruleIds: ["GX-RATE-02"],
    pattern: /^補助金額: (?<amount>.+?)（補助率 (?<rate>[^（]+)（(?<size>.+?)）× 補助対象経費 (?<eligible>.+?)、上限 (?<cap>.+?)）。$/u,
    text: {
      ja: (p) => `補助金額は ${p.amount} です（補助率 ${p.rate}（${p.size}）× 補助対象経費 ${p.eligible}、上限 ${p.cap}）。`,
      en: (p) => `Subsidy: ${oku(p.amount)} (rate ${p.rate} for a ${termEn(p.size)} × eligible cost ${oku(p.eligible)}, cap ${oku(p.cap)}).`,
    },
    sample: "補助金額: 100億円（補助率 1/3（大企業）× 補助対象経費 300億円、上限 250億円）。",
  },
];

/** "100億円" → "¥10 billion"; other amounts as given. */
function oku(s: string | undefined): string {
  const m = /^([\d,.]+)億円$/.exec(s ?? "");
  if (!m) return /^[\d,]+円$/.test(s ?? "") ? `¥${(s ?? "").replace("円", "")}` : (s ?? "");
  const n = num(m[1]) * 1e8;
  return n >= 1e9 ? `¥${fmt(n / 1e9, "en")} billion` : `¥${fmt(n / 1e6, "en")} million`;
}

export interface DisplayMessage {
  readonly text: string;
  /** False when no catalogue entry recognised the message: `text` is the rules' own Japanese. */
  readonly translated: boolean;
  readonly id: string | null;
  readonly knockOn: boolean;
}

/** The catalogue entry that recognises a finding's message, with its parameters. */
export function matchFindingMessage(ruleId: string, message: string): { entry: FindingMessageEntry; params: MessageParams } | null {
  for (const entry of FINDING_MESSAGES) {
    if (entry.ruleIds !== "any" && !entry.ruleIds.includes(ruleId)) continue;
    const m = entry.pattern.exec(message);
    if (!m) continue;
    return { entry, params: { ...m.groups } };
  }
  return null;
}

/** Removes the rule's own id from the end of a message: "（差額 …, DC-EXP-04）。" → "（差額 …）。", "（DC-EXP-01）。" → "。". */
export function withoutOwnRuleId(message: string, ruleId: string): string {
  // No escape for "-": in a u-flag pattern "\-" outside a class is a syntax error.
  const id = ruleId.replace(/[/\\^$*+?.()|[\]{}]/g, "\\$&");
  return message
    .replace(new RegExp(`（${id}）`, "gu"), "")
    .replace(new RegExp(`[,、]\\s*${id}）`, "gu"), "）")
    .replace(new RegExp(`\\(${id}\\)`, "gu"), "");
}

/** A finding's message for display in a language: the catalogue's text, else the rules' own (without its rule id). */
export function displayFindingMessage(ruleId: string, message: string, lang: MessageLang): DisplayMessage {
  const hit = matchFindingMessage(ruleId, message);
  if (hit) return { text: hit.entry.text[lang](hit.params), translated: true, id: hit.entry.id, knockOn: hit.entry.knockOn === true };
  return { text: withoutOwnRuleId(message, ruleId), translated: lang === "ja", id: null, knockOn: false };
}
