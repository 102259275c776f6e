import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { app } from "../../app.js";
import { createResponseCache, ifNoneMatchHits } from "./response-cache.js";

// The real app behind the cache on a real socket, with a clock the tests move and a count of what reaches the app.
let clock = Date.parse("2026-12-01T01:00:00Z");
const cache = createResponseCache({ now: () => clock });
const reached: string[] = [];
const listener = getRequestListener(
  cache.wrap(async (request) => {
    reached.push(new URL(request.url).pathname + new URL(request.url).search);
    return app.fetch(request);
  }),
);
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (cache.serve(req, res)) return;
    void listener(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const count = (path: string) => reached.filter((p) => p === path).length;
const headersOf = (res: Response) => {
  const out: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (name !== "date" && name !== "connection" && name !== "keep-alive") out[name] = value;
  });
  return out;
};

/** A GET with exactly these headers (fetch adds Cache-Control: no-cache to conditional requests, as the spec says). */
function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    request(base + path, { headers }, (res) => {
      res.resume();
      res.on("end", () => {
        const out: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (name !== "date" && name !== "connection" && name !== "keep-alive" && typeof value === "string")
            out[name] = value;
        }
        resolve({ status: res.statusCode ?? 0, headers: out });
      });
    })
      .on("error", reject)
      .end();
  });
}

describe("the Node response cache", () => {
  it("answers a repeated shareable GET without the app, with the same bytes and headers", async () => {
    const path = "/v1/contacts?lang=ja";
    const first = await fetch(base + path);
    const firstBody = await first.text();
    const second = await fetch(base + path);
    expect(count(path)).toBe(1);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(firstBody);
    expect(headersOf(second)).toEqual(headersOf(first));
  });

  it("answers If-None-Match from the cache exactly as the app itself would", async () => {
    const path = "/v1/remedies?lang=en";
    const etag = (await fetch(base + path)).headers.get("etag") ?? "";
    const cached = await rawGet(path, { "If-None-Match": etag, "Accept-Language": "*" });
    expect(count(path)).toBe(1);
    const direct = await app.request(path, { headers: { "If-None-Match": etag, "Accept-Language": "*" } });
    expect(cached.status).toBe(304);
    expect(direct.status).toBe(304);
    expect(cached.headers).toEqual(headersOf(direct));
  });

  it("decides If-None-Match by the same rule as hono/etag in the app, for every form of the header", async () => {
    const path = "/v1/remedies?lang=ja";
    const etag = (await app.request(path)).headers.get("etag") ?? "";
    const forms = [
      etag,
      `W/${etag}`,
      `"x", ${etag}`,
      `"x",W/${etag}`,
      "*",
      ' "x"',
      etag.slice(1, -1),
      '"x"',
      ` ${etag} `,
    ];
    for (const header of forms) {
      const direct = await app.request(path, { headers: { "If-None-Match": header } });
      expect(ifNoneMatchHits(header, etag), JSON.stringify(header)).toBe(direct.status === 304);
    }
  });

  it("keeps one answer per Accept-Language, as the app's Vary says", async () => {
    const path = "/v1/faqs";
    const ja = await (await fetch(base + path, { headers: { "Accept-Language": "ja" } })).json();
    const en = await (await fetch(base + path, { headers: { "Accept-Language": "en-GB,en;q=0.9" } })).json();
    const enAgain = await (await fetch(base + path, { headers: { "Accept-Language": "en-GB,en;q=0.9" } })).json();
    expect(ja.meta.lang).toBe("ja");
    expect(en.meta.lang).toBe("en");
    expect(enAgain).toEqual(en);
    expect(count(path)).toBe(2);
  });

  it("never stores what the app did not mark public: search, triage, health, errors", async () => {
    for (const path of [
      "/v1/search?q=%E4%BA%BA%E6%A8%A9",
      "/v1/triage?need=remove-content&audience=women",
      "/healthz",
      "/v1/contacts/no-such-contact",
    ]) {
      await fetch(base + path);
      await fetch(base + path);
      expect(count(path), path).toBe(2);
    }
  });

  it("answers 406 where the app does: a stored JSON answer is never replayed to a client that refuses JSON", async () => {
    const path = "/v1/remedies?lang=ja";
    const ok = await rawGet(path, { accept: "application/json" });
    const refused = await rawGet(path, { accept: "text/html" });
    const again = await rawGet(path, { accept: "application/json" });
    expect([ok.status, refused.status, again.status]).toEqual([200, 406, 200]);
    expect(refused.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(count(path)).toBe(2);
  });

  it("lets a client ask for a fresh answer", async () => {
    const path = "/v1/contacts?lang=en";
    await fetch(base + path);
    await fetch(base + path, { headers: { "Cache-Control": "no-cache" } });
    expect(count(path)).toBe(2);
  });

  it("forgets an answer when its max-age has passed (open=now holds only to the next minute)", async () => {
    const path = "/v1/contacts?lang=ja&open=now";
    const first = await fetch(base + path);
    const maxAge = Number(/max-age=(\d+)/.exec(first.headers.get("cache-control") ?? "")?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(60);
    await fetch(base + path);
    expect(count(path)).toBe(1);
    clock += maxAge * 1000;
    await fetch(base + path);
    expect(count(path)).toBe(2);
  });

  it("stays bounded", () => {
    const small = createResponseCache({ limit: 2 });
    expect(small.size).toBe(0);
    expect(cache.size).toBeLessThanOrEqual(512);
  });
});
