import { describe, expect, it } from "vitest";
import { ifNoneMatchHits, strongEtag } from "./etag.js";

describe("strong ETags", () => {
  it("are quoted, strong, stable for equal bytes and different for different bytes", async () => {
    const a = await strongEtag('{"a":1}');
    expect(a).toMatch(/^"[0-9a-f]{32}"$/);
    expect(await strongEtag(new TextEncoder().encode('{"a":1}'))).toBe(a);
    expect(await strongEtag('{"a":2}')).not.toBe(a);
  });
  it("If-None-Match matches by weak comparison, in lists and with *", () => {
    expect(ifNoneMatchHits('"x"', '"x"')).toBe(true);
    expect(ifNoneMatchHits('W/"x"', '"x"')).toBe(true);
    expect(ifNoneMatchHits('"a", "x"', '"x"')).toBe(true);
    expect(ifNoneMatchHits("*", '"x"')).toBe(true);
    expect(ifNoneMatchHits('"y"', '"x"')).toBe(false);
    expect(ifNoneMatchHits(undefined, '"x"')).toBe(false);
    expect(ifNoneMatchHits("x", '"x"')).toBe(false);
  });
});
