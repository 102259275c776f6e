// GET /v1/schemas/{name}: the data package's JSON Schemas (draft 2020-12), for validating records or the dataset.
import { createRoute, z } from "@hono/zod-openapi";
import { SCHEMA_NAMES, type SchemaName } from "@netstalker/data";
import cautionSchema from "@netstalker/data/schemas/caution.schema.json" with { type: "json" };
import cautionLocalizedSchema from "@netstalker/data/schemas/caution-localized.schema.json" with { type: "json" };
import contactSchema from "@netstalker/data/schemas/contact.schema.json" with { type: "json" };
import contactLocalizedSchema from "@netstalker/data/schemas/contact-localized.schema.json" with { type: "json" };
import datasetSchema from "@netstalker/data/schemas/dataset.schema.json" with { type: "json" };
import documentSchema from "@netstalker/data/schemas/document.schema.json" with { type: "json" };
import faqSchema from "@netstalker/data/schemas/faq.schema.json" with { type: "json" };
import faqLocalizedSchema from "@netstalker/data/schemas/faq-localized.schema.json" with { type: "json" };
import platformSchema from "@netstalker/data/schemas/platform.schema.json" with { type: "json" };
import platformLocalizedSchema from "@netstalker/data/schemas/platform-localized.schema.json" with { type: "json" };
import remedySchema from "@netstalker/data/schemas/remedy.schema.json" with { type: "json" };
import remedyLocalizedSchema from "@netstalker/data/schemas/remedy-localized.schema.json" with { type: "json" };
import triageSchema from "@netstalker/data/schemas/triage.schema.json" with { type: "json" };
import triageScenarioSchema from "@netstalker/data/schemas/triage-scenario.schema.json" with { type: "json" };
import { SCHEMA_MEDIA_TYPE } from "../http/not-acceptable.js";
import { problemResponses } from "../http/problem.js";
import { CACHE_STATIC, sendSerialised } from "../http/send.js";
import { commonGetResponses, createRouter } from "../openapi/route-kit.js";
import { bodies } from "./shared.js";

// Imported rather than read from disk: Workers have no filesystem. Typed against the data package's list, so a schema
// it publishes and this table does not serve (or the reverse) fails the typecheck.
const SCHEMAS = {
  contact: contactSchema,
  remedy: remedySchema,
  faq: faqSchema,
  platform: platformSchema,
  caution: cautionSchema,
  triage: triageSchema,
  "triage-scenario": triageScenarioSchema,
  dataset: datasetSchema,
  "contact-localized": contactLocalizedSchema,
  "remedy-localized": remedyLocalizedSchema,
  "faq-localized": faqLocalizedSchema,
  "platform-localized": platformLocalizedSchema,
  "caution-localized": cautionLocalizedSchema,
  document: documentSchema,
} as const satisfies Record<SchemaName, unknown>;

/** Names under /v1/schemas/: every JSON Schema @netstalker/data publishes. */
/** The media type JSON Schemas are served with (declared with the 406 gate that admits it). */
export { SCHEMA_MEDIA_TYPE, SCHEMA_NAMES };

const JsonSchemaDocumentSchema = z
  .record(z.string(), z.unknown())
  .meta({ id: "JsonSchemaDocument", description: "A JSON Schema (draft 2020-12) document with its $id." });

const getSchemaRoute = createRoute({
  method: "get",
  path: "/schemas/{name}",
  tags: ["schemas"],
  summary: "Get a JSON Schema of the data",
  description:
    "The JSON Schemas published in @netstalker/data: the bilingual records and the dataset they are validated against, the triage content and scenarios, and the one-language (*-localized) records the API serves with ?lang=.",
  request: {
    params: z.object({
      name: z.enum(SCHEMA_NAMES).meta({ param: { name: "name", in: "path" }, example: "contact" }),
    }),
  },
  responses: {
    200: { description: "The JSON Schema.", content: { [SCHEMA_MEDIA_TYPE]: { schema: JsonSchemaDocumentSchema } } },
    ...commonGetResponses,
    ...problemResponses(404),
  },
});

/** The schemas route, mounted under /v1. */
export const schemasRoutes = createRouter().openapi(getSchemaRoute, async (c) => {
  const { name } = c.req.valid("param");
  const body = await bodies.get(`schema|${name}`, () => SCHEMAS[name]);
  return sendSerialised<z.infer<typeof JsonSchemaDocumentSchema>>(c, body, {
    cacheControl: CACHE_STATIC,
    contentType: SCHEMA_MEDIA_TYPE,
  });
});
