/* global Office */
/**
 * Taskpane entry (taskpane.html, which also hosts the custom functions: shared runtime).
 * Inside Excel it renders the App on OfficeWorkbookPort in the Fluent theme matching Office's; opened in
 * a plain browser it says where the demo is.
 */
import { Body1, FluentProvider, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { OfficeWorkbookPort } from "../excel/officeWorkbookPort";
import { App } from "./App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { preloadPanels } from "./lazyPanels";
import { MESSAGES, langOf } from "./i18n";
import { loadTheme, themeChoiceOf, themeNow, type ThemeChoice } from "./theme";

// Outside Office (office.js missing or blocked) the shared runtime's functions.js, loaded after this
// script, registers its functions with CustomFunctions.associate: give it a no-op instead of a
// ReferenceError. Inside Office, office.js has defined the real one before this runs.
if (typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions === "undefined") {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };
}

const useStyles = makeStyles({ note: { display: "block", padding: tokens.spacingHorizontalM } });

function OutsideOffice() {
  const t = MESSAGES[langOf(navigator.language)];
  return (
    <Body1 className={useStyles().note} data-testid="outside-office">
      {t.outsideOffice} <Link href="demo.html">demo.html</Link>
    </Body1>
  );
}

const forcedColors = (): MediaQueryList | null => (typeof window.matchMedia === "function" ? window.matchMedia("(forced-colors: active)") : null);

/** The theme Office (inside Excel) and the system's high contrast ask for. */
function officeTheme(excel: boolean): ThemeChoice {
  let office: Office.OfficeTheme | undefined;
  try {
    office = excel && typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  } catch {
    office = undefined; // hosts without the theme API: light
  }
  return themeChoiceOf(office, forcedColors()?.matches ?? false);
}

/**
 * Office's theme, and the system's high contrast, followed while the pane is open. The first render waits for its
 * theme (see below); a later change shows the new theme once its code is here (the previous one until then).
 */
function Themed({ excel }: { excel: boolean }) {
  const [choice, setChoice] = useState<ThemeChoice>(() => officeTheme(excel));
  const [shown, setShown] = useState<ThemeChoice>(() => (themeNow(choice) ? choice : "light"));
  useEffect(() => {
    let live = true;
    void loadTheme(choice).then(() => live && setShown(choice));
    return () => {
      live = false;
    };
  }, [choice]);
  const [port] = useState(() => (excel ? new OfficeWorkbookPort() : null));
  useEffect(() => {
    const mq = forcedColors();
    const update = () => setChoice(officeTheme(excel));
    mq?.addEventListener?.("change", update);
    // Excel has no theme-changed event for add-ins: re-read the theme when the pane gets focus again.
    window.addEventListener("focus", update);
    return () => {
      mq?.removeEventListener?.("change", update);
      window.removeEventListener("focus", update);
    };
  });
  return (
    <FluentProvider theme={themeNow(shown)} data-theme={shown} style={{ minHeight: "100vh" }}>
      {port ? (
        <main>
          {/* The outermost boundary: whatever fails, the pane says what instead of rendering empty. */}
          <ErrorBoundary area={MESSAGES[langOf(port.displayLanguage())].appTitle} lang={langOf(port.displayLanguage())}>
            <App port={port} />
          </ErrorBoundary>
        </main>
      ) : (
        <main>
          <OutsideOffice />
        </main>
      )}
    </FluentProvider>
  );
}

const root = createRoot(document.getElementById("container")!);
// A dark or high-contrast Office first fetches its theme (themes.js): the static loading state stays until then,
// instead of a light pane that turns dark.
const render = (excel: boolean) => {
  const draw = () => root.render(<Themed excel={excel} />);
  if (themeNow(officeTheme(excel))) draw();
  else void loadTheme(officeTheme(excel)).then(draw, draw);
};

if (typeof Office === "undefined") render(false);
else
  void Office.onReady((info) => {
    render(info.host === Office.HostType.Excel);
    // The other tabs' code, once the first view is up.
    setTimeout(preloadPanels, 0);
  });
