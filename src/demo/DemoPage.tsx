/**
 * The demo page's layout: a toolbar (example, language, reset), the workbook, the taskpane at its usual
 * width. The language stands in for Office's display language: it is set on the port, and the taskpane
 * picks its UI language from port.displayLanguage() exactly as inside Excel. `?lang=en` (or `ja`) in the
 * address chooses it; else the last choice, else the browser's language. The theme switch shows the
 * Fluent themes the taskpane follows inside Office (light, dark, high contrast); `?theme=` chooses it.
 * Below 720 px the workbook and the pane stack, each with a height of its own, and the page scrolls.
 */
import { Button, Field, FluentProvider, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowReset20Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { MemoryWorkbookPort, type StorageLike } from "../excel/memoryWorkbookPort";
import { App } from "../taskpane/App";
import { MESSAGES, langOf, type Lang } from "../taskpane/i18n";
import { FLUENT_THEMES, type ThemeChoice } from "../taskpane/theme";
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
  const [exampleId, setExampleId] = useState<string>(() => exampleById(storage.getItem(EXAMPLE_KEY))?.id ?? DEFAULT_EXAMPLE);
  const [lang, setLang] = useState<Lang>(() => initialLang(window.location.search, storage.getItem(LANG_KEY), navigator.language));
  const [theme, setTheme] = useState<ThemeChoice>(() => asTheme(new URLSearchParams(window.location.search).get("theme")) ?? asTheme(storage.getItem(THEME_KEY)) ?? "light");
  const [appKey, setAppKey] = useState(0);
  const t = MESSAGES[lang];
  // One port for the page's life: switching examples resets its contents instead.
  const [port] = useState(
    () => new MemoryWorkbookPort({ initial: exampleById(exampleId)!.build(), storage, language: officeLanguage(lang), fileName: exampleById(exampleId)!.fileName }),
  );

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const load = (id: string) => {
    setExampleId(id);
    storage.setItem(EXAMPLE_KEY, id);
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
              storage.setItem(LANG_KEY, next);
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
              storage.setItem(THEME_KEY, next);
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
      <div className={s.body}>
        <main className={s.workbook}>
          <DemoWorkbook port={port} lang={lang} />
        </main>
        <aside className={s.pane} aria-label={lang === "ja" ? "作業ウィンドウ" : "Task pane"} data-testid="taskpane">
          <App key={appKey} port={port} />
        </aside>
      </div>
    </div>
    </FluentProvider>
  );
}
