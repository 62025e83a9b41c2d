/**
 * English for the checklist notes, keyed by the rules' Japanese note (src/rules/programs/*\/checklist.ts).
 * A note without an entry shows folded in Japanese, marked as such. Counts and deadlines are not restated
 * here: where a note carries a number from the documents, the English points to its rule id instead.
 */
export const CHECKLIST_NOTES_EN: Readonly<Record<string, string>> = {
  "DC.FINANCIALCHECK で各者を確認できます。": "DC.FINANCIALCHECK checks each company.",
  "各事業者の定款又は登記簿（ス）・会社概要（サ）・決算報告書（シ）を揃え、選んだ申請形態を実施計画書に記載しておく。":
    "Gather each company's articles or register (M), brochure (K) and financial statements (L); state the chosen form of application in the implementation plan.",
  "実施体制フロー図（タ）に各者の役割を示す。採択後に変更できないため、応募前に体制を確定しておく。":
    "Show each party's role in the organisation chart (P). It cannot change after selection: settle it before applying.",
  "リース契約書（案）と、補助金相当分の減額が分かるリース料の計算書を保存・提出する。":
    "Keep and submit the draft lease contract and a lease-fee calculation showing the reduction by the subsidy.",
  "PPA契約書（案）と料金の算定根拠（補助金相当分の減額）を保存・提出する。移設の公募要領にはオンサイトPPAの定めがない。":
    "Keep and submit the draft PPA and the basis of its price (reduced by the subsidy). The relocation call has no provision for on-site PPAs.",
  "事業用地がこれらの区域に当たるかを自治体の区域図等で確認して記録し、当たる場合は市町村の同意書を取得して提出する。":
    "Check on the municipality's zoning maps whether the site lies in these zones and record it; if it does, obtain and submit the municipality's consent.",
  "電力供給契約・PPA契約で環境価値の帰属先（需要家）を明記しておく。": "State in the supply contract or PPA that the environmental value belongs to the consumer.",
  "電力の供給形態（自家消費・自営線・系統からの購入）をシステム全体概要図（ウ）に示す。":
    "Show how power is supplied (own use, private line, purchase from the grid) in the overall system diagram (C).",
  "太陽光は VI (11) (a)–(m)（説明会等、柵塀・標識、廃棄等費用の積立等）も確認し、説明会等の実施記録を保存する。":
    "For solar, also check VI (11) (a)–(m) (briefings, fences and signs, reserves for disposal costs …) and keep records of the briefings held.",
  "導入開始日を工程表（ソ）・契約書で示せるようにしておく。公募開始日より前に着手した設備は協会に確認する。":
    "Be ready to show the start of installation in the schedule (O) and contracts. Ask the association about equipment started before the call opened.",
  "SIIの登録製品一覧で型番を確認し、確認日と画面の写しを保存する。経費内訳に「家庭用」の蓄電池があれば警告します。":
    "Check the model number in SII's list of registered products; keep the date and a screenshot. A household battery in the expense breakdown is flagged as a warning.",
  "接待・飲食・贈答等は経費内訳でエラーにします。各行に別表第2が求める資料（使途目的、人数、単価、金額等）を用意する。":
    "Entertainment, meals and gifts are errors in the expense breakdown. Prepare for each line what Appended Table 2 asks for (purpose, number of people, unit price, amount …).",
  "ダウンロードした日と版を記録し、公募期間中に様式が更新されていないか確認する。": "Record the download date and version; check that the forms were not updated during the call.",
  "法律に基づく設立の認可を受けている法人は、申請年度の事業計画及び収支予算の案（作成していなければ不要）。各者の設立日と決算月から必要な期数を確認する。":
    "Corporations established under a statutory approval: the draft business plan and budget for the application year (not needed if none is prepared). Check the number of periods needed from each company's founding date and fiscal year end.",
  "Excel。別紙1・別紙2と同じブックのまま提出（DC-DOC-04）。": "Excel. Submit in the same workbook as 別紙1 and 別紙2 (DC-DOC-04).",
  "Excel。": "Excel.",
  "PDF。": "PDF.",
  "Excel 又は PowerPoint + PDF（書式自由）。": "Excel or PowerPoint + PDF (free format).",
  "Excel。環境省ホームページからダウンロード。": "Excel. Download from the Ministry of the Environment's website.",
  "Excel。想定年間電力消費量・法定耐用年数等の設定根拠。": "Excel. Basis of the assumed annual power use, statutory useful life etc.",
  "PDF。電力購入・証書を含む。": "PDF. Including purchased power and certificates.",
  "PowerPoint + PDF（協会の様式）。": "PowerPoint + PDF (the association's form).",
  "PDF。利用者（顧客等）の申込書等。": "PDF. Users' (customers') applications etc.",
  "PDF。交付を受けようとする者全て。": "PDF. From every party applying for the grant.",
  "PDF。直近3決算期の貸借対照表及び損益計算書（設立年数により1–2期、DC-DOC-03）。":
    "PDF. Balance sheets and income statements of the latest fiscal periods the call requires (fewer for young companies: DC-DOC-03).",
  "Excel。賃金引き上げ計画がある場合のみ。": "Excel. Only with a wage-increase plan.",
  "DC.PUE で移設元・移設先の PUE を比べてください。": "Compare the PUE before and after relocation with DC.PUE.",
  "中古・再生品のICT機器は経費内訳で警告します。機器の仕様書で高効率・新鋭であることを示す。":
    "Used or refurbished ICT equipment is flagged in the expense breakdown. Show with the specifications that the equipment is new and efficient.",
  "経費内訳に再エネ設備の行がない場合は警告します。設備の仕様書と工程表（ソ）で導入開始日を示せるようにしておく。":
    "Warns when the expense breakdown has no renewable-generation line. Be ready to show the start of installation with specifications and the schedule (O).",
  "ハード対策事業計算ファイル（エ）とCO2削減効果の根拠資料（オ）で算出過程と引用元を示す。":
    "Show the calculation and its sources in the MOE calculation file (D) and the CO2 reduction basis (E).",
  "実施体制フロー図（タ）と保守計画（保守委託先・点検頻度・途絶リスクへの対応）を用意する。":
    "Prepare the organisation chart (P) and a maintenance plan (contractor, inspection frequency, handling of outage risks).",
  "共同実施者を含む全事業者から同意を得ておく。": "Obtain the consent of every company, joint implementers included.",
  // GX地域共創 (the long A)–L) and per-source notes depend on the plan and stay folded in Japanese)
  "発電事業者や自治体とのコンソーシアム申請ではない。単独では計画が成立しない場合のみ共同申請可（リース会社、法人格を有するJV、コンソーシアム等）。幹事会社は申請・事業実施に関して共同実施者の管理義務を負う":
    "Not a consortium application with the power producer or the municipality. A joint application only where the plan cannot stand alone (lease companies, incorporated JVs, consortia …); the lead company manages the joint implementers for the application and the project.",
  "投資額の下限（GX-MININV-01）も申請単位ごとの補助対象経費で判定（AMB-20）": "The minimum investment (GX-MININV-01) is also judged on the eligible cost per application (AMB-20).",
  "詳細は検討中（概要説明資料）": "Details still under consideration (briefing material).",
  "個人事業主は申請できない読み方（AMB-21）": "Read as: sole proprietors cannot apply (AMB-21).",
  "自家発電は契約期間の確認対象外（AMB-24）": "Own generation is not subject to the contract-period check (AMB-24).",
  "目安は GX.CONTRIBUTION で計算できます。目安であり上限・下限ではない（AMB-17）。合意は GX-CONTRIB-02":
    "GX.CONTRIBUTION computes the guideline amount. It is a guide, neither a cap nor a floor (AMB-17). Agreement: GX-CONTRIB-02.",
  "応募申請時・交付申請時に提出（GX-COMMIT-02 参照）": "Submit with the application and with the grant request (see GX-COMMIT-02).",
  "目安貢献額（GX-CONTRIB-01）を基に、自治体が需要家と調整のうえ合意（GX-COMMIT-01 C）。応募申請時・交付申請時に提出":
    "Agreed by the municipality with the consumer, based on the guideline contribution (GX-CONTRIB-01; GX-COMMIT-01 C). Submit with the application and with the grant request.",
  "「説明会及び事前周知措置実施ガイドライン」（資源エネルギー庁）に基づく。申請・選定との前後関係は問わない。実施を証する資料（同ガイドラインの付録様式）を発電事業者から自治体に提出し、自治体が確認":
    "Under the Agency for Natural Resources and Energy's guideline on briefings and advance notice; before or after application and selection alike. The producer submits evidence (the guideline's appendix form) to the municipality, which checks it.",
  "太陽光の設備容量は系列ごとに min(太陽電池, PCS) の合計（GX.PVCAPACITY）。応募書類の一覧は概要説明資料にない（GX-NA-01）。":
    "Solar capacity: the sum over systems of min(modules, PCS) (GX.PVCAPACITY). The briefing material has no list of application documents (GX-NA-01).",
  // クラウドプログラム
  "書式・列構成は出典に記載なし（AMB-06）。出典は第三者レポート（二次資料）。公式資料で確認すること（AMB-01）。":
    "The source gives no format or columns (AMB-06). The source is a third-party report (secondary): confirm with the official documents (AMB-01).",
  "出典は第三者レポート（二次資料）。公式資料で確認すること（AMB-01）。": "The source is a third-party report (secondary): confirm with the official documents (AMB-01).",
  "推奨であり必須ではない（AMB-05）。出典は第三者レポート（二次資料）。公式資料で確認すること（AMB-01）。":
    "Recommended, not required (AMB-05). The source is a third-party report (secondary): confirm with the official documents (AMB-01).",
};
