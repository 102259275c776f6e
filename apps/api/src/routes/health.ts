// GET /healthz: liveness and which data version is being served.
import { createRoute, z } from "@hono/zod-openapi";
import { dataset, dataVersion } from "@netstalker/data";
import { problemResponses } from "../http/problem.js";
import { CACHE_NONE, sendBody } from "../http/send.js";
import { serialise } from "../http/serialised.js";
import { createRouter } from "../openapi/route-kit.js";

/** The health answer. */
export const HealthSchema = z
  .object({
    status: z.literal("ok"),
    dataVersion: z.string().meta({ description: "The version of @netstalker/data being served." }),
    generatedAt: z.iso.datetime().meta({ description: "When that dataset was built." }),
  })
  .meta({ id: "Health", description: "The service is up, and serves this data version." });
type Health = z.infer<typeof HealthSchema>;

const healthRoute = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["service"],
  summary: "Health and data version",
  responses: {
    200: { description: "Up.", content: { "application/json": { schema: HealthSchema } } },
    ...problemResponses(406, 500),
  },
});

const health = serialise({ status: "ok", dataVersion, generatedAt: dataset.generatedAt } satisfies Health);

/** The health route, mounted at the root. */
export const healthRoutes = createRouter().openapi(healthRoute, async (c) =>
  sendBody<Health>(c, await health, { cacheControl: CACHE_NONE }),
);
