import {
  AUDIENCES,
  CATEGORIES,
  type ContactLocalized,
  contacts,
  dataVersion,
  filterContacts,
  isOpenAt,
  localize,
  openStatus,
} from "@netstalker/data";
import { describe, expect, it } from "vitest";
import { expectProblem, getJson, request } from "../test-support.js";

interface List {
  data: ContactLocalized[];
  meta: {
    count: number;
    lang: string;
    dataVersion: string;
    at?: string;
    openStatus?: Record<string, { open: boolean | "unknown"; opensAt: string | null; closesAt: string | null }>;
  };
}

describe("GET /v1/contacts", () => {
  it("lists every contact, localized (ja by default), in the envelope", async () => {
    const { res, body } = await getJson<List>("/v1/contacts");
    expect(body.data).toEqual(contacts.map((c) => localize(c, "ja")));
    expect(body.meta).toEqual({ count: contacts.length, lang: "ja", dataVersion });
    expect(res.headers.get("content-language")).toBe("ja");
    expect(res.headers.get("vary")).toBe("Accept-Language");
  });

  it("takes lang from ?lang=, then Accept-Language", async () => {
    const en = await getJson<List>("/v1/contacts?lang=en");
    expect(en.body.data).toEqual(contacts.map((c) => localize(c, "en")));
    const viaHeader = await getJson<List>("/v1/contacts", { headers: { "Accept-Language": "en-US,en;q=0.9" } });
    expect(viaHeader.body).toEqual(en.body);
    const queryWins = await getJson<List>("/v1/contacts?lang=ja", { headers: { "Accept-Language": "en" } });
    expect(queryWins.body.meta.lang).toBe("ja");
  });

  it("filters by category and audience exactly as the data package does", async () => {
    for (const category of CATEGORIES) {
      const { body } = await getJson<List>(`/v1/contacts?lang=en&category=${category}`);
      expect(body.data.map((c) => c.id)).toEqual(filterContacts(contacts, { category }).map((c) => c.id));
    }
    for (const audience of AUDIENCES) {
      const { body } = await getJson<List>(`/v1/contacts?audience=${audience}`);
      expect(body.meta.count).toBe(filterContacts(contacts, { audience }).length);
    }
    const { body } = await getJson<List>("/v1/contacts?category=police&audience=anyone&service=advice&urgency=urgent");
    const expected = filterContacts(contacts, {
      category: "police",
      audience: "anyone",
      service: "advice",
      urgency: "urgent",
    });
    expect(body.data.map((c) => c.id)).toEqual(expected.map((c) => c.id));
  });

  it("at=<instant> keeps only the contacts open then (never 'unknown') and gives their open status", async () => {
    // A weekday afternoon, a Sunday night and New Year's Day, in Japan time.
    for (const at of ["2026-12-02T14:00:00+09:00", "2026-12-06T23:30:00+09:00", "2027-01-01T10:00:00+09:00"]) {
      const instant = Date.parse(at);
      const { body } = await getJson<List>(`/v1/contacts?lang=en&at=${encodeURIComponent(at)}`);
      const expected = contacts.filter((c) => isOpenAt(c, instant) === true);
      expect(body.data.map((c) => c.id)).toEqual(expected.map((c) => c.id));
      expect(body.meta.at).toBe(new Date(instant).toISOString());
      for (const c of expected) {
        const status = openStatus(c, instant);
        expect(body.meta.openStatus?.[c.id]).toEqual({
          open: true,
          opensAt: status.opensAt?.toISOString() ?? null,
          closesAt: status.closesAt?.toISOString() ?? null,
        });
      }
    }
  });

  it("never lists a contact whose open state is unknown as open", async () => {
    const unknownAt = Date.parse("2026-12-02T14:00:00+09:00");
    const unknownIds = contacts.filter((c) => isOpenAt(c, unknownAt) === "unknown").map((c) => c.id);
    const { body } = await getJson<List>(`/v1/contacts?at=${encodeURIComponent("2026-12-02T14:00:00+09:00")}`);
    for (const id of unknownIds) expect(body.data.map((c) => c.id)).not.toContain(id);
  });

  it("open=now checks the current minute and is cacheable only until the next one", async () => {
    const before = Date.now();
    const { res, body } = await getJson<List>("/v1/contacts?open=now");
    const at = Date.parse(body.meta.at ?? "");
    expect(at % 60_000).toBe(0);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(at).toBeGreaterThan(before - 60_000);
    expect(body.data.map((c) => c.id)).toEqual(contacts.filter((c) => isOpenAt(c, at) === true).map((c) => c.id));
    const maxAge = Number(/max-age=(\d+)/.exec(res.headers.get("cache-control") ?? "")?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(1);
    expect(maxAge).toBeLessThanOrEqual(60);
    expect(res.headers.get("cache-control")).not.toContain("stale-while-revalidate");
  });

  it("answers If-None-Match with 304 and the same ETag; caches with stale-while-revalidate", async () => {
    const first = await request("/v1/contacts?lang=en");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers.get("cache-control")).toContain("stale-while-revalidate");
    const again = await request("/v1/contacts?lang=en", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    const otherLang = await request("/v1/contacts?lang=ja", { headers: { "If-None-Match": etag } });
    expect(otherLang.status).toBe(200);
    expect(otherLang.headers.get("etag")).not.toBe(etag);
  });

  it("refuses bad parameters with a 400 problem naming each one", async () => {
    const bad = await expectProblem(await request("/v1/contacts?category=nope&lang=fr"), 400);
    expect(bad.errors?.map((e) => e.name).sort()).toEqual(["category", "lang"]);
    const unknown = await expectProblem(await request("/v1/contacts?categroy=police"), 400);
    expect(unknown.detail).toContain("categroy");
    await expectProblem(await request("/v1/contacts?at=yesterday"), 400);
    await expectProblem(await request("/v1/contacts?open=later"), 400);
    const both = await expectProblem(await request("/v1/contacts?open=now&at=2026-12-02T14:00:00%2B09:00"), 400);
    expect(both.detail).toContain("not both");
  });
});

describe("GET /v1/contacts/{id}", () => {
  it("returns every contact by id, localized, in the item envelope", async () => {
    for (const contact of contacts) {
      const { body } = await getJson<{ data: ContactLocalized; meta: unknown }>(`/v1/contacts/${contact.id}?lang=en`);
      expect(body).toEqual({ data: localize(contact, "en"), meta: { lang: "en", dataVersion } });
    }
  });
  it("404s an unknown id and 400s a malformed one", async () => {
    const missing = await expectProblem(await request("/v1/contacts/no-such-contact"), 404);
    expect(missing.detail).toContain("no-such-contact");
    await expectProblem(await request("/v1/contacts/Not_An_Id"), 400);
  });
});
