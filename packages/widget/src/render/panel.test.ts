// Which platforms a triage result's removal path shows: the ones the triage ranked, with their reasons.
import { createTriage } from "@netstalker/data/query";
import { describe, expect, it } from "vitest";
import { dataset, localized } from "../test-support/fixtures.js";
import { routesFor } from "./views.js";

const data = localized("ja");
const triage = createTriage({ ...data, triage: dataset.triage });

describe("routesFor", () => {
  it("shows the platforms a remove-posts triage ranked, in its order, each with its reason in the page's language", () => {
    const result = triage({ danger: false, needs: ["remove-posts"], audiences: [] });
    const routes = routesFor(result, "ja");
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.map((r) => r.platform.id)).toEqual(result.platforms.map((p) => p.id));
    for (const [i, route] of routes.entries()) expect(route.reason).toBe(result.platforms[i]?.reason.ja);
    expect(result.cautions.map((c) => c.id)).toContain("removal-request-may-reach-poster");
  });

  it("shows no platform when the triage ranked none (a need with no removal route)", () => {
    const result = triage({ danger: true, needs: [], audiences: [] });
    expect(routesFor(result, "ja")).toEqual([]);
  });
});
