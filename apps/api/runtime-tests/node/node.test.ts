// Node smoke suite: the built server (dist/node.js) over a real socket, and the typed client against it.
import { Agent, request as httpRequest } from "node:http";
import { contacts, dataVersion } from "@netstalker/data";
import type { paths } from "@netstalker/data/api";
import createFetchClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/client.js";
import { type RunningServer, startNodeServer } from "../start-node-server.js";

let server: RunningServer;
beforeAll(async () => {
  server = await startNodeServer();
});
afterAll(async () => {
  await server?.stop();
});

describe("Node server over a real socket", () => {
  it("serves health, the localized list with ETag/304, and problems", async () => {
    const health = await fetch(`${server.origin}/healthz`);
    expect(await health.json()).toMatchObject({ status: "ok", dataVersion });

    // Identity, to compare Content-Length with the body (compression has its own test below).
    const identity = { "Accept-Encoding": "identity" };
    const list = await fetch(`${server.origin}/v1/contacts?lang=ja`, { headers: identity });
    // The next request names a fixed instant: without one, the statuses (and the ETag) change with the minute.
    const fixed = await fetch(`${server.origin}/v1/contacts?lang=ja&at=2026-12-02T14%3A00%3A00%2B09%3A00`, {
      headers: identity,
    });
    expect(list.status).toBe(200);
    const text = await list.text();
    expect(Number(list.headers.get("content-length"))).toBe(Buffer.byteLength(text));
    expect((JSON.parse(text) as { meta: { count: number } }).meta.count).toBe(contacts.length);
    await fixed.arrayBuffer();
    const etag = fixed.headers.get("etag") ?? "";
    const again = await fetch(`${server.origin}/v1/contacts?lang=ja&at=2026-12-02T14%3A00%3A00%2B09%3A00`, {
      headers: { "If-None-Match": etag, ...identity },
    });
    expect(again.status).toBe(304);

    const missing = await fetch(`${server.origin}/v1/contacts/no-such-id`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
  });

  it("serves the HSDS API: the about document names this server, pages and items follow", async () => {
    const about = (await (await fetch(`${server.origin}/hsds/`)).json()) as { profile: string; openapi_url: string };
    expect(about.openapi_url).toBe(`${server.origin}/openapi.json`);
    expect((await fetch(about.profile)).status).toBe(200);
    const page = (await (await fetch(`${server.origin}/hsds/services?per_page=100`)).json()) as {
      total_items: number;
      contents: { id: string }[];
    };
    expect(page.total_items).toBe(contacts.length);
    const first = page.contents[0]?.id ?? "";
    const item = await fetch(`${server.origin}/hsds/services/${first}?lang=en`);
    expect(item.status).toBe(200);
    expect(item.headers.get("content-language")).toBe("en");
    const bad = await fetch(`${server.origin}/hsds/services?per_page=0`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
  });

  it("the published client types (@netstalker/data/api) drive openapi-fetch against the running server", async () => {
    const api = createFetchClient<paths>({ baseUrl: server.origin });
    const { data, response } = await api.GET("/v1/contacts/{id}", {
      params: { path: { id: contacts[0]?.id ?? "" }, query: { lang: "en" } },
    });
    expect(response.headers.get("content-language")).toBe("en");
    // `data` is typed from the OpenAPI document: data.data.name is a string, data.meta.lang is "ja" | "en".
    expect(data?.data.name).toBe(contacts[0]?.name.en);
    expect(data?.meta.lang).toBe("en");
    const page = await api.GET("/hsds/services", { params: { query: { per_page: 5 } } });
    expect(page.data?.contents.length).toBe(5);
  });

  it("compresses with brotli and gzip, each variant with its own ETag and Vary: Accept-Encoding", async () => {
    // Remedies, not contacts: a contact list carries each window's status now, so its bytes (and ETag) change when
    // a minute turns, and a revalidation across that turn rightly gets 200.
    const path = `${server.origin}/v1/remedies?lang=en`;
    const plain = await fetch(path, { headers: { "Accept-Encoding": "identity" } });
    const body = await plain.text();
    const tags = new Set([plain.headers.get("etag")]);
    for (const encoding of ["br", "gzip"]) {
      // fetch decodes the body itself; content-encoding still says what came over the wire.
      const res = await fetch(path, { headers: { "Accept-Encoding": encoding } });
      expect(res.headers.get("content-encoding")).toBe(encoding);
      expect(res.headers.get("vary")).toContain("Accept-Encoding");
      expect(await res.text()).toBe(body);
      tags.add(res.headers.get("etag"));
      const again = await fetch(path, {
        headers: { "Accept-Encoding": encoding, "If-None-Match": res.headers.get("etag") ?? "" },
      });
      expect(again.status).toBe(304);
    }
    expect(tags.size).toBe(3);
  });

  it("refuses an oversized POST body with 413 without reading it all", async () => {
    const res = await fetch(`${server.origin}/v1/triage`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ needs: ["talk"], pad: "x".repeat(1_000_000) }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });

  it("the typed client calls the running server", async () => {
    const client = createClient(server.origin);
    const listRes = await client.v1.contacts.$get({ query: { lang: "en" } });
    // Narrowing on the status gives the body type declared for that status in the OpenAPI routes.
    if (listRes.status !== 200) throw new Error(`expected 200, got ${listRes.status}`);
    const list = await listRes.json();
    expect(list.meta.lang).toBe("en");
    expect(list.data.map((c) => c.id)).toEqual(contacts.map((c) => c.id));

    const first = contacts[0];
    if (!first) throw new Error("the dataset has no contacts");
    const itemRes = await client.v1.contacts[":id"].$get({ param: { id: first.id }, query: { lang: "en" } });
    if (itemRes.status !== 200) throw new Error(`expected 200, got ${itemRes.status}`);
    const item = await itemRes.json();
    expect(item.data.name).toBe(first.name.en);

    const triageRes = await client.v1.triage.$post({ json: { needs: ["talk"] }, query: { lang: "ja" } });
    if (triageRes.status !== 200) throw new Error(`expected 200, got ${triageRes.status}`);
    const triage = await triageRes.json();
    expect(Array.isArray(triage.data.contacts)).toBe(true);
  });

  it("shuts down cleanly on SIGTERM, even with a keep-alive connection open", async () => {
    const own = await startNodeServer();
    const { port } = new URL(own.origin);
    // Hold a keep-alive connection open across the signal.
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(
        { host: "127.0.0.1", port, path: "/healthz", agent: new Agent({ keepAlive: true }) },
        (res) => {
          res.resume();
          res.on("end", () => resolve());
        },
      );
      req.on("error", reject);
      req.end();
    });
    const started = Date.now();
    const code = await own.stop("SIGTERM");
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(own.output()).toContain("SIGTERM");
  });
});
