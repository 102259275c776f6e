import { describe, expect, it } from "vitest";
import { accepts } from "./accept.js";

const JSON_TYPES = ["application/json", "application/problem+json"];

describe("Accept", () => {
  it("admits JSON for a missing header, */*, application/* and application/json", () => {
    expect(accepts(undefined, JSON_TYPES)).toBe(true);
    expect(accepts("*/*", JSON_TYPES)).toBe(true);
    expect(accepts("application/*", JSON_TYPES)).toBe(true);
    expect(accepts("application/json", JSON_TYPES)).toBe(true);
    expect(accepts("text/html,application/xhtml+xml,*/*;q=0.8", JSON_TYPES)).toBe(true);
  });
  it("refuses clients that only take other types, or give JSON q=0", () => {
    expect(accepts("text/html", JSON_TYPES)).toBe(false);
    expect(accepts("image/*", JSON_TYPES)).toBe(false);
    expect(accepts("application/json;q=0", JSON_TYPES)).toBe(false);
    expect(accepts(",", JSON_TYPES)).toBe(false);
  });
});
