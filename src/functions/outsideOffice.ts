/**
 * First module of functions.js. Inside Office, office.js defines CustomFunctions before the deferred bundles run
 * and this does nothing. Opened in a plain browser (taskpane.html outside Office), there is no CustomFunctions:
 * the registrations the build appends to each function file become no-ops instead of throwing, so that the
 * taskpane, which starts after functions.js, still shows its "open this in Excel" note.
 */
const g = globalThis as { CustomFunctions?: unknown };
if (typeof g.CustomFunctions === "undefined") g.CustomFunctions = { associate: (): void => undefined };

export {};
