import { describe, expect, it } from "vitest";
import { digest128, strongEtag } from "./etag.js";

describe("strong ETags", () => {
  it("are quoted, strong, stable for equal bytes and different for different bytes", async () => {
    const a = await strongEtag('{"a":1}');
    expect(a).toMatch(/^"[0-9a-f]{32}"$/);
    expect(await strongEtag(new TextEncoder().encode('{"a":1}'))).toBe(a);
    expect(await strongEtag('{"a":2}')).not.toBe(a);
  });
  it("are the hex of the 128-bit digest hono/etag is given for bodies without a tag", async () => {
    const hex = [...new Uint8Array(await digest128("x"))].map((b) => b.toString(16).padStart(2, "0")).join("");
    expect(await strongEtag("x")).toBe(`"${hex}"`);
  });
});
