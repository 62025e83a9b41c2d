import { FunctionError } from "../../src/functions/runtime";

/** Asserts an Excel error value with its code and a Japanese message containing `text`. */
export function expectError(value: unknown, code: string, text?: string): void {
  expect(value).toBeInstanceOf(FunctionError);
  const e = value as FunctionError;
  expect(e.code).toBe(code);
  expect(e.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  if (text) expect(e.message).toContain(text);
}
