// GET /v1/search?q=: full-text search over contacts, remedies, FAQs and platforms (Japanese needs no spaces).
import { createRoute, z } from "@hono/zod-openapi";
import {
  ContactLocalizedSchema,
  dataVersion,
  FaqLocalizedSchema,
  IdSchema,
  LangSchema,
  localize,
  PlatformLocalizedSchema,
  RemedyLocalizedSchema,
  search,
} from "@netstalker/data";
import { requestLang } from "../http/lang.js";
import { CACHE_NONE, sendSerialised } from "../http/send.js";
import { serialise } from "../http/serialised.js";
import { LANG_DESCRIPTION, listEnvelope } from "../openapi/envelope.js";
import { commonGetResponses, createRouter } from "../openapi/route-kit.js";

const score = z.number().meta({ description: "Relevance; higher is better. Only meaningful within one answer." });

/** One search hit: which kind of record, its id, its score and the localized record. */
export const SearchHitSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("contact"), id: IdSchema, score, record: ContactLocalizedSchema }),
    z.object({ type: z.literal("remedy"), id: IdSchema, score, record: RemedyLocalizedSchema }),
    z.object({ type: z.literal("faq"), id: IdSchema, score, record: FaqLocalizedSchema }),
    z.object({ type: z.literal("platform"), id: IdSchema, score, record: PlatformLocalizedSchema }),
  ])
  .meta({ id: "SearchHit", description: "One search hit, best first." });

/** `{ data: SearchHit[], meta }`. */
export const SearchResultSchema = listEnvelope(SearchHitSchema, "SearchResult");

const searchRoute = createRoute({
  method: "get",
  path: "/search",
  tags: ["search"],
  summary: "Search everything",
  description:
    "Searches contacts, remedies, FAQs and platforms in the answer's language. Japanese text needs no spaces: 人権 finds みんなの人権110番. Platforms are found by the names people type for their services (YouTube, インスタ, X/Twitter, 知恵袋, TikTok). Queries are never logged, and the answer is only cached privately (by the browser), never by shared caches.",
  request: {
    query: z.strictObject({
      q: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .meta({ description: "What to look for (1-200 characters).", example: "人権" }),
      lang: LangSchema.optional().meta({ description: LANG_DESCRIPTION }),
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(50)
        .optional()
        .meta({ description: "At most this many hits (1-50; default 20)." }),
    }),
  },
  responses: {
    200: { description: "The hits, best first.", content: { "application/json": { schema: SearchResultSchema } } },
    ...commonGetResponses,
  },
});

/** The search route, mounted under /v1. */
export const searchRoutes = createRouter().openapi(searchRoute, async (c) => {
  const { q, limit } = c.req.valid("query");
  const lang = requestLang(c);
  // Free text is not memoised: what a person typed is not kept in memory past the request.
  const hits = search(q, { lang, limit: limit ?? 20 });
  const data = hits.map((hit) => ({ ...hit, record: localize(hit.record, lang) }));
  const body = await serialise({ data, meta: { count: data.length, lang, dataVersion } });
  // no-store: what a person searched for must not stay in the browser's disk cache (or any cache) after the request.
  return sendSerialised<z.infer<typeof SearchResultSchema>>(c, body, { cacheControl: CACHE_NONE, lang });
});
