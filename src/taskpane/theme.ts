/**
 * The Fluent theme that matches Office's: dark when Office's theme is dark (Black, Dark Gray, or a dark
 * body background), Teams' high-contrast theme when the system forces colours, light otherwise
 * (White, Colorful). The demo page offers the same choices by hand.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeChoice = "light" | "dark" | "contrast";

// The light theme comes with taskpane.js; the dark and high-contrast ones (./themes) load when Office asks for them.
const loadedThemes: Partial<Record<ThemeChoice, Theme>> = { light: webLightTheme };

/** The theme if its code is here (light always), else undefined. */
export function themeNow(choice: ThemeChoice): Theme | undefined {
  return loadedThemes[choice];
}

/** The theme, fetching the dark and high-contrast themes (themes.js) the first time one is asked for. */
export async function loadTheme(choice: ThemeChoice): Promise<Theme> {
  const now = loadedThemes[choice];
  if (now) return now;
  const { FLUENT_THEMES } = await import(/* webpackChunkName: "themes" */ "./themes");
  Object.assign(loadedThemes, FLUENT_THEMES);
  return FLUENT_THEMES[choice];
}

/** What the theme decision reads of Office.context.officeTheme (all optional: old hosts lack some). */
export interface OfficeThemeLike {
  readonly bodyBackgroundColor?: string;
  readonly isDarkTheme?: boolean;
}

/** Relative luminance (0 black … 1 white) of "#rrggbb" / "#rgb"; null when not such a colour. */
export function luminance(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function themeChoiceOf(office: OfficeThemeLike | undefined, forcedColors: boolean): ThemeChoice {
  if (forcedColors) return "contrast";
  if (office?.isDarkTheme === true) return "dark";
  const l = luminance(office?.bodyBackgroundColor);
  return l !== null && l < 0.2 ? "dark" : "light";
}
