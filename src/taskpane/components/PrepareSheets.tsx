/** シートを用意: the program's template sheets, present or missing; inserts the missing ones only. */
import { useMemo } from "react";
import { Badge, Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentAdd20Regular } from "@fluentui/react-icons";
import type { SheetKind } from "../../rules/sheets/report";
import type { SheetTemplate } from "../../rules/sheets/templateTypes";
import { useI18n } from "../i18n";
import { programTemplates } from "../programContent";
import type { TaskpaneProgram } from "../state/programs";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { overflowWrap: "anywhere" },
});

export interface PrepareSheetsProps {
  templates: readonly SheetTemplate[];
  sheetNames: readonly string[];
  /** Sheet kinds the last validation found (a form may sit on a sheet named otherwise). */
  detectedKinds: readonly SheetKind[];
  busy: boolean;
  onInsert: (templates: readonly SheetTemplate[]) => void;
}

export function PrepareSheets({ templates, sheetNames, detectedKinds, busy, onInsert }: PrepareSheetsProps) {
  const { t } = useI18n();
  const s = useStyles();
  if (templates.length === 0) return <Body1>{t.noTemplates}</Body1>;
  const isPresent = (tpl: SheetTemplate): boolean => sheetNames.includes(tpl.sheetName) || detectedKinds.includes(tpl.kind);
  const missing = templates.filter((tpl) => !isPresent(tpl));
  return (
    <>
      <Body1>{t.prepareIntro}</Body1>
      <ul className={s.list}>
        {templates.map((tpl) => {
          const present = isPresent(tpl);
          return (
            <li key={tpl.sheetName} className={s.row}>
              <span className={s.name}>{tpl.sheetName}</span>
              <Badge appearance="tint" color={present ? "success" : "warning"}>
                {present ? t.sheetPresent : t.sheetMissing}
              </Badge>
            </li>
          );
        })}
      </ul>
      <Button appearance="primary" icon={<DocumentAdd20Regular />} disabled={busy || missing.length === 0} onClick={() => onInsert(missing)}>
        {t.insertMissing}
      </Button>
    </>
  );
}

/** The シートを用意 tab: the program's template sheets, computed here so that they load with the tab. */
export function PrepareTab({ program, ...rest }: Omit<PrepareSheetsProps, "templates"> & { program: TaskpaneProgram }) {
  const templates = useMemo(() => programTemplates(program), [program]);
  return <PrepareSheets templates={templates} {...rest} />;
}
