// The contacts file's compact records and the details file's rest of them (contact-details.ts): split at build time
// (scripts/data-file.ts), checked and merged in the widget.
import { LANGS } from "@netstalker/data/query";
import { describe, expect, it } from "vitest";
import { splitContact } from "../../scripts/data-file.js";
import { localized } from "../test-support/fixtures.js";
import { LiveDataError, validContacts } from "./contacts-check.js";
import { mergeContactDetails } from "./merge-contact-details.js";

describe.each(LANGS)("contact details in %s", (lang) => {
  const { contacts } = localized(lang);
  const parts = contacts.map(splitContact);
  const compact = parts.map((p) => p.compact) as unknown as typeof contacts;
  const details = parts.map((p) => p.details);

  it("checks compact records with the detail fields optional, and the whole schema refuses them", async () => {
    expect(compact.some((c) => "sources" in c || "summary" in c)).toBe(false);
    expect(await validContacts(compact, true)).toHaveLength(contacts.length);
    await expect(validContacts(compact)).rejects.toThrow(/^contacts\[0\].*summary/);
  });

  it("merges every contact back to the whole record, which passes the whole schema", async () => {
    const merged = await validContacts(mergeContactDetails(compact, details));
    expect(merged).toEqual(contacts);
  });

  it("takes only detail fields from the details file: a name or number on a card cannot be changed by it", () => {
    const tampered = details.map((d) => ({
      ...d,
      name: "x",
      channels: d.channels.map((c) => ({ ...c, number: "0" })),
    }));
    const merged = mergeContactDetails(compact, tampered) as typeof contacts;
    expect(merged.map((c) => c.name)).toEqual(contacts.map((c) => c.name));
    expect(merged.map((c) => c.channels)).toEqual(contacts.map((c) => c.channels));
  });

  it("refuses details that miss a contact or one of its channels, naming the contact", () => {
    const [first] = compact;
    if (!first) throw new Error("no contacts");
    expect(() => mergeContactDetails(compact, details.slice(1))).toThrow(LiveDataError);
    expect(() => mergeContactDetails(compact, details.slice(1))).toThrow(first.id);
    const short = details.map((d, i) => (i === 0 ? { ...d, channels: [] } : d));
    expect(() => mergeContactDetails(compact, short)).toThrow(first.id);
    expect(() => mergeContactDetails(compact, "no")).toThrow(/not a list/);
  });
});
