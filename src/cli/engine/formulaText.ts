/**
 * One input line → one formula, the way Japanese Excel accepts typed input:
 * a missing leading "=" is added, and full-width ASCII typed with the IME outside string
 * literals (＝ＤＣ．ＰＵＥ（１３０，１００）) becomes half-width. Text inside "…" is left as typed:
 * the functions normalise their own text arguments (SPEC §4).
 */

const FULL_WIDTH_FIRST = 0xff01; // ！
const FULL_WIDTH_LAST = 0xff5e; // ～
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = "\u3000";

function toHalfWidth(ch: string): string {
  if (ch === IDEOGRAPHIC_SPACE) return " ";
  const code = ch.charCodeAt(0);
  return code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST ? String.fromCharCode(code - FULL_WIDTH_OFFSET) : ch;
}

/** Half-width outside string literals; `""` inside a literal is an escaped quote. */
export function halfWidthOutsideStrings(text: string): string {
  let out = "";
  let inString = false;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = toHalfWidth(chars[i]) === '"' ? '"' : chars[i];
    if (!inString) {
      const half = toHalfWidth(ch);
      out += half;
      if (half === '"') inString = true;
      continue;
    }
    if (ch === '"') {
      const next = chars[i + 1] !== undefined ? toHalfWidth(chars[i + 1]) : "";
      if (next === '"') {
        out += '""';
        i++;
        continue;
      }
      inString = false;
      out += '"';
      continue;
    }
    out += ch;
  }
  return out;
}

/**
 * A number literal with an upper-case exponent ("1.15E8", "1E+21", ".5E-3") as Excel reads it; the
 * formula engine only knows a lower-case "e". The literal must start a token: "A1E5" or "LOG10E2" are
 * not numbers and are left alone.
 */
const UPPER_EXPONENT = /(?<![\w.$])(\d+\.?\d*|\.\d+)E([+-]?\d+)(?![\w.])/g;

/** Upper-case exponents of number literals outside "…" string literals in lower case. */
export function lowerCaseExponents(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*"?)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(UPPER_EXPONENT, "$1e$2")))
    .join("");
}

/** A trimmed input line as a formula: half-width outside strings, exponents as Excel reads them, with a leading "=". */
export function toFormula(line: string): string {
  const text = lowerCaseExponents(halfWidthOutsideStrings(line.trim()));
  return text.startsWith("=") ? text : `=${text}`;
}
