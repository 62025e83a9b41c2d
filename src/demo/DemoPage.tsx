/**
 * The demo page's layout: a toolbar (example, language, reset), the workbook, the taskpane at its usual
 * width. The language stands in for Office's display language: it is set on the port, and the taskpane
 * picks its UI language from port.displayLanguage() exactly as inside Excel. `?lang=en` (or `ja`) in the
 * address chooses it; else the last choice, else the browser's language. The theme switch shows the
 * Fluent themes the taskpane follows inside Office (light, dark, high contrast); `?theme=` chooses it.
 * Below 720 px the workbook and the pane stack, each with a height of its own, and the page scrolls.
 */
import { Button, Field, FluentProvider, MessageBar, MessageBarBody, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowReset20Regular } from "@fluentui/react-icons";
import { useEffect, useState, useSyncExternalStore } from "react";
import { MemoryWorkbookPort, type StorageLike, type StorageStatus } from "../excel/memoryWorkbookPort";
import { App } from "../taskpane/App";
import { ErrorBoundary } from "../taskpane/components/ErrorBoundary";
import { MESSAGES, langOf, type Lang } from "../taskpane/i18n";
import type { ThemeChoice } from "../taskpane/theme";
import { FLUENT_THEMES } from "../taskpane/themes";
import { DemoWorkbook } from "./DemoWorkbook";
import { DEFAULT_EXAMPLE, EXAMPLES, exampleById } from "./examples";

const NARROW = "@media (max-width: 720px)";

const useStyles = makeStyles({
  provider: { height: "100%" },
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    [NARROW]: { height: "auto", minHeight: "100%" },
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    [NARROW]: { gap: tokens.spacingHorizontalS },
  },
  title: { marginRight: "auto", alignSelf: "center", [NARROW]: { flexBasis: "100%" } },
  // A Select is as wide as its longest option unless told otherwise: at 320 px the example names would overflow.
  field: { minWidth: 0, maxWidth: "100%", [NARROW]: { flex: "1 1 120px" } },
  select: { minWidth: 0, maxWidth: "100%", width: "100%" },
  body: {
    display: "flex",
    flex: 1,
    minHeight: 0,
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    [NARROW]: { flexDirection: "column", flex: "none", padding: tokens.spacingHorizontalS },
  },
  // The workbook keeps a usable height when stacked above the pane (it would collapse to 0 px in a column).
  workbook: { display: "flex", flex: 1, minWidth: 0, minHeight: 0, [NARROW]: { flex: "none", height: "60vh", minHeight: "280px" } },
  pane: {
    width: "320px",
    flexShrink: 0,
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    [NARROW]: { width: "auto", overflowY: "visible" },
  },
});

/** The demo's messages about its storage (local: the shared catalogue is the taskpane's). */
const STORAGE_TEXT = {
  ja: {
    unreadable: "保存されていたブックを読めなかったため、サンプルを読み込み直しました。",
    notSaved: "ブラウザーの保存領域がいっぱいのため、変更を保存できません。変更はこのページを閉じるまで保持されます（再読み込みすると失われます）。",
    workbook: "ブック",
    pane: "作業ウィンドウ",
    reset: "サンプルを読み込み直す",
  },
  en: {
    unreadable: "The stored workbook could not be read, so the example was loaded again.",
    notSaved: "The browser's storage is full, so changes cannot be saved. They are kept until this page is closed (a reload loses them).",
    workbook: "Workbook",
    pane: "Task pane",
    reset: "Reload the example",
  },
} as const;

/** localStorage may refuse (full quota, disabled): the demo goes on with what it has in memory. */
function safeSet(storage: StorageLike, key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch {
    // The choice of example / language is a convenience; the workbook's own status is shown.
  }
}

