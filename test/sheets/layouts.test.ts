/**
 * Issue 10 corpus: hand-made 経費内訳 layouts (test/fixtures/layouts/corpus.ts), each saved as .xlsx and
 * validated through the path of `gxdc validate` (readWorkbookBuffer → validateWorkbook). Every planted
 * finding must be reported at its cell with its rule id; no clean line may get an error; no workbook may
 * come back with zero findings.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { readWorkbookBuffer, readWorkbookFile } from "../../src/cli/xlsx";
import { fromA1, type Finding } from "../../src/rules/sheets/types";
import { detectWorkbook } from "../../src/rules/sheets/detect";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";
import { caseBuffer, LAYOUT_CASES, type LayoutCase } from "../fixtures/layouts/corpus";

const committed = (c: LayoutCase): string => join(__dirname, "..", "fixtures", "layouts", `${c.id}.xlsx`);

/** Through the path of `gxdc validate`: the saved file (the committed one, or freshly built bytes) → grid → report. */
async function validate(c: LayoutCase, from: "built" | "committed" = "built"): Promise<{ findings: readonly Finding[]; lines: number }> {
  const read = from === "committed" ? await readWorkbookFile(committed(c)) : await readWorkbookBuffer(await caseBuffer(c), c.fileName);
  if (!read.ok) throw new Error(read.message);
  const lines = detectWorkbook(read.workbook).expenses.flatMap((p) => p.lines.filter((l) => l.kind === "line")).length;
  return { findings: validateWorkbook(read.workbook, { fileName: c.fileName }).findings, lines };
}

const planted = (c: LayoutCase, findings: readonly Finding[]) =>
  c.planted.filter((p) => !findings.some((f) => f.sheet === p.sheet && f.cell === p.cell && f.ruleId === p.ruleId && f.severity === p.severity));

const show = (fs: readonly Finding[]): string => fs.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.ruleId} ${f.message}`).join("\n");

describe("issue 10 layout corpus", () => {
  // `WRITE_LAYOUT_FIXTURES=1 npx jest test/sheets/layouts.test.ts` saves the workbooks next to the corpus, to open in Excel
  // or to try with `gxdc validate test/fixtures/layouts/<id>.xlsx`.
  if (process.env.WRITE_LAYOUT_FIXTURES === "1") {
    it("writes the corpus as .xlsx files", async () => {
      for (const c of LAYOUT_CASES) await writeFile(committed(c), await caseBuffer(c));
    });
  }

  it("holds a clean and a faulty workbook for each of the 9 layouts", () => {
    expect(new Set(LAYOUT_CASES.map((c) => c.layout)).size).toBe(9);
    expect(LAYOUT_CASES.filter((c) => c.faulty).every((c) => c.planted.length > 0)).toBe(true);
  });

  it.each(LAYOUT_CASES.map((c) => [c.id, c] as const))("%s: planted findings at their cells, no error on clean lines", async (_id, c) => {
    const { findings, lines } = await validate(c);
    expect(lines).toBe(c.lineCount);
    const missed = planted(c, findings);
    expect({ missed, findings: show(findings) }).toEqual({ missed: [], findings: expect.any(String) });
    const falseErrors = findings.filter((f) => {
      const at = fromA1(f.cell);
      return f.severity === "error" && at !== null && (c.cleanRows[f.sheet] ?? []).includes(at.row + 1);
    });
    expect(show(falseErrors)).toBe("");
    if (!c.faulty) expect(show(findings.filter((f) => f.severity === "error"))).toBe("");
    expect(findings.length).toBeGreaterThan(0);
  });

  it.each(LAYOUT_CASES.map((c) => [c.id, c] as const))("committed %s.xlsx gives the same result (regenerate with WRITE_LAYOUT_FIXTURES=1)", async (_id, c) => {
    const { findings, lines } = await validate(c, "committed");
    expect(lines).toBe(c.lineCount);
    expect(planted(c, findings)).toEqual([]);
    if (!c.faulty) expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
