// CORS and security headers on every response, computed once per kind of path rather than per request.
//
// Why not hono/cors + hono/secure-headers: hono/cors sets headers before the handler runs, which makes Hono rebuild
// every handler response as a new Response around its body; on Node that turns a ready string body into a stream
// and cut list throughput to about a third (measured: see BENCHMARKS.md). Here the hot path gets its headers as a
// plain object when its Response is created (sendSerialised), and everything else gets them after the handler.
import type { MiddlewareHandler } from "hono";

/** Paths that answer with HTML for a person to read here, not data for other sites. */
export const HTML_PATHS: ReadonlySet<string> = new Set(["/", "/reference"]);

const CORS = {
  // Public data, no credentials: any site may read it.
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Content-Language",
} as const;

const PREFLIGHT = {
  ...CORS,
  "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, If-None-Match, Accept-Language",
  "Access-Control-Max-Age": "86400",
} as const;

const SECURITY = {
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Origin-Agent-Cluster": "?1",
  "X-Permitted-Cross-Domain-Policies": "none",
} as const;

/** Headers for what other sites load: JSON, schemas, the widget script. */
export const RESOURCE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...CORS,
  ...SECURITY,
  // Other origins must be able to load these, including with <script> (no-cors).
  "Cross-Origin-Resource-Policy": "cross-origin",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
});

/** Headers for our own HTML pages: everything they load comes from this origin, so no third-party request can happen. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...CORS,
  ...SECURITY,
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
});

/** The standard headers for a path. */
export function standardHeadersFor(path: string): Readonly<Record<string, string>> {
  return HTML_PATHS.has(path) ? PAGE_HEADERS : RESOURCE_HEADERS;
}

// Responses built with their standard headers already in place (the hot path); the middleware leaves them alone.
const complete = new WeakSet<Response>();

/** Marks a response as already carrying its standard headers. */
export function markComplete<R extends Response>(res: R): R {
  complete.add(res);
  return res;
}

/** Answers CORS preflight, and adds the standard headers to any response that lacks them (never overwriting). */
export const standardHeaders: MiddlewareHandler = async (c, next) => {
  if (c.req.method === "OPTIONS") {
    return new Response(null, { status: 204, headers: { ...PREFLIGHT, Vary: "Access-Control-Request-Headers" } });
  }
  await next();
  const res = c.res;
  if (complete.has(res)) return;
  const headers = res.headers;
  for (const [name, value] of Object.entries(standardHeadersFor(c.req.path))) {
    if (!headers.has(name)) headers.set(name, value);
  }
};