function safeGet(storage: StorageLike, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

const THEME_KEY = "gxdc-demo-theme";
const asTheme = (v: string | null | undefined): ThemeChoice | null => (v === "light" || v === "dark" || v === "contrast" ? v : null);

const EXAMPLE_KEY = "gxdc-demo-example";
const LANG_KEY = "gxdc-demo-lang";

const asLang = (v: string | null | undefined): Lang | null => (v === "ja" || v === "en" ? v : null);
const officeLanguage = (lang: Lang): string => (lang === "ja" ? "ja-JP" : "en-US");

/** ?lang= in the address, else the stored choice, else the browser's language. */
export function initialLang(search: string, stored: string | null, browser: string): Lang {
  return asLang(new URLSearchParams(search).get("lang")) ?? asLang(stored) ?? langOf(browser);
}

export function DemoPage({ storage }: { storage: StorageLike }) {
  const s = useStyles();
  const [exampleId, setExampleId] = useState<string>(() => exampleById(safeGet(storage, EXAMPLE_KEY))?.id ?? DEFAULT_EXAMPLE);
  const [lang, setLang] = useState<Lang>(() => initialLang(window.location.search, safeGet(storage, LANG_KEY), navigator.language));
  const [theme, setTheme] = useState<ThemeChoice>(() => asTheme(new URLSearchParams(window.location.search).get("theme")) ?? asTheme(safeGet(storage, THEME_KEY)) ?? "light");
  const [appKey, setAppKey] = useState(0);
  const t = MESSAGES[lang];
  // One port for the page's life: switching examples resets its contents instead.
  const [port] = useState(
    () => new MemoryWorkbookPort({ initial: exampleById(exampleId)!.build(), storage, language: officeLanguage(lang), fileName: exampleById(exampleId)!.fileName }),
  );

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const status: StorageStatus = useSyncExternalStore(
    (cb) => port.subscribe(cb),
    () => port.storageStatus(),
  );
  const text = STORAGE_TEXT[lang];

  const load = (id: string) => {
    setExampleId(id);
    safeSet(storage, EXAMPLE_KEY, id);
    port.setFileName(exampleById(id)!.fileName);
    port.reset(exampleById(id)!.build());
    setAppKey((k) => k + 1);
  };

  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} className={s.provider} data-theme={theme}>
    <div className={s.page}>
      <header className={s.toolbar}>
        <Subtitle2 as="h1" className={s.title}>
          {lang === "ja" ? "デモ: Excel なしで試す" : "Demo: try it without Excel"}
        </Subtitle2>
        <Field label={lang === "ja" ? "サンプル" : "Example"} size="small" className={s.field}>
          <Select size="small" className={s.select} value={exampleId} onChange={(_, d) => load(d.value)} data-testid="example">
            {EXAMPLES.map((e) => (
              <option key={e.id} value={e.id}>
                {lang === "ja" ? e.label : e.labelEn}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={lang === "ja" ? "言語" : "Language"} size="small" className={s.field}>
          <Select
            size="small"
            className={s.select}
            value={lang}
            onChange={(_, d) => {
              const next = asLang(d.value) ?? "ja";
              port.setDisplayLanguage(officeLanguage(next));
              setLang(next);
              safeSet(storage, LANG_KEY, next);
              setAppKey((k) => k + 1);
            }}
          >
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </Select>
        </Field>
        <Field label={t.theme} size="small" className={s.field}>
          <Select
            size="small"
            className={s.select}
            value={theme}
            data-testid="theme"
            onChange={(_, d) => {
              const next = asTheme(d.value) ?? "light";
              setTheme(next);
              safeSet(storage, THEME_KEY, next);
            }}
          >
            {(["light", "dark", "contrast"] as const).map((c) => (
              <option key={c} value={c}>
                {t.themeNames[c]}
              </option>
            ))}
          </Select>
        </Field>
        <Button icon={<ArrowReset20Regular />} onClick={() => load(exampleId)} data-testid="reset">
          {lang === "ja" ? "リセット" : "Reset"}
        </Button>
      </header>
      {status.kind !== "ok" && (
        <MessageBar intent="warning" data-testid="storage-status" data-kind={status.kind}>
          <MessageBarBody>{text[status.kind]}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.body}>
        <main className={s.workbook}>
          {/* A workbook that cannot be shown (bad stored state) offers to reload the example instead of a blank page. */}
          <ErrorBoundary area={text.workbook} lang={lang} resetKeys={[appKey]} action={{ label: text.reset, run: () => load(exampleId) }}>
            <DemoWorkbook port={port} lang={lang} />
          </ErrorBoundary>
        </main>
        <aside className={s.pane} aria-label={text.pane} data-testid="taskpane">
          <ErrorBoundary area={text.pane} lang={lang} resetKeys={[appKey]} action={{ label: text.reset, run: () => load(exampleId) }}>
            <App key={appKey} port={port} />
          </ErrorBoundary>
        </aside>
      </div>
    </div>
    </FluentProvider>
  );
}
