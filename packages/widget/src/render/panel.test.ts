// Which platforms a triage result's removal path shows.
import { describe, expect, it } from "vitest";
import { localized } from "../test-support/fixtures.js";
import { platformsFor } from "./panel.js";
import type { Triage } from "./triage.js";

const { platforms } = localized("ja");
const result = (extra: object): Triage =>
  ({
    contacts: [],
    remedies: [],
    platforms: [],
    cautions: [],
    answers: { danger: false, needs: [], audiences: [] },
    rules: [],
    ...extra,
  }) as Triage;

describe("platformsFor", () => {
  it("shows every platform, in data order, when the triage names none", () => {
    expect(platformsFor(result({}), platforms).map((p) => p.id)).toEqual(platforms.map((p) => p.id));
  });

  it("shows the platforms a triage names (ids or ranked items), in its order, skipping unknown ids", () => {
    const [a, b] = platforms;
    if (!a || !b) throw new Error("need two platforms");
    expect(platformsFor(result({ platforms: [b.id, "no-such", a.id] }), platforms).map((p) => p.id)).toEqual([
      b.id,
      a.id,
    ]);
    expect(platformsFor(result({ platforms: [{ id: b.id }] }), platforms).map((p) => p.id)).toEqual([b.id]);
    expect(platformsFor(result({ platforms: ["no-such"] }), platforms)).toHaveLength(platforms.length);
  });
});
