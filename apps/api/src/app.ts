// The netstalker-help API as a runtime-free Hono app: Node (src/node.ts) and Workers (src/worker.ts) both serve it.
// This file only assembles: middleware in the order it runs, then the routes, then the fallbacks.
import { etag, RETAINED_304_HEADERS } from "hono/etag";
import { methodNotAllowed } from "hono/method-not-allowed";
import { corsHeaders } from "./http/cors.js";
import { methodNotAllowedProblem, notFound, onError } from "./http/errors.js";
import { digest128 } from "./http/etag.js";
import { negotiatedLanguage } from "./http/lang.js";
import { notAcceptable } from "./http/not-acceptable.js";
import { securityHeaders } from "./http/security-headers.js";
import { openApiHandler } from "./openapi/document.js";
import { createRouter } from "./openapi/route-kit.js";
import { assetRoutes } from "./routes/assets.js";
import { changesRoutes } from "./routes/changes.js";
import { contactsRoutes } from "./routes/contacts.js";
import { embedRoutes } from "./routes/embed.js";
import { faqsRoutes } from "./routes/faqs.js";
import { healthRoutes } from "./routes/health.js";
import { hsdsAbout, hsdsRoutes } from "./routes/hsds.js";
import { pageRoutes } from "./routes/pages.js";
import { platformsRoutes } from "./routes/platforms.js";
import { remediesRoutes } from "./routes/remedies.js";
import { schemasRoutes } from "./routes/schemas.js";
import { searchRoutes } from "./routes/search.js";
import { triageRoutes } from "./routes/triage.js";

const base = createRouter();

// No logger middleware on purpose: people search for their own situation, and URLs carry those searches.
base.use(
  "*",
  // Outermost: answers preflight before anything else runs, and adds CORS headers to every other answer.
  corsHeaders,
  // Security headers on every answer, errors included (a route may pick another profile: see the module).
  securityHeaders,
  // 406 before any work, for clients that cannot take what the path answers with.
  notAcceptable,
  // 304 for a current If-None-Match. Serialised bodies carry their ETag already; anything else is hashed the same way.
  etag({ retainedHeaders: [...RETAINED_304_HEADERS, "content-language"], generateDigest: digest128 }),
  // A 404 on a path routed for other methods becomes 405 with Allow (the route table is read on first use).
  methodNotAllowed({ app: base, onMethodNotAllowed: (c, methods) => methodNotAllowedProblem(c.req.method, methods) }),
);
// ?lang= or Accept-Language, as c.var.language (no cookie).
base.use("/v1/*", negotiatedLanguage);
base.use("/hsds/*", negotiatedLanguage);
base.onError(onError);

/** The API: every route, its OpenAPI description and its middleware. */
export const app = base
  .route("/", healthRoutes)
  .route("/v1", contactsRoutes)
  .route("/v1", remediesRoutes)
  .route("/v1", faqsRoutes)
  .route("/v1", platformsRoutes)
  .route("/v1", searchRoutes)
  .route("/v1", triageRoutes)
  .route("/v1", schemasRoutes)
  .route("/v1", changesRoutes)
  .route("/", hsdsRoutes);

/** The type of the app, for `hono/client` (see createClient in client.ts). */
export type AppType = typeof app;

app.get("/openapi.json", openApiHandler(app));
// HSDS clients given the base URL /hsds ask for /hsds/ (HSDS's `GET /`); the OpenAPI document lists it as /hsds.
app.get("/hsds/", hsdsAbout);
app.route("/", pageRoutes);
app.route("/", assetRoutes);
app.route("/", embedRoutes);
app.notFound(notFound);
