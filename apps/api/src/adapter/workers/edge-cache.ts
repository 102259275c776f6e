// Edge caching on Cloudflare Workers: answers the app marks shareable (`public, max-age`) are kept in the data
// centre's cache (the Workers Cache API, caches.default) for their max-age and replayed without running the app,
// as the Node server's response cache does on Node. Cloudflare's cache ignores Vary (but for Accept-Encoding), so
// the cache key carries the negotiated language itself; it never holds a body the app did not mark public (search
// answers are private, health and POST answers are no-store) and keys hold only the URL and that language.
import { langFromAcceptLanguage } from "../../http/lang.js";
import { ifNoneMatchHits } from "../node/response-cache.js";

/** Marks whether an answer came from the edge cache: HIT (replayed) or MISS (from the app, now stored if shareable). */
export const EDGE_CACHE_HEADER = "X-Edge-Cache";

const BODY_HEADERS = ["content-type", "content-length", "content-encoding", "content-range"];

/** max-age in seconds when a shared cache may store the answer, else null. */
export function sharedMaxAge(cacheControl: string | null): number | null {
  const directives = (cacheControl ?? "")
    .toLowerCase()
    .split(",")
    .map((d) => d.trim());
  if (!directives.includes("public") || directives.some((d) => ["no-store", "private", "no-cache"].includes(d))) {
    return null;
  }
  const seconds = Number(directives.find((d) => d.startsWith("max-age="))?.slice("max-age=".length) ?? Number.NaN);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** The cache key of `request`: its URL plus the language Accept-Language negotiates (never another header). */
export function edgeCacheKey(request: Request): Request {
  const url = new URL(request.url);
  url.searchParams.append("__edge_lang", langFromAcceptLanguage(request.headers.get("accept-language") ?? undefined));
  return new Request(url.toString(), { method: "GET" });
}

/** The parts of the Workers runtime this uses (typed here: the app is typed for both runtimes). */
export interface EdgeRuntime {
  cache: { match(key: Request): Promise<Response | undefined>; put(key: Request, response: Response): Promise<void> };
  waitUntil(promise: Promise<unknown>): void;
}

/** Answers from the edge cache, or from `fetch` and stores the answer when it is shareable. */
export async function edgeCached(
  request: Request,
  runtime: EdgeRuntime,
  fetch: (request: Request) => Response | Promise<Response>,
): Promise<Response> {
  const cacheControl = request.headers.get("cache-control") ?? "";
  if (request.method !== "GET" || /no-cache|no-store|max-age=0/i.test(cacheControl)) return fetch(request);
  const key = edgeCacheKey(request);
  const hit = await runtime.cache.match(key);
  if (hit) {
    const etag = hit.headers.get("etag");
    if (etag && ifNoneMatchHits(request.headers.get("if-none-match") ?? undefined, etag)) {
      const headers = new Headers(hit.headers);
      for (const name of BODY_HEADERS) headers.delete(name);
      headers.set(EDGE_CACHE_HEADER, "HIT");
      return new Response(null, { status: 304, headers });
    }
    const headers = new Headers(hit.headers);
    headers.set(EDGE_CACHE_HEADER, "HIT");
    return new Response(hit.body, { status: hit.status, headers });
  }
  const response = await fetch(request);
  if (response.status !== 200 || sharedMaxAge(response.headers.get("cache-control")) === null) return response;
  if (response.headers.get("vary")?.includes("*")) return response;
  runtime.waitUntil(runtime.cache.put(key, response.clone()));
  const headers = new Headers(response.headers);
  headers.set(EDGE_CACHE_HEADER, "MISS");
  return new Response(response.body, { status: 200, headers });
}
