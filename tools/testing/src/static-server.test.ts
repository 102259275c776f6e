import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileUnder, htmlPage, startStaticServer, type TestServer } from "./static-server.js";

const dir = mkdtempSync(path.join(tmpdir(), "static-server-"));
let server: TestServer;

beforeAll(async () => {
  mkdirSync(path.join(dir, "site", "en"), { recursive: true });
  writeFileSync(path.join(dir, "site", "index.html"), "<p>home</p>");
  writeFileSync(path.join(dir, "site", "en", "index.html"), "<p>en</p>");
  writeFileSync(path.join(dir, "site", "app.js"), "export {};");
  writeFileSync(path.join(dir, "site", "404.html"), "<p>missing</p>");
  writeFileSync(path.join(dir, "secret.txt"), "outside the root");
  writeFileSync(path.join(dir, "bundle.js"), "console.log(1);");
  server = await startStaticServer({
    pages: { "/page/": htmlPage("<p>fixed</p>") },
    files: { "/bundle.js": path.join(dir, "bundle.js") },
    root: path.join(dir, "site"),
    notFoundPage: path.join(dir, "site", "404.html"),
    handlers: [
      (_req, res, url) => {
        if (url.pathname !== "/api") return false;
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
        return true;
      },
    ],
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("startStaticServer", () => {
  it("listens on 127.0.0.1 only", () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("serves pages, files, folders as a static host does, and handlers, with their types", async () => {
    const get = (p: string) => fetch(`${server.origin}${p}`);
    expect(await (await get("/page/")).text()).toContain("<p>fixed</p>");
    const bundle = await get("/bundle.js");
    expect(bundle.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await (await get("/en/")).text()).toBe("<p>en</p>");
    expect(await (await get("/")).text()).toBe("<p>home</p>");
    expect(await (await get("/api")).json()).toEqual({});
    expect(server.requests).toEqual(expect.arrayContaining(["/page/", "/bundle.js", "/en/", "/", "/api"]));
  });

  it("answers 404 with the site's page, and never serves a file outside the root", async () => {
    const missing = await fetch(`${server.origin}/nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("<p>missing</p>");
    expect(fileUnder(path.join(dir, "site"), "/../secret.txt")).toBeNull();
    expect(fileUnder(path.join(dir, "site"), "/%2e%2e/secret.txt")).toBeNull();
    expect(fileUnder(path.join(dir, "site"), "/%E0%A4%A")).toBeNull();
  });
});
