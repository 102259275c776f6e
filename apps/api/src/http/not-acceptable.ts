// 406 Not Acceptable for clients that say they cannot take what a path answers with (hono/accepts).
import type { MiddlewareHandler } from "hono";
import { accepts } from "hono/accepts";
import { problemResponse } from "./problem.js";

/** The media type of a JSON Schema document. */
export const SCHEMA_MEDIA_TYPE = "application/schema+json";

const JSON_TYPES = ["application/json", "application/problem+json"];
const SCHEMA_TYPES = [SCHEMA_MEDIA_TYPE, ...JSON_TYPES];
// hono/accepts matches a range against each supported type; "*/*" among them is what lets a "*/*" range match.
const ANY = "*/*";
const NONE = "";

/** The media types a path can answer with, for paths that answer only JSON (null: no restriction). */
export function acceptableTypes(path: string): readonly string[] | null {
  if (path.startsWith("/v1/schemas/")) return SCHEMA_TYPES;
  if (path.startsWith("/v1/") || path === "/healthz" || path === "/openapi.json") return JSON_TYPES;
  return null;
}

const supportsFor = new Map<readonly string[], string[]>([
  [JSON_TYPES, [...JSON_TYPES, ANY]],
  [SCHEMA_TYPES, [...SCHEMA_TYPES, ANY]],
]);

/** Answers 406 when the Accept header admits none of the path's types (a missing header admits anything). */
export const notAcceptable: MiddlewareHandler = async (c, next) => {
  const types = acceptableTypes(c.req.path);
  // No Accept header admits anything (hono/accepts would answer its default).
  if (types && c.req.header("accept")) {
    const match = accepts(c, { header: "Accept", supports: supportsFor.get(types) ?? [...types, ANY], default: NONE });
    if (match === NONE) return problemResponse(406, `This resource is only available as ${types[0]}.`);
  }
  await next();
};
