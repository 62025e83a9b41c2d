/** scripts/serve.js: the static server the e2e run and `npm start` use for dist/. */
import fs from "fs";
import os from "os";
import path from "path";
import http from "http";

const { serve, CSP } = require("../../scripts/serve.js") as {
  serve: (o: { dir: string; port: number; host?: string }) => Promise<{ url: string; close: () => Promise<void> }>;
  CSP: string;
};

function get(url: string, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("scripts/serve.js", () => {
  let dir: string;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "serve-"));
    fs.writeFileSync(path.join(dir, "demo.html"), "<!doctype html><title>デモ</title>");
    fs.writeFileSync(path.join(dir, "demo.js"), "console.log(1)");
    fs.writeFileSync(path.join(dir, "functions.json"), "{}");
    fs.writeFileSync(path.join(os.tmpdir(), "outside-secret.txt"), "secret");
    server = await serve({ dir, port: 0 });
  });
  afterAll(() => server.close());

  it("listens on 127.0.0.1 and serves files with their MIME type and the CSP header", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const html = await get(`${server.url}/demo.html`);
    expect(html.status).toBe(200);
    expect(html.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(html.headers["content-security-policy"]).toBe(CSP);
    expect(html.body).toContain("デモ");
    expect((await get(`${server.url}/demo.js`)).headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect((await get(`${server.url}/functions.json`)).headers["content-type"]).toBe("application/json; charset=utf-8");
  });

  it("answers 404 for missing files and for paths that leave the root, 405 for writes", async () => {
    expect((await get(`${server.url}/nope.js`)).status).toBe(404);
    expect((await get(`${server.url}/../outside-secret.txt`)).status).toBe(404);
    expect((await get(`${server.url}/%2e%2e/outside-secret.txt`)).status).toBe(404);
    expect((await get(`${server.url}/demo.html`, "POST")).status).toBe(405);
  });

  it("the CSP allows scripts only from itself and office.js, styles inline (Fluent's runtime styles)", () => {
    expect(CSP).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(CSP).toContain("style-src 'self' 'unsafe-inline'");
    expect(CSP).not.toMatch(/script-src[^;]*unsafe/);
  });

  it("taskpane.html carries the same policy in its meta tag and loads office.js from the CDN", () => {
    const html = fs.readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CSP);
    expect(html).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    // The loading state sits inside the container React mounts into, with no script of its own (CSP).
    const container = /<div id="container">([\s\S]*?)<\/div>\s*<\/body>/.exec(html)?.[1] ?? "";
    expect(container).toContain('role="status"');
    expect(container).toContain("読み込み中");
    expect(html).not.toMatch(/<script(?![^>]*src=)/);
  });
});
