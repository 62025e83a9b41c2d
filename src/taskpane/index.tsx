/* global Office */
/**
 * Taskpane entry (taskpane.html, which also hosts the custom functions: shared runtime).
 * Inside Excel it renders the App on OfficeWorkbookPort; opened in a plain browser it says where the demo is.
 */
import { Body1, FluentProvider, Link, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { OfficeWorkbookPort } from "../excel/officeWorkbookPort";
import { App } from "./App";
import { preloadPanels } from "./lazyPanels";
import { MESSAGES, langOf } from "./i18n";

const useStyles = makeStyles({ note: { display: "block", padding: tokens.spacingHorizontalM } });

function OutsideOffice() {
  const t = MESSAGES[langOf(navigator.language)];
  return (
    <Body1 className={useStyles().note} data-testid="outside-office">
      {t.outsideOffice} <Link href="demo.html">demo.html</Link>
    </Body1>
  );
}

const root = createRoot(document.getElementById("container")!);
const render = (excel: boolean) =>
  root.render(<FluentProvider theme={webLightTheme}>{excel ? <App port={new OfficeWorkbookPort()} /> : <OutsideOffice />}</FluentProvider>);

if (typeof Office === "undefined") render(false);
else
  void Office.onReady((info) => {
    render(info.host === Office.HostType.Excel);
    // The other tabs' code, once the first view is up.
    setTimeout(preloadPanels, 0);
  });
