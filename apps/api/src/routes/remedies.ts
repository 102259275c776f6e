// GET /v1/remedies and /v1/remedies/{id}: legal measures, coping and prevention.
import { z } from "@hono/zod-openapi";
import {
  dataVersion,
  filterRemedies,
  LangSchema,
  localize,
  type Remedy,
  RemedyKindSchema,
  RemedyLocalizedSchema,
  remedies,
} from "@netstalker/data";
import { itemEnvelope, LANG_DESCRIPTION, listEnvelope } from "../openapi/envelope.js";
import { createRouter, recordByIdRoute, recordListRoute } from "../openapi/route-kit.js";
import { recordKind, sendList, sendRecord } from "./shared.js";

/** `{ data: RemedyLocalized[], meta }`. */
export const RemedyListSchema = listEnvelope(RemedyLocalizedSchema, "RemedyList");
/** `{ data: RemedyLocalized, meta }`. */
export const RemedyItemSchema = itemEnvelope(RemedyLocalizedSchema, "RemedyItem");

const listRemediesRoute = recordListRoute({
  path: "/remedies",
  tag: "remedies",
  summary: "List remedies",
  details: "What a person can do: legal action (法的措置), coping now (対処法) and prevention (予防策), localized.",
  query: z.strictObject({
    lang: LangSchema.optional().meta({ description: LANG_DESCRIPTION }),
    kind: RemedyKindSchema.optional().meta({ description: "Only remedies of this kind." }),
  }),
  description: "The remedies.",
  schema: RemedyListSchema,
});

const getRemedyRoute = recordByIdRoute({
  path: "/remedies/{id}",
  tag: "remedies",
  summary: "Get one remedy",
  example: "sender-disclosure",
  description: "The remedy.",
  schema: RemedyItemSchema,
});

const remedyKind = recordKind("remedy", "remedy", remedies);

/** The remedies routes, mounted under /v1. */
export const remediesRoutes = createRouter()
  .openapi(listRemediesRoute, (c) => {
    const { kind } = c.req.valid("query");
    return sendList<z.infer<typeof RemedyListSchema>>(c, `remedies|${kind ?? ""}`, (lang) => {
      const list = filterRemedies(remedies, kind ? { kind } : {});
      return { data: list.map((r) => localize(r, lang)), meta: { count: list.length, lang, dataVersion } };
    });
  })
  .openapi(getRemedyRoute, (c) =>
    sendRecord<z.infer<typeof RemedyItemSchema>, Remedy>(c, remedyKind, c.req.valid("param").id),
  );
