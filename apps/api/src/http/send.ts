// Sends a serialised body with its validators and caching headers, or 304 when the client already has it.
import type { Lang } from "@netstalker/data";
import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";
import { ifNoneMatchHits } from "./etag.js";
import type { Serialised } from "./serialised.js";
import { markComplete, standardHeadersFor } from "./standard-headers.js";

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

interface HeaderPair {
  ok: Readonly<Record<string, string>>;
  notModified: Readonly<Record<string, string>>;
}

// Header objects per (body, path kind, options): built once, so answering costs no per-request header work.
const headerCache = new WeakMap<Serialised, Map<string, HeaderPair>>();

function headersFor(c: Context, s: Serialised, options: SendOptions): HeaderPair {
  const standard = standardHeadersFor(c.req.path);
  let perBody = headerCache.get(s);
  if (!perBody) {
    perBody = new Map();
    headerCache.set(s, perBody);
  }
  const key = `${standard["Cross-Origin-Resource-Policy"]}|${options.cacheControl}|${options.lang ?? ""}|${options.contentType ?? ""}`;
  let pair = perBody.get(key);
  if (!pair) {
    // Plain objects let @hono/node-server write the head directly, without a Headers round trip.
    const notModified: Record<string, string> = { ...standard, "Cache-Control": options.cacheControl, ETag: s.etag };
    if (options.lang) {
      notModified["Content-Language"] = options.lang;
      notModified.Vary = "Accept-Language";
    }
    const ok = { ...notModified, "Content-Type": options.contentType ?? "application/json; charset=utf-8" };
    pair = { ok: Object.freeze(ok), notModified: Object.freeze(notModified) };
    perBody.set(key, pair);
  }
  return pair;
}

/** Sends `s` (or 304 when If-None-Match matches its ETag), typed as the JSON value T it encodes. */
export function sendSerialised<T>(c: Context, s: Serialised, options: SendOptions): JsonOk<T> | NotModified {
  const headers = headersFor(c, s, options);
  if (ifNoneMatchHits(c.req.header("if-none-match"), s.etag)) {
    return markComplete(new Response(null, { status: 304, headers: headers.notModified })) as unknown as NotModified;
  }
  // The body was serialised once; this cast only tells the type system which JSON value those bytes hold.
  return markComplete(new Response(s.bytes, { status: 200, headers: headers.ok })) as unknown as JsonOk<T>;
}

/** Sends `s` with status 200 whatever the request's validators (for POST answers). */
export function sendBody<T>(c: Context, s: Serialised, options: SendOptions): JsonOk<T> {
  return markComplete(
    new Response(s.bytes, { status: 200, headers: headersFor(c, s, options).ok }),
  ) as unknown as JsonOk<T>;
}
