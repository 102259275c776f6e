import { contacts, dataVersion, localize, search } from "@netstalker/data";
import { describe, expect, it } from "vitest";
import { expectProblem, getJson, request } from "../test-support.js";

interface Hit {
  type: "contact" | "remedy" | "faq" | "platform";
  id: string;
  score: number;
  record: { id: string };
}

describe("GET /v1/search", () => {
  it("returns the data package's hits, localized, best first", async () => {
    const name = contacts[0]?.name;
    if (!name) throw new Error("the dataset has no contacts");
    for (const [q, lang] of [
      [name.ja, "ja"],
      [name.en, "en"],
      ["人権", "ja"],
    ] as const) {
      const { res, body } = await getJson<{ data: Hit[]; meta: unknown }>(
        `/v1/search?q=${encodeURIComponent(q)}&lang=${lang}`,
      );
      const expected = search(q, { lang, limit: 20 });
      expect(body.data).toEqual(expected.map((h) => ({ ...h, record: localize(h.record, lang) })));
      expect(body.meta).toEqual({ count: expected.length, lang, dataVersion });
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
  });
  it("finds platforms by the names people type for their services, localized, in the envelope", async () => {
    for (const [q, id] of [
      ["YouTube", "youtube-google"],
      ["インスタ", "meta"],
      ["X/Twitter", "x"],
      ["知恵袋", "line-yahoo"],
      ["TikTok", "tiktok"],
    ] as const) {
      const { body } = await getJson<{ data: (Hit & { record: { name: unknown } })[]; meta: { count: number } }>(
        `/v1/search?q=${encodeURIComponent(q)}&lang=en`,
      );
      expect(body.data[0]?.type).toBe("platform");
      expect(body.data[0]?.id).toBe(id);
      // Localized: the name is one string in the answer's language.
      expect(typeof body.data[0]?.record.name).toBe("string");
      expect(body.meta.count).toBe(body.data.length);
    }
  });
  it("finds a contact by its Japanese name without spaces", async () => {
    const contact = contacts[0];
    if (!contact) throw new Error("the dataset has no contacts");
    const { body } = await getJson<{ data: Hit[] }>(`/v1/search?q=${encodeURIComponent(contact.name.ja)}`);
    expect(body.data.some((h) => h.type === "contact" && h.id === contact.id)).toBe(true);
  });
  it("honours limit and refuses a missing, empty, or too long q and a bad limit", async () => {
    const { body } = await getJson<{ data: Hit[] }>("/v1/search?q=a&lang=en&limit=1");
    expect(body.data.length).toBeLessThanOrEqual(1);
    await expectProblem(await request("/v1/search"), 400);
    await expectProblem(await request("/v1/search?q=%20%20"), 400);
    await expectProblem(await request(`/v1/search?q=${"x".repeat(201)}`), 400);
    await expectProblem(await request("/v1/search?q=a&limit=0"), 400);
    await expectProblem(await request("/v1/search?q=a&limit=abc"), 400);
  });
});
