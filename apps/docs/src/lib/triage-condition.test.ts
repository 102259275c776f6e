import { dataset } from "@netstalker/data";
import { describe, expect, it } from "vitest";
import { describeCondition } from "./triage-condition.js";

describe("describeCondition", () => {
  it("says every condition a rule sets, crisis and an open question included, in each language", () => {
    expect(describeCondition({}, "en")).toBe("always");
    const unsure = describeCondition({ crisis: true, asked: ["danger"] }, "en");
    expect(unsure).toContain("I am thinking of dying or of hurting myself");
    expect(unsure).toContain('not yet answered: "Are you in danger right now?"');
    expect(describeCondition({ crisis: true, audiences: ["children"] }, "ja")).toContain("死にたい");
    expect(describeCondition({ danger: false }, "ja")).toBe("危険がない");
    // Conditions all hold ("and"); a list is any of its values ("or").
    expect(describeCondition({ crisis: true, audiences: ["children", "parents"] }, "en")).toBe(
      "I am thinking of dying or of hurting myself and Children (under 18) or Parents",
    );
  });

  it("says something for every rule of the dataset", () => {
    for (const rule of dataset.triage.rules) {
      const when = describeCondition(rule.when, "ja");
      expect(when.length, rule.id).toBeGreaterThan(0);
      expect(when === "いつでも", rule.id).toBe(Object.keys(rule.when).length === 0);
    }
  });
});
