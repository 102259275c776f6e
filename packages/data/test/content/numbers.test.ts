// Every number a caller might dial must match the reference, digit for digit, on the right contact.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataset } from "../../src/generated/dataset.js";
import { allStrings, dialled } from "../../src/test-support/dataset-walk.js";

interface ReferenceNumbers {
  numbers: Record<string, string>;
  withheld: Record<string, string>;
}

const reference = JSON.parse(
  readFileSync(new URL("./reference-numbers.json", import.meta.url), "utf8"),
) as ReferenceNumbers;

/** Reference numbers keyed by what is dialled, so "0570-078374" and "0570-078-374" compare equal. */
const expectedOwner = new Map(Object.entries(reference.numbers).map(([number, id]) => [dialled(number), id]));

/** Every number and short code on every channel, with the contact that carries it. */
const published = dataset.contacts.flatMap((contact) =>
  contact.channels.flatMap((channel) => {
    if (channel.type === "phone") return [{ contact: contact.id, number: channel.number }];
    if (channel.type === "shortcode") return [{ contact: contact.id, number: channel.code }];
    return [];
  }),
);

// Phone numbers and short codes written inside texts (notes, caveats, answers).
const NUMBER_IN_TEXT = /#\d{4}|(?<![\d-])0\d{1,4}-\d{1,6}(?:-\d{1,4})?(?![\d-])/g;

describe("phone numbers and short codes", () => {
  it("the fixture maps every number to a contact that exists", () => {
    const ids = new Set(dataset.contacts.map((c) => c.id));
    for (const [number, id] of Object.entries(reference.numbers)) {
      expect(ids.has(id), `${number} is mapped to missing contact ${id}`).toBe(true);
    }
  });

  it.each(published)("$number on $contact is the reference's number for that contact", ({ contact, number }) => {
    const owner = expectedOwner.get(dialled(number));
    expect(owner, `${number} (${contact}) is not in reference-numbers.json`).toBeDefined();
    expect(owner, `${number} belongs to ${owner} in the reference, not ${contact}`).toBe(contact);
  });

  it("every reference number is published on its contact", () => {
    const onContacts = new Set(published.map((p) => `${p.contact} ${dialled(p.number)}`));
    for (const [number, id] of Object.entries(reference.numbers)) {
      expect(onContacts.has(`${id} ${dialled(number)}`), `${number} is missing from ${id}`).toBe(true);
    }
  });

  it("numbers written in texts are reference numbers", () => {
    for (const { record, text } of allStrings(dataset)) {
      for (const match of text.matchAll(NUMBER_IN_TEXT)) {
        expect(expectedOwner.has(dialled(match[0])), `${record} mentions ${match[0]}, not in the reference`).toBe(true);
      }
    }
  });

  it.each(Object.entries(reference.withheld))("withheld number %s appears nowhere", (number) => {
    const digits = dialled(number);
    for (const { record, text } of allStrings(dataset)) {
      // Hyphens and spaces dropped, so the number is caught however it is grouped.
      expect(text.replace(/[-\s]/g, "").includes(digits), `${record} contains ${number}`).toBe(false);
    }
  });
});
