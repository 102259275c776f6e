import { z } from "zod";
import { ContactLocalizedSchema, ContactSchema } from "../src/schema/contact.js";
import { DatasetSchema } from "../src/schema/dataset.js";
import { DocumentSchema } from "../src/schema/document.js";
import { FaqLocalizedSchema, FaqSchema } from "../src/schema/faq.js";
import {
  CautionLocalizedSchema,
  CautionSchema,
  PlatformLocalizedSchema,
  PlatformSchema,
} from "../src/schema/platform.js";
import type { SchemaName } from "../src/schema/published.js";
import { RemedyLocalizedSchema, RemedySchema } from "../src/schema/remedy.js";
import { TriageContentSchema, TriageScenarioSchema } from "../src/schema/triage.js";

/** The published JSON Schemas, by file stem: `<name>.schema.json`. */
export const PUBLISHED_SCHEMAS = {
  contact: ContactSchema,
  remedy: RemedySchema,
  faq: FaqSchema,
  platform: PlatformSchema,
  caution: CautionSchema,
  triage: TriageContentSchema,
  "triage-scenario": TriageScenarioSchema,
  dataset: DatasetSchema,
  // One-language records, as the API serves them with ?lang= and the widget validates them (every LocalizedText is
  // one string).
  "contact-localized": ContactLocalizedSchema,
  "remedy-localized": RemedyLocalizedSchema,
  "faq-localized": FaqLocalizedSchema,
  "platform-localized": PlatformLocalizedSchema,
  "caution-localized": CautionLocalizedSchema,
  // A fillable document (content/documents/): not part of the dataset; @netstalker/data exports them as `documents`.
  document: DocumentSchema,
} as const satisfies Record<SchemaName, z.ZodType>;
export type { SchemaName };

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
