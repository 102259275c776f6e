import { describe, expect, it } from "vitest";
import { layoutRemedyGraph, wrapLabel } from "./remedy-graph.js";

describe("layoutRemedyGraph", () => {
  it("puts each remedy in the column of the longest chain leading to it", () => {
    const layout = layoutRemedyGraph([
      { id: "evidence", next: ["disclosure", "warning"] },
      { id: "disclosure", next: ["damages"] },
      { id: "damages", next: [] },
      { id: "warning", next: [] },
      { id: "alone", next: [] },
    ]);
    const col = Object.fromEntries(layout.nodes.map((n) => [n.id, n.layer]));
    expect(col).toEqual({ evidence: 0, disclosure: 1, damages: 2, warning: 1 });
    expect(layout.layers).toBe(3);
    expect(layout.edges.every((e) => !e.back)).toBe(true);
  });
  it("survives a cycle, marking the closing link as going back", () => {
    const layout = layoutRemedyGraph([
      { id: "a", next: ["b"] },
      { id: "b", next: ["a"] },
    ]);
    expect(layout.nodes).toHaveLength(2);
    expect(layout.edges.filter((e) => e.back)).toEqual([{ from: "b", to: "a", back: true }]);
  });
  it("ignores links to unknown ids", () => {
    expect(layoutRemedyGraph([{ id: "a", next: ["missing"] }]).nodes).toEqual([]);
  });
});

describe("wrapLabel", () => {
  it("wraps Japanese by characters and English by words", () => {
    expect(wrapLabel("発信者情報開示請求", "ja", 5)).toEqual(["発信者情報", "開示請求"]);
    expect(wrapLabel("Ask the platform to disclose", "en", 12)).toEqual(["Ask the", "platform to", "disclose"]);
  });
});
