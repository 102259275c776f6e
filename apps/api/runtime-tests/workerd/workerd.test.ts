// workerd suite: the wrangler deploy bundle runs in the real Workers runtime (Miniflare 4 / workerd), and every
// response must equal the Node server's byte for byte (status, headers that matter, body).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { contacts, faqs, platforms, remedies } from "@netstalker/data";
import { hsdsId, hsdsOrganizations } from "@netstalker/data/hsds";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startNodeServer } from "../start-node-server.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const outdir = mkdtempSync(join(tmpdir(), "netstalker-api-worker-"));
let mf: Miniflare;
let node: RunningServer;

beforeAll(async () => {
  // The exact bundle `wrangler deploy` would upload (offline: no metrics, no cf.json fetch, no update check).
  await promisify(execFile)(
    join(root, "node_modules", ".bin", "wrangler"),
    ["deploy", "--dry-run", "--outdir", outdir],
    {
      cwd: root,
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: "false",
        CLOUDFLARE_CF_FETCH_ENABLED: "false",
        WRANGLER_HIDE_BANNER: "true",
      },
    },
  );
  mf = new Miniflare({
    modules: true,
    scriptPath: join(outdir, "worker.js"),
    modulesRoot: outdir,
    compatibilityDate: "2026-04-01",
    cf: false,
  });
  await mf.ready;
  node = await startNodeServer();
});

afterAll(async () => {
  await mf?.dispose();
  await node?.stop();
  rmSync(outdir, { recursive: true, force: true });
});

// Transport headers differ by server and say nothing about the answer.
const TRANSPORT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

function comparable(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  res.headers.forEach((value, key) => {
    // Miniflare marks what workerd would compress on the wire (mf-content-encoding); not part of the answer.
    // x-edge-cache says whether the Worker's edge cache answered (adapter/workers/edge-cache.ts): Node has none.
    if (!TRANSPORT.has(key) && !key.startsWith("mf-") && key !== "x-edge-cache") out[key] = value;
  });
  // Node compresses itself and says Vary: Accept-Encoding (adapter/node/compression.ts); on Workers the edge does.
  if (out.vary) out.vary = out.vary.replace(/,?\s*Accept-Encoding/i, "");
  if (out.vary === "") delete out.vary;
  // Contact answers without `at=` are fresh until the next minute (their open status changes then), so max-age is the
  // seconds left in this minute: the two requests may be a second apart. Compared as "until the next minute".
  const untilNextMinute = /max-age=(\d+)/.exec(out["cache-control"] ?? "");
  if (untilNextMinute && Number(untilNextMinute[1]) <= 60) {
    out["cache-control"] = (out["cache-control"] ?? "").replace(/max-age=\d+/, "max-age=<until the next minute>");
  }
  return out;
}

/** `init` asking Node for the identity encoding, as the Worker answers before the edge compresses. */
function identity(init?: RequestInit): RequestInit {
  return {
    ...init,
    headers: { ...(init?.headers as Record<string, string> | undefined), "Accept-Encoding": "identity" },
  };
}

