// Sends a serialised body with its validators and caching headers, or 304 when the client already has it.
import type { Lang } from "@netstalker/data";
import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";
import { ifNoneMatchHits } from "./etag.js";
import type { Serialised } from "./serialised.js";

/** Data that changes only when a new data version is deployed: browsers reuse it briefly, caches revalidate quietly. */
export const CACHE_STATIC = "public, max-age=300, stale-while-revalidate=86400";
/** Never stored anywhere (health, POST answers, errors). */
export const CACHE_NONE = "no-store";

/** A 200 JSON response whose body has type T (for the typed client and the route's declared schema). */
export type JsonOk<T> = TypedResponse<JSONParsed<T>, 200, "json">;
/** A 304 Not Modified response. */
// biome-ignore lint/complexity/noBannedTypes: must equal the type @hono/zod-openapi derives for a response without content.
export type NotModified = TypedResponse<{}, 304, string>;

export interface SendOptions {
  /** Cache-Control value. */
  cacheControl: string;
  /** Content-Type; default application/json. */
  contentType?: string;
  /** When set, Content-Language and `Vary: Accept-Language` are sent (the body depends on the language). */
  lang?: Lang;
}

function baseHeaders(s: Serialised, options: SendOptions): Record<string, string> {
  const headers: Record<string, string> = { "Cache-Control": options.cacheControl, ETag: s.etag };
  if (options.lang) {
    headers["Content-Language"] = options.lang;
    headers.Vary = "Accept-Language";
  }
  return headers;
}

/** Sends `s` (or 304 when If-None-Match matches its ETag), typed as the JSON value T it encodes. */
export function sendSerialised<T>(c: Context, s: Serialised, options: SendOptions): JsonOk<T> | NotModified {
  const headers = baseHeaders(s, options);
  if (ifNoneMatchHits(c.req.header("if-none-match"), s.etag)) {
    return new Response(null, { status: 304, headers }) as unknown as NotModified;
  }
  return sendBody<T>(s, options, headers);
}

/** Sends `s` with status 200 whatever the request's validators (for POST answers). */
export function sendBody<T>(s: Serialised, options: SendOptions, headers = baseHeaders(s, options)): JsonOk<T> {
  headers["Content-Type"] = options.contentType ?? "application/json; charset=utf-8";
  // The body was serialised once; this cast only tells the type system which JSON value those bytes hold.
  return new Response(s.body, { status: 200, headers }) as unknown as JsonOk<T>;
}
