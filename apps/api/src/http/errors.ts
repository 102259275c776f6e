// The app's answers when nothing else answers: unknown paths (404), known paths with another method (405), errors.
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { allowedMethodsFor } from "./method-not-allowed.js";
import { problemResponse } from "./problem.js";

/** Problem+json for thrown errors: a client's (4xx) with its message, ours (5xx) with a plain apology. */
export const onError: ErrorHandler = (err, c) => {
  if (err instanceof HTTPException && err.status < 500) return problemResponse(err.status, err.message || undefined);
  // Log what failed, never the URL: it may hold what someone searched for.
  console.error(`${c.req.method} failed: ${err instanceof Error ? `${err.name}: ${err.message}` : "unknown error"}`);
  return problemResponse(500, "Something went wrong on our side. Please try again in a moment.");
};

/** 405 with Allow when `routes()` has the path for other methods, else 404 (the route table is read on first use). */
export function notFoundOrNotAllowed(routes: () => readonly { method: string; path: string }[]): NotFoundHandler {
  let allowedMethods: ((path: string) => string[]) | undefined;
  return (c: Context) => {
    allowedMethods ??= allowedMethodsFor(routes());
    const allow = allowedMethods(c.req.path);
    if (allow.length > 0) {
      return problemResponse(405, `${c.req.method} is not allowed here; use ${allow.join(", ")}.`, {
        headers: { Allow: allow.join(", ") },
      });
    }
    return problemResponse(404, "There is nothing at this path. See /openapi.json for what there is.");
  };
}
