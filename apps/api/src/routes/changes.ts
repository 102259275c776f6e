// GET /v1/changes[?since=<version>]: what changed in each released version of the data, for partners who copy or
// cache it. Built at data-build time from the released snapshots, so it costs nothing here.
import { createRoute, z } from "@hono/zod-openapi";
import { dataVersion } from "@netstalker/data";
import { changeLog, changesSince, UnknownVersionError, VersionChangesSchema } from "@netstalker/data/feed";
import type { TypedResponse } from "hono";
import { type Problem, problemResponse, problemResponses } from "../http/problem.js";
import { CACHE_STATIC, sendSerialised } from "../http/send.js";
import { commonGetResponses, createRouter } from "../openapi/route-kit.js";
import { bodies } from "./shared.js";

/** `?since=` alone; anything else is refused. */
export const ChangesQuerySchema = z.strictObject({
  since: z.string().optional().meta({
    description:
      "A released version (e.g. 0.1.0): only versions released after it are returned. An unknown or malformed version is a 400.",
    example: "0.1.0",
  }),
});

/** `{ data: VersionChanges[], meta }`, newest version first. */
export const ChangesSchema = z
  .object({
    data: z.array(VersionChangesSchema),
    meta: z.object({
      count: z.number().int().min(0).meta({ description: "Number of versions in `data`." }),
      since: z.string().nullable().meta({ description: "The `since` asked for, or null." }),
      dataVersion: z.string().meta({ description: "The version of @netstalker/data being served." }),
    }),
  })
  .meta({
    id: "Changes",
    description:
      "Records added, changed (with the fields; phone-number changes called out) and removed in each released version, newest first. Removed records stay listed under the version that removed them.",
  });

const changesRoute = createRoute({
  method: "get",
  path: "/changes",
  tags: ["changes"],
  summary: "What changed in each released data version",
  description:
    "The same change log as `@netstalker/data/feed.json` (JSON Feed 1.1). Poll it with `since=<the version you hold>` and re-check the records listed, phone numbers first.",
  request: { query: ChangesQuerySchema },
  responses: {
    200: {
      description: "The versions after `since` (all when absent).",
      content: { "application/json": { schema: ChangesSchema } },
    },
    ...commonGetResponses,
    ...problemResponses(400),
  },
});

/** The change-log route, mounted under /v1. */
export const changesRoutes = createRouter().openapi(changesRoute, async (c) => {
  const { since } = c.req.valid("query");
  let data: ReturnType<typeof changesSince>;
  try {
    data = changesSince(changeLog, since);
  } catch (error) {
    if (!(error instanceof UnknownVersionError)) throw error;
    return problemResponse(400, error.message, {
      errors: [{ in: "query", name: "since", detail: error.message }],
    }) as unknown as TypedResponse<Problem, 400, "json">;
  }
  const body = await bodies.get(`changes|${since ?? ""}`, () => ({
    data,
    meta: { count: data.length, since: since ?? null, dataVersion },
  }));
  return sendSerialised<z.infer<typeof ChangesSchema>>(c, body, { cacheControl: CACHE_STATIC });
});
