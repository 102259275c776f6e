// Reading outside data before it is checked: bounded in size, pinned by data-integrity, and the record check leaves
// the page free to answer (the quick exit) while a long list is checked. In real Chromium (Web Crypto, timers).
import { describe, expect, it } from "vitest";
import { checkedList, LiveDataError } from "./contacts-check.js";
import { integrityMismatch, parseIntegrity } from "./data-integrity.js";
import { MAX_BODY_BYTES, readBoundedJson } from "./read-body.js";

const URL_OF = new URL("https://cdn.example/stalker-help-widget.data.ja.json");
const bytes = (text: string) => new TextEncoder().encode(text);
async function sri(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-384", bytes(text)));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe("readBoundedJson", () => {
  it("reads JSON, and refuses a body over the limit, by its Content-Length or by its size", async () => {
    expect(await readBoundedJson(new Response('{"lang":"ja"}'), URL_OF)).toEqual({ lang: "ja" });
    const big = `"${"a".repeat(MAX_BODY_BYTES)}"`;
    await expect(readBoundedJson(new Response(big), URL_OF)).rejects.toThrow(/larger than/);
    const declared = new Response("{}", { headers: { "content-length": String(MAX_BODY_BYTES + 1) } });
    await expect(readBoundedJson(declared, URL_OF)).rejects.toMatchObject({ reason: "shape" });
    await expect(readBoundedJson(new Response("{"), URL_OF)).rejects.toMatchObject({ reason: "json" });
  });

  it("with data-integrity, takes a file matching one of the hashes and refuses any other, saying why", async () => {
    const file = '{"lang":"ja","contacts":[]}';
    const pins = [await sri("something else"), await sri(file)];
    expect(await readBoundedJson(new Response(file), URL_OF, pins)).toEqual({ lang: "ja", contacts: [] });
    const tampered = readBoundedJson(new Response(file.replace("[]", "[1]")), URL_OF, pins);
    await expect(tampered).rejects.toBeInstanceOf(LiveDataError);
    await expect(readBoundedJson(new Response(`${file} `), URL_OF, pins)).rejects.toThrow(
      /does not match data-integrity \(its sha384 is sha384-/,
    );
  });

  it("refuses the file when data-integrity holds no usable value, instead of quietly unpinning it", async () => {
    expect(parseIntegrity(undefined)).toBeUndefined();
    expect(parseIntegrity(" sha384-a  sha384-b ")).toEqual(["sha384-a", "sha384-b"]);
    expect(await integrityMismatch(bytes("{}"), ["sha256-abc", ""])).toMatch(/holds no sha384/);
    await expect(readBoundedJson(new Response("{}"), URL_OF, ["nonsense"])).rejects.toMatchObject({
      reason: "integrity",
    });
  });
});

describe("checkedList", () => {
  it("lets the page run between records while a long list is checked (the quick exit answers at once)", async () => {
    // Each record's check takes about 1 ms: 200 ms in all, far beyond one slice.
    const slowCheck = () => {
      const until = performance.now() + 1;
      while (performance.now() < until) {
        // busy, as a check of a large record is
      }
      return null;
    };
    let answeredAt = Number.POSITIVE_INFINITY;
    const done = checkedList(
      "contacts",
      slowCheck,
      Array.from({ length: 200 }, () => ({})),
    );
    // A click or key press waiting behind the check, as a task.
    setTimeout(() => {
      answeredAt = performance.now();
    }, 0);
    await done;
    const finishedAt = performance.now();
    expect(answeredAt).toBeLessThan(finishedAt - 100);
  });
});
