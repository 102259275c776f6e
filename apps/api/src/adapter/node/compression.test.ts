import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { app } from "../../app.js";
import { chooseEncoding, compressing, MIN_COMPRESS_BYTES, variantEtag } from "./compression.js";

describe("chooseEncoding", () => {
  it.each([
    [null, null],
    ["", null],
    ["identity", null],
    ["gzip", "gzip"],
    ["gzip, deflate, br", "br"],
    ["br;q=0.5, gzip", "gzip"],
    ["br;q=0, gzip;q=0", null],
    ["*", "br"],
    ["*;q=0.1, br;q=0", "gzip"],
    ["GZIP", "gzip"],
  ])("%j → %j", (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe("compressing the app's answers", () => {
  const fetch = compressing(app.fetch);
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(new Request(`http://api.test${path}`, { headers }));

  it("sends brotli and gzip variants that decode to the identity body, each with its own ETag", async () => {
    const plain = await get("/v1/contacts?lang=ja");
    const identity = Buffer.from(await plain.arrayBuffer());
    expect(identity.byteLength).toBeGreaterThan(MIN_COMPRESS_BYTES);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toBe("Accept-Language, Accept-Encoding");
    const etag = plain.headers.get("etag") ?? "";

    const br = await get("/v1/contacts?lang=ja", { "Accept-Encoding": "gzip, br" });
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("etag")).toBe(variantEtag(etag, "br"));
    expect(br.headers.get("vary")).toBe("Accept-Language, Accept-Encoding");
    expect(brotliDecompressSync(brBytes).equals(identity)).toBe(true);
    expect(brBytes.byteLength).toBeLessThan(identity.byteLength / 3);

    const gz = await get("/v1/contacts?lang=ja", { "Accept-Encoding": "gzip" });
    expect(gz.headers.get("etag")).toBe(variantEtag(etag, "gzip"));
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(identity)).toBe(true);
  });

  it("answers 304 to a variant's ETag, with that ETag, and 200 when the encoding changed", async () => {
    const br = await get("/v1/faqs?lang=en", { "Accept-Encoding": "br" });
    const tag = br.headers.get("etag") ?? "";
    const again = await get("/v1/faqs?lang=en", { "Accept-Encoding": "br", "If-None-Match": tag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(tag);
    const other = await get("/v1/faqs?lang=en", { "Accept-Encoding": "gzip", "If-None-Match": tag });
    expect(other.status).toBe(200);
    expect(other.headers.get("content-encoding")).toBe("gzip");
  });

  it("leaves small bodies, errors and POST answers unencoded", async () => {
    const health = await get("/healthz", { "Accept-Encoding": "br" });
    expect(health.headers.get("content-encoding")).toBeNull();
    const missing = await get("/v1/contacts/nope", { "Accept-Encoding": "br" });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-encoding")).toBeNull();
    const post = await fetch(
      new Request("http://api.test/v1/triage", {
        method: "POST",
        headers: { "Accept-Encoding": "br", "Content-Type": "application/json" },
        body: '{"needs":["talk"]}',
      }),
    );
    expect(post.headers.get("content-encoding")).toBeNull();
  });
});
