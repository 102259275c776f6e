// GET /embed: the widget's iframe embed page, for partners whose CMS allows an <iframe> but strips <script>
// (see the widget's embed guide). The page and its scripts come from @netstalker/widget; the page reads live data
// from this API's own origin, so it makes no third-party request.
//
// Header exceptions, on these paths only (everything else stays unframable): the page must be framable by any
// site, so `frame-ancestors *` and NO X-Frame-Options: the routes pick the "embeddable" security profile, and their
// own stricter CSP (Trusted Types) is kept because the header middleware never overwrites a header a handler set.
import { embedFiles, embedPage } from "@netstalker/widget/embed-assets";
import { Hono } from "hono";
import { problemResponse } from "../http/problem.js";
import { securityProfile } from "../http/security-headers.js";

/** Where the embed page is served. */
export const EMBED_PATH = "/embed";

/** The embed page's policy: only our own scripts and data, Lit's Trusted Types policy, framable by anyone. */
export const EMBED_CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *; require-trusted-types-for 'script'; trusted-types lit-html";

const COMMON = {
  "Content-Security-Policy": EMBED_CSP,
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  // The page is rebuilt with every release of the widget; an hour keeps a fixed number from lingering for long.
  "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400",
} as const;

function send(body: string, contentType: string, method: string): Response {
  return new Response(method === "HEAD" ? null : body, {
    status: 200,
    headers: { ...COMMON, "Content-Type": contentType },
  });
}

/** The embed page and its two scripts. */
export const embedRoutes = new Hono()
  .use(EMBED_PATH, securityProfile("embeddable"))
  .use(`${EMBED_PATH}/*`, securityProfile("embeddable"))
  .get(EMBED_PATH, (c) => send(embedPage, "text/html; charset=utf-8", c.req.method))
  .get(`${EMBED_PATH}/:file`, (c) => {
    const name = c.req.param("file");
    const file = Object.hasOwn(embedFiles, name) ? embedFiles[name as keyof typeof embedFiles] : undefined;
    if (file === undefined) return problemResponse(404, "The embed page has no such file.");
    return send(file, "text/javascript; charset=utf-8", c.req.method);
  });
