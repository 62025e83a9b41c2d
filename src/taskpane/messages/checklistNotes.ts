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
};
