import { contacts } from "@netstalker/data";
import { HSDS_VERSION, type HsdsPage, hsdsId, toHsds } from "@netstalker/data/hsds";
import { describe, expect, it } from "vitest";
import { expectProblem, getJson, request } from "../test-support.js";

type Page = HsdsPage<{ id: string; name: string; phones?: unknown; services?: unknown }>;

describe("GET /hsds/", () => {
  it("says the HSDS version, the profile and the OpenAPI document, as absolute URLs of this host", async () => {
    const { body } = await getJson<{ version: string; profile: string; openapi_url: string }>("http://api.test/hsds/");
    expect(body).toEqual({
      version: HSDS_VERSION,
      profile: "http://api.test/hsds/profile",
      openapi_url: "http://api.test/openapi.json",
    });
  });

  it("serves the profile it names, with the id namespace and what HSDS cannot say", async () => {
    const { body } = await getJson<{ ids: { namespace: string }; not_in_hsds: Record<string, string> }>(
      "/hsds/profile",
    );
    expect(body.ids.namespace).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.keys(body.not_in_hsds)).toEqual(["open_status", "answered_later", "traces", "prepare"]);
  });
});

describe("GET /hsds/services", () => {
  it("is an HSDS page of one-to-one fields, every contact once across the pages", async () => {
    const first = await getJson<Page>("/hsds/services?per_page=10&lang=en");
    expect(first.body).toMatchObject({
      total_items: contacts.length,
      total_pages: Math.ceil(contacts.length / 10),
      page_number: 1,
      size: 10,
      first_page: true,
      last_page: false,
      empty: false,
    });
    expect(first.body.contents[0]).not.toHaveProperty("phones");
    expect(first.res.headers.get("content-language")).toBe("en");
    expect(first.res.headers.get("etag")).toMatch(/^"/);
    const pages = [first.body];
    for (let n = 2; n <= first.body.total_pages; n++)
      pages.push((await getJson<Page>(`/hsds/services?per_page=10&page=${n}&lang=en`)).body);
    expect(pages.flatMap((p) => p.contents.map((s) => s.id))).toEqual(contacts.map((c) => hsdsId("service", c.id)));
    expect(pages.at(-1)?.last_page).toBe(true);
  });

  it("answers a page past the end with an empty page", async () => {
    const { body } = await getJson<Page>("/hsds/services?page=99");
    expect(body).toMatchObject({ page_number: 99, size: 0, empty: true, last_page: true, contents: [] });
  });

  it.each(["page=0", "page=-1", "page=abc", "per_page=0", "per_page=101", "per_page=2.5", "size=10"])(
    "400s ?%s as problem+json",
    async (query) => {
      const problem = await expectProblem(await request(`/hsds/services?${query}`), 400);
      expect(problem.detail).toMatch(/page|per_page|size/);
    },
  );
});

describe("GET /hsds/services/{id}", () => {
  const police = hsdsId("service", "police-emergency-110");

  it("is the fully nested service the data package builds, in the negotiated language", async () => {
    const { body } = await getJson<unknown>(`/hsds/services/${police}`, { headers: { "Accept-Language": "en" } });
    expect(body).toEqual(toHsds(contacts, "en").services.find((s) => s.id === police));
  });

  it("404s an unknown UUID and 400s an id that is not one", async () => {
    await expectProblem(await request(`/hsds/services/${hsdsId("service", "no-such-contact")}`), 404);
    await expectProblem(await request("/hsds/services/police-emergency-110"), 400);
  });

  it("304s a current If-None-Match", async () => {
    const first = await request(`/hsds/services/${police}`);
    const etag = first.headers.get("etag") ?? "";
    expect((await request(`/hsds/services/${police}`, { headers: { "If-None-Match": etag } })).status).toBe(304);
  });
});

describe("GET /hsds/organizations[/{id}]", () => {
  it("lists every organization and serves each with the services it runs", async () => {
    const { organizations } = toHsds(contacts, "ja");
    const { body } = await getJson<Page>("/hsds/organizations?per_page=100");
    expect(body.total_items).toBe(organizations.length);
    expect(body.contents[0]).not.toHaveProperty("services");
    const one = organizations[0];
    const detail = await getJson<{ services: { id: string }[] }>(`/hsds/organizations/${one?.id}`);
    expect(detail.body.services.map((s) => s.id)).toEqual(one?.services.map((s) => s.id));
  });

  it("404s an unknown organization", async () => {
    await expectProblem(await request(`/hsds/organizations/${hsdsId("organization", "none")}`), 404);
  });
});
