import { describe, expect, it } from "vitest";
import { SerialisedCache, serialise } from "./serialised.js";

describe("serialise-once cache", () => {
  it("builds each key once and returns the same bytes and ETag", async () => {
    const cache = new SerialisedCache(8);
    let builds = 0;
    const build = () => {
      builds++;
      return { hello: "世界" };
    };
    const a = await cache.get("k", build);
    const b = await cache.get("k", build);
    expect(builds).toBe(1);
    expect(b).toBe(a);
    expect(a.body).toBe('{"hello":"世界"}');
    expect(a.bytes).toEqual(new TextEncoder().encode(a.body));
    expect(a.etag).toBe((await serialise({ hello: "世界" })).etag);
  });
  it("evicts the least recently used key when full", async () => {
    const cache = new SerialisedCache(2);
    await cache.get("a", () => 1);
    await cache.get("b", () => 2);
    await cache.get("a", () => 1); // a is now the most recent
    await cache.get("c", () => 3); // evicts b
    expect(cache.size).toBe(2);
    let rebuilt = false;
    await cache.get("a", () => {
      rebuilt = true;
      return 1;
    });
    expect(rebuilt).toBe(false);
    await cache.get("b", () => {
      rebuilt = true;
      return 2;
    });
    expect(rebuilt).toBe(true);
  });
  it("does not keep a failed build", async () => {
    const cache = new SerialisedCache(4);
    await expect(
      cache.get("x", () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect((await cache.get("x", () => "ok")).body).toBe('"ok"');
  });
});
