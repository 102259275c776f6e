import { cautions, dataVersion, localize, type PlatformLocalized, platforms } from "@netstalker/data";
import { describe, expect, it } from "vitest";
import { expectProblem, getJson, request } from "../test-support.js";

interface List {
  data: PlatformLocalized[];
  cautions: { id: string; body: string }[];
  meta: { count: number; lang: string; dataVersion: string };
}

describe("GET /v1/platforms", () => {
  it("lists every platform, localized, with the cautions they name, in the envelope", async () => {
    const { body } = await getJson<List>("/v1/platforms?lang=en");
    const named = new Set(platforms.flatMap((p) => p.cautions));
    expect(body).toEqual({
      data: platforms.map((p) => localize(p, "en")),
      cautions: cautions.filter((c) => named.has(c.id)).map((c) => localize(c, "en")),
      meta: { count: platforms.length, lang: "en", dataVersion },
    });
  });

  it("carries the caution that a request may reach the poster with every platform", async () => {
    const { body } = await getJson<List>("/v1/platforms?lang=ja");
    const ids = new Set(body.cautions.map((c) => c.id));
    for (const platform of body.data) for (const id of platform.cautions) expect(ids.has(id), platform.id).toBe(true);
    expect(body.cautions.find((c) => c.id === "removal-request-may-reach-poster")?.body).toContain("投稿者");
  });

  it("answers in the language Accept-Language prefers when ?lang is absent", async () => {
    const { body } = await getJson<List>("/v1/platforms", { headers: { "Accept-Language": "en-GB,en;q=0.9" } });
    expect(body.meta.lang).toBe("en");
    expect(body.data[0]?.name).toBe(platforms[0]?.name.en);
  });

  it("400s an unknown query parameter", async () => {
    await expectProblem(await request("/v1/platforms?designated=true"), 400);
  });
});

describe("GET /v1/platforms/{id}", () => {
  it("returns every platform by id with its cautions", async () => {
    for (const platform of platforms) {
      const { body } = await getJson<{ data: PlatformLocalized; cautions: { id: string }[] }>(
        `/v1/platforms/${platform.id}?lang=ja`,
      );
      expect(body.data).toEqual(localize(platform, "ja"));
      expect(body.cautions.map((c) => c.id)).toEqual(platform.cautions);
    }
  });

  it("404s an unknown id with problem+json", async () => {
    const problem = await expectProblem(await request("/v1/platforms/no-such-platform"), 404);
    expect(problem.detail).toContain("no-such-platform");
  });

  it("sends a strong ETag and answers 304 to If-None-Match", async () => {
    const first = await request("/v1/platforms/x?lang=en");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"/);
    const again = await request("/v1/platforms/x?lang=en", { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
  });
});
