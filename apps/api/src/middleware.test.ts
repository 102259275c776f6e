// The HTTP behaviour the library middleware (hono/cors, secure-headers, etag, accepts, language) must keep exactly
// as the hand-written middleware it replaced sent it: header values, Vary, 304s, 406s, language, no cookies.
import { describe, expect, it } from "vitest";
import { expectProblem, request } from "./test-support.js";

const RESOURCE = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "ETag,Content-Language",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "origin-agent-cluster": "?1",
  "x-permitted-cross-domain-policies": "none",
  "cross-origin-resource-policy": "cross-origin",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
};
const PAGE = {
  ...RESOURCE,
  "cross-origin-resource-policy": "same-origin",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};
// Sent by hono/secure-headers by default, never by this API (and ignored by current browsers).
const NEVER = ["x-xss-protection", "x-dns-prefetch-control", "x-download-options", "set-cookie", "x-powered-by"];

function expectHeaders(res: Response, expected: Record<string, string>, label: string): void {
  for (const [name, value] of Object.entries(expected)) expect(res.headers.get(name), `${label}: ${name}`).toBe(value);
  for (const name of NEVER) expect(res.headers.get(name), `${label}: ${name}`).toBeNull();
}

describe("security and CORS headers", () => {
  it("are the resource set on data, scripts and every kind of error", async () => {
    const cases: [string, RequestInit | undefined, number][] = [
      ["/v1/contacts?lang=en", undefined, 200],
      ["/healthz", undefined, 200],
      ["/openapi.json", undefined, 200],
      ["/v1/contacts?lang=xx", undefined, 400],
      ["/v1/contacts/nope", undefined, 404],
      ["/nope", undefined, 404],
      ["/v1/contacts", { method: "DELETE" }, 405],
      ["/v1/contacts", { headers: { Accept: "text/html" } }, 406],
    ];
    for (const [path, init, status] of cases) {
      const res = await request(path, init);
      const label = `${init?.method ?? "GET"} ${path}`;
      expect(res.status, label).toBe(status);
      expectHeaders(res, RESOURCE, label);
      expect(res.headers.get("cross-origin-opener-policy"), label).toBeNull();
      expect(res.headers.get("permissions-policy"), label).toBeNull();
    }
  });

  it("are the page set on our HTML pages, and the reference page keeps its own CSP", async () => {
    expectHeaders(await request("/"), PAGE, "/");
    const reference = await request("/reference");
    const { "content-security-policy": _csp, ...rest } = PAGE;
    expectHeaders(reference, rest, "/reference");
    expect(reference.headers.get("content-security-policy")).toContain("script-src 'self' 'unsafe-inline'");
  });

  it("answer preflight with 204, the allowed methods and headers, and Vary on the requested headers", async () => {
    const res = await request("/v1/contacts", {
      method: "OPTIONS",
      headers: {
        Origin: "https://partner.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match",
      },
    });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toBe("GET,HEAD,POST,OPTIONS");
    expect(res.headers.get("access-control-allow-headers")).toBe("Content-Type,If-None-Match,Accept-Language");
    expect(res.headers.get("access-control-max-age")).toBe("86400");
    expect(res.headers.get("access-control-expose-headers")).toBe("ETag,Content-Language");
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    expect(res.headers.get("vary")).toBe("Access-Control-Request-Headers");
    expect(res.headers.get("content-type")).toBeNull();
  });

  it("vary on Accept-Language where the body does, never on Origin (any origin gets the same answer)", async () => {
    const origin = { Origin: "https://partner.example" };
    expect((await request("/v1/faqs", { headers: origin })).headers.get("vary")).toBe("Accept-Language");
    expect((await request("/v1/schemas/faq", { headers: origin })).headers.get("vary")).toBeNull();
    expect((await request("/healthz", { headers: origin })).headers.get("vary")).toBeNull();
  });
});

