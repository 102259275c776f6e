// GET and POST /v1/triage: answers about the person's situation → ranked contacts, remedies and platform removal
// routes, each with a reason, and the cautions they name.
import { createRoute, z } from "@hono/zod-openapi";
import {
  AUDIENCES,
  AudienceSchema,
  countCharacters,
  dataVersion,
  type Lang,
  LangSchema,
  localize,
  MAX_TRIAGE_TEXT,
  type RankedItem,
  RelationshipSchema,
  TRIAGE_NEEDS,
  type TriageAnswers,
  TriageAnswersSchema,
  TriageAskSchema,
  TriageNeedSchema,
  TriageResultLocalizedSchema,
  triage,
} from "@netstalker/data";
import type { MiddlewareHandler, TypedResponse } from "hono";
import { bodyLimit } from "hono/body-limit";
import { requestLang } from "../http/lang.js";
import { type Problem, problemResponse, problemResponses } from "../http/problem.js";
import { CACHE_NONE, sendBody, sendSerialised } from "../http/send.js";
import { serialise } from "../http/serialised.js";
import { itemEnvelope, LANG_DESCRIPTION } from "../openapi/envelope.js";
import { LangQuerySchema } from "../openapi/params.js";
import { commonGetResponses, createRouter } from "../openapi/route-kit.js";
import { bodies } from "./shared.js";

/** Largest accepted POST body: room for the longest text (1,000 characters, even JSON-escaped) and every answer. */
export const MAX_TRIAGE_BODY = 16_384;

/** Triage result: ranked contacts, remedies and platforms, the cautions, the answers used and what the text said. */
export const TriageResultSchema = itemEnvelope(TriageResultLocalizedSchema, "TriageResult");
type TriageResultJson = z.infer<typeof TriageResultSchema>;

/** The POST body: the data package's answers; text is length-checked in the handler so that too long is a 413. */
export const TriageBodySchema = TriageAnswersSchema.extend({
  needs: z
    .array(TriageNeedSchema)
    .max(TRIAGE_NEEDS.length)
    .optional()
    .meta({ description: "What they want, or what is happening to them." }),
  audiences: z
    .array(AudienceSchema)
    .max(AUDIENCES.length)
    .optional()
    .meta({ description: "Who they are, where it matters." }),
  text: z
    .string()
    .optional()
    .meta({
      description: `Their own words, at most ${MAX_TRIAGE_TEXT} characters (longer: 413). Interpreted in-process; never stored or logged.`,
    }),
}).meta({ id: "TriageAnswers", description: "A person's answers to the triage questions; all optional." });

// A query parameter given once arrives as a string, given twice as an array: accept both as a list.
const repeated = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(item).max(20)).optional();

const TriageQuerySchema = z.strictObject({
  lang: LangSchema.optional().meta({ description: LANG_DESCRIPTION }),
  danger: z.enum(["true", "false"]).optional().meta({ description: "true if the person is in danger now." }),
  crisis: z
    .enum(["true", "false"])
    .optional()
    .meta({ description: "true if the person is thinking of dying or of harming themselves." }),
  need: repeated(TriageNeedSchema).meta({
    description: "What they want; repeat for several (need=talk&need=remove-posts).",
  }),
  audience: repeated(AudienceSchema).meta({ description: "Who they are; repeat for several." }),
  relationship: RelationshipSchema.optional().meta({ description: "Who the person doing it is to them." }),
  asked: repeated(TriageAskSchema).meta({
    description:
      "Questions your surface asked (a former answer's interpreted.ask) that the person has not answered yet; repeat for several. Answer danger or crisis true or false to close one.",
  }),
});

/** Free text must never travel in a URL (logs, history, proxies): GET refuses it before anything reads it. */
const refuseTextInUrl: MiddlewareHandler = async (c, next) => {
  if (new URL(c.req.url).searchParams.has("text")) {
    return problemResponse(
      400,
      "text is not accepted in the URL, where it could be logged or kept in history: send it in the body of POST /v1/triage.",
    );
  }
  await next();
};

