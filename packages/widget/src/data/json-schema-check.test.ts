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

  it("reads own properties only, and reports __proto__, constructor or prototype as a schema failure", () => {
    const [first] = localized("ja").contacts;
    if (!first) throw new Error("no contacts");
    const record = JSON.stringify(first);
    // As a hostile file would carry them: JSON.parse makes each an own property of the record.
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const bad: unknown = JSON.parse(`${record.slice(0, -1)},"${key}":{"polluted":true}}`);
      expect(single(bad), key).toBe(`$.${key}: forbidden property`);
    }
    // A required key inherited from the prototype chain is still missing.
    const { urgency: _u, ...missing } = first;
    expect(single(Object.assign(Object.create({ urgency: "emergency" }), missing))).toBe("$.urgency: missing");
    // A $ref named like an inherited property is not a definition.
    expect(() => compileJsonSchema({ $ref: "#/$defs/constructor", $defs: {} })("x")).toThrow(/unresolved \$ref/);
  });

  it("refuses a 300,000-character field by its length, before its pattern runs", () => {
    const [first] = localized("ja").contacts;
    if (!first) throw new Error("no contacts");
    // Crafted for the earlier https pattern, which backtracked quadratically over a long run of dots before a space.
    const url = `https://${"a.".repeat(150_000)} `;
    const bad = { ...first, sources: [{ ...first.sources[0], url }] };
    expect(url.length).toBeGreaterThanOrEqual(300_000);
    expect(single(bad)).toBe("$.sources[0].url: too long");
  });
});
