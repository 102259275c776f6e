// GET and POST /v1/triage: answers about the person's situation → ranked contacts and remedies, each with a reason.
import { createRoute, z } from "@hono/zod-openapi";
import {
  AudienceSchema,
  ContactLocalizedSchema,
  dataVersion,
  IdSchema,
  LangSchema,
  localize,
  RemedyLocalizedSchema,
  SingleLanguageTextSchema,
  TRIAGE_NEEDS,
  type TriageAnswers,
  triage,
} from "@netstalker/data";
import { bodyLimit } from "hono/body-limit";
import { negotiateLang } from "../http/lang.js";
import { problemResponse, problemResponses } from "../http/problem.js";
import { CACHE_NONE, CACHE_STATIC, sendBody, sendSerialised } from "../http/send.js";
import { itemEnvelope, LANG_DESCRIPTION } from "../openapi/envelope.js";
import { LangQuerySchema } from "../openapi/params.js";
import { commonGetResponses, createRouter } from "../openapi/route-kit.js";
import { bodies } from "./shared.js";

/** Largest accepted POST body: the longest valid answer is a few hundred bytes. */
export const MAX_TRIAGE_BODY = 4096;

/** What the person wants (the data package's TRIAGE_NEEDS). */
const TriageNeedSchema = z
  .enum(TRIAGE_NEEDS)
  .meta({ id: "TriageNeed", description: "What the person wants to happen." });

const score = z
  .number()
  .meta({ description: "How well it fits; higher is better. Only meaningful within one answer." });
const reason = SingleLanguageTextSchema.meta({ description: "Why it is suggested, in the answer's language." });

/** Triage result: ranked contacts and remedies. */
export const TriageResultSchema = itemEnvelope(
  z
    .object({
      contacts: z.array(
        z
          .object({ id: IdSchema, score, reason, record: ContactLocalizedSchema })
          .meta({ id: "RankedContact", description: "A contact suggested by triage, with why." }),
      ),
      remedies: z.array(
        z
          .object({ id: IdSchema, score, reason, record: RemedyLocalizedSchema })
          .meta({ id: "RankedRemedy", description: "A remedy suggested by triage, with why." }),
      ),
    })
    .meta({ id: "Triage", description: "Contacts and remedies ranked for the answers, best first." }),
  "TriageResult",
);
type TriageResultJson = z.infer<typeof TriageResultSchema>;

/** The POST body: the same answers as the GET query. */
export const TriageAnswersSchema = z
  .strictObject({
    danger: z
      .boolean()
      .optional()
      .meta({ description: "Is the person in danger now (a stalker nearby, a credible threat)?" }),
    needs: z
      .array(TriageNeedSchema)
      .max(TRIAGE_NEEDS.length)
      .optional()
      .meta({ description: "What they want to happen." }),
    audiences: z.array(AudienceSchema).max(20).optional().meta({ description: "Who they are, where it matters." }),
  })
  .meta({ id: "TriageAnswers", description: "A person's answers to the triage questions; all optional." });

// A query parameter given once arrives as a string, given twice as an array: accept both as a list.
const repeated = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(item).max(20)).optional();

const TriageQuerySchema = z.strictObject({
  lang: LangSchema.optional().meta({ description: LANG_DESCRIPTION }),
  danger: z.enum(["true", "false"]).optional().meta({ description: "true if the person is in danger now." }),
  need: repeated(TriageNeedSchema).meta({
    description: "What they want; repeat for several (need=talk&need=remove-posts).",
  }),
  audience: repeated(AudienceSchema).meta({ description: "Who they are; repeat for several." }),
});

const getTriageRoute = createRoute({
  method: "get",
  path: "/triage",
  tags: ["triage"],
  summary: "Suggest where to turn (query parameters)",
  description:
    "Ranks contacts and remedies for a person's answers, each with a reason, following the seed article's logic of which window suits whom. With danger=true, emergency windows (110) come first.",
  request: { query: TriageQuerySchema },
  responses: {
    200: { description: "The suggestions.", content: { "application/json": { schema: TriageResultSchema } } },
    ...commonGetResponses,
  },
});

const postTriageRoute = createRoute({
  method: "post",
  path: "/triage",
  tags: ["triage"],
  summary: "Suggest where to turn (JSON body)",
  description: `The same as GET /v1/triage with the answers as JSON. Bodies over ${MAX_TRIAGE_BODY} bytes are refused (413).`,
  middleware: [
    bodyLimit({
      maxSize: MAX_TRIAGE_BODY,
      // The rest of the body is never read, so the connection cannot carry another request.
      onError: () =>
        problemResponse(413, `The body must be at most ${MAX_TRIAGE_BODY} bytes.`, {
          headers: { Connection: "close" },
        }),
    }),
  ],
  request: {
    query: LangQuerySchema,
    body: { required: true, content: { "application/json": { schema: TriageAnswersSchema } } },
  },
  responses: {
    200: { description: "The suggestions.", content: { "application/json": { schema: TriageResultSchema } } },
    ...problemResponses(400, 406, 413, 415, 500),
  },
});

function triageBody(lang: "ja" | "en", answers: TriageAnswers): TriageResultJson {
  const result = triage(answers);
  return {
    data: {
      contacts: result.contacts.map((r) => ({
        id: r.id,
        score: r.score,
        reason: r.reason[lang],
        record: localize(r.record, lang),
      })),
      remedies: result.remedies.map((r) => ({
        id: r.id,
        score: r.score,
        reason: r.reason[lang],
        record: localize(r.record, lang),
      })),
    },
    meta: { lang, dataVersion },
  };
}

function answersKey(lang: string, a: TriageAnswers): string {
  return `triage|${lang}|${a.danger ?? ""}|${(a.needs ?? []).join(",")}|${(a.audiences ?? []).join(",")}`;
}

/** The triage routes, mounted under /v1. */
export const triageRoutes = createRouter()
  .openapi(getTriageRoute, async (c) => {
    const q = c.req.valid("query");
    const lang = negotiateLang(q.lang, c.req.header("accept-language"));
    const answers: TriageAnswers = {
      ...(q.danger !== undefined && { danger: q.danger === "true" }),
      ...(q.need && { needs: q.need }),
      ...(q.audience && { audiences: q.audience }),
    };
    const body = await bodies.get(answersKey(lang, answers), () => triageBody(lang, answers));
    return sendSerialised<TriageResultJson>(c, body, { cacheControl: CACHE_STATIC, lang });
  })
  .openapi(postTriageRoute, async (c) => {
    const answers = c.req.valid("json");
    const lang = negotiateLang(c.req.valid("query").lang, c.req.header("accept-language"));
    const body = await bodies.get(answersKey(lang, answers), () => triageBody(lang, answers));
    return sendBody<TriageResultJson>(c, body, { cacheControl: CACHE_NONE, lang });
  });
