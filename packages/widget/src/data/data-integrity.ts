// `data-integrity`: a partner who pins the code with SRI (`integrity` on the script tag, an import map for the chunks)
// pins the records too. The attribute lists the sha384 of the data files, as in dist/integrity.json (the embed guide's
// pinned snippet fills them in); a file whose bytes match none of them is refused, and the widget shows the emergency
// numbers inside the code and says why. Without it, a modified data file on the CDN could change every phone number.

const SRI = /^sha384-[A-Za-z0-9+/]{64}$/;

/** The sha384 values in a `data-integrity` attribute (space-separated, as in an SRI `integrity`); undefined when unset. */
export function parseIntegrity(value: string | null | undefined): string[] | undefined {
  if (value === null || value === undefined) return undefined;
  // Kept even when malformed: a pin that cannot match refuses the file instead of silently unpinning it.
  return value.split(/\s+/).filter((token) => token !== "");
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Null when `bytes` match one of `expected` (`sha384-…`), else why not (for the console). */
export async function integrityMismatch(bytes: Uint8Array, expected: readonly string[]): Promise<string | null> {
  const valid = expected.filter((value) => SRI.test(value));
  if (valid.length === 0) {
    return `cannot be checked: data-integrity="${expected.join(" ")}" holds no sha384-… value (see integrity.json)`;
  }
  // Web Crypto exists only in secure contexts (https, localhost): elsewhere the pin cannot be kept, so the file is refused.
  if (!globalThis.crypto?.subtle) return "cannot be checked against data-integrity outside a secure (https) page";
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-384", bytes as Uint8Array<ArrayBuffer>));
  const actual = `sha384-${base64(digest)}`;
  return valid.includes(actual) ? null : `does not match data-integrity (its sha384 is ${actual})`;
}
