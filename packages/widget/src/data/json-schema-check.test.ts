import contactSchema from "@netstalker/data/schemas/contact.schema.json" with { type: "json" };
import localizedContactSchema from "@netstalker/data/schemas/contact-localized.schema.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { dataset, localized } from "../test-support/fixtures.js";
import { compileJsonSchema, type JsonSchemaDocument } from "./json-schema-check.js";

const asText = { LocalizedText: (v: unknown) => typeof v === "string" && v.trim() !== "" };

describe("compileJsonSchema with the published contact schema", () => {
  const bilingual = compileJsonSchema(contactSchema as JsonSchemaDocument);
  const single = compileJsonSchema(contactSchema as JsonSchemaDocument, asText);

  it("accepts every bundled contact, bilingual and localized", () => {
    for (const c of dataset.contacts) expect(bilingual(c), c.id).toBeNull();
    for (const c of localized("en").contacts) expect(single(c), c.id).toBeNull();
  });

  it("names the first problem of a bad record", () => {
    const [first] = localized("ja").contacts;
    if (!first) throw new Error("no contacts");
    expect(single({ ...first, id: "Not Kebab" })).toMatch(/^\$\.id: does not match/);
    expect(single({ ...first, name: "" })).toBe("$.name: not a valid LocalizedText");
    expect(single({ ...first, extra: 1 })).toBe("$.extra: unexpected property");
    expect(single({ ...first, channels: [] })).toBe("$.channels: too few items");
    const { urgency: _u, ...missing } = first;
    expect(single(missing)).toBe("$.urgency: missing");
    expect(single({ ...first, channels: [{ type: "phone", number: "110" }] })).not.toBeNull();
    // The bilingual schema refuses single-language text.
    expect(bilingual(first)).not.toBeNull();
  });

  it("the published localized schema accepts localized records and refuses bilingual ones", () => {
    const localizedCheck = compileJsonSchema(localizedContactSchema as JsonSchemaDocument);
    for (const c of localized("ja").contacts) expect(localizedCheck(c), c.id).toBeNull();
    const [first] = dataset.contacts;
    expect(localizedCheck(first)).toMatch(/^\$\.name: expected string/);
  });

  it("refuses schemas with keywords it does not implement", () => {
    const check = compileJsonSchema({ type: "string", multipleOf: 2 });
    expect(() => check("x")).toThrow(/unsupported JSON Schema keyword "multipleOf"/);
  });
});
