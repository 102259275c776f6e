import { describe, expect, it } from "vitest";
import { widgetBundle } from "./generated/widget-bundle.js";
import { expectProblem, request } from "./test-support.js";

const ROUTES = [
  "/v1/contacts",
  "/v1/remedies",
  "/v1/faqs",
  "/v1/platforms",
  "/v1/search?q=a",
  "/v1/triage",
  "/v1/schemas/faq",
  "/healthz",
];

describe("HTTP behaviour common to every route", () => {
  it("sends CORS and security headers; data and scripts may be loaded cross-origin, pages may not", async () => {
    for (const path of [...ROUTES, "/openapi.json", "/nope"]) {
      const res = await request(path, { headers: { Origin: "https://partner.example" } });
      expect(res.headers.get("access-control-allow-origin"), path).toBe("*");
      expect(res.headers.get("access-control-allow-credentials"), path).toBeNull();
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), path).toBe("no-referrer");
      expect(res.headers.get("cross-origin-resource-policy"), path).toBe("cross-origin");
      expect(res.headers.get("content-security-policy"), path).toContain("default-src 'none'");
      expect(res.headers.get("set-cookie"), path).toBeNull();
    }
    const page = await request("/");
    expect(page.headers.get("cross-origin-resource-policy")).toBe("same-origin");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
  });

  it("answers CORS preflight for GET and POST", async () => {
    const res = await request("/v1/triage", {
      method: "OPTIONS",
      headers: {
        Origin: "https://partner.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");
  });

  it("answers HEAD like GET without a body", async () => {
    const get = await request("/v1/faqs?lang=en");
    const head = await request("/v1/faqs?lang=en", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    expect(await head.text()).toBe("");
  });

  it("405s a known path with the wrong method, with Allow", async () => {
    const res = await request("/v1/contacts", { method: "DELETE" });
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    await expectProblem(res, 405);
    const put = await request("/v1/triage", { method: "PUT", body: "{}" });
    expect(put.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    await expectProblem(put, 405);
  });

  it("406s clients that cannot take JSON, 404s unknown paths", async () => {
    for (const path of ROUTES) {
      await expectProblem(await request(path, { headers: { Accept: "text/html" } }), 406);
    }
    await expectProblem(await request("/openapi.json", { headers: { Accept: "image/png" } }), 406);
    const ok = await request("/v1/schemas/contact", { headers: { Accept: "application/schema+json" } });
    expect(ok.status).toBe(200);
    await expectProblem(await request("/v2/contacts"), 404);
    await expectProblem(await request("/v1"), 404);
  });
});

describe("pages and scripts", () => {
  it("/ is an HTML landing page with the live widget, example calls and links, all same-origin", async () => {
    const res = await request("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await res.text();
    expect(html).toContain('href="/reference"');
    expect(html).toContain('href="/openapi.json"');
    expect(html).toContain("/v1/contacts?lang=en");
    if (widgetBundle !== null) {
      expect(html).toContain('<script type="module" src="/widget/stalker-help-widget.js"></script>');
      expect(html).toContain("<stalker-help-widget");
    }
    // No third-party request: every src/href is a path on this server.
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]*)"/g)) expect(url, url).toMatch(/^(?:\/(?!\/)|data:)/);
  });

  it("serves the widget as cross-origin JavaScript (or a 404 problem before it is built)", async () => {
    const res = await request("/widget/stalker-help-widget.js");
    if (widgetBundle === null) {
      await expectProblem(res, 404);
      return;
    }
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(await res.text()).toBe(widgetBundle);
  });

  it("the API reference page loads Scalar from this server only, under a same-origin CSP", async () => {
    const res = await request("/reference");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<script src="/reference/scalar.js">');
    expect(html).toContain('"url": "/openapi.json"');
    expect(html).not.toMatch(/(?:src|href)="https?:/);
    // Scalar's own fonts and its AI agent would call Scalar's servers: both off.
    expect(html).toContain('"withDefaultFonts": false');
    expect(html).toMatch(/"agent": \{\s*"disabled": true/);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("font-src 'self'");
    const script = await request("/reference/scalar.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });
});
