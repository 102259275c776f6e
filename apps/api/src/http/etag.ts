// Strong entity tags: a hash of the exact bytes, so equal tags mean equal bodies in every runtime. hono/etag
// (in app.ts) answers If-None-Match with 304 from the tag a response carries; bodies serialised once carry this one.

const encoder = new TextEncoder();

/** The first 128 bits of a body's SHA-256 (the digest behind every ETag this API sends). */
export async function digest128(body: string | Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  const bytes = typeof body === "string" ? encoder.encode(body) : body;
  return (await crypto.subtle.digest("SHA-256", bytes)).slice(0, 16);
}

/** A strong ETag (quoted) for a body: its 128-bit digest, hex. */
export async function strongEtag(body: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await digest128(body));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return `"${hex}"`;
}
