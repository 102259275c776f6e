// The pieces every route shares: a router that answers invalid input with problem+json, and common responses.

import type { Hook } from "@hono/zod-openapi";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "hono";
import type { ZodError } from "zod";
import { type InvalidParam, problemResponse, problemResponses } from "../http/problem.js";

type Target = InvalidParam["in"];

/** Turns zod issues into the `errors` list of a 400 problem. */
export function invalidParams(target: Target, error: ZodError): InvalidParam[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return {
        in: target,
        name: issue.keys.join(","),
        detail: `Unknown ${target} parameter(s): ${issue.keys.join(", ")}.`,
      };
    }
    return { in: target, name: path, detail: issue.message };
  });
}

const validationHook: Hook<unknown, Env, string, Response | undefined> = (result) => {
  if (result.success) return undefined;
  const target = result.target as Target;
  const errors = invalidParams(target, result.error);
  const first = errors[0];
  const detail = first
    ? `Invalid ${first.in}${first.name ? ` "${first.name}"` : ""}: ${first.detail}`
    : `Invalid ${target}.`;
  return problemResponse(400, detail, { errors });
};

/** A router whose invalid requests get a 400 problem+json listing every invalid input. */
export function createRouter() {
  return new OpenAPIHono({ defaultHook: validationHook });
}

/** Responses every data GET route can give besides 200. */
export const commonGetResponses = {
  304: { description: "Not Modified: the If-None-Match ETag is current." },
  ...problemResponses(400, 406, 500),
};
