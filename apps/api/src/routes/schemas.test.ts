import { SCHEMA_NAMES as PUBLISHED } from "@netstalker/data";
import contactSchema from "@netstalker/data/schemas/contact.schema.json" with { type: "json" };
import datasetSchema from "@netstalker/data/schemas/dataset.schema.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { expectProblem, request } from "../test-support.js";
import { SCHEMA_MEDIA_TYPE, SCHEMA_NAMES } from "./schemas.js";

describe("GET /v1/schemas/{name}", () => {
  it("serves each JSON Schema of the data package, with its $id, as application/schema+json", async () => {
    // Every schema the data package publishes, from its own list.
    expect(SCHEMA_NAMES).toEqual(PUBLISHED);
    for (const name of ["platform", "caution", "triage", "triage-scenario", "platform-localized", "faq-localized"]) {
      expect(SCHEMA_NAMES).toContain(name);
    }
    for (const name of SCHEMA_NAMES) {
      const res = await request(`/v1/schemas/${name}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(SCHEMA_MEDIA_TYPE);
      const body = (await res.json()) as { $id?: string };
      expect(body.$id).toMatch(new RegExp(`/schemas/${name}\\.schema\\.json$`));
    }
    expect(await (await request("/v1/schemas/contact")).json()).toEqual(contactSchema);
    expect(await (await request("/v1/schemas/dataset")).json()).toEqual(datasetSchema);
  });
  it("400s an unknown schema name", async () => {
    await expectProblem(await request("/v1/schemas/person"), 400);
  });
});
