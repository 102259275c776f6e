import { z } from "zod";
import { ContactLocalizedSchema, ContactSchema } from "../src/schema/contact.js";
import { DatasetSchema } from "../src/schema/dataset.js";
import { FaqLocalizedSchema, FaqSchema } from "../src/schema/faq.js";
import { RemedyLocalizedSchema, RemedySchema } from "../src/schema/remedy.js";

/** The published JSON Schemas, by file stem: `<name>.schema.json`. */
export const PUBLISHED_SCHEMAS = {
  contact: ContactSchema,
  remedy: RemedySchema,
  faq: FaqSchema,
  dataset: DatasetSchema,
  // One-language records, as the API serves them with ?lang= and the widget validates them (every LocalizedText is
  // one string).
  "contact-localized": ContactLocalizedSchema,
  "remedy-localized": RemedyLocalizedSchema,
  "faq-localized": FaqLocalizedSchema,
} as const;
export type SchemaName = keyof typeof PUBLISHED_SCHEMAS;

/** Where a published schema lives once the package is on npm (public CDNs mirror npm). */
export function schemaId(name: SchemaName, version: string): string {
  return `https://cdn.jsdelivr.net/npm/@netstalker/data@${version}/dist/schemas/${name}.schema.json`;
}

/** JSON Schema (draft 2020-12) for one record kind, with an `$id`. */
export function toJsonSchema(name: SchemaName, version: string): Record<string, unknown> {
  const schema = z.toJSONSchema(PUBLISHED_SCHEMAS[name], { target: "draft-2020-12", io: "output" });
  const { $schema, ...rest } = schema;
  return { $schema, $id: schemaId(name, version), ...rest };
}
