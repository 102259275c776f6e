// The widget's schema checks for platforms, cautions and triage content, against the published JSON Schemas.
import { LANGS } from "@netstalker/data/query";
import { describe, expect, it } from "vitest";
import { dataset, localized } from "../test-support/fixtures.js";
import { LiveDataError, validList, validTriage } from "./records-check.js";

describe.each(LANGS)("records check in %s", (lang) => {
  const { platforms, cautions } = localized(lang);

  it("accepts the shipped platforms and cautions, localized", async () => {
    expect(await validList("platforms", platforms)).toHaveLength(dataset.platforms.length);
    expect(await validList("cautions", cautions)).toHaveLength(dataset.cautions.length);
  });

  it("refuses a platform route that is not https, and a caution without its body, naming the record", async () => {
    const [first] = platforms;
    if (!first) throw new Error("no platforms in the dataset");
    const bad = [{ ...first, routes: [{ ...first.routes[0], url: "http://example.com/" }] }];
    await expect(validList("platforms", bad)).rejects.toThrow(LiveDataError);
    await expect(validList("platforms", bad)).rejects.toThrow(/^platforms\[0\]/);
    const [caution] = cautions;
    const { body: _body, ...noBody } = caution ?? { body: "" };
    await expect(validList("cautions", [noBody])).rejects.toThrow(/cautions\[0\]/);
  });
});

describe("triage content check", () => {
  it("accepts the shipped rules and lexicon and refuses a rule with an unknown strength", () => {
    expect(validTriage(dataset.triage)).toBe(dataset.triage);
    const [rule, ...rest] = dataset.triage.rules;
    if (!rule) throw new Error("no rules");
    const broken = {
      ...dataset.triage,
      rules: [{ ...rule, contacts: [{ ...rule.contacts[0], strength: "very" }] }, ...rest],
    };
    expect(() => validTriage(broken)).toThrow(/^triage/);
  });
});
