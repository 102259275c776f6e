import { describe, expect, it } from "vitest";
import { languageName } from "./language-name.js";

describe("languageName", () => {
  it("names languages in the reader's language", () => {
    expect(languageName("ja", "ja")).toBe("日本語");
    expect(languageName("en", "en")).toBe("English");
  });
  it("names 'mul' (several languages) instead of printing the code", () => {
    expect(languageName("mul", "ja")).toContain("複数の言語");
    expect(languageName("mul", "en")).toContain("Several languages");
  });
  it("falls back to the tag for something the runtime cannot name", () => {
    expect(languageName("zzz", "en")).toBe("zzz");
  });
});
