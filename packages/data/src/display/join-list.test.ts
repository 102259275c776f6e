import { describe, expect, it } from "vitest";
import { joinList, listParts } from "./join-list.js";

describe("joinList", () => {
  it("writes a Japanese list with 、 and an English one without a serial comma", () => {
    expect(joinList(["IP電話", "ダイヤル回線", "海外"], "ja")).toBe("IP電話、ダイヤル回線、海外");
    expect(joinList(["IP phones", "rotary-dial lines", "abroad"], "en")).toBe(
      "IP phones, rotary-dial lines and abroad",
    );
  });

  it("handles one item, none, and alternatives", () => {
    expect(joinList(["abroad"], "en")).toBe("abroad");
    expect(joinList([], "ja")).toBe("");
    expect(joinList(["110", "#9110"], "en", "or")).toBe("110 or #9110");
  });
});

describe("listParts", () => {
  it("gives the items and the text between them, so each item can be a link", () => {
    const a = { id: "a" };
    const b = { id: "b" };
    const c = { id: "c" };
    expect(listParts([a, b, c], "en")).toEqual([
      { item: a },
      { literal: ", " },
      { item: b },
      { literal: " and " },
      { item: c },
    ]);
    expect(listParts([a, b], "ja")).toEqual([{ item: a }, { literal: "、" }, { item: b }]);
    expect(listParts([], "en")).toEqual([]);
  });
});
