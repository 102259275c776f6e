// Strong entity tags: a hash of the exact bytes, so equal tags mean equal bodies in every runtime.

const encoder = new TextEncoder();

/** A strong ETag (quoted) for a body: the first 128 bits of its SHA-256, hex. */
export async function strongEtag(body: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof body === "string" ? encoder.encode(body) : body;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  let hex = "";
  for (let i = 0; i < 16; i++) hex += (digest[i] ?? 0).toString(16).padStart(2, "0");
  return `"${hex}"`;
}

/** True when an If-None-Match header matches the tag (weak comparison, as RFC 9110 §13.1.2 requires). */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  for (const raw of header.split(",")) {
    let tag = raw.trim();
    if (tag.startsWith("W/")) tag = tag.slice(2);
    if (tag === etag) return true;
  }
  return false;
}
