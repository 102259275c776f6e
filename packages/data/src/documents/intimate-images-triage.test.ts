// The intimate-images triage with its age split: images of children go to Take It Down and never to StopNCII (for
// images taken at 18 or over), adults' to StopNCII, next to セーフライン and the police, with no Take It Down (content/triage/rules.yaml,
// rules intimate-images, intimate-images-children, intimate-images-parents and images-taken-under-18).
import { describe, expect, it } from "vitest";
import { contacts, triage } from "../index.js";

const rank = (audiences: ("children" | "parents" | "women")[]) =>
  triage({ needs: ["intimate-images"], audiences }).contacts.map((c) => c.record.id);

describe("intimate images: the age split", () => {
  it("offers Take It Down and withholds StopNCII for a child or a parent asking for one", () => {
    for (const who of [["children"], ["parents"]] as const) {
      const ids = rank([...who]);
      expect(ids).toContain("ncmec-take-it-down");
      expect(ids).not.toContain("stopncii");
    }
  });

  it("offers an adult StopNCII after the police's 8103 and セーフライン, and not Take It Down", () => {
    const ids = rank(["women"]);
    expect(ids).not.toContain("ncmec-take-it-down");
    expect(ids.indexOf("npa-sexual-crime-8103")).toBeLessThan(ids.indexOf("stopncii"));
    expect(ids.indexOf("sia-safe-line")).toBeLessThan(ids.indexOf("stopncii"));
  });

  it("puts Take It Down right after a child's own lines, and with the police's lines for a parent", () => {
    expect(rank(["children"]).slice(0, 3)).toEqual([
      "mext-child-sos-dial",
      "moj-childrens-rights-110",
      "ncmec-take-it-down",
    ]);
    expect(rank(["parents"]).slice(0, 3)).toContain("ncmec-take-it-down");
  });

  it("states the age rule on both records, in both languages", () => {
    for (const id of ["stopncii", "ncmec-take-it-down"]) {
      const record = contacts.find((c) => c.id === id);
      expect(record?.description.ja).toMatch(/18歳/);
      expect(record?.description.en).toMatch(/18/);
      expect(record?.confidence).toBe("medium");
      expect(record?.caveat?.ja).toMatch(/18歳/);
    }
  });
});
