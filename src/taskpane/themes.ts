/**
 * Every Fluent theme the pane can show, by choice (theme.ts decides which). The taskpane loads this module only for
 * the dark and high-contrast themes (themes.js); the demo page, which switches by hand, imports it directly.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeChoice } from "./theme";

export const FLUENT_THEMES: Readonly<Record<ThemeChoice, Theme>> = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };
