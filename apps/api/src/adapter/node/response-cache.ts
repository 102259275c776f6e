// A shared HTTP cache (RFC 9111) in front of the app, for the Node server only. The app already serialises each
// (route, lang, filter) answer once; what remains per request on Node is the framework and its adapter, which cost
// as much CPU as writing the 43 KB body itself. So a response the app marked as shareable (`public, max-age`) is kept
// for its max-age and replayed straight onto the socket, keyed like any shared cache: method, URL and the request
// headers the response varies on. On Workers, Cloudflare's cache plays this part. Nothing is stored that the app
// did not mark public (search and triage answers, health and POST answers are no-store), and keys hold only the
// URL and the headers the app varies on, never a body. A stored answer is replayed only to a request whose Accept
// admits its type (the app answers 406 otherwise).
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * True when If-None-Match names the stored tag, by the rule hono/etag applies in the app (weak comparison: any
 * quoted tag in the list, W/ or not, or exactly "*"), so a replayed 304 is the one the app would send. A test in
 * response-cache.test.ts holds the two to the same answers.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header === "*") return true;
  const expected = etag.startsWith("W/") ? etag.slice(2) : etag;
  return header.match(/"[^"]*"/g)?.some((tag) => tag === expected) ?? false;
}

interface Entry {
  status: number;
  headers: Record<string, string>;
  /** The 304 answer's headers: the 200's without the body's own (RFC 9110 §15.4.5). */
  notModified: Record<string, string>;
  body: Buffer;
  etag: string | undefined;
  expires: number;
}

export interface ResponseCacheOptions {
  /** Most responses kept; the least recently used goes first. */
  limit?: number;
  /** The clock, in ms (tests pass their own). */
  now?: () => number;
}

export interface ResponseCache {
  /** Answers from the cache and returns true, or returns false when the app must answer. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  /** Wraps the app's fetch so its shareable GET answers are stored as they pass. */
  wrap(fetch: (request: Request) => Response | Promise<Response>): (request: Request) => Promise<Response>;
  /** Number of responses held. */
  readonly size: number;
}

const BODY_HEADERS = new Set(["content-type", "content-length", "content-encoding", "content-range"]);

/** max-age in seconds when the response may be stored by a shared cache, else null. */
function shareableFor(cacheControl: string | null): number | null {
  if (!cacheControl) return null;
  const directives = cacheControl
    .toLowerCase()
    .split(",")
    .map((d) => d.trim());
  if (
    !directives.includes("public") ||
    directives.some((d) => d === "no-store" || d === "private" || d === "no-cache")
  ) {
    return null;
  }
  const maxAge = directives.find((d) => d.startsWith("max-age="));
  const seconds = maxAge ? Number(maxAge.slice("max-age=".length)) : Number.NaN;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/**
 * One request header by its lower-case name, read from the raw header list: touching `req.headers` makes Node
 * build a whole header object per request, which on this hot path costs more than the lookup itself.
 */
function rawHeader(raw: readonly string[], name: string): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i] as string;
    if (key.length === name.length && key.toLowerCase() === name) {
      found = found === undefined ? raw[i + 1] : `${found}, ${raw[i + 1]}`;
    }
  }
  return found;
}

/** A request may be answered from the cache unless it asks for a fresh answer. */
function acceptsStored(cacheControl: string | undefined, pragma: string | undefined): boolean {
  const c = (cacheControl ?? "").toLowerCase();
  return !c.includes("no-cache") && !c.includes("no-store") && !c.includes("max-age=0") && pragma !== "no-cache";
}

/**
 * True when an Accept header admits `contentType` (no header admits anything): a range equal to it, `type/*` or
 * any type, with a q above 0. The app answers 406 to an Accept it cannot meet; a stored answer is replayed only to a
 * request whose Accept admits that answer's type, and any other request goes to the app, which decides.
 */
export function acceptAdmits(accept: string | undefined, contentType: string): boolean {
  if (accept === undefined || accept.trim() === "") return true;
  const type = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  const major = type.split("/")[0];
  return accept.split(",").some((part) => {
    const [range = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) return false;
    return range === type || range === "*/*" || range === `${major}/*`;
  });
}

export function createResponseCache(options: ResponseCacheOptions = {}): ResponseCache {
  const limit = options.limit ?? 512;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  // Which request headers each URL's answers vary on, learnt from the app's own Vary header.
  const varyByUrl = new Map<string, string[]>();

  const keyOf = (url: string, header: (name: string) => string | undefined | null): string => {
    const vary = varyByUrl.get(url) ?? [];
    let key = url;
    for (const name of vary) key += `\n${name}:${header(name) ?? ""}`;
    return key;
  };

  function store(key: string, entry: Entry): void {
    entries.delete(key);
    if (entries.size >= limit) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    entries.set(key, entry);
  }

  return {
    get size() {
      return entries.size;
    },

    serve(req, res) {
      if (req.method !== "GET" || req.url === undefined || !varyByUrl.has(req.url)) return false;
      const raw = req.rawHeaders;
      if (!acceptsStored(rawHeader(raw, "cache-control"), rawHeader(raw, "pragma"))) return false;
      const key = keyOf(req.url, (name) => rawHeader(raw, name));
      const entry = entries.get(key);
      if (!entry) return false;
      if (!acceptAdmits(rawHeader(raw, "accept"), entry.headers["content-type"] ?? "")) return false;
      if (entry.expires <= now()) {
        entries.delete(key);
        return false;
      }
      if (entry.etag !== undefined && ifNoneMatchHits(rawHeader(raw, "if-none-match"), entry.etag)) {
        res.writeHead(304, entry.notModified);
        res.end();
      } else {
        res.writeHead(entry.status, entry.headers);
        res.end(entry.body);
      }
      return true;
    },

    wrap(fetch) {
      return async (request) => {
        const response = await fetch(request);
        if (request.method !== "GET" || response.status !== 200) return response;
        const maxAge = shareableFor(response.headers.get("cache-control"));
        const varyHeader = response.headers.get("vary");
        if (maxAge === null || varyHeader?.includes("*")) return response;
        const url = new URL(request.url);
        const path = `${url.pathname}${url.search}`;
        const vary = (varyHeader ?? "")
          .split(",")
          .map((name) => name.trim().toLowerCase())
          .filter((name) => name !== "");
        varyByUrl.delete(path);
        if (varyByUrl.size >= limit) {
          const oldest = varyByUrl.keys().next();
          if (!oldest.done) varyByUrl.delete(oldest.value);
        }
        varyByUrl.set(path, vary);
        const key = keyOf(path, (name) => request.headers.get(name));
        const expires = now() + maxAge * 1000;
        const copy = response.clone();
        const body = Buffer.from(await copy.arrayBuffer());
        const headers: Record<string, string> = {};
        const notModified: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          headers[name] = value;
          if (!BODY_HEADERS.has(name)) notModified[name] = value;
        });
        headers["content-length"] = String(body.byteLength);
        store(key, {
          status: 200,
          headers,
          notModified,
          body,
          etag: response.headers.get("etag") ?? undefined,
          expires,
        });
        return response;
      };
    },
  };
}
