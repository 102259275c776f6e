// CORS from hono/cors: the data is public and needs no credentials, so any site may read it.
import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";

const policy = cors({
  origin: "*",
  allowMethods: ["GET", "HEAD", "POST", "OPTIONS"],
  allowHeaders: ["Content-Type", "If-None-Match", "Accept-Language"],
  exposeHeaders: ["ETag", "Content-Language"],
  maxAge: 86400,
});

const done = async () => {};

/**
 * Answers preflight (OPTIONS) with hono/cors, and adds its headers to every other response after the handler.
 *
 * Why after: hono/cors sets its headers on `c.res` before `next()`, and a handler's Response that replaces an
 * already-touched `c.res` is rebuilt around its body as a stream; on Node that loses @hono/node-server's fast path
 * for a ready byte body (measured: see docs/decisions/0007-hono-middleware-and-node-response-cache.md). Run after
 * the handler, the same middleware sets the same headers on the handler's own Response.
 */
export const corsHeaders: MiddlewareHandler = async (c, next) => {
  if (c.req.method === "OPTIONS") return policy(c, next);
  await next();
  await policy(c, done);
};
