/**
 * The programs the taskpane offers (SPEC §2, §6 header picker) and, per program, the facts of the
 * 入力 form: which labelled cell each fact goes to (SPEC §5 "Facts that decide which rules apply"),
 * its kind of value and the sheet kind that holds it. Labels are the official form labels; the
 * sheet engine reads the same cells.
 */
import type { FactKey } from "../../rules/sheets/factCatalog";

export type TaskpaneProgram = "dc-zero" | "gx-regional" | "meti-cloud";

export const PROGRAMS: readonly TaskpaneProgram[] = ["dc-zero", "gx-regional", "meti-cloud"];

export interface Choice {
  /** As written in the sheet (Japanese, one of the accepted values of SPEC §4). */
  readonly value: string;
  readonly labelEn: string;
}

/** The type picker of the header: 事業区分 (dc-zero) or 投資類型 (gx-regional); meti-cloud has none. */
export interface ProgramTypeInfo {
  /** Fact label the type is passed as (ValidationOptions.facts). */
  readonly factLabel: string | null;
  readonly factLabelEn: string;
  readonly options: readonly Choice[];
}

export const PROGRAM_TYPES: Readonly<Record<TaskpaneProgram, ProgramTypeInfo>> = {
  "dc-zero": {
    factLabel: "事業区分",
    factLabelEn: "Project type",
    options: [
      { value: "新設", labelEn: "New build" },
      { value: "改修", labelEn: "Renovation" },
      { value: "移設", labelEn: "Relocation" },
      { value: "コンテナ", labelEn: "Container" },
    ],
  },
  "gx-regional": {
    factLabel: "投資類型",
    factLabelEn: "Investment type",
    options: [
      { value: "製造設備投資型", labelEn: "Manufacturing" },
      { value: "DC設備投資型", labelEn: "Data center" },
    ],
  },
  "meti-cloud": { factLabel: null, factLabelEn: "", options: [] },
};

export type FactKind = "choice" | "text" | "yesno" | "yen" | "kwh" | "percent" | "number";

export interface FactField {
  /** Form key and the fact of the sheet engine's catalogue (its labels and aliases are searched). */
  readonly label: FactKey;
  readonly labelEn: string;
  readonly kind: FactKind;
  readonly choices?: readonly Choice[];
  /** Unit shown with the label, Japanese and English. */
  readonly unit?: string;
  readonly unitEn?: string;
}

const YES_NO: readonly Choice[] = [
  { value: "はい", labelEn: "Yes" },
  { value: "いいえ", labelEn: "No" },
];

export interface ProgramFacts {
  readonly fields: readonly FactField[];
}

export const PROGRAM_FACTS: Readonly<Record<TaskpaneProgram, ProgramFacts>> = {
  "dc-zero": {
    fields: [
      { label: "事業区分", labelEn: "Project type", kind: "choice", choices: PROGRAM_TYPES["dc-zero"].options },
      { label: "補助対象経費", labelEn: "Eligible cost", kind: "yen", unit: "円", unitEn: "yen" },
      { label: "年間CO2削減量", labelEn: "Annual CO2 reduction", kind: "number", unit: "t-CO2/年", unitEn: "t-CO2/yr" },
      { label: "法定耐用年数", labelEn: "Statutory useful life", kind: "number", unit: "年", unitEn: "years" },
      { label: "再エネ率", labelEn: "Renewable share", kind: "percent", unit: "%", unitEn: "%" },
      { label: "想定稼働率", labelEn: "Expected utilisation", kind: "percent", unit: "%", unitEn: "%" },
      { label: "PUE", labelEn: "PUE", kind: "number" },
    ],
  },
  "gx-regional": {
    fields: [
      { label: "投資類型", labelEn: "Investment type", kind: "choice", choices: PROGRAM_TYPES["gx-regional"].options },
      {
        label: "企業規模",
        labelEn: "Company size",
       
        kind: "choice",
        choices: [
          { value: "大企業", labelEn: "Large" },
          { value: "中堅企業", labelEn: "Mid-sized" },
          { value: "中小企業", labelEn: "SME" },
        ],
      },
      { label: "事業実施場所", labelEn: "Project site (prefecture)", kind: "text" },
      { label: "年間使用電力量", labelEn: "Annual electricity use", kind: "kwh", unit: "kWh", unitEn: "kWh" },
      { label: "補助対象経費", labelEn: "Eligible cost", kind: "yen", unit: "円", unitEn: "yen" },
      { label: "脱炭素電力供給地域", labelEn: "Decarbonised-power supply region", kind: "yesno", choices: YES_NO },
    ],
  },
  "meti-cloud": { fields: [] },
};