describe("ETag and 304", () => {
  // A fixed instant: a contacts list without one carries the statuses of the current minute.
  const path = "/v1/contacts?lang=ja&at=2026-12-02T14%3A00%3A00%2B09%3A00";

  it("answers 304 for the current tag, alone, in a list, weak or as *, and 200 for anything else", async () => {
    const ok = await request(path);
    const etag = ok.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    for (const header of [etag, `"other", ${etag}`, `W/${etag}`, `W/"other",W/${etag}`, "*"]) {
      const res = await request(path, { headers: { "If-None-Match": header } });
      expect(res.status, header).toBe(304);
      expect(await res.text(), header).toBe("");
    }
    for (const header of ['"other"', etag.slice(1, -1), `${etag.slice(0, -2)}"`]) {
      expect((await request(path, { headers: { "If-None-Match": header } })).status, header).toBe(200);
    }
  });

  it("keeps on a 304 the headers of the 200 but the body's own", async () => {
    const ok = await request(path);
    const res = await request(path, { headers: { "If-None-Match": ok.headers.get("etag") ?? "" } });
    expect(res.status).toBe(304);
    for (const name of ["etag", "cache-control", "vary", "content-language"]) {
      expect(res.headers.get(name), name).toBe(ok.headers.get(name));
    }
    expectHeaders(res, RESOURCE, "304");
    expect(res.headers.get("content-type")).toBeNull();
    expect(res.headers.get("content-length")).toBeNull();
  });

  it("answers a conditional HEAD like GET, and never turns a POST into a 304", async () => {
    const etag = (await request(path)).headers.get("etag") ?? "";
    expect((await request(path, { method: "HEAD", headers: { "If-None-Match": etag } })).status).toBe(304);
    const body = JSON.stringify({ danger: false, needs: ["talk"] });
    const first = await request("/v1/triage", {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json" },
    });
    const again = await request("/v1/triage", {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json", "If-None-Match": first.headers.get("etag") ?? "*" },
    });
    expect(again.status).toBe(200);
  });
});

describe("406 Not Acceptable", () => {
  const cases: [string, string, number][] = [
    ["/v1/faqs", "application/json", 200],
    ["/v1/faqs", "*/*", 200],
    ["/v1/faqs", "application/*", 200],
    ["/v1/faqs", "APPLICATION/JSON", 200],
    ["/v1/faqs", "text/html,application/xhtml+xml,*/*;q=0.8", 200],
    ["/v1/faqs", "application/problem+json", 200],
    ["/v1/faqs", "", 200],
    ["/v1/faqs", "text/html", 406],
    ["/v1/faqs", "image/*", 406],
    ["/v1/faqs", "application/json;q=0", 406],
    ["/v1/faqs", "application/json;q=0, */*;q=0", 406],
    ["/v1/faqs", ",", 406],
    ["/v1/faqs", "*", 406],
    ["/v1/faqs", "application/schema+json", 406],
    ["/v1/schemas/contact", "application/schema+json", 200],
    ["/v1/schemas/contact", "text/plain", 406],
    ["/openapi.json", "image/png", 406],
    ["/", "text/html", 200],
  ];
  it.each(cases)("%s with Accept %j answers %i", async (path, accept, status) => {
    const res = await request(path, { headers: { Accept: accept } });
    if (status === 406) {
      const problem = await expectProblem(res, 406);
      expect(problem.detail).toMatch(/only available as application\/(json|schema\+json)\./);
    } else {
      expect(res.status).toBe(status);
    }
  });
});

describe("language", () => {
  const cases: [string, Record<string, string>, string][] = [
    ["/v1/faqs", {}, "ja"],
    ["/v1/faqs", { "Accept-Language": "en-GB,en;q=0.9,ja;q=0.8" }, "en"],
    ["/v1/faqs", { "Accept-Language": "fr;q=1, ja;q=0.4, en;q=0.6" }, "en"],
    ["/v1/faqs", { "Accept-Language": "en;q=0, ja" }, "ja"],
    ["/v1/faqs", { "Accept-Language": "en;q=0" }, "ja"],
    ["/v1/faqs", { "Accept-Language": "fr, de;q=0.5" }, "ja"],
    ["/v1/faqs", { "Accept-Language": "EN" }, "en"],
    ["/v1/faqs", { "Accept-Language": ";;;,,q=" }, "ja"],
    ["/v1/faqs?lang=ja", { "Accept-Language": "en" }, "ja"],
    ["/v1/faqs?lang=en", { "Accept-Language": "ja" }, "en"],
    // A cookie is never read (nor set): the order is ?lang= then Accept-Language.
    ["/v1/faqs", { Cookie: "language=en" }, "ja"],
  ];
  it.each(cases)("%s with %j answers in %s, and sets no cookie", async (path, headers, lang) => {
    const res = await request(path, { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-language")).toBe(lang);
    expect(res.headers.get("set-cookie")).toBeNull();
    const body = (await res.json()) as { meta: { lang: string } };
    expect(body.meta.lang).toBe(lang);
  });

  it("still refuses an unknown ?lang= with a 400, whatever Accept-Language says", async () => {
    await expectProblem(await request("/v1/faqs?lang=fr", { headers: { "Accept-Language": "en" } }), 400);
  });
});
