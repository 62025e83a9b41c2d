import * as fs from "fs";
import * as path from "path";

const { checkManifest } = require("../../scripts/check-manifest.js") as { checkManifest: (xml: string, o?: object) => string[] };

const manifestPath = path.join(__dirname, "..", "..", "manifest.xml");
const xml = fs.readFileSync(manifestPath, "utf8");

describe("manifest.xml (offline check)", () => {
  it("passes every offline check", () => {
    expect(checkManifest(xml)).toEqual([]);
  });

  it("declares no <Namespace>: function names carry GX./DC. prefixes (SPEC §3)", () => {
    expect(xml).not.toMatch(/<Namespace/);
  });

  it("offers Japanese overrides for the display name and the functions metadata", () => {
    expect(xml).toMatch(/<Override Locale="ja-JP" Value="GX·DC 補助金アシスタント"\/>/);
    expect(xml).toMatch(/functions-ja\.json/);
  });

  // Each mutation below must be caught: the checker is only worth something if it can fail.
  it.each([
    ["malformed XML", (s: string) => s.replace("</OfficeApp>", ""), /does not parse/],
    ["id not a GUID", (s: string) => s.replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>"), /not a GUID/],
    ["elements out of order", (s: string) => s.replace(/(<Version>[^<]+<\/Version>)\s*(<ProviderName>[^<]+<\/ProviderName>)/, "$2$1"), /out of order/],
    ["undefined resid", (s: string) => s.replace('resid="Group.Label"', 'resid="Group.Missing"'), /not defined/],
    ["resid longer than 32", (s: string) => s.replaceAll("GetStarted.LearnMoreUrl", "GetStarted.LearnMoreUrl.ThatIsWayTooLong"), /1\.\.32/],
    ["http URL", (s: string) => s.replace("https://localhost:3000/functions.js", "http://localhost:3000/functions.js"), /must be https/],
    ["inconsistent shared runtime", (s: string) => s.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'), /FunctionFile/],
    ["a namespace", (s: string) => s.replace("</Metadata>", '</Metadata><Namespace resid="Group.Label"/>'), /Namespace/],
    ["wrong icon size", (s: string) => s.replace('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"'), /80×80/],
    ["short string over 125", (s: string) => s.replace('DefaultValue="Subsidy"', `DefaultValue="${"x".repeat(126)}"`), /longer than 125/],
  ])("catches %s", (_name, mutate, expected) => {
    const problems = checkManifest(mutate(xml));
    expect(problems.join("\n")).toMatch(expected);
  });

  it("reports URLs the build does not emit when given a dist folder", () => {
    const empty = fs.mkdtempSync(path.join(require("os").tmpdir(), "dist-"));
    expect(checkManifest(xml, { distDir: empty }).join("\n")).toMatch(/taskpane\.html is not emitted/);
  });
});
