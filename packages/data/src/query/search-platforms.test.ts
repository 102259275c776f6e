// Search finds platforms by the names people type for their services, and a one-letter name (X) only as a word.
import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import { createSearch } from "./search.js";

const search = createSearch(dataset);
const first = (q: string, lang: "ja" | "en") => search(q, { lang, limit: 1 })[0];

describe("search: platforms", () => {
  it.each([
    ["YouTube", "youtube-google"],
    ["ようつべ", "youtube-google"],
    ["インスタ", "meta"],
    ["Instagram", "meta"],
    ["X/Twitter", "x"],
    ["Twitter", "x"],
    ["ツイッター", "x"],
    ["X", "x"],
    ["知恵袋", "line-yahoo"],
    ["LINE VOOM", "line-yahoo"],
    ["オプチャ", "line-yahoo"],
    ["TikTok", "tiktok"],
    ["ティックトック", "tiktok"],
  ] as const)("%s finds the platform %s first, in ja and en", (query, id) => {
    for (const lang of ["ja", "en"] as const) {
      const hit = first(query, lang);
      expect(hit?.type).toBe("platform");
      expect(hit?.id).toBe(id);
    }
  });

  it("a platform hit carries the record with its routes", () => {
    const hit = first("知恵袋", "ja");
    if (hit?.type !== "platform") throw new Error("expected a platform");
    expect(hit.record.routes.length).toBeGreaterThan(0);
  });

  it("X matches only as a whole word or alias, never inside another word", () => {
    for (const lang of ["ja", "en"] as const) {
      for (const hit of search("x", { lang })) {
        const texts = JSON.stringify(hit.record).toLowerCase();
        // Every hit holds an x standing alone (X, X/Twitter, Xの…), not just the x of "box" or "xyz".
        expect(texts).toMatch(/(^|[^a-z0-9])x([^a-z0-9]|$)/);
      }
      expect(
        search("x", { lang })
          .filter((h) => h.type === "platform")
          .map((h) => h.id),
      ).toEqual(["x"]);
    }
    // A Latin word with an x inside finds nothing through that x.
    expect(search("box", { lang: "ja" })).toEqual([]);
  });

  it("a search built without platforms (older live data) still answers", () => {
    const { platforms: _p, ...older } = dataset;
    const hits = createSearch(older)("YouTube", { lang: "ja" });
    expect(hits.every((h) => h.type !== "platform")).toBe(true);
  });
});
