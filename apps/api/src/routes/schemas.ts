// GET /v1/schemas/{name}: the data package's JSON Schemas (draft 2020-12), for validating records or the dataset.
import { createRoute, z } from "@hono/zod-openapi";
import cautionSchema from "@netstalker/data/schemas/caution.schema.json" with { type: "json" };
import contactSchema from "@netstalker/data/schemas/contact.schema.json" with { type: "json" };
import datasetSchema from "@netstalker/data/schemas/dataset.schema.json" with { type: "json" };
import faqSchema from "@netstalker/data/schemas/faq.schema.json" with { type: "json" };
import platformSchema from "@netstalker/data/schemas/platform.schema.json" with { type: "json" };
import remedySchema from "@netstalker/data/schemas/remedy.schema.json" with { type: "json" };
import { SCHEMA_MEDIA_TYPE } from "../http/not-acceptable.js";
import { problemResponses } from "../http/problem.js";
import { CACHE_STATIC, sendSerialised } from "../http/send.js";
import { commonGetResponses, createRouter } from "../openapi/route-kit.js";
import { bodies } from "./shared.js";

// Imported rather than read from disk: Workers have no filesystem.
const SCHEMAS = {
  contact: contactSchema,
  remedy: remedySchema,
  faq: faqSchema,
  platform: platformSchema,
  caution: cautionSchema,
  dataset: datasetSchema,
} as const;

/** Names under /v1/schemas/. */
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[];

/** The media type JSON Schemas are served with (declared with the 406 gate that admits it). */
export { SCHEMA_MEDIA_TYPE };

const JsonSchemaDocumentSchema = z
  .record(z.string(), z.unknown())
  .meta({ id: "JsonSchemaDocument", description: "A JSON Schema (draft 2020-12) document with its $id." });

const getSchemaRoute = createRoute({
  method: "get",
  path: "/schemas/{name}",
  tags: ["schemas"],
  summary: "Get a JSON Schema of the data",
  description:
    "The JSON Schemas the dataset is validated against (bilingual records), as published in @netstalker/data.",
  request: {
    params: z.object({
      name: z
        .enum(SCHEMA_NAMES as [keyof typeof SCHEMAS, ...(keyof typeof SCHEMAS)[]])
        .meta({ param: { name: "name", in: "path" }, example: "contact" }),
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
