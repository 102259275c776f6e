import { describe, expect, it } from "vitest";
import { DEFAULT_EXIT_URL } from "../controllers/page-exit.js";
import { THEMES, VIEWS } from "../stalker-help-widget.js";
import { embedAttributes } from "./embed-params.js";

const BASE = "https://partner.example/embed.html";

describe("embedAttributes", () => {
  it("accepts every view and theme the widget knows", () => {
    for (const view of VIEWS) expect(embedAttributes(`?view=${view}`, BASE).view).toBe(view);
    for (const theme of THEMES) expect(embedAttributes(`?theme=${theme}`, BASE).theme).toBe(theme);
  });

  it("reads a full query", () => {
    const exit = "https://www.jma.go.jp/";
    expect(
      embedAttributes(
        `?lang=en-GB&view=contacts&category=police,human-rights&audience=children&theme=dark&compact=1&exit-url=${encodeURIComponent(exit)}`,
        BASE,
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
    expect(embedAttributes("", BASE)).toEqual({
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
      BASE,
    );
    expect(bad).toMatchObject({ lang: "ja", view: "all", theme: "light", category: undefined, compact: false });
    expect(bad["exit-url"]).toBe(DEFAULT_EXIT_URL);
    expect(embedAttributes(`?exit-url=${encodeURIComponent("data:text/html,hi")}`, BASE)["exit-url"]).toBe(
      DEFAULT_EXIT_URL,
    );
    expect(embedAttributes("?exit-url=/safe", BASE)["exit-url"]).toBe("https://partner.example/safe");
  });
});
