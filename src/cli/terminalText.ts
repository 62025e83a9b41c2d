/**
 * Untrusted text (cell values, sheet names, file names) made safe for a terminal: a cell holding
 * "\x1b[2J\x1b[32mエラー 0 件" must not clear the screen or fake a green result, a newline must not forge
 * a report line, and a bidi override must not reorder what follows. JSON output does not use this:
 * JSON.stringify escapes control characters itself and --json stays exact.
 */

/** Longest echoed text, in characters; longer text ends in "…（全 N 文字）". */
export const ECHO_LIMIT = 200;

/**
 * C0 controls (incl. ESC, CR, LF, TAB), DEL, C1 controls (incl. CSI U+009B), the line/paragraph
 * separators, and the bidi marks, embeddings, overrides and isolates (U+061C, U+200E–200F,
 * U+202A–202E, U+2066–2069).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Each unsafe character shown as a visible escape: "\n", "\t", "\x1B", "\u202E". */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const named = NAMED[ch];
    if (named) return named;
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

/**
 * Untrusted text for a terminal line: capped at `limit` characters (code points) with
 * "…（全 N 文字）", then escaped. Capping first keeps a 10 MB cell from being copied.
 */
export function terminalText(text: string, limit = ECHO_LIMIT): string {
  let head = "";
  let n = 0;
  for (const ch of text) {
    if (n === limit) return `${escapeControls(head)}…（全 ${text.length.toLocaleString("ja-JP")} 文字）`;
    head += ch;
    n++;
  }
  return escapeControls(head);
}
