/**
 * The generated rules coverage document (docs/rules-coverage.md, scripts/gen-rules-coverage.js):
 * unit tests of the generator on synthetic input, and the repository gates (fresh document, no MISSING id).
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";

interface Rule {
  id: string;
  program: string | null;
  section: string;
  summary: string;
  calculation: boolean;
}
interface Row {
  id: string;
  kind: "calculation" | "check" | "descriptive";
  status: "implemented" | "out of scope" | "MISSING";
  tests: number;
  files: string[];
}
interface Generator {
  parseRulesMd(text: string): Rule[];
  expandFormulaIds(cell: string): string[];
  classify(rules: Rule[], scope: { key: string; reason: string; matches(id: string): boolean }[]): { id: string; kind: string; scopeReason: string | null }[];
  countTestCases(text: string, fileName?: string): Map<string, number>;
  generate(): { markdown: string; snapshot: string; model: { rows: Row[]; unknown: { id: string }[] } };
}

const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts/gen-rules-coverage.js");
const gen = require(SCRIPT) as Generator;

const scopeEntry = (key: string, reason = "r") => ({ key, reason, matches: (id: string) => (key.endsWith("*") ? id.startsWith(key.slice(0, -1)) : id === key) });

describe("gen-rules-coverage: RULES.md parsing and classification", () => {
  const md = [
    "## 0. Index",
    "### 0.4 Formula index",
    "| Formula id | What | Section |",
    "|---|---|---|",
    "| GX-RATE-02 | amount | 2.6 |",
    "| DC-BONUS-03/04 | bonus | 3.14 |",
    "",
    "### 2.6 Support intensity",
    "| ID | Rule | Cite |",
    "|---|---|---|",
    "| GX-RATE-01 | Support-intensity **table** No1–No5 below. | 001 § x |",
    "| GX-RATE-02 | Amount formula. | 001 § x |",
    "| GX-OVR-01 | Budget 2,100億円. | 001 § y |",
    "",
    "| No | a | b |",
    "|---|---|---|",
    "| GX-FAKE-01 | not an id table | x |",
    "",
    "### 5.1 Ambiguities",
    "| ID | Issue | Where | Best reading |",
    "|---|---|---|---|",
    "| AMB-01 | unclear | 000 | read as … |",
  ].join("\n");

  it("reads rows of ID tables only (no formula-index rows, no AMB readings, no other tables)", () => {
    const rules = gen.parseRulesMd(md);
    expect(rules.map((r) => [r.id, r.program, r.section, r.calculation])).toEqual([
      ["GX-RATE-01", "gx-regional", "2.6 Support intensity", false],
      ["GX-RATE-02", "gx-regional", "2.6 Support intensity", true],
      ["GX-OVR-01", "gx-regional", "2.6 Support intensity", false],
    ]);
    expect(rules[0].summary).toBe("Support-intensity table No1–No5 below.");
  });

  it.each([
    ["DC-BONUS-03/04/05", ["DC-BONUS-03", "DC-BONUS-04", "DC-BONUS-05"]],
    ["DC-NEW-CAP-01 / DC-RENO-CAP-01", ["DC-NEW-CAP-01", "DC-RENO-CAP-01"]],
    ["MOE-ADMIN-01", ["MOE-ADMIN-01"]],
  ])("expands formula-index cells: %s", (cell, ids) => {
    expect(gen.expandFormulaIds(cell)).toEqual(ids);
  });

  it("classifies: formula index → calculation, scope table (id or prefix*) → descriptive, else check", () => {
    const rules = gen.parseRulesMd(md);
    const out = gen.classify(rules, [scopeEntry("GX-OVR-*", "overview")]);
    expect(out.map((r) => [r.id, r.kind, r.scopeReason])).toEqual([
      ["GX-RATE-01", "check", null],
      ["GX-RATE-02", "calculation", null],
      ["GX-OVR-01", "descriptive", "overview"],
    ]);
  });

  it("refuses to call a formula-index id descriptive", () => {
    expect(() => gen.classify(gen.parseRulesMd(md), [scopeEntry("GX-RATE-02")])).toThrow(/formula index/);
  });
});

describe("gen-rules-coverage: counting test cases", () => {
  const src = `
    describe("GX-RATE-01 group titles do not count", () => {
      it("GX-RATE-01: DC No3 large = 1/5", () => {});
      test("GX-RATE-01 and GX-RATE-02 together", () => {});
      it.skip("GX-RATE-01: skipped", () => {});
      it.todo("GX-RATE-01: todo");
      it.each([
        [1, 2],
        [3, 4],
        [5, 6],
      ])("GX-MININV-01: %i → %i", () => {});
      it.each([
        ["DC-NEW-RATE-01", 1],
        ["DC-RENO-RATE-01", 2],
        ["DC-NEW-RATE-01", 3],
      ])("%s rate", () => {});
      test.each\`
        a    | b
        \${1} | \${"CLOUD-RATE-01"}
        \${2} | \${3}
      \`("CLOUD-EXP-01: $a", () => {});
      it(\`S002-SHOENE-01: template \${1}\`, () => {});
    });`;

  it("counts it/test titles, it.each rows and tagged-template rows; skips skipped tests and describe titles", () => {
    const counts = Object.fromEntries(gen.countTestCases(src));
    expect(counts).toEqual({
      "GX-RATE-01": 2,
      "GX-RATE-02": 1,
      "GX-MININV-01": 3,
      "DC-NEW-RATE-01": 2,
      "DC-RENO-RATE-01": 1,
      "CLOUD-EXP-01": 2,
      "CLOUD-RATE-01": 1,
      "S002-SHOENE-01": 1,
    });
  });
});

describe("gen-rules-coverage: committed snapshot", () => {
  it("docs/rule-ids.json matches RULES.md (or itself when RULES.md is absent) and docs/rules-scope.json", () => {
    expect(fs.readFileSync(path.join(ROOT, "docs/rule-ids.json"), "utf8")).toBe(gen.generate().snapshot);
  });

  it("falls back to the snapshot when RULES.md is absent (RULES_MD points nowhere) with the same result", () => {
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [SCRIPT, "--json"], { encoding: "utf8", env: { ...process.env, ...env } });
    const fallback = run({ RULES_MD: path.join(ROOT, "no-such-dir/RULES.md") });
    expect(fallback.status).toBe(0);
    const parsed = JSON.parse(fallback.stdout) as { from: string; rows: Row[] };
    expect(parsed.from).toBe("docs/rule-ids.json");
    expect(parsed.rows).toEqual(gen.generate().model.rows);
  });

  it("generation is deterministic", () => {
    expect(gen.generate().markdown).toBe(gen.generate().markdown);
  });
});

// Repository gates: the committed document is what the code and tests say now (regenerate with
// `node scripts/gen-rules-coverage.js` after changing a rule id or a test title), and every calculation/check
// id of RULES.md is implemented or listed as out of scope with a reason in docs/rules-scope.json.
describe("rules coverage gates", () => {
  it("docs/rules-coverage.md is up to date (`node scripts/gen-rules-coverage.js --check` exits 0)", () => {
    const r = spawnSync(process.execPath, [SCRIPT, "--check"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("no calculation/check rule id is MISSING, and code cites no unknown id", () => {
    const { model } = gen.generate();
    expect(model.rows.filter((r) => r.status === "MISSING").map((r) => `${r.id} (${r.kind})`)).toEqual([]);
    expect(model.unknown.map((u) => u.id)).toEqual([]);
  });
});
