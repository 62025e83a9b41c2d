import { readWorkbookBuffer } from "../../src/cli/xlsx";
import { validateWorkbook } from "../../src/rules/sheets/validateWorkbook";
import { caseBuffer, LAYOUT_CASES } from "../fixtures/layouts/corpus";
it("dump", async () => {
  for (const c of LAYOUT_CASES) {
    const read = await readWorkbookBuffer(await caseBuffer(c), c.fileName);
    if (!read.ok) throw new Error();
    const rep = validateWorkbook(read.workbook, { fileName: c.fileName });
    console.log(c.id + "\n" + rep.findings.map((f) => `  ${f.severity} ${f.cell} ${f.ruleId} ${f.message.slice(0, 90)}`).join("\n"));
  }
});
