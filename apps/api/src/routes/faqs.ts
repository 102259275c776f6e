// GET /v1/faqs and /v1/faqs/{id}: questions people ask, and their answers.
import { createRoute, type z } from "@hono/zod-openapi";
import { dataVersion, type Faq, FaqLocalizedSchema, faqs, localize } from "@netstalker/data";
import { requestLang } from "../http/lang.js";
import { CACHE_STATIC, sendSerialised } from "../http/send.js";
import { itemEnvelope, listEnvelope } from "../openapi/envelope.js";
import { LangQuerySchema } from "../openapi/params.js";
import { commonGetResponses, createRouter, recordByIdRoute } from "../openapi/route-kit.js";
import { bodies, recordKind, sendRecord } from "./shared.js";

/** `{ data: FaqLocalized[], meta }`. */
export const FaqListSchema = listEnvelope(FaqLocalizedSchema, "FaqList");
/** `{ data: FaqLocalized, meta }`. */
export const FaqItemSchema = itemEnvelope(FaqLocalizedSchema, "FaqItem");

const listFaqsRoute = createRoute({
  method: "get",
  path: "/faqs",
  tags: ["faqs"],
  summary: "List FAQs",
  request: { query: LangQuerySchema },
  responses: {
    200: { description: "The FAQs.", content: { "application/json": { schema: FaqListSchema } } },
    ...commonGetResponses,
  },
});

const getFaqRoute = recordByIdRoute({
  path: "/faqs/{id}",
  tag: "faqs",
  summary: "Get one FAQ",
  example: "legal-status",
  description: "The FAQ.",
  schema: FaqItemSchema,
});

const faqKind = recordKind("FAQ", "faq", faqs);

/** The FAQ routes, mounted under /v1. */
export const faqsRoutes = createRouter()
  .openapi(listFaqsRoute, async (c) => {
    const lang = requestLang(c);
    const body = await bodies.get(`faqs|${lang}`, () => ({
      data: faqs.map((f) => localize(f, lang)),
      meta: { count: faqs.length, lang, dataVersion },
    }));
    return sendSerialised<z.infer<typeof FaqListSchema>>(c, body, { cacheControl: CACHE_STATIC, lang });
  })
  .openapi(getFaqRoute, (c) => sendRecord<z.infer<typeof FaqItemSchema>, Faq>(c, faqKind, c.req.valid("param").id));