const AT = encodeURIComponent("2026-12-02T14:00:00+09:00");
const CASES: [string, RequestInit?][] = [
  ["/healthz"],
  ["/v1/contacts?lang=ja"],
  ["/v1/contacts?lang=en&category=police"],
  [`/v1/contacts?lang=en&at=${AT}`],
  ["/v1/contacts", { headers: { "Accept-Language": "en-GB,en;q=0.9" } }],
  ...contacts.slice(0, 3).map((c): [string] => [`/v1/contacts/${c.id}?lang=en`]),
  ["/v1/remedies?kind=coping&lang=en"],
  ...remedies.slice(0, 2).map((r): [string] => [`/v1/remedies/${r.id}`]),
  ["/v1/faqs?lang=en"],
  ...faqs.slice(0, 2).map((f): [string] => [`/v1/faqs/${f.id}?lang=ja`]),
  ["/v1/platforms?lang=en"],
  ...platforms.slice(0, 2).map((p): [string] => [`/v1/platforms/${p.id}?lang=ja`]),
  [`/v1/search?q=${encodeURIComponent("人権")}`],
  ["/v1/triage?need=talk&need=remove-posts&danger=false&lang=en"],
  [
    "/v1/triage?lang=en",
    { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"needs":["identify-poster"]}' },
  ],
  // Free text through the whole interpreter (kana readings, the model, a short kanji word beside others: 夫 in 大丈夫,
  // which asks Intl.Segmenter), and crisis as a query answer.
  [
    "/v1/triage?lang=ja",
    {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: "夫は大丈夫って言うけど、もうしにたい。中2の娘もころすっていわれた" }),
    },
  ],
  ["/v1/triage?crisis=true&audience=children&lang=en"],
  // An open question as a query answer (danger asked beside crisis), and a record a rule withholds (StopNCII for a child).
  ["/v1/triage?crisis=true&asked=danger&need=intimate-images&audience=children&lang=ja"],
  ["/v1/schemas/contact"],
  ["/hsds/profile"],
  ["/hsds/services?per_page=5&page=2&lang=en"],
  [`/hsds/services/${hsdsId("service", contacts[0]?.id ?? "")}?lang=ja`],
  ["/hsds/organizations?lang=en"],
  [`/hsds/organizations/${hsdsOrganizations(contacts, "en")[0]?.id}`],
  ["/hsds/services?per_page=500"],
  ["/openapi.json"],
  ["/"],
  ["/reference"],
  ["/widget/stalker-help-widget.js"],
  ["/v1/contacts/no-such-id"],
  ["/v1/contacts?category=nope"],
  ["/v1/contacts", { method: "DELETE" }],
  ["/v1/faqs", { headers: { Accept: "text/html" } }],
  ["/v1/triage", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "x" }],
  ["/v1/triage", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{" }],
  ["/nowhere"],
];

describe("the Worker in workerd answers exactly as Node does", () => {
  it("runs in workerd", async () => {
    const res = await mf.dispatchFetch("http://localhost/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
  });

  it.each(CASES)("%s", async (path, init) => {
    const [fromWorker, fromNode] = await Promise.all([
      mf.dispatchFetch(`http://localhost${path}`, init as never),
      fetch(`${node.origin}${path}`, identity(init)),
    ]);
    expect(fromWorker.status).toBe(fromNode.status);
    expect(comparable(fromWorker as unknown as Response)).toEqual(comparable(fromNode));
    const [workerBytes, nodeBytes] = await Promise.all([fromWorker.arrayBuffer(), fromNode.arrayBuffer()]);
    expect(Buffer.from(workerBytes).equals(Buffer.from(nodeBytes))).toBe(true);
  });

  it("names its own origin in GET /hsds/ (Node names its own: the bodies differ by host only)", async () => {
    const res = await mf.dispatchFetch("http://localhost/hsds/");
    expect(await res.json()).toEqual({
      version: expect.stringMatching(/^3\.0\./),
      profile: "http://localhost/hsds/profile",
      openapi_url: "http://localhost/openapi.json",
    });
  });

  it("caches shareable answers at the edge, per negotiated language, and never private or POST answers", async () => {
    const get = (path: string, headers: Record<string, string> = {}) =>
      mf.dispatchFetch(`http://localhost${path}`, { headers });
    const first = await get("/v1/faqs?lang=en", { "Accept-Language": "en" });
    await first.arrayBuffer();
    const again = await get("/v1/faqs?lang=en", { "Accept-Language": "en" });
    expect(again.headers.get("x-edge-cache")).toBe("HIT");
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(again.headers.get("cache-control")).toContain("public");
    await again.arrayBuffer();

    // The same URL negotiated to another language is another entry, never the English body.
    const en = await get("/v1/remedies", { "Accept-Language": "en" });
    const enBody = await en.text();
    const ja = await get("/v1/remedies", { "Accept-Language": "ja" });
    expect(ja.headers.get("x-edge-cache")).toBe("MISS");
    expect(ja.headers.get("content-language")).toBe("ja");
    expect(await ja.text()).not.toBe(enBody);
    const enAgain = await get("/v1/remedies", { "Accept-Language": "en-GB,en;q=0.9" });
    expect(enAgain.headers.get("x-edge-cache")).toBe("HIT");
    expect(await enAgain.text()).toBe(enBody);

    // A revalidation of the cached answer is a 304 with its ETag.
    const revalidated = await get("/v1/remedies", {
      "Accept-Language": "en",
      "If-None-Match": en.headers.get("etag") ?? "",
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(en.headers.get("etag"));

    for (let i = 0; i < 2; i++) {
      const search = await get(`/v1/search?q=${encodeURIComponent("人権")}`);
      expect(search.headers.get("x-edge-cache")).toBeNull();
      await search.arrayBuffer();
    }
    const post = await mf.dispatchFetch("http://localhost/v1/triage", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"needs":["talk"]}',
    });
    expect(post.headers.get("x-edge-cache")).toBeNull();
    await post.arrayBuffer();
  });

  it("answers 304 to the ETag Node gave", async () => {
    const fromNode = await fetch(`${node.origin}/v1/contacts?lang=ja`, identity());
    const etag = fromNode.headers.get("etag") ?? "";
    const res = await mf.dispatchFetch("http://localhost/v1/contacts?lang=ja", { headers: { "If-None-Match": etag } });
    expect(res.status).toBe(304);
  });
});
