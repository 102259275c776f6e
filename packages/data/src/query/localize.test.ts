import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import { isLocalizedText, localize } from "./localize.js";

/** Every string at every path of a value, keyed by path. */
function strings(value: unknown, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(path, value);
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value))
      for (const entry of strings(item, `${path}/${key}`)) out.set(...entry);
  }
  return out;
}

describe("localize", () => {
  const record = {
    id: "x",
    name: { ja: "名前", en: "Name" },
    steps: [
      { ja: "一", en: "One" },
      { ja: "二", en: "Two" },
    ],
    sources: [{ url: "https://example.org/", title: "題" }],
    nested: { note: { ja: "注", en: "Note" }, count: 2, flag: true, missing: undefined },
  };

  it("replaces every {ja, en} pair by one language and keeps everything else", () => {
    expect(localize(record, "en")).toEqual({
      id: "x",
      name: "Name",
      steps: ["One", "Two"],
      sources: [{ url: "https://example.org/", title: "題" }],
      nested: { note: "Note", count: 2, flag: true, missing: undefined },
    });
    expect(localize(record, "ja").steps).toEqual(["一", "二"]);
  });

  it("returns a deep copy and leaves the record untouched", () => {
    const copy = localize(record, "ja");
    expect(copy.sources[0]).not.toBe(record.sources[0]);
    expect(record.name).toEqual({ ja: "名前", en: "Name" });
  });

  it("leaves no {ja, en} pair in any real record, and keeps every other string", () => {
    for (const contact of dataset.contacts) {
      const en = localize(contact, "en");
      const all = strings(en);
      for (const [path, text] of strings(contact)) {
        if (path.endsWith("/ja")) continue;
        const key = path.endsWith("/en") ? path.slice(0, -3) : path;
        expect(all.get(key), `${contact.id}${key}`).toBe(text);
      }
    }
  });

  it("is a no-op on records already localized", () => {
    const ja = localize(record, "ja");
    expect(localize(ja, "en")).toEqual(ja);
  });

  it("rejects an unknown language", () => {
    expect(() => localize(record, "fr" as "ja")).toThrow(/lang must be "ja" or "en"/);
  });
});

describe("isLocalizedText", () => {
  it("recognises exactly {ja, en} string pairs", () => {
    expect(isLocalizedText({ ja: "a", en: "b" })).toBe(true);
    expect(isLocalizedText({ ja: "a", en: "b", zh: "c" })).toBe(false);
    expect(isLocalizedText({ ja: "a" })).toBe(false);
    expect(isLocalizedText(["a", "b"])).toBe(false);
  });
});
