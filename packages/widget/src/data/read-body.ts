// Reads the body of a data file or an API answer as JSON, bounded in size, and (for a pinned data file) checked
// against its sha384 before a byte of it is parsed. A hostile or compromised source can send anything: a body of
// hundreds of megabytes would freeze the page while it is parsed and checked, quick exit included.
import { LiveDataError } from "./contacts-check.js";
import { integrityMismatch } from "./data-integrity.js";

/** The largest body the widget reads: about 16 times its largest data file today. */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * The JSON in `response` (from `url`), or a LiveDataError: `shape` when it is larger than {@link MAX_BODY_BYTES},
 * `integrity` when `integrity` lists hashes and none matches, `json` when it does not parse.
 */
export async function readBoundedJson(response: Response, url: URL, integrity?: readonly string[]): Promise<unknown> {
  const declared = Number(response.headers.get("content-length"));
  const tooLarge = () => new LiveDataError("shape", `${url.href} is larger than ${MAX_BODY_BYTES} bytes`);
  if (declared > MAX_BODY_BYTES) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge();
  if (integrity !== undefined) {
    const problem = await integrityMismatch(bytes, integrity);
    if (problem) throw new LiveDataError("integrity", `${url.href} ${problem}`);
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (error) {
    throw new LiveDataError("json", `${url.href} is not JSON: ${String(error)}`);
  }
}
