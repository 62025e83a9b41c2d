/** What taskpane.html loads on demand (issue 12, goal 4): the themes Office may ask for and the validation engine. */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { dcNewClean } from "../../src/examples";
import { loadEngine, loadedEngine } from "../../src/taskpane/lazyEngine";
import { PROGRAM_TYPES } from "../../src/taskpane/state/programs";
import { loadTheme, themeNow } from "../../src/taskpane/theme";

describe("themes on demand", () => {
  it("has the light theme at once; dark and high contrast only once loaded, then at once", async () => {
    expect(themeNow("light")).toBe(webLightTheme);
    expect(themeNow("dark")).toBeUndefined();
    expect(themeNow("contrast")).toBeUndefined();
    await expect(loadTheme("dark")).resolves.toBe(webDarkTheme);
    expect(themeNow("dark")).toBe(webDarkTheme);
    expect(themeNow("contrast")).toBe(teamsHighContrastTheme);
    await expect(loadTheme("light")).resolves.toBe(webLightTheme);
  });
});

describe("validation engine on demand", () => {
  it("is absent until loaded, fetched once, then available synchronously", async () => {
    expect(loadedEngine()).toBeNull();
    const first = loadEngine();
    expect(loadEngine()).toBe(first);
    const engine = await first;
    expect(loadedEngine()).toBe(engine);
  });

  it("reads the workbook's stated type as one of the picker's values, and nothing from an empty workbook", async () => {
    const { workbookTypeOf } = await loadEngine();
    const type = workbookTypeOf(dcNewClean.workbook, "dc-zero");
    expect(PROGRAM_TYPES["dc-zero"].options.map((o) => o.value)).toContain(type);
    expect(workbookTypeOf({ sheets: [] }, "dc-zero")).toBe("");
  });
});

describe("validation engine fetch failure", () => {
  it("rejects, and the next call fetches again instead of keeping the failure", async () => {
    let offline = true;
    jest.resetModules();
    jest.doMock("../../src/taskpane/rulesApi", () => {
      if (offline) throw new Error("offline");
      return { marker: "engine" };
    });
    const lazy = (await import("../../src/taskpane/lazyEngine")) as typeof import("../../src/taskpane/lazyEngine");
    await expect(lazy.loadEngine()).rejects.toThrow("offline");
    expect(lazy.loadedEngine()).toBeNull();
    offline = false;
    await expect(lazy.loadEngine()).resolves.toMatchObject({ marker: "engine" });
    jest.dontMock("../../src/taskpane/rulesApi");
  });
});
