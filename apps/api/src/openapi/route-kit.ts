// The pieces every route shares: a router that answers invalid input with problem+json, and common responses.

import type { Hook, z } from "@hono/zod-openapi";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "hono";
import type { ZodError } from "zod";
import { type InvalidParam, problemResponse, problemResponses } from "../http/problem.js";
import { idParams, LangQuerySchema } from "./params.js";

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

/** What the list and the by-id route of a record kind are each told. */
interface RecordRoute<P extends string, S extends z.ZodType> {
  /** The path, e.g. `/faqs` or `/faqs/{id}`. */
  path: P;
  /** The OpenAPI tag (the kind's list and by-id routes share it). */
  tag: string;
  /** The operation's summary. */
  summary: string;
  /** What the 200 answer is, e.g. "The FAQs." or "The FAQ.". */
  description: string;
  /** The 200 body: the kind's list or item envelope. */
  schema: S;
}

/** The 200 answer of a record route: `schema` as JSON. */
const okJson = <S extends z.ZodType>(route: RecordRoute<string, S>) => ({
  description: route.description,
  content: { "application/json": { schema: route.schema } },
});

/** What the list and the by-id route of a record kind both start with: a GET of `path`, under the kind's tag. */
const recordGet = <P extends string, S extends z.ZodType>(route: RecordRoute<P, S>) => ({
  method: "get" as const,
  path: route.path,
  tags: [route.tag],
  summary: route.summary,
});

/**
 * The definition of `GET /<kind>/{id}`: one record in the envelope `schema`, `?lang=` only, 404 for an unknown id.
 * Every record kind is fetched by id the same way, so the route is written once.
 */
export function recordByIdRoute<P extends string, S extends z.ZodType>(
  route: RecordRoute<P, S> & {
    /** An id that exists, shown as the parameter's example. */
    example: string;
  },
) {
  return createRoute({
    ...recordGet(route),
    request: { params: idParams(route.example), query: LangQuerySchema },
    responses: { 200: okJson(route), ...commonGetResponses, ...problemResponses(404) },
  });
}

/**
 * The definition of `GET /<kind>`: every record of a kind (filtered by `query`) in the list envelope `schema`.
 * The four record kinds are listed the same way, so the route is written once, beside `recordByIdRoute`.
 */
export function recordListRoute<P extends string, Q extends z.ZodObject | z.ZodPipe, S extends z.ZodType>(
  route: RecordRoute<P, S> & {
    /** The operation's description, where the summary is not enough. */
    details?: string;
    /** The query parameters (at least `?lang=`). */
    query: Q;
  },
) {
  return createRoute({
    ...recordGet(route),
    ...(route.details !== undefined && { description: route.details }),
    request: { query: route.query },
    responses: { 200: okJson(route), ...commonGetResponses },
  });
}
