import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import { createTriage } from "./triage.js";
import { reasonTexts, withReasons } from "./triage-reasons.js";

const triage = dataset.triage;

describe("the rules' reasons apart from the rules (triage-reasons.ts)", () => {
  it("lists a reason for every suggestion, in one language", () => {
    const ja = reasonTexts(triage.rules, "ja");
    const count = triage.rules.reduce(
      (n, r) => n + r.contacts.length + r.remedies.length + (r.platforms?.length ?? 0),
      0,
    );
    expect(ja).toHaveLength(count);
    expect(ja[0]).toBe(triage.rules[0]?.contacts[0]?.reason.ja);
    expect(reasonTexts(triage.rules, "en")[0]).toBe(triage.rules[0]?.contacts[0]?.reason.en);
  });

  it("puts them back: the ranking gives the same records with the reasons of that language", () => {
    const stripped = {
      ...triage,
      rules: triage.rules.map((r) => ({
        ...r,
        contacts: r.contacts.map(({ reason: _, ...s }) => s),
        remedies: r.remedies.map(({ reason: _, ...s }) => s),
        ...(r.platforms && { platforms: r.platforms.map(({ reason: _, ...s }) => s) }),
      })),
    } as unknown as typeof triage;
    const answers = { needs: ["threats" as const], crisis: true };
    for (const lang of ["ja", "en"] as const) {
      const whole = createTriage({ ...dataset, triage })(answers);
      const rebuilt = createTriage({ ...dataset, triage: withReasons(stripped, reasonTexts(triage.rules, lang)) })(
        answers,
      );
      expect(rebuilt.contacts.map((c) => c.id)).toEqual(whole.contacts.map((c) => c.id));
      expect(rebuilt.contacts.map((c) => c.reason[lang])).toEqual(whole.contacts.map((c) => c.reason[lang]));
    }
  });

  it("refuses reasons that do not fit the rules", () => {
    expect(() => withReasons(triage, ["one"])).toThrow(/1 reasons for the rules' \d+ suggestions/);
  });
});
