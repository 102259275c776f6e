import {
  AUDIENCES,
  CATEGORIES,
  type ContactLocalized,
  contactReach,
  contacts,
  dataVersion,
  filterContacts,
  isNoVoiceChannel,
  isOpenAt,
  localize,
  NO_VOICE_CHANNEL_TYPES,
  openStatus,
} from "@netstalker/data";
import { describe, expect, it } from "vitest";
import { expectProblem, getJson, request } from "../test-support.js";

interface Status {
  state: "open" | "closed" | "deferred" | "unknown";
  open: boolean | "unknown";
  opensAt: string | null;
  closesAt: string | null;
  reason: string | null;
  channel: number;
}

interface List {
  data: ContactLocalized[];
  meta: {
    count: number;
    lang: string;
    dataVersion: string;
    at: string;
    openStatus: Record<string, Status>;
    region?: { code: string; ja: string; en: string };
  };
}

describe("GET /v1/contacts", () => {
  it("lists every contact, localized (ja by default), in the envelope", async () => {
    const { res, body } = await getJson<List>("/v1/contacts");
    expect(body.data).toEqual(contacts.map((c) => localize(c, "ja")));
    expect(body.meta).toMatchObject({ count: contacts.length, lang: "ja", dataVersion });
    expect(Object.keys(body.meta.openStatus).sort()).toEqual(contacts.map((c) => c.id).sort());
    expect(res.headers.get("content-language")).toBe("ja");
    expect(res.headers.get("vary")).toBe("Accept-Language");
  });

  it("takes lang from ?lang=, then Accept-Language", async () => {
    const en = await getJson<List>("/v1/contacts?lang=en");
    expect(en.body.data).toEqual(contacts.map((c) => localize(c, "en")));
    const viaHeader = await getJson<List>("/v1/contacts", { headers: { "Accept-Language": "en-US,en;q=0.9" } });
    // The records and the language, not the whole body: meta.at is the minute of each response, and two requests
    // may fall either side of a minute's turn.
    expect(viaHeader.body.data).toEqual(en.body.data);
    expect(viaHeader.body.meta.lang).toBe("en");
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
        expect(body.meta.openStatus[c.id]).toEqual({
          state: "open",
          open: true,
          opensAt: status.opensAt?.toISOString() ?? null,
          closesAt: status.closesAt?.toISOString() ?? null,
          reason: null,
          channel: contactReach(c, instant)?.channelIndex,
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

  it("answers If-None-Match with 304 and the same ETag; caches a fixed instant with stale-while-revalidate", async () => {
    const fixed = `at=${encodeURIComponent("2026-12-02T14:00:00+09:00")}`;
    const first = await request(`/v1/contacts?lang=en&${fixed}`);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers.get("cache-control")).toContain("stale-while-revalidate");
    const again = await request(`/v1/contacts?lang=en&${fixed}`, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    const otherLang = await request(`/v1/contacts?lang=ja&${fixed}`, { headers: { "If-None-Match": etag } });
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

const REACH_STATE_NAMES = ["open", "closed", "deferred", "unknown"];

describe("GET /v1/contacts: status, channel and region", () => {
  it("gives every contact its status now: open, closed with the next opening, answered later, unknown with why", async () => {
    const { res, body } = await getJson<List>("/v1/contacts?lang=en");
    const at = Date.parse(body.meta.at);
    expect(at % 60_000).toBe(0);
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
    for (const c of contacts) {
      const status = body.meta.openStatus[c.id];
      const reach = contactReach(c, at);
      expect(status?.state, c.id).toBe(reach?.status.state);
      expect(status?.channel, c.id).toBe(reach?.channelIndex);
    }
    const states = new Set(Object.values(body.meta.openStatus).map((s) => s.state));
    // Forms are answered later at every hour; #9110's hours vary by prefecture.
    expect(states).toContain("deferred");
    expect(body.meta.openStatus["police-consultation-9110"]).toMatchObject({ state: "unknown", reason: "hours-vary" });
    expect(body.meta.openStatus["police-emergency-110"]).toMatchObject({ state: "open", open: true });
  });

  it("says when a closed line opens and why an unknown one is unknown, and the same by id", async () => {
    const now = await getJson<List>("/v1/contacts");
    for (const [id, s] of Object.entries(now.body.meta.openStatus)) {
      if (s.state === "closed") expect(s.opensAt, id).not.toBeNull();
      expect(s.reason === null, id).toBe(s.state !== "unknown");
      expect(s.open, id).toBe(s.state === "open" ? true : s.state === "unknown" ? "unknown" : false);
    }
    const one = await getJson<{ meta: { at: string; openStatus: Status } }>("/v1/contacts/police-consultation-9110");
    expect(one.body.meta.openStatus).toEqual({
      state: "unknown",
      open: "unknown",
      opensAt: null,
      closesAt: null,
      reason: "hours-vary",
      channel: 0,
    });
    expect(Date.parse(one.body.meta.at) % 60_000).toBe(0);
  });

  it("channel=text keeps only contacts with a no-voice channel, with only those channels, in reachable order", async () => {
    const { body } = await getJson<List>("/v1/contacts?channel=text&lang=en");
    expect(body.data.length).toBeGreaterThan(0);
    for (const c of body.data) {
      for (const ch of c.channels) expect(NO_VOICE_CHANNEL_TYPES, c.id).toContain(ch.type);
    }
    const expected = contacts.filter((c) => c.channels.some(isNoVoiceChannel)).map((c) => c.id);
    expect(body.data.map((c) => c.id).sort()).toEqual(expected.sort());
    const order = ["open", "unknown", "deferred", "closed"];
    // Regional contacts come last without a region; the national ones are in state order.
    const national = body.data.filter((c) => c.coverage.scope === "national");
    const ranks = national.map((c) => order.indexOf(body.meta.openStatus[c.id]?.state ?? ""));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(body.data.some((c) => c.channels.some((ch) => ch.type === "phone" || ch.type === "shortcode"))).toBe(false);
    const bad = await expectProblem(await request("/v1/contacts?channel=voice"), 400);
    expect(bad.errors?.map((e) => e.name)).toEqual(["channel"]);
  });

  it("region keeps the national contacts and that prefecture's own, by code or by name; 400 for a bad one", async () => {
    const regional = contacts.filter((c) => c.coverage.scope === "regional").map((c) => c.id);
    expect(regional.length).toBeGreaterThan(0);
    for (const region of ["13", "東京都", "Tokyo", "tokyo"]) {
      const { body } = await getJson<List>(`/v1/contacts?region=${encodeURIComponent(region)}`);
      expect(body.meta.region, region).toEqual({ code: "13", ja: "東京都", en: "Tokyo" });
      expect(
        body.data.map((c) => c.id),
        region,
      ).toEqual(expect.arrayContaining(regional));
      expect(body.meta.count).toBe(contacts.length);
    }
    // Aomori: none of the regional desks serves it.
    const aomori = await getJson<List>("/v1/contacts?region=02");
    expect(aomori.body.data.some((c) => regional.includes(c.id))).toBe(false);
    expect(aomori.body.meta.count).toBe(contacts.length - regional.length);
    for (const bad of ["48", "00", "Atlantis", "x".repeat(41)]) {
      const problem = await expectProblem(await request(`/v1/contacts?region=${encodeURIComponent(bad)}`), 400);
      expect(new Set(problem.errors?.map((e) => e.name)), bad).toEqual(new Set(["region"]));
    }
  });

  it("order=reachable puts regional contacts last without a region and ranks them with one", async () => {
    const none = await getJson<List>("/v1/contacts?order=reachable");
    const ids = none.body.data.map((c) => c.id);
    const firstRegional = ids.findIndex((id) => contacts.find((c) => c.id === id)?.coverage.scope === "regional");
    expect(
      ids.slice(firstRegional).every((id) => contacts.find((c) => c.id === id)?.coverage.scope === "regional"),
    ).toBe(true);
    expect(none.body.data[0]?.id).toBe("police-emergency-110");
  });
});

describe("GET /v1/contacts/{id}", () => {
  it("returns every contact by id, localized, in the item envelope", async () => {
    for (const contact of contacts) {
      const { body } = await getJson<{ data: ContactLocalized; meta: { openStatus: Status } }>(
        `/v1/contacts/${contact.id}?lang=en`,
      );
      expect(body).toMatchObject({ data: localize(contact, "en"), meta: { lang: "en", dataVersion } });
      expect(REACH_STATE_NAMES).toContain(body.meta.openStatus.state);
    }
  });
  it("404s an unknown id and 400s a malformed one", async () => {
    const missing = await expectProblem(await request("/v1/contacts/no-such-contact"), 404);
    expect(missing.detail).toContain("no-such-contact");
    await expectProblem(await request("/v1/contacts/Not_An_Id"), 400);
  });
});
