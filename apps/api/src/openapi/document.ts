// The OpenAPI 3.1 document: its top-level fields here, its paths from the routes' own definitions.
import type { OpenAPIHono } from "@hono/zod-openapi";
import { dataVersion } from "@netstalker/data";
import type { Handler } from "hono";
import { CACHE_STATIC, sendSerialised } from "../http/send.js";
import { type Serialised, serialise } from "../http/serialised.js";
import { decorateDocument } from "./decorate.js";

type DocumentConfig = Parameters<OpenAPIHono["getOpenAPI31Document"]>[0];

/** The OpenAPI document's top-level fields. */
export const OPENAPI_CONFIG: DocumentConfig = {
  openapi: "3.1.0",
  info: {
    title: "netstalker-help API",
    version: dataVersion,
    description: [
      "Verified, bilingual (ja/en) help for victims of online stalking in Japan (ネットストーカー): consultation windows, remedies and FAQs from @netstalker/data.",
      "",
      "- **Language**: `?lang=ja|en`, else the best match in `Accept-Language`, else `ja`. Every text in an answer is in that language.",
      "- **Open now**: every contact answer carries each window's status now in `meta.openStatus` (`open`; `closed` with `opensAt`; `deferred`, a form answered later; `unknown` with a `reason`) and the channel to use, computed in Asia/Tokyo with Japanese holidays and the year end. `open=now` or `at=<ISO instant>` on `/v1/contacts` keep only windows open then. A window whose hours vary by place (e.g. #9110) is **not** counted as open.",
      "- **Reachable now**: `channel=text` keeps the ways that need no voice call (chat, LINE, e-mail, forms); `region=13` (or 東京都, Tokyo) the national windows and that prefecture's own; `order=reachable` lists them as the widget's first screen does.",
      "- **Caching**: strong `ETag` and `304` on `If-None-Match`; `Cache-Control` with `stale-while-revalidate`, except contact answers with a status now, which hold only to the next minute.",
      "- **Errors**: RFC 9457 `application/problem+json` (400, 404, 405, 406, 413, 415, 500).",
      "- **Privacy**: no cookies, no credentials, and no query is ever logged.",
    ].join("\n"),
    license: { name: "MIT", url: "https://opensource.org/license/mit" },
    contact: { name: "netstalker-help maintainers" },
  },
  // Relative: the API answers at the root of whatever host it is deployed on (Node or Workers).
  servers: [{ url: "/", description: "The host serving this document." }],
  // No authentication: every operation is public, and the API sets no cookies.
  security: [],
  tags: [
    { name: "contacts", description: "Consultation windows (相談窓口)." },
    { name: "remedies", description: "Legal measures, coping and prevention." },
    { name: "faqs", description: "Questions people ask." },
    { name: "platforms", description: "Platforms' own removal-request routes (情報流通プラットフォーム対処法)." },
    { name: "search", description: "Full-text search." },
    { name: "triage", description: "Where to turn, for a person's answers." },
    { name: "schemas", description: "JSON Schemas of the data." },
    { name: "changes", description: "What changed in the data, by released version." },
    { name: "service", description: "Health." },
    {
      name: "hsds",
      description:
        "The directory as Open Referral HSDS 3.0 (https://docs.openreferral.org/): services, organizations, phones, schedules, languages and service areas, with ids as UUIDv5 and a documented profile for what HSDS cannot say.",
    },
  ],
};

/** The handler for GET /openapi.json: `app`'s document, generated and serialised on first use, then the same bytes. */
export function openApiHandler(app: Pick<OpenAPIHono, "getOpenAPI31Document">): Handler {
  let document: Promise<Serialised> | undefined;
  return async (c) => {
    document ??= serialise(decorateDocument(app.getOpenAPI31Document(OPENAPI_CONFIG)));
    return sendSerialised(c, await document, { cacheControl: CACHE_STATIC });
  };
}
