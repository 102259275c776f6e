import { embedFiles } from "@netstalker/widget/embed-assets";
import { describe, expect, it } from "vitest";
import { request } from "../test-support.js";

describe("GET /embed", () => {
  it("serves the embed page, framable by any site, with no X-Frame-Options and no referrer", async () => {
    const res = await request("/embed?lang=en&view=contacts");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors *");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).toMatch(/script-src 'self';/);
    expect(res.headers.get("x-frame-options")).toBeNull();
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    // A partner page that requires CORP of its frames (COEP require-corp) can still embed it.
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    const html = await res.text();
    expect(html).toContain('src="embed/stalker-help-widget.standalone.js"');
    expect(html).toContain('src="embed/embed.js"');
    expect(html).toContain('data-api-base="./"');
    // The query string is read by the page's script, never written into the HTML.
    expect(html).not.toContain("view=contacts");
  });

  it("serves the page's scripts and nothing else under /embed/", async () => {
    const res = await request("/embed/embed.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await res.text()).toBe(embedFiles["embed.js"]);
    expect(res.headers.get("x-frame-options")).toBeNull();
    expect((await request("/embed/constructor")).status).toBe(404);
    expect((await request("/embed/..%2Fapp.ts")).status).toBe(404);
  });

  it("leaves every other page unframable", async () => {
    const res = await request("/");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
