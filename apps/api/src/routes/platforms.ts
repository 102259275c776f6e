// GET /v1/platforms and /v1/platforms/{id}: the platforms' own removal-request routes (情報流通プラットフォーム対処法).
import { z } from "@hono/zod-openapi";
import {
  type Caution,
  CautionLocalizedSchema,
  cautions,
  dataVersion,
  type Lang,
  localize,
  type Platform,
  PlatformLocalizedSchema,
  platforms,
} from "@netstalker/data";
import { ListMetaSchema, MetaSchema } from "../openapi/envelope.js";
import { LangQuerySchema } from "../openapi/params.js";
import { createRouter, recordByIdRoute, recordListRoute } from "../openapi/route-kit.js";
import { recordKind, sendList, sendRecord } from "./shared.js";

// The cautions travel with the platforms that name them: a client showing a removal route must be able to show,
// in the same answer, that what the person sends may reach the poster (and who can ask on their behalf).
const cautionsField = z
  .array(CautionLocalizedSchema)
  .meta({ description: "Every caution the platforms in `data` name by id (their `cautions` field), localized." });

/** `{ data: PlatformLocalized[], cautions: CautionLocalized[], meta }`. */
export const PlatformListSchema = z
  .object({ data: z.array(PlatformLocalizedSchema), cautions: cautionsField, meta: ListMetaSchema })
  .meta({ id: "PlatformList", description: "The platforms, with the cautions they name." });
/** `{ data: PlatformLocalized, cautions: CautionLocalized[], meta }`. */
export const PlatformItemSchema = z
  .object({ data: PlatformLocalizedSchema, cautions: cautionsField, meta: MetaSchema })
  .meta({ id: "PlatformItem", description: "One platform, with the cautions it names." });

const listPlatformsRoute = recordListRoute({
  path: "/platforms",
  tag: "platforms",
  summary: "List platforms and their removal routes",
  details:
    "Large platforms and their own routes for asking them to remove a post, for people in Japan, with whether they are designated under the 情報流通プラットフォーム対処法, what the law requires of them and what a requester can expect. Read the cautions: what a person sends may reach the poster.",
  query: LangQuerySchema,
  description: "The platforms.",
  schema: PlatformListSchema,
});

const getPlatformRoute = recordByIdRoute({
  path: "/platforms/{id}",
  tag: "platforms",
  summary: "Get one platform",
  example: "x",
  description: "The platform.",
  schema: PlatformItemSchema,
});

const cautionById = new Map<string, Caution>(cautions.map((c) => [c.id, c]));

/** The cautions `list` names, once each, in the order first named (the build guarantees every id exists). */
function namedCautions(list: readonly Platform[], lang: Lang) {
  const ids = [...new Set(list.flatMap((p) => p.cautions))];
  return ids.flatMap((id) => {
    const caution = cautionById.get(id);
    return caution ? [localize(caution, lang)] : [];
  });
}

const platformKind = recordKind("platform", "platform", platforms, (record, lang) => ({
  cautions: namedCautions([record], lang),
}));

/** The platforms routes, mounted under /v1. */
export const platformsRoutes = createRouter()
  .openapi(listPlatformsRoute, (c) =>
    sendList<z.infer<typeof PlatformListSchema>>(c, "platforms", (lang) => ({
      data: platforms.map((p) => localize(p, lang)),
      cautions: namedCautions(platforms, lang),
      meta: { count: platforms.length, lang, dataVersion },
    })),
  )
  .openapi(getPlatformRoute, (c) =>
    sendRecord<z.infer<typeof PlatformItemSchema>, Platform>(c, platformKind, c.req.valid("param").id),
  );
