import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import { filterContacts, filterRemedies } from "./filter.js";
import { localize } from "./localize.js";

const { contacts, remedies } = dataset;

describe("filterContacts", () => {
  it("keeps the contacts that have the value, in order", () => {
    const police = filterContacts(contacts, { category: "police" });
    expect(police).toEqual(contacts.filter((c) => c.categories.includes("police")));
  });

  it("matches an array criterion when the contact has any of its values", () => {
    const either = filterContacts(contacts, { audience: ["women", "children"] });
    expect(either).toEqual(contacts.filter((c) => c.audiences.includes("women") || c.audiences.includes("children")));
  });

  it("requires every given criterion", () => {
    const both = filterContacts(contacts, { category: "human-rights", urgency: "anytime", service: "listen" });
    expect(both).toEqual(
      contacts.filter(
        (c) => c.categories.includes("human-rights") && c.urgency === "anytime" && c.services.includes("listen"),
      ),
    );
    for (const c of both) expect(c.categories).toContain("human-rights");
  });

  it("treats absent and empty criteria as no constraint", () => {
    expect(filterContacts(contacts, {})).toEqual(contacts);
    expect(filterContacts(contacts, { category: [] })).toEqual(contacts);
  });

  it("works on localized contacts", () => {
    const ja = contacts.map((c) => localize(c, "ja"));
    expect(filterContacts(ja, { urgency: "emergency" }).map((c) => c.id)).toEqual(
      contacts.filter((c) => c.urgency === "emergency").map((c) => c.id),
    );
  });
});

describe("filterRemedies", () => {
  it("filters by kind", () => {
    expect(filterRemedies(remedies, { kind: "coping" })).toEqual(remedies.filter((r) => r.kind === "coping"));
    expect(filterRemedies(remedies, { kind: ["coping", "prevention"] })).toEqual(
      remedies.filter((r) => r.kind !== "legal-action"),
    );
  });
});
