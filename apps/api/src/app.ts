// The netstalker-help API as a runtime-free Hono app: Node (src/node.ts) and Workers (src/worker.ts) both serve it.
import { dataVersion } from "@netstalker/data";
import { HTTPException } from "hono/http-exception";
import { widgetBundle } from "./generated/widget-bundle.js";
import { accepts } from "./http/accept.js";
import { allowedMethodsFor } from "./http/method-not-allowed.js";
import { problemResponse } from "./http/problem.js";
import { CACHE_STATIC, sendSerialised } from "./http/send.js";
import { type Serialised, serialise, serialiseText } from "./http/serialised.js";
import { standardHeaders } from "./http/standard-headers.js";
import { createRouter } from "./openapi/route-kit.js";
import { landingPage } from "./pages/landing.js";
import { referencePage } from "./pages/reference.js";
import { assetRoutes } from "./routes/assets.js";
import { contactsRoutes } from "./routes/contacts.js";
import { embedRoutes } from "./routes/embed.js";
import { faqsRoutes } from "./routes/faqs.js";
import { healthRoutes } from "./routes/health.js";
import { remediesRoutes } from "./routes/remedies.js";
import { SCHEMA_MEDIA_TYPE, schemasRoutes } from "./routes/schemas.js";
import { searchRoutes } from "./routes/search.js";
import { triageRoutes } from "./routes/triage.js";

export { createClient } from "./client.js";

const JSON_TYPES = ["application/json", "application/problem+json"];
const SCHEMA_TYPES = [SCHEMA_MEDIA_TYPE, ...JSON_TYPES];

/** The media types a path can answer with, for paths that answer only JSON (null: no restriction). */
function acceptableTypes(path: string): readonly string[] | null {
  if (path.startsWith("/v1/schemas/")) return SCHEMA_TYPES;
  if (path.startsWith("/v1/") || path === "/healthz" || path === "/openapi.json") return JSON_TYPES;
  return null;
}

const base = createRouter();

// One middleware for every request (each layer costs on the hot path): standard headers around a 406 gate.
// No logger middleware on purpose: people search for their own situation, and URLs carry those searches.
base.use("*", (c, next) =>
  standardHeaders(c, async () => {
    const types = acceptableTypes(c.req.path);
    if (types && !accepts(c.req.header("accept"), types)) {
      c.res = problemResponse(406, `This resource is only available as ${types[0]}.`);
      return;
    }
    await next();
  }),
);

base.onError((err, c) => {
  if (err instanceof HTTPException && err.status < 500) return problemResponse(err.status, err.message || undefined);
  // Log what failed, never the URL: it may hold what someone searched for.
  console.error(`${c.req.method} failed: ${err instanceof Error ? `${err.name}: ${err.message}` : "unknown error"}`);
  return problemResponse(500, "Something went wrong on our side. Please try again in a moment.");
});

/** The API: every route, its OpenAPI description and its middleware. */
export const app = base
  .route("/", healthRoutes)
  .route("/v1", contactsRoutes)
  .route("/v1", remediesRoutes)
  .route("/v1", faqsRoutes)
  .route("/v1", searchRoutes)
  .route("/v1", triageRoutes)
  .route("/v1", schemasRoutes);

/** The type of the app, for `hono/client` (see createClient). */
export type AppType = typeof app;

/** The OpenAPI 3.1 document's top-level fields. */
export const OPENAPI_CONFIG: Parameters<typeof app.getOpenAPI31Document>[0] = {
  openapi: "3.1.0",
  info: {
    title: "netstalker-help API",
    version: dataVersion,
    description: [
      "Verified, bilingual (ja/en) help for victims of online stalking in Japan (ネットストーカー): consultation windows, remedies and FAQs from @netstalker/data.",
      "",
      "- **Language**: `?lang=ja|en`, else the best match in `Accept-Language`, else `ja`. Every text in an answer is in that language.",
      '- **Open now**: `open=now` or `at=<ISO instant>` on `/v1/contacts` keep only windows open then, computed in Asia/Tokyo with Japanese holidays and the year end. A window whose hours vary by place (open state `"unknown"`, e.g. #9110) is **not** counted as open.',
      "- **Caching**: strong `ETag` and `304` on `If-None-Match`; `Cache-Control` with `stale-while-revalidate`.",
      "- **Errors**: RFC 9457 `application/problem+json` (400, 404, 405, 406, 413, 415, 500).",
      "- **Privacy**: no cookies, no credentials, and no query is ever logged.",
    ].join("\n"),
    license: { name: "MIT", url: "https://opensource.org/license/mit" },
  },
  tags: [
    { name: "contacts", description: "Consultation windows (相談窓口)." },
    { name: "remedies", description: "Legal measures, coping and prevention." },
    { name: "faqs", description: "Questions people ask." },
    { name: "search", description: "Full-text search." },
    { name: "triage", description: "Where to turn, for a person's answers." },
    { name: "schemas", description: "JSON Schemas of the data." },
    { name: "service", description: "Health." },
  ],
};

let openApiDocument: Promise<Serialised> | undefined;
/** The OpenAPI document, generated and serialised on first use. */
export function openApiJson(): Promise<Serialised> {
  openApiDocument ??= serialise(app.getOpenAPI31Document(OPENAPI_CONFIG));
  return openApiDocument;
}

app.get("/openapi.json", async (c) => sendSerialised(c, await openApiJson(), { cacheControl: CACHE_STATIC }));
app.get("/reference", referencePage);
// Browsers ask for it on every page; an empty answer beats a 404 in every console.
app.get("/favicon.ico", (c) => c.body(null, 204, { "Cache-Control": "public, max-age=86400" }));
app.route("/", assetRoutes);
app.route("/", embedRoutes);

const landing = serialiseText(landingPage(widgetBundle !== null));
app.get("/", async (c) =>
  sendSerialised(c, await landing, { cacheControl: CACHE_STATIC, contentType: "text/html; charset=utf-8" }),
);

let allowedMethods: ((path: string) => string[]) | undefined;
app.notFound((c) => {
  allowedMethods ??= allowedMethodsFor(app.routes);
  const allow = allowedMethods(c.req.path);
  if (allow.length > 0) {
    return problemResponse(405, `${c.req.method} is not allowed here; use ${allow.join(", ")}.`, {
      headers: { Allow: allow.join(", ") },
    });
  }
  return problemResponse(404, "There is nothing at this path. See /openapi.json for what there is.");
});
