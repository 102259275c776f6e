import { describe, expect, it } from "vitest";
import { REMEDY_KINDS, URGENCIES } from "../schema/taxonomy.js";
import { byRemedyKind, byUrgency, groupInOrder, REMEDY_KIND_ORDER, URGENCY_ORDER } from "./orders.js";

describe("display orders", () => {
  it("name every enum value exactly once", () => {
    expect([...REMEDY_KIND_ORDER].sort()).toEqual([...REMEDY_KINDS].sort());
    expect([...URGENCY_ORDER].sort()).toEqual([...URGENCIES].sort());
  });

  it("put what a person can do now before legal action, and danger before advice", () => {
    expect(REMEDY_KIND_ORDER[0]).toBe("coping");
    expect(URGENCY_ORDER[0]).toBe("emergency");
  });
});

describe("byUrgency", () => {
  it("sorts emergency first and keeps the input order within an urgency", () => {
    const input = [
      { id: "a", urgency: "anytime" },
      { id: "b", urgency: "emergency" },
      { id: "c", urgency: "urgent" },
      { id: "d", urgency: "emergency" },
    ] as const;
    expect(byUrgency(input).map((r) => r.id)).toEqual(["b", "d", "c", "a"]);
    expect(input[0].id).toBe("a"); // the input is not sorted in place
  });
});

describe("byRemedyKind and groupInOrder", () => {
  const remedies = [
    { id: "sue", kind: "legal-action" },
    { id: "settings", kind: "prevention" },
    { id: "evidence", kind: "coping" },
  ] as const;

  it("sorts by the remedy kind order", () => {
    expect(byRemedyKind(remedies).map((r) => r.id)).toEqual(["evidence", "sue", "settings"]);
  });

  it("groups under the order's keys and leaves out empty groups", () => {
    const groups = groupInOrder(remedies.slice(0, 2), REMEDY_KIND_ORDER, (r) => r.kind);
    expect(groups.map((g) => [g.key, g.items.map((r) => r.id)])).toEqual([
      ["legal-action", ["sue"]],
      ["prevention", ["settings"]],
    ]);
  });
});
