import { describe, expect, it } from "vitest";
import { readOpenApi, typeOf } from "./openapi-model.js";

const doc = {
  openapi: "3.1.0",
  info: { title: "netstalker-help API", version: "0.1.0" },
  paths: {
    "/v1/contacts/{id}": {
      get: {
        summary: "One contact",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string" } },
          { $ref: "#/components/parameters/Lang" },
        ],
        responses: {
          "200": {
            description: "The contact",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Contact" } } },
          },
          "404": { description: "Not found" },
        },
      },
    },
  },
  components: {
    parameters: { Lang: { name: "lang", in: "query", schema: { enum: ["ja", "en"] }, description: "Language" } },
    schemas: {
      Contact: { type: "object", required: ["id"], properties: { id: { type: "string", description: "Id" } } },
    },
  },
};

describe("readOpenApi", () => {
  it("lists operations with resolved parameters and typed responses", () => {
    const model = readOpenApi(doc);
    expect(model.operations).toHaveLength(1);
    const op = model.operations[0];
    expect(op?.method).toBe("GET");
    expect(op?.parameters.map((p) => `${p.in}:${p.name}:${p.type}`)).toEqual([
      "path:id:string",
      'query:lang:"ja" | "en"',
    ]);
    expect(op?.responses[0]).toEqual({ status: "200", description: "The contact", type: "application/json: Contact" });
  });
  it("lists component schemas with required properties", () => {
    expect(readOpenApi(doc).schemas).toEqual([
      {
        name: "Contact",
        anchor: "schema-Contact",
        type: "object",
        properties: [{ name: "id", type: "string", required: true, description: "Id" }],
      },
    ]);
  });
  it("refuses what is not OpenAPI", () => {
    expect(() => readOpenApi({ swagger: "2.0" })).toThrow(/openapi/);
  });
  it("writes arrays and unions readably", () => {
    expect(typeOf({ type: "array", items: { $ref: "#/components/schemas/Faq" } })).toBe("Faq[]");
    expect(typeOf({ type: ["string", "null"] })).toBe("string | null");
  });
});
