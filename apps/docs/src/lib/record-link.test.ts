import { contacts, remedies } from "@netstalker/data";
import { describe, expect, it } from "vitest";
import { recordLink } from "./record-link.js";

describe("recordLink", () => {
  it("links a contact by its name and a remedy by its title, in each language's part of the site", () => {
    const contact = contacts[0];
    const remedy = remedies[0];
    if (!contact || !remedy) throw new Error("the dataset has no records");
    expect(recordLink(contact, "ja")).toEqual({ href: `/contacts/${contact.id}/`, text: contact.name.ja });
    expect(recordLink(remedy, "en")).toEqual({ href: `/en/remedies/${remedy.id}/`, text: remedy.title.en });
  });
});
