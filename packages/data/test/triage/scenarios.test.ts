// The scenario suite: every situation in content/triage/scenarios.yaml, run against the bundled dataset.
import { describe, expect, it } from "vitest";
import { dataset } from "../../src/generated/dataset.js";
import { createTriage } from "../../src/query/triage.js";
import { brokenPromises } from "./check-scenario.js";
import { loadScenarios } from "./load-scenarios.js";

const scenarios = await loadScenarios();
const triage = createTriage(dataset);

describe("triage scenarios (content/triage/scenarios.yaml)", () => {
  it("has at least 30 situations, in both languages, structured and in free text", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
    expect(scenarios.filter((s) => s.lang === "ja").length).toBeGreaterThanOrEqual(10);
    expect(scenarios.filter((s) => s.lang === "en").length).toBeGreaterThanOrEqual(10);
    const text = scenarios.filter((s) => s.answers.text !== undefined);
    expect(text.filter((s) => s.lang === "ja").length).toBeGreaterThanOrEqual(4);
    expect(text.filter((s) => s.lang === "en").length).toBeGreaterThanOrEqual(4);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))("%s", (_id, scenario) => {
    expect(brokenPromises(scenario, triage(scenario.answers))).toEqual([]);
  });

  it("the checker catches a broken promise (a scenario with the wrong first window fails)", () => {
    const [first] = scenarios;
    if (!first) throw new Error("no scenarios");
    const wrong = { ...first, firstContact: "sia-slander-hotline" };
    expect(brokenPromises(wrong, triage(wrong.answers))).not.toEqual([]);
  });
});

describe("the checker's platform promises", () => {
  it("fails a scenario whose platform or caution is missing from the result", () => {
    const scenario = scenarios.find((s) => s.id === "remove-posts-platform-routes");
    if (!scenario) throw new Error("no remove-posts-platform-routes scenario");
    const result = triage(scenario.answers);
    expect(brokenPromises(scenario, result)).toEqual([]);
    expect(brokenPromises(scenario, { ...result, platforms: result.platforms.slice(1) })).toContain(
      "platform x is missing",
    );
    expect(brokenPromises(scenario, { ...result, cautions: [] })).toContain(
      "caution removal-request-may-reach-poster is missing",
    );
  });
});
