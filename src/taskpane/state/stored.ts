/**
 * Readers of the add-in data stored in the workbook (checklist ticks, marks ledger, undo record): plain shape
 * checks in place of a schema library, which would weigh about 7 kB gzip in taskpane.js. Like a schema, a reader
 * returns a fresh value holding only the known fields, or NOT_VALID for anything malformed (edited by hand,
 * another version): its caller then starts from an empty value.
 */
export const NOT_VALID: unique symbol = Symbol("not valid");
export type Read<T> = T | typeof NOT_VALID;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export const str = (v: unknown): Read<string> => (typeof v === "string" ? v : NOT_VALID);
export const bool = (v: unknown): Read<boolean> => (typeof v === "boolean" ? v : NOT_VALID);
export const strOrNull = (v: unknown): Read<string | null> => (v === null ? null : str(v));
/** A cell scalar: text, a finite number, a boolean or null. */
export const scalar = (v: unknown): Read<string | number | boolean | null> =>
  v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)) ? v : NOT_VALID;
export const oneOf =
  <const T extends string>(values: readonly T[]) =>
  (v: unknown): Read<T> =>
    values.includes(v as T) ? (v as T) : NOT_VALID;

/** Every element read by `item`, or NOT_VALID when one is not. */
export function arrayOf<T>(v: unknown, item: (x: unknown) => Read<T>): Read<T[]> {
  if (!Array.isArray(v)) return NOT_VALID;
  const out: T[] = [];
  for (const x of v) {
    const t = item(x);
    if (t === NOT_VALID) return NOT_VALID;
    out.push(t);
  }
  return out;
}

/** The fields of `shape` read from an object (unknown fields dropped); an optional field may be absent or undefined. */
export function objectOf<T extends Record<string, unknown>>(
  v: unknown,
  shape: { readonly [K in keyof T]-?: (x: unknown) => Read<T[K]> },
  optional: readonly (keyof T)[] = [],
): Read<T> {
  if (!isObject(v)) return NOT_VALID;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof T & string)[]) {
    if (optional.includes(key) && v[key] === undefined) continue;
    const r = shape[key](v[key]);
    if (r === NOT_VALID) return NOT_VALID;
    out[key] = r;
  }
  return out as T;
}
