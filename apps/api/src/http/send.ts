// Sends a serialised body with its validator and caching headers (hono/etag in app.ts makes the 304s).
import type { Lang } from "@netstalker/data";
import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";
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

// Header objects per (body, options): built once, so answering costs no per-request header work. Plain objects let
// @hono/node-server write the head directly; the middleware in app.ts adds CORS and security headers after the
// handler, and hono/etag turns a 200 into a 304 when If-None-Match names the ETag set here.
const headerCache = new WeakMap<Serialised, Map<string, Readonly<Record<string, string>>>>();

function headersFor(s: Serialised, options: SendOptions): Readonly<Record<string, string>> {
  let perBody = headerCache.get(s);
  if (!perBody) {
    perBody = new Map();
    headerCache.set(s, perBody);
  }
  const key = `${options.cacheControl}|${options.lang ?? ""}|${options.contentType ?? ""}`;
  let headers = perBody.get(key);
  if (!headers) {
    const built: Record<string, string> = {
      "Cache-Control": options.cacheControl,
      ETag: s.etag,
      "Content-Type": options.contentType ?? "application/json; charset=utf-8",
    };
    if (options.lang) {
      built["Content-Language"] = options.lang;
      built.Vary = "Accept-Language";
    }
    headers = Object.freeze(built);
    perBody.set(key, headers);
  }
  return headers;
}

/** Sends `s` with its ETag (hono/etag answers 304 for a matching If-None-Match), typed as the JSON value T. */
export function sendSerialised<T>(_c: Context, s: Serialised, options: SendOptions): JsonOk<T> | NotModified {
  // The body was serialised once; this cast only tells the type system which JSON value those bytes hold.
  return new Response(s.bytes, { status: 200, headers: headersFor(s, options) }) as unknown as JsonOk<T>;
}

/** Sends `s` with status 200 whatever the request's validators (for POST answers; hono/etag skips POST). */
export function sendBody<T>(_c: Context, s: Serialised, options: SendOptions): JsonOk<T> {
  return new Response(s.bytes, { status: 200, headers: headersFor(s, options) }) as unknown as JsonOk<T>;
}
