/**
 * The taskpane (SPEC §6). It reaches the workbook only through the WorkbookPort it is given:
 * OfficeWorkbookPort inside Excel, MemoryWorkbookPort on the demo page and in tests.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { Suspense, useCallback, useMemo, useRef, useState } from "react";
import type { WorkbookPort } from "../excel/workbookPort";
import { focusOrigin, type ConfirmState } from "./components/confirmState";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Header } from "./components/Header";
import { TaskpaneTabs, type TabId } from "./components/TaskpaneTabs";
import { ValidationPanel } from "./components/ValidationPanel";
// The other tabs load on demand (panels.js, preloaded once the pane is up): the first view paints sooner.
import { AdvicePanel, ChecklistTab, ConfirmDialog, FactsForm, PrepareTab, UndoPanel } from "./lazyPanels";
import { I18nContext, MESSAGES, langOf, type Lang } from "./i18n";
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
  // The dialog's code comes with panels.js: mounted from the first confirmation on (then kept, for its closing).
  const [dialogUsed, setDialogUsed] = useState(false);
  const opener = useRef<HTMLElement | null>(null);

  const confirm = useCallback<ConfirmFn>(
    (kind, cells, options) =>
      new Promise<boolean>((resolve) => {
        setDialogUsed(true);
        setConfirmState({
          kind,
          cells,
          again: options?.again ?? false,
          returnFocus: (opener.current = focusOrigin(opener.current)),
          resolve: (ok) => {
            setConfirmState(null);
            resolve(ok);
          },
        });
      }),
    [],
  );

  const m = useTaskpane(port, confirm, i18n.t, language);
  const sheetNames = useMemo(() => m.workbook?.sheets.map((x) => x.name) ?? [], [m.workbook]);
  const { t } = i18n;
  const { dismissNotice } = m;
  // A notice belongs to the action on its tab: switching tabs dismisses it.
  const selectTab = useCallback(
    (next: TabId) => {
      setTab(next);
      dismissNotice();
    },
    [dismissNotice],
  );

  return (
    <I18nContext.Provider value={i18n}>
      <div className={s.root} lang={language}>
        <ErrorBoundary area={t.appTitle} lang={language} resetKeys={[m.report]}>
          <Header
            program={m.program}
            type={m.type}
            workbookType={m.effectiveType && !m.type ? m.effectiveType : ""}
            report={m.report}
            onProgram={m.chooseProgram}
            onType={m.chooseType}
          />
        </ErrorBoundary>
        <TaskpaneTabs selected={tab} onSelect={selectTab} />
        {m.notice && (
          <MessageBar intent={m.notice.intent} role={m.notice.intent === "error" ? "alert" : "status"} data-testid="notice">
            <MessageBarBody>{m.notice.text}</MessageBarBody>
            <MessageBarActions
              containerAction={<Button appearance="transparent" size="small" icon={<Dismiss20Regular />} aria-label={t.dismiss} onClick={m.dismissNotice} />}
            />
          </MessageBar>
        )}
        <div className={s.panel} role="tabpanel" aria-label={t.tabs[tab]} id="taskpane-panel">
          {/* One boundary per tab: a panel that fails to render shows why; the other tabs stay usable. */}
          <ErrorBoundary key={tab} area={t.tabs[tab]} lang={language} resetKeys={[m.workbook, m.report, m.program]}>
          <Suspense fallback={<Spinner size="tiny" />}>
          {tab === "prepare" && <PrepareTab
              program={m.program}
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
          {tab === "validate" && m.report && <AdvicePanel workbook={m.workbook} program={m.program} type={m.type} />}
          {tab === "undo" && <UndoPanel record={m.undo} busy={m.busy !== null} onUndo={m.undoLast} />}
          {tab === "checklist" && <ChecklistTab program={m.program} type={m.effectiveType} report={m.report} ticks={m.ticks} onTick={m.setTick} />}
          </Suspense>
          </ErrorBoundary>
        </div>
        {dialogUsed && (
          <Suspense fallback={null}>
            <ConfirmDialog state={confirmState} />
          </Suspense>
        )}
      </div>
    </I18nContext.Provider>
  );
}
