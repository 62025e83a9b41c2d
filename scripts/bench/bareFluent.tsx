/**
 * The yardstick of `npm run bench` goal 5: a bare Fluent UI page (provider, a title and a button, no add-in
 * code). The bench pads it to the taskpane's script bytes with code that is parsed and never run.
 */
import { Body1, Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

createRoot(document.getElementById("container")!).render(
  <FluentProvider theme={webLightTheme}>
    <Body1>GX·DC</Body1>
    <Button id="bare-ready" appearance="primary">
      検証
    </Button>
  </FluentProvider>,
);
