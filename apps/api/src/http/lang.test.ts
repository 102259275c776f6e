import { DEFAULT_LANG as DATA_DEFAULT_LANG } from "@netstalker/data";
import { describe, expect, it } from "vitest";
import { DEFAULT_LANG, langFromAcceptLanguage } from "./lang.js";

describe("language negotiation", () => {
  it("takes the highest-q language we have from Accept-Language", () => {
    expect(langFromAcceptLanguage("en-GB,en;q=0.9,ja;q=0.8")).toBe("en");
    expect(langFromAcceptLanguage("fr;q=1, ja;q=0.4, en;q=0.6")).toBe("en");
    expect(langFromAcceptLanguage("ja-JP")).toBe("ja");
    expect(langFromAcceptLanguage("EN")).toBe("en");
  });
  it("falls back to Japanese for none, unknown, q=0 or garbage", () => {
    expect(DEFAULT_LANG).toBe("ja");
    expect(DEFAULT_LANG).toBe(DATA_DEFAULT_LANG);
    expect(langFromAcceptLanguage(undefined)).toBe("ja");
    expect(langFromAcceptLanguage("fr, de;q=0.5")).toBe("ja");
    expect(langFromAcceptLanguage("en;q=0")).toBe("ja");
    expect(langFromAcceptLanguage(";;;,,q=")).toBe("ja");
  });
});
