/**
 * The taskpane (SPEC §6). It reaches the workbook only through the WorkbookPort it is given:
 * OfficeWorkbookPort inside Excel, MemoryWorkbookPort on the demo page and in tests.
 */
import { Body1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useCallback, useMemo, useState } from "react";
import type { WorkbookPort } from "../excel/workbookPort";
import type { ConfirmState } from "./components/ConfirmDialog";
import { Header } from "./components/Header";
import { TaskpaneTabs, type TabId } from "./components/TaskpaneTabs";
import { ValidationPanel } from "./components/ValidationPanel";
import { ChecklistPanel, ConfirmDialog, FactsForm, Notice, PrepareSheets, UndoPanel } from "./lazyPanels";
import { I18nContext, MESSAGES, langOf, type Lang } from "./i18n";
import { checklistFor, programTemplates } from "./rulesApi";
import { useTaskpane, type ConfirmFn } from "./useTaskpane";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "640px",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
  },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

export type { TabId };

export interface AppProps {
  port: WorkbookPort;
  /** UI language; default: from the port's display language (Office.context.displayLanguage). */
  lang?: Lang;
  initialTab?: TabId;
}

export function App({ port, lang, initialTab = "validate" }: AppProps) {
  const s = useStyles();
  const language = lang ?? langOf(port.displayLanguage());
  const i18n = useMemo(() => ({ lang: language, t: MESSAGES[language] }), [language]);
  const [tab, setTab] = useState<TabId>(initialTab);
  const [confirmState, setConfirmState] = useState<ConfirmState | null>(null);
  // The dialog's code loads when first needed, then stays mounted (its closing animation needs it).
  const [dialogUsed, setDialogUsed] = useState(false);

  const confirm = useCallback<ConfirmFn>(
    (kind, cells) =>
      new Promise<boolean>((resolve) => {
        setDialogUsed(true);
        setConfirmState({
          kind,
          cells,
          resolve: (ok) => {
            setConfirmState(null);
            resolve(ok);
          },
        });
      }),
    [],
  );

  const m = useTaskpane(port, confirm, i18n.t);
  const templates = useMemo(() => programTemplates(m.program), [m.program]);
  const checklist = useMemo(() => checklistFor(m.program, m.effectiveType, m.report), [m.program, m.effectiveType, m.report]);
  const sheetNames = useMemo(() => m.workbook?.sheets.map((x) => x.name) ?? [], [m.workbook]);
  const { t } = i18n;

  return (
    <I18nContext.Provider value={i18n}>
      <div className={s.root} lang={language}>
        <Header
          program={m.program}
          type={m.type}
          workbookType={m.effectiveType && !m.type ? m.effectiveType : ""}
          report={m.report}
          onProgram={m.chooseProgram}
          onType={m.chooseType}
        />
        <TaskpaneTabs selected={tab} onSelect={setTab} />
        {m.notice && (
          // Until the MessageBar's code is there (it comes with the panels, preloaded at start), the plain text.
          <Suspense fallback={<Body1>{m.notice.text}</Body1>}>
            <Notice intent={m.notice.intent} text={m.notice.text} />
          </Suspense>
        )}
        <main className={s.panel} role="tabpanel" aria-label={t.tabs[tab]}>
          <Suspense fallback={<Spinner size="tiny" />}>
          {tab === "prepare" && <PrepareSheets
              templates={templates}
              sheetNames={sheetNames}
              detectedKinds={m.report?.detected.map((d) => d.kind) ?? []}
              busy={m.busy !== null} onInsert={m.insertSheets} />}
          {tab === "facts" && <FactsForm program={m.program} workbook={m.workbook} busy={m.busy !== null} onWrite={m.writeFacts} />}
          {tab === "validate" && (
            <ValidationPanel
              report={m.report}
              busy={m.busy}
              marks={m.ledger.marks.length}
              onValidate={m.validate}
              onSelect={m.selectFinding}
              onMark={m.markCells}
              onClear={m.clearMarks}
            />
          )}
          {tab === "undo" && <UndoPanel record={m.undo} busy={m.busy !== null} onUndo={m.undoLast} />}
          {tab === "checklist" && <ChecklistPanel items={checklist} report={m.report} ticks={m.ticks} onTick={m.setTick} />}
          </Suspense>
        </main>
        {dialogUsed && (
          <Suspense fallback={null}>
            <ConfirmDialog state={confirmState} />
          </Suspense>
        )}
      </div>
    </I18nContext.Provider>
  );
}
