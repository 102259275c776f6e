// The app's answers when nothing else answers: unknown paths (404), known paths with another method (405), errors.
import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { problemResponse } from "./problem.js";

/** Problem+json for thrown errors: a client's (4xx) with its message, ours (5xx) with a plain apology. */
export const onError: ErrorHandler = (err, c) => {
  if (err instanceof HTTPException && err.status < 500) return problemResponse(err.status, err.message || undefined);
  // Log what failed, never the URL: it may hold what someone searched for.
  console.error(`${c.req.method} failed: ${err instanceof Error ? `${err.name}: ${err.message}` : "unknown error"}`);
  return problemResponse(500, "Something went wrong on our side. Please try again in a moment.");
};

/** 404 problem for a path nothing is routed at (hono/method-not-allowed turns it into 405 where a method is). */
export const notFound: NotFoundHandler = () =>
  problemResponse(404, "There is nothing at this path. See /openapi.json for what there is.");

/**
 * The 405 problem for hono/method-not-allowed, with `Allow` sorted. OPTIONS is listed too: the CORS middleware
 * answers it on every path.
 */
export function methodNotAllowedProblem(method: string, routed: readonly string[]): Response {
  const allow = [...new Set([...routed, "OPTIONS"])].sort().join(", ");
  return problemResponse(405, `${method} is not allowed here; use ${allow}.`, { headers: { Allow: allow } });
}
