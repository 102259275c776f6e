// The export against the official HSDS 3.0.1 JSON Schemas (vendored under test/fixtures/hsds-3.0.1 with their
// licence and source), in both languages, plus the promises the schemas cannot check: stable ids, our profile.
import { readdirSync, readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { LANGS } from "../display/langs.js";
import { dataset } from "../generated/dataset.js";
import { HsdsOrganizationListItemSchema, HsdsServiceListItemSchema, hsdsPageSchema } from "../schema/hsds.js";
import { hsdsId, hsdsPage, hsdsServiceListItem, NETSTALKER_HSDS_NAMESPACE, toHsds } from "./index.js";

const fixtures = new URL("../../test/fixtures/hsds-3.0.1/schema/", import.meta.url);
const BASE = "https://hsds.invalid/schema/";
// ajv-formats is CommonJS with a default export; under NodeNext it arrives as the module object.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

// The official schemas carry Frictionless Data keywords (name, constraints, core...) Ajv does not know: not strict.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, fixtures), "utf8")) as Record<string, unknown>;
for (const file of readdirSync(fixtures).filter((f) => f.endsWith(".json") && f !== "openapi.json")) {
  ajv.addSchema(read(file), `${BASE}${file}`);
}
for (const file of ["service_list.json", "organization_list.json"]) {
  ajv.addSchema(read(`compiled/${file}`), `${BASE}compiled/${file}`);
}
const openapi = read("openapi.json") as { components: { schemas: { Page: object } } };
const page = (item: string) =>
  ajv.compile({
    allOf: [openapi.components.schemas.Page],
    required: ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
    properties: { contents: { type: "array", items: { $ref: `${BASE}compiled/${item}` } } },
  });
const schema = (name: string) => ajv.getSchema(`${BASE}${name}`) as ValidateFunction;

function expectValid(validate: ValidateFunction, value: unknown, what: string) {
  const ok = validate(value);
  expect(ok ? [] : (validate.errors ?? []).map((e) => `${what}${e.instancePath} ${e.message}`)).toEqual([]);
}

describe.each(LANGS)("the HSDS export in %s", (lang) => {
  const { services, organizations } = toHsds(dataset.contacts, lang);

  it("has one service per contact and one organization per body", () => {
    expect(services.map((s) => s.netstalker_id)).toEqual(dataset.contacts.map((c) => c.id));
    expect(new Set(organizations.map((o) => o.id)).size).toBe(organizations.length);
    expect(organizations.flatMap((o) => o.services).length).toBe(services.length);
  });

  it("validates every service against the official service schema (phones, schedules, languages, areas included)", () => {
    for (const service of services) expectValid(schema("service.json"), service, service.netstalker_id);
    expect(services.flatMap((s) => s.phones).length).toBeGreaterThan(10);
    expect(services.flatMap((s) => s.schedules).length).toBeGreaterThanOrEqual(services.length);
  });

  it("validates every organization against the official organization schema", () => {
    for (const organization of organizations) expectValid(schema("organization.json"), organization, organization.name);
  });

  it("validates list pages against the official Page object and list items", () => {
    const items = dataset.contacts.map((c) => hsdsServiceListItem(c, lang));
    expectValid(page("service_list.json"), hsdsPage(items, 1, 10), "services page");
    expectValid(
      page("organization_list.json"),
      hsdsPage(
        organizations.map(({ services: _s, ...o }) => o),
        1,
        50,
      ),
      "organizations page",
    );
  });

  it("matches our own zod schemas of the one-to-one fields and the page (which the API's OpenAPI document uses)", () => {
    const items = dataset.contacts.map((c) => hsdsServiceListItem(c, lang));
    const servicePage = hsdsPageSchema(HsdsServiceListItemSchema).safeParse(hsdsPage(items, 1, 10));
    expect(servicePage.success ? [] : servicePage.error.issues).toEqual([]);
    for (const { services: _s, ...organization } of organizations) {
      const parsed = HsdsOrganizationListItemSchema.safeParse(organization);
      expect(parsed.success ? [] : parsed.error.issues, organization.name).toEqual([]);
    }
    // The schemas are strict: a field the export stops writing, or starts writing, fails here.
    expect(HsdsServiceListItemSchema.safeParse({ ...items[0], extra: 1 }).success).toBe(false);
  });

  it("gives every object a distinct UUID", () => {
    const ids = [
      ...services.flatMap((s) => [s.id, ...s.phones.map((p) => p.id), ...s.schedules.map((x) => x.id)]),
      ...services.flatMap((s) => [...s.languages.map((l) => l.id), ...s.service_areas.map((a) => a.id)]),
      ...organizations.map((o) => o.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("HSDS ids", () => {
  it("are UUIDv5 of '<table>/<key>' in the documented namespace (the RFC 9562 test: same input, same id)", () => {
    const id = hsdsId("service", "police-emergency-110");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(hsdsId("service", "police-emergency-110")).toBe(id);
    expect(hsdsId("phone", "police-emergency-110")).not.toBe(id);
    // Pinned: a change of namespace or key rule would change every id adopters have stored.
    expect(NETSTALKER_HSDS_NAMESPACE).toBe("09548a91-3886-42c2-9435-7995ff80c896");
    // Worked out independently with Python's uuid.uuid5(namespace, "service/a").
    expect(hsdsId("service", "a")).toBe("b7d989de-53da-5730-8ae5-f127e2ba1663");
  });

  it("are the same in both languages", () => {
    const [ja, en] = LANGS.map((lang) => toHsds(dataset.contacts, lang).services.map((s) => s.id));
    expect(en).toEqual(ja);
  });
});

describe("the profile's fields", () => {
  const { services } = toHsds(dataset.contacts, "en");
  const byId = (id: string) => services.find((s) => s.netstalker_id === id);

  it("marks services answered later and never gives them iCal hours", () => {
    const deferred = services.filter((s) => s.netstalker_answered_later);
    expect(deferred.length).toBeGreaterThan(0);
    for (const s of deferred) {
      expect(s.netstalker_schedule_type).toBe("deferred");
      expect(s.schedules.every((x) => x.opens_at === undefined && x.byday === undefined)).toBe(true);
    }
  });

  it("writes weekly hours as iCal days and Japan-time clocks", () => {
    const weekly = services.find((s) => s.netstalker_schedule_type === "weekly");
    const first = weekly?.schedules[0];
    expect(first?.freq).toBe("WEEKLY");
    expect(first?.byday).toMatch(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);
    expect(first?.opens_at).toMatch(/^\d\d:\d\d\+09:00$/);
  });

  it("keeps short codes, traces and what to prepare", () => {
    const police = byId("police-emergency-110");
    expect(police?.phones.map((p) => p.number)).toContain("110");
    const stalker = byId("mpd-stalker-desk");
    expect(stalker?.phones[0]).toMatchObject({ number: "03-3581-4321", netstalker_traces: ["call-history"] });
    expect(stalker?.netstalker_prepare.length).toBeGreaterThan(0);
    const caveat = dataset.contacts.find((c) => c.id === "mpd-stalker-desk")?.caveat?.en;
    expect(caveat).toBeDefined();
    expect(stalker?.alert).toBe(caveat);
    expect(stalker?.netstalker_channels.map((c) => c.type)).toEqual(["in-person"]);
  });
});

describe("hsdsPage", () => {
  it.each([
    [
      1,
      10,
      { total_items: 25, total_pages: 3, page_number: 1, size: 10, first_page: true, last_page: false, empty: false },
    ],
    [3, 10, { total_pages: 3, size: 5, first_page: false, last_page: true, empty: false }],
    [4, 10, { size: 0, last_page: true, empty: true }],
    [1, 100, { total_pages: 1, size: 25, first_page: true, last_page: true }],
  ])("page %i of %i", (n, per, expected) => {
    expect(
      hsdsPage(
        Array.from({ length: 25 }, (_, i) => i),
        n,
        per,
      ),
    ).toMatchObject(expected);
  });

  it("has one empty page for an empty list", () => {
    expect(hsdsPage([], 1, 10)).toMatchObject({ total_pages: 1, empty: true, first_page: true, last_page: true });
  });

  it.each([
    [0, 10],
    [1, 0],
    [1.5, 10],
  ])("refuses page %s, per_page %s", (n, per) => {
    expect(() => hsdsPage([1], n, per)).toThrow(RangeError);
  });
});
