import { describe, expect, it } from "vitest";
import { readWidgetReference } from "./widget-manifest.js";

const manifest = {
  schemaVersion: "2.1.0",
  modules: [
    {
      kind: "javascript-module",
      path: "src/x.ts",
      declarations: [
        {
          kind: "class",
          customElement: true,
          tagName: "stalker-help-widget",
          description: "Help.",
          attributes: [{ name: "lang", type: { text: '"ja" | "en"' }, default: '"ja"', description: "Language." }],
          cssProperties: [{ name: "--shw-accent", description: "Accent colour." }],
          cssParts: [{ name: "exit", description: "The quick-exit button." }],
        },
      ],
    },
  ],
};

describe("readWidgetReference", () => {
  it("extracts attributes, custom properties and parts of the element", () => {
    const ref = readWidgetReference(manifest, "stalker-help-widget");
    expect(ref.attributes).toEqual([{ name: "lang", type: '"ja" | "en"', default: '"ja"', description: "Language." }]);
    expect(ref.cssProperties.map((p) => p.name)).toEqual(["--shw-accent"]);
    expect(ref.cssParts.map((p) => p.name)).toEqual(["exit"]);
    expect(ref.events).toEqual([]);
  });
  it("names the missing element", () => {
    expect(() => readWidgetReference(manifest, "other-element")).toThrow(/<other-element>/);
    expect(() => readWidgetReference({}, "x")).toThrow(/modules/);
  });
});
