// Script bundles served from our own origin: the widget for partner pages, Scalar for the API reference page.
import { Hono } from "hono";
import { widgetBundle } from "../generated/widget-bundle.js";
import { problemResponse } from "../http/problem.js";
import { sendSerialised } from "../http/send.js";
import { type Serialised, serialiseText } from "../http/serialised.js";

/** Where partners load the widget from. */
export const WIDGET_PATH = "/widget/stalker-help-widget.js";
/** Where the API reference page loads Scalar from (never a CDN). */
export const SCALAR_PATH = "/reference/scalar.js";

const JS = "text/javascript; charset=utf-8";
// The URL is not versioned, so caches revalidate daily and the ETag keeps that cheap.
const CACHE_SCRIPT = "public, max-age=3600, stale-while-revalidate=86400";

// Hashing megabytes at start-up would slow every cold start; do it on first request instead.
function lazy(text: () => Promise<string>): () => Promise<Serialised> {
  let memo: Promise<Serialised> | undefined;
  return () => {
    memo ??= text().then(serialiseText);
    return memo;
  };
}
const bundle = widgetBundle;
const widget = bundle === null ? null : lazy(async () => bundle);
// Scalar is 3.5 MB: loaded only when the reference page asks for it.
const scalar = lazy(async () => (await import("../generated/scalar-bundle.js")).scalarBundle);

/** The script routes. */
export const assetRoutes = new Hono()
  .get(WIDGET_PATH, async (c) => {
    if (!widget) {
      return problemResponse(
        404,
        "The widget bundle was not built: run pnpm build (it builds @netstalker/widget first).",
      );
    }
    return sendSerialised(c, await widget(), { cacheControl: CACHE_SCRIPT, contentType: JS });
  })
  .get(SCALAR_PATH, async (c) => sendSerialised(c, await scalar(), { cacheControl: CACHE_SCRIPT, contentType: JS }));
