/**
 * Issue 12 goal 2, one detection per read: the taskpane's program choice, fact form, validation and advisor
 * share the detection of one WorkbookGrid; a new read (a new grid) is detected again.
 */
import { exampleById } from "../../src/demo/examples";
import { MemoryWorkbookPort } from "../../src/excel/memoryWorkbookPort";
import { adviseWorkbook } from "../../src/rules/advisor";
import { detectionRunCount } from "../../src/rules/sheets/detect";
import { locateFacts } from "../../src/taskpane/state/facts";
import { PROGRAM_FACTS } from "../../src/taskpane/state/programs";
import { programOf, runValidation } from "../../src/taskpane/rulesApi";

describe("one detection per read", () => {
  it("programOf, locateFacts, runValidation and the advisor on one read detect once; the next read detects again", async () => {
    const port = new MemoryWorkbookPort({ initial: exampleById("dc-new-mistakes")!.build() });
    const wb = await port.readWorkbook();
    const before = detectionRunCount();
    const program = programOf(wb)!;
    locateFacts(wb, PROGRAM_FACTS[program].fields, program);
    const report = runValidation(wb, program, "");
    runValidation(wb, program, "改修");
    adviseWorkbook(wb, {});
    expect(report.findings.length).toBeGreaterThan(0);
    expect(detectionRunCount() - before).toBe(1);

    port.editCell({ sheet: "別紙2 経費内訳", cell: "I11" }, 1);
    const next = await port.readWorkbook();
    runValidation(next, program, "");
    expect(detectionRunCount() - before).toBe(2);
  });
});
