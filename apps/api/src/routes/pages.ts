// The HTML a person reads here: the landing page, the API reference, and the favicon browsers ask for.
import { Hono } from "hono";
import { widgetBundle } from "../generated/widget-bundle.js";
import { CACHE_STATIC, sendSerialised } from "../http/send.js";
import { serialiseText } from "../http/serialised.js";
import { landingPage } from "../pages/landing.js";
import { referencePage } from "../pages/reference.js";

const landing = serialiseText(landingPage(widgetBundle !== null));

/** The page routes, mounted at /. */
export const pageRoutes = new Hono()
  .get("/", async (c) =>
    sendSerialised(c, await landing, { cacheControl: CACHE_STATIC, contentType: "text/html; charset=utf-8" }),
  )
  .get("/reference", referencePage)
  // Browsers ask for it on every page; an empty answer beats a 404 in every console.
  .get("/favicon.ico", (c) => c.body(null, 204, { "Cache-Control": "public, max-age=86400" }));
