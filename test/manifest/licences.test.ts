/**
 * Licences (issue 9, README "Licences"): what a production install ships is permissively licensed, and the one
 * GPL package, HyperFormula, is an optional dependency that only `gxdc calc`'s engine imports.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
interface LockEntry {
  readonly license?: string;
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly devOptional?: boolean;
}
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
const entries = Object.entries(lock.packages).filter(([key]) => key !== "");

/** A licence expression we may take under permissive terms: no copyleft, or an OR with a permissive branch. */
const COPYLEFT = /\b(A|L)?GPL\b/;
const allowsPermissiveChoice = (license: string): boolean => license.split(/\s+OR\s+/).some((branch) => !COPYLEFT.test(branch));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

describe("licences", () => {
  it("every package of a production install (`npm ci --omit=dev --omit=optional`) can be used under permissive terms", () => {
    const shipped = entries.filter(([, e]) => !e.dev && !e.devOptional && !e.optional);
    expect(shipped.length).toBeGreaterThan(100);
    const copyleft = shipped.filter(([, e]) => !allowsPermissiveChoice(e.license ?? "")).map(([k, e]) => `${k}: ${e.license}`);
    expect(copyleft).toEqual([]);
  });

  it("the only copyleft-only package anywhere outside devDependencies is HyperFormula, and it is optional", () => {
    const outsideDev = entries.filter(([, e]) => !e.dev && !e.devOptional);
    const copyleft = outsideDev.filter(([, e]) => !allowsPermissiveChoice(e.license ?? "")).map(([k, e]) => ({ k, optional: e.optional === true }));
    expect(copyleft).toEqual([{ k: "node_modules/hyperformula", optional: true }]);
  });

  it("only src/cli/engine imports hyperformula (the add-in bundles and validate/template never load it)", () => {
    const importers = sourceFiles(path.join(ROOT, "src"))
      .filter((f) => /from\s+["']hyperformula["']|require\(["']hyperformula["']\)|import\(["']hyperformula["']\)/.test(fs.readFileSync(f, "utf8")))
      .map((f) => path.relative(ROOT, f).split(path.sep).join("/"));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((f) => !f.startsWith("src/cli/engine/"))).toEqual([]);
  });
});