const getTriageRoute = createRoute({
  method: "get",
  path: "/triage",
  tags: ["triage"],
  summary: "Suggest where to turn (query parameters)",
  description:
    "Ranks contacts and remedies for a person's answers, each with a reason, following the triage rules in @netstalker/data (content/triage/rules.yaml). For remove-posts, personal-info, intimate-images and impersonation it also returns the platforms' own removal routes (`platforms`) with the cautions to read first (`cautions`: what a person sends may reach the poster). With danger=true, 110 comes first; with crisis=true (thoughts of dying or self-harm) a line that listens comes first, the 24-hour children's line for a child, and 110 first when danger=true too. With crisis=true and danger only asked about (asked=danger, danger not answered), a line that listens stays first and 110 comes right after the lines that listen. A rule may withhold a record (StopNCII, for images taken at 18 or over, is never shown for a child or a parent). Threats (need=threats) put 110 first and #9110 next. Free text is refused here (400): it must never be in a URL; POST it instead.",
  middleware: [refuseTextInUrl],
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
  description: `The same as GET /v1/triage with the answers as JSON, plus \`text\`: the person's own words, interpreted in-process (returned as \`data.interpreted\` and merged with the answers), never stored or logged. Text over ${MAX_TRIAGE_TEXT} characters and bodies over ${MAX_TRIAGE_BODY} bytes are refused (413).`,
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
    body: { required: true, content: { "application/json": { schema: TriageBodySchema } } },
  },
  responses: {
    200: { description: "The suggestions.", content: { "application/json": { schema: TriageResultSchema } } },
    ...problemResponses(400, 406, 413, 415, 500),
  },
});

function triageBody(lang: Lang, answers: TriageAnswers): TriageResultJson {
  const { contacts, remedies, platforms, cautions, ...rest } = triage(answers);
  const rank = <T>(items: readonly RankedItem<T>[]) =>
    items.map((r) => ({
      id: r.id,
      score: r.score,
      strength: r.strength,
      reason: r.reason[lang],
      record: localize(r.record, lang),
    }));
  return {
    data: {
      contacts: rank(contacts),
      remedies: rank(remedies),
      platforms: rank(platforms),
      cautions: cautions.map((k) => localize(k, lang)),
      ...rest,
    } as TriageResultJson["data"],
    meta: { lang, dataVersion },
  };
}

function answersKey(lang: string, a: TriageAnswers): string {
  return `triage|${lang}|${a.danger ?? ""}|${a.crisis ?? ""}|${(a.needs ?? []).join(",")}|${(a.audiences ?? []).join(",")}|${a.relationship ?? ""}|${(a.asked ?? []).join(",")}`;
}

/** The triage routes, mounted under /v1. */
export const triageRoutes = createRouter()
  .openapi(getTriageRoute, async (c) => {
    const q = c.req.valid("query");
    const lang = requestLang(c);
    const answers: TriageAnswers = {
      ...(q.danger !== undefined && { danger: q.danger === "true" }),
      ...(q.crisis !== undefined && { crisis: q.crisis === "true" }),
      ...(q.need && { needs: q.need }),
      ...(q.audience && { audiences: q.audience }),
      ...(q.relationship && { relationship: q.relationship }),
      ...(q.asked && { asked: q.asked }),
    };
    const body = await bodies.get(answersKey(lang, answers), () => triageBody(lang, answers));
    // no-store: the answers are in the URL; a cached answer on disk would tell a watcher what the person chose.
    return sendSerialised<TriageResultJson>(c, body, { cacheControl: CACHE_NONE, lang });
  })
  .openapi(postTriageRoute, async (c) => {
    const answers = c.req.valid("json");
    const lang = requestLang(c);
    // Characters are code points, as the data package and JSON Schema count them: an emoji is one.
    if (answers.text !== undefined && countCharacters(answers.text) > MAX_TRIAGE_TEXT) {
      return problemResponse(413, `text must be at most ${MAX_TRIAGE_TEXT} characters.`) as unknown as TypedResponse<
        Problem,
        413,
        "json"
      >;
    }
    // Answers with text are never cached: the person's words must not outlive the request.
    const body =
      answers.text === undefined
        ? await bodies.get(answersKey(lang, answers), () => triageBody(lang, answers))
        : await serialise(triageBody(lang, answers));
    return sendBody<TriageResultJson>(c, body, { cacheControl: CACHE_NONE, lang });
  });
