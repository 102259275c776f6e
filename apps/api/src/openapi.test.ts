import { contacts, faqs, platforms, remedies } from "@netstalker/data";
import { hsdsId, hsdsOrganizations } from "@netstalker/data/hsds";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { request } from "./test-support.js";

interface Operation {
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

let doc: Doc;
beforeAll(async () => {
  const res = await request("/openapi.json");
  expect(res.status).toBe(200);
  doc = (await res.json()) as Doc;
});

// A real value for each path parameter, taken from the data (never hard-coded records).
function fillPath(path: string): string {
  const id = path.startsWith("/v1/contacts/")
    ? contacts[0]?.id
    : path.startsWith("/v1/remedies/")
      ? remedies[0]?.id
      : path.startsWith("/v1/faqs/")
        ? faqs[0]?.id
        : path.startsWith("/v1/platforms/")
          ? platforms[0]?.id
          : path.startsWith("/hsds/services/")
            ? hsdsId("service", contacts[0]?.id ?? "")
            : path.startsWith("/hsds/organizations/")
              ? hsdsOrganizations(contacts, "en")[0]?.id
              : undefined;
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === "id" && id) return id;
    if (name === "name") return "contact";
    throw new Error(`no test value for {${name}} in ${path} (or the dataset has no such record)`);
  });
}

// One meaningful request per operation; the query exercises the route's main parameters.
const QUERIES: Record<string, string> = {
  "/v1/contacts": "?lang=en&at=2026-12-02T14:00:00%2B09:00",
  // 削除: hits of every kind, platforms included.
  "/v1/search": "?q=%E5%89%8A%E9%99%A4",
  "/v1/triage": "?need=talk&audience=anyone&danger=false",
};

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is self-contained: every $ref points into components, and resolves", () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]*)"/g)].map((m) => m[1] ?? "");
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.slice("#/components/schemas/".length)], ref).toBeDefined();
    }
  });

  it("describes every route, with the data package's localized schemas as components", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/healthz",
        "/hsds",
        "/hsds/organizations",
        "/hsds/organizations/{id}",
        "/hsds/profile",
        "/hsds/services",
        "/hsds/services/{id}",
        "/v1/changes",
        "/v1/contacts",
        "/v1/contacts/{id}",
        "/v1/faqs",
        "/v1/faqs/{id}",
        "/v1/platforms",
        "/v1/platforms/{id}",
        "/v1/remedies",
        "/v1/remedies/{id}",
        "/v1/schemas/{name}",
        "/v1/search",
        "/v1/triage",
      ].sort(),
    );
    expect(Object.keys(doc.paths["/v1/triage"] ?? {}).sort()).toEqual(["get", "post"]);
    for (const name of [
      "ContactLocalized",
      "RemedyLocalized",
      "FaqLocalized",
      "PlatformLocalized",
      "CautionLocalized",
      "RankedPlatformLocalized",
      "Problem",
      "Lang",
      "Category",
    ]) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
  });

  it("matches the responses: one response of every operation validates against its declared schema", async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...doc, $id: "openapi.json" } as object);
    const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
    let checked = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        const url = fillPath(path) + (method === "get" ? (QUERIES[path] ?? "") : "?lang=en");
        const init: RequestInit =
          method === "post"
            ? { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"needs":["remove-posts"]}' }
            : {};
        const res = await request(url, init);
        expect(res.status, `${method} ${url}`).toBe(200);
        // The response headers the document declares (for generated clients) are the ones the answer carries.
        const headers = (op.responses["200"] as { headers?: Record<string, unknown> }).headers ?? {};
        expect(Object.keys(headers), `${method} ${path} declares headers`).toContain("ETag");
        for (const name of Object.keys(headers))
          expect(res.headers.get(name), `${method} ${url}: ${name}`).not.toBeNull();
        const contentType = (res.headers.get("content-type") ?? "").split(";")[0] ?? "";
        const declared = op.responses["200"]?.content?.[contentType];
        expect(declared, `${method} ${path} declares ${contentType}`).toBeDefined();
        const validate = ajv.getSchema(
          `openapi.json#/${pointer("paths", path, method, "responses", "200", "content", contentType, "schema")}`,
        );
        if (!validate) throw new Error(`no schema for ${method} ${path}`);
        const body: unknown = await res.json();
        expect(validate(body) ? [] : validate.errors, `${method} ${url}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBe(Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0));
  });

  it("the problem+json responses match the declared Problem schema", async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...doc, $id: "openapi.json" } as object);
    const validate = ajv.getSchema("openapi.json#/components/schemas/Problem");
    if (!validate) throw new Error("no Problem schema");
    for (const [url, init] of [
      ["/v1/contacts/no-such-id", {}],
      ["/v1/contacts?category=x", {}],
      ["/v1/faqs", { headers: { Accept: "text/html" } }],
      ["/v1/triage", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "x" }],
    ] as const) {
      const body: unknown = await (await request(url, init)).json();
      expect(validate(body) ? [] : validate.errors, url).toEqual([]);
    }
  });
});
