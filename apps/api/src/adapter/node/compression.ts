// Brotli and gzip for the Node server (on Workers, Cloudflare compresses at the edge). A 51 KB contact list is about
// 10 KB in brotli. Each encoded variant is compressed once per body (keyed by the body's ETag) and carries its own
// strong ETag, "<tag>-br" or "<tag>-gzip", so caches never confuse it with another variant; every compressible answer
// says `Vary: Accept-Encoding`. A client revalidating a variant's ETag gets the app's 304 with that variant's tag.
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

/** The encodings we send, best first. */
export type Encoding = "br" | "gzip";
const PREFERENCE: readonly Encoding[] = ["br", "gzip"];

/** Bodies smaller than this go unencoded: the saving would not pay for the work. */
export const MIN_COMPRESS_BYTES = 1024;

const COMPRESSIBLE = /^(?:application\/(?:json|problem\+json|javascript|xml|manifest\+json)|text\/|image\/svg\+xml)/i;

/** The encoding to send for an Accept-Encoding header (RFC 9110 §12.5.3): br, else gzip, else none; q=0 refuses. */
export function chooseEncoding(acceptEncoding: string | null | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [coding = "", ...params] = part.trim().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    if (coding) q.set(coding.trim(), Number.isFinite(value) ? value : 0);
  }
  const weight = (coding: Encoding) => q.get(coding) ?? q.get("*") ?? 0;
  let best: Encoding | null = null;
  for (const coding of PREFERENCE)
    if (weight(coding) > 0 && (best === null || weight(coding) > weight(best))) best = coding;
  return best;
}

/** The ETag of the `encoding` variant of a body whose ETag is `etag`: "abc" → "abc-br" (W/ kept). */
export function variantEtag(etag: string, encoding: Encoding): string {
  return etag.replace(/"$/, `-${encoding}"`);
}

const VARIANT_SUFFIX = /-(?:br|gzip)"/g;
const HAS_VARIANT_SUFFIX = /-(?:br|gzip)"/;

const compressors: Record<Encoding, (body: Uint8Array) => Promise<Buffer>> = {
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        // Best ratio for API-sized bodies (done once per body); large bundles get a faster level.
        [constants.BROTLI_PARAM_QUALITY]: body.byteLength <= 256 * 1024 ? 11 : 6,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

function withVary(headers: Headers): void {
  const vary = headers.get("vary");
  if (!vary) headers.set("vary", "Accept-Encoding");
  else if (!/\baccept-encoding\b/i.test(vary)) headers.set("vary", `${vary}, Accept-Encoding`);
}

export interface CompressionOptions {
  /** Most encoded bodies kept; the least recently used goes first. */
  limit?: number;
}

/** Wraps the app's fetch so compressible answers go out in brotli or gzip, as the request accepts. */
export function compressing(
  fetch: (request: Request) => Response | Promise<Response>,
  options: CompressionOptions = {},
): (request: Request) => Promise<Response> {
  const limit = options.limit ?? 512;
  const encoded = new Map<string, Promise<Buffer>>();

  function variant(etag: string, encoding: Encoding, body: Uint8Array): Promise<Buffer> {
    const key = `${encoding}|${etag}`;
    let hit = encoded.get(key);
    if (hit) {
      encoded.delete(key);
    } else {
      hit = compressors[encoding](body);
      hit.catch(() => encoded.delete(key));
      if (encoded.size >= limit) {
        const oldest = encoded.keys().next();
        if (!oldest.done) encoded.delete(oldest.value);
      }
    }
    encoded.set(key, hit);
    return hit;
  }

  return async (request) => {
    const encoding =
      request.method === "GET" || request.method === "HEAD"
        ? chooseEncoding(request.headers.get("accept-encoding"))
        : null;
    // The app knows only the identity ETag: a revalidation of a variant's tag is asked as the tag it came from.
    const ifNoneMatch = request.headers.get("if-none-match");
    let response: Response;
    if (ifNoneMatch && HAS_VARIANT_SUFFIX.test(ifNoneMatch)) {
      const headers = new Headers(request.headers);
      headers.set("if-none-match", ifNoneMatch.replace(VARIANT_SUFFIX, '"'));
      response = await fetch(new Request(request, { headers }));
    } else {
      response = await fetch(request);
    }
    const etag = response.headers.get("etag");

    if (response.status === 304 && etag) {
      // 304 only if the client holds the variant this request selects; else it gets that variant in full.
      const selected = encoding ? variantEtag(etag, encoding) : etag;
      if (ifNoneMatch === "*" || ifNoneMatch?.includes(selected.replace(/^W\//, ""))) {
        const headers = new Headers(response.headers);
        headers.set("etag", selected);
        withVary(headers);
        return new Response(null, { status: 304, headers });
      }
      const headers = new Headers(request.headers);
      headers.delete("if-none-match");
      response = await fetch(new Request(request, { headers }));
    }
    const type = response.headers.get("content-type") ?? "";
    if (response.status !== 200 || !COMPRESSIBLE.test(type) || response.headers.has("content-encoding"))
      return response;
    const headers = new Headers(response.headers);
    withVary(headers);
    const tag = response.headers.get("etag");
    if (!encoding || !tag) return new Response(response.body, { status: 200, headers });
    const body = new Uint8Array(await response.arrayBuffer());
    if (body.byteLength < MIN_COMPRESS_BYTES) return new Response(body, { status: 200, headers });
    const bytes = await variant(tag, encoding, body);
    headers.set("content-encoding", encoding);
    headers.set("etag", variantEtag(tag, encoding));
    headers.delete("content-length");
    return new Response(request.method === "HEAD" ? null : new Uint8Array(bytes), { status: 200, headers });
  };
}
