// The names of the JSON Schemas @netstalker/data publishes as `schemas/<name>.schema.json`. The build's schema
// table is typed against this list, so a schema published without a name here (or the reverse) fails the typecheck.

/** Every published JSON Schema, by file stem. */
export const SCHEMA_NAMES = [
  "contact",
  "remedy",
  "faq",
  "platform",
  "caution",
  "triage",
  "triage-scenario",
  "dataset",
  "contact-localized",
  "remedy-localized",
  "faq-localized",
  "platform-localized",
  "caution-localized",
  "document",
] as const;
/** One published JSON Schema's file stem. */
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** The package path of a published JSON Schema, e.g. `@netstalker/data/schemas/contact.schema.json`. */
export function schemaExport(name: SchemaName): `@netstalker/data/schemas/${SchemaName}.schema.json` {
  return `@netstalker/data/schemas/${name}.schema.json`;
}
