/** A blank sheet cell or fact: null, undefined or whitespace-only text. */
export const isOmitted = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
