import { describe, expect, it } from "vitest";
import { DEFAULT_EXIT_URL, EXIT_DESTINATIONS } from "../controllers/exit-destinations.js";
import { THEMES, VIEWS } from "../stalker-help-widget.js";
import { embedAttributes, parentOrigin } from "./embed-params.js";

describe("embedAttributes", () => {
  it("accepts every view and theme the widget knows", () => {
    for (const view of VIEWS) expect(embedAttributes(`?view=${view}`).view).toBe(view);
    for (const theme of THEMES) expect(embedAttributes(`?theme=${theme}`).theme).toBe(theme);
  });

  it("reads a full query", () => {
    const exit = "https://www.jma.go.jp/jma/index.html";
    expect(
      embedAttributes(
        `?lang=en-GB&view=contacts&category=police,human-rights&audience=children&theme=dark&compact=1&exit-url=${encodeURIComponent(exit)}`,
      ),
    ).toEqual({
      lang: "en",
      view: "contacts",
      theme: "dark",
      category: "police human-rights",
      audience: "children",
      compact: true,
      "exit-url": exit,
    });
  });

  it("falls back to safe defaults for missing, unknown or unsafe values", () => {
    expect(embedAttributes("")).toEqual({
      lang: "ja",
      view: "all",
      theme: "light",
      category: undefined,
      audience: undefined,
      compact: false,
      "exit-url": DEFAULT_EXIT_URL,
    });
    const bad = embedAttributes(
      `?lang=fr&view=admin&theme=neon&category=${encodeURIComponent('"><img src=x>')}&compact=0&exit-url=${encodeURIComponent("javascript:alert(1)")}`,
    );
    expect(bad).toMatchObject({ lang: "ja", view: "all", theme: "light", category: undefined, compact: false });
    expect(bad["exit-url"]).toBe(DEFAULT_EXIT_URL);
    expect(embedAttributes(`?exit-url=${encodeURIComponent("data:text/html,hi")}`)["exit-url"]).toBe(DEFAULT_EXIT_URL);
  });

  it("goes only to a shipped exit destination: any other address in the link falls back to the default", () => {
    for (const listed of EXIT_DESTINATIONS) {
      expect(embedAttributes(`?exit-url=${encodeURIComponent(listed)}`)["exit-url"]).toBe(listed);
    }
    for (const other of [
      "https://abuser.example/log",
      "https://tenki.jp.abuser.example/",
      "https://tenki.jp@abuser.example/",
      "https://tenki.jp/?from=help",
      "http://tenki.jp/",
      "/safe",
      "//abuser.example/",
    ]) {
      expect(embedAttributes(`?exit-url=${encodeURIComponent(other)}`)["exit-url"], other).toBe(DEFAULT_EXIT_URL);
    }
  });
});

describe("parentOrigin", () => {
  it("takes exactly an http(s) origin, and nothing else", () => {
    expect(parentOrigin("?parent-origin=https%3A%2F%2Fpartner.example")).toBe("https://partner.example");
    expect(parentOrigin("?parent-origin=https%3A%2F%2Fpartner.example%2F")).toBe("https://partner.example");
    expect(parentOrigin("?parent-origin=http%3A%2F%2Flocalhost%3A8080")).toBe("http://localhost:8080");
    for (const bad of ["", "*", "partner.example", "https://partner.example/page", "javascript:alert(1)", "null"]) {
      expect(parentOrigin(`?parent-origin=${encodeURIComponent(bad)}`), bad).toBeNull();
    }
    expect(parentOrigin("")).toBeNull();
  });
});
