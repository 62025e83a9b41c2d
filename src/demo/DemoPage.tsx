/**
 * The demo page's layout: a toolbar (example, language, reset), the workbook, the taskpane at its usual
 * width. The language stands in for Office's display language: it is set on the port, and the taskpane
 * picks its UI language from port.displayLanguage() exactly as inside Excel. `?lang=en` (or `ja`) in the
 * address chooses it; else the last choice, else the browser's language.
 */
import { Button, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowReset20Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { MemoryWorkbookPort, type StorageLike } from "../excel/memoryWorkbookPort";
import { App } from "../taskpane/App";
import { langOf, type Lang } from "../taskpane/i18n";
import { DemoWorkbook } from "./DemoWorkbook";
import { DEFAULT_EXAMPLE, EXAMPLES, exampleById } from "./examples";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100%", boxSizing: "border-box", backgroundColor: tokens.colorNeutralBackground2 },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { marginRight: "auto", alignSelf: "center" },
  body: { display: "flex", flex: 1, minHeight: 0, gap: tokens.spacingHorizontalM, padding: tokens.spacingHorizontalM, "@media (max-width: 720px)": { flexDirection: "column" } },
  pane: {
    width: "320px",
    flexShrink: 0,
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    "@media (max-width: 720px)": { width: "auto" },
  },
});

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
  const [appKey, setAppKey] = useState(0);
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
    <div className={s.page}>
      <div className={s.toolbar}>
        <Subtitle2 as="h1" className={s.title}>
          {lang === "ja" ? "デモ: Excel なしで試す" : "Demo: try it without Excel"}
        </Subtitle2>
        <Field label={lang === "ja" ? "サンプル" : "Example"} size="small">
          <Select size="small" value={exampleId} onChange={(_, d) => load(d.value)} data-testid="example">
            {EXAMPLES.map((e) => (
              <option key={e.id} value={e.id}>
                {lang === "ja" ? e.label : e.labelEn}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={lang === "ja" ? "言語" : "Language"} size="small">
          <Select
            size="small"
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
        <Button icon={<ArrowReset20Regular />} onClick={() => load(exampleId)} data-testid="reset">
          {lang === "ja" ? "リセット" : "Reset"}
        </Button>
      </div>
      <div className={s.body}>
        <DemoWorkbook port={port} lang={lang} />
        <aside className={s.pane} aria-label={lang === "ja" ? "作業ウィンドウ" : "Task pane"} data-testid="taskpane">
          <App key={appKey} port={port} />
        </aside>
      </div>
    </div>
  );
}
