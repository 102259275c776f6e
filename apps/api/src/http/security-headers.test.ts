import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { securityHeaders, securityProfile } from "./security-headers.js";

// A small app with the same middleware, to test what the API's routes do not exercise yet.
const app = new Hono();
app.use("*", securityHeaders);
app.use("/embed", securityProfile("embeddable"));
app.get("/embed", (c) => c.html("<p>frame me</p>"));
app.get("/data", (c) => c.json({}));
app.get("/own-csp", (c) => c.text("x", 200, { "Content-Security-Policy": "default-src 'self'" }));
app.get("/boom", () => {
  throw new Error("boom");
});
app.onError((_err, c) => c.text("failed", 500));

describe("security header profiles", () => {
  it("lets a route opt into the embeddable profile: any ancestor may frame it, no X-Frame-Options", async () => {
    const res = await app.request("/embed");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(res.headers.get("x-frame-options")).toBeNull();
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
  it("leaves every other route unframeable", async () => {
    const res = await app.request("/data");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });
  it("keeps a header the handler set itself", async () => {
    expect((await app.request("/own-csp")).headers.get("content-security-policy")).toBe("default-src 'self'");
  });
  it("adds the headers to errors the error handler answers", async () => {
    const res = await app.request("/boom");
    expect(res.status).toBe(500);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });
});
