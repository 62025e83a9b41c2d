/**
 * The validation engine on demand (engine.js): rulesApi.ts and the part of the rules core only it needs (sheet
 * readers, program evaluators). The pane's frame paints and answers without it; the start-up validation fetches it
 * while the workbook is being read, so the first report does not wait for it.
 */
type Engine = typeof import("./rulesApi");

let engine: Promise<Engine> | null = null;
let loaded: Engine | null = null;

/** The engine module (fetched once; later calls get the same promise; after a failed fetch the next call retries). */
export function loadEngine(): Promise<Engine> {
  engine ??= import(/* webpackChunkName: "engine" */ "./rulesApi").then(
    (m) => (loaded = m),
    (e: unknown) => {
      engine = null;
      throw e;
    },
  );
  return engine;
}

/** The engine if it has arrived, else null: a workbook read by the pane comes with it (the start-up awaits both). */
export function loadedEngine(): Engine | null {
  return loaded;
}
