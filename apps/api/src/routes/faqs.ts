// GET /v1/faqs and /v1/faqs/{id}: questions people ask, and their answers.
import type { z } from "@hono/zod-openapi";
import { dataVersion, type Faq, FaqLocalizedSchema, faqs, localize } from "@netstalker/data";
import { itemEnvelope, listEnvelope } from "../openapi/envelope.js";
import { LangQuerySchema } from "../openapi/params.js";
import { createRouter, recordByIdRoute, recordListRoute } from "../openapi/route-kit.js";
import { recordKind, sendList, sendRecord } from "./shared.js";

/** `{ data: FaqLocalized[], meta }`. */
export const FaqListSchema = listEnvelope(FaqLocalizedSchema, "FaqList");
/** `{ data: FaqLocalized, meta }`. */
export const FaqItemSchema = itemEnvelope(FaqLocalizedSchema, "FaqItem");

const listFaqsRoute = recordListRoute({
  path: "/faqs",
  tag: "faqs",
  summary: "List FAQs",
  query: LangQuerySchema,
  description: "The FAQs.",
  schema: FaqListSchema,
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
  .openapi(listFaqsRoute, (c) =>
    sendList<z.infer<typeof FaqListSchema>>(c, "faqs", (lang) => ({
      data: faqs.map((f) => localize(f, lang)),
      meta: { count: faqs.length, lang, dataVersion },
    })),
  )
  .openapi(getFaqRoute, (c) => sendRecord<z.infer<typeof FaqItemSchema>, Faq>(c, faqKind, c.req.valid("param").id));
