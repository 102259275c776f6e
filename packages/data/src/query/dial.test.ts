import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import { dialHref } from "./dial.js";

describe("dialHref", () => {
  it("dials a phone number by its E.164 form when it has one, else by its digits", () => {
    expect(
      dialHref({ type: "phone", number: "0570-003-110", e164: "+81570003110", kind: "navi-dial", unreachableFrom: [] }),
    ).toBe("tel:+81570003110");
    expect(dialHref({ type: "phone", number: "03-6745-5600", kind: "landline", unreachableFrom: [] })).toBe(
      "tel:0367455600",
    );
  });

  it("dials short codes, percent-encoding #", () => {
    expect(dialHref({ type: "shortcode", code: "110", unreachableFrom: [] })).toBe("tel:110");
    expect(dialHref({ type: "shortcode", code: "#9110", unreachableFrom: [] })).toBe("tel:%239110");
  });

  it("gives null for channels that are not dialled", () => {
    expect(dialHref({ type: "web", url: "https://example.org/" })).toBeNull();
    expect(dialHref({ type: "line", lineId: "@example" })).toBeNull();
  });

  it("gives a well-formed tel: URI for every phone and short code in the dataset", () => {
    for (const channel of dataset.contacts.flatMap((c) => c.channels)) {
      const href = dialHref(channel);
      if (channel.type === "phone" || channel.type === "shortcode")
        expect(href).toMatch(/^tel:(?:\+81\d{9,10}|0\d{9,10}|\d{3}|%23\d{4})$/);
      else expect(href).toBeNull();
    }
  });
});
