import { describe, expect, it } from "vitest";
import {
  bigrams,
  foldForTriage,
  foldText,
  hasJapaneseScript,
  normalizeText,
  stemEnglish,
  words,
} from "./normalize-text.js";

describe("normalizeText", () => {
  it("folds width, case and katakana, and collapses white space", () => {
    expect(normalizeText("ＳＮＳ　ｽﾄｰｶｰ  Help")).toBe("sns すとーかー help");
    expect(normalizeText("＃９１１０")).toBe("#9110");
  });
});

describe("bigrams and words", () => {
  it("gives distinct bigrams that never span a space", () => {
    expect([...bigrams("人権 人権")]).toEqual(["人権"]);
    expect([...bigrams("開示請求")]).toEqual(["開示", "示請", "請求"]);
    expect(bigrams("a").size).toBe(0);
  });

  it("splits words on anything but letters and digits", () => {
    expect(words("0570-003-110 (navi dial)")).toEqual(["0570", "003", "110", "navi", "dial"]);
  });
});

describe("stemEnglish", () => {
  it.each([
    ["posts", "post"],
    ["posted", "post"],
    ["posting", "post"],
    ["identified", "identify"],
    ["identifies", "identify"],
    ["harassment", "harassment"],
    ["address", "address"],
    ["sns", "sns"],
  ])("%s → %s", (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
});

describe("hasJapaneseScript", () => {
  it("tells Japanese from Latin text", () => {
    expect(hasJapaneseScript("人権")).toBe(true);
    expect(hasJapaneseScript("すとーかー")).toBe(true);
    expect(hasJapaneseScript("stalking #9110")).toBe(false);
  });
});

describe("foldForTriage: everyday Japanese endings spelled one way", () => {
  it.each([
    ["つきまとわれている", "つきまとわれてる"],
    ["監視されていた", "監視されてた"],
    ["見張られています", "見張られてます"],
    ["覚えていろ", "覚えてろ"],
    ["ずっと見ていた", "ずっと見てた"],
    ["待ち伏せしていない", "待ち伏せしてない"],
    ["怖いのです", "怖いんです"],
  ])("%s folds as %s does", (a, b) => {
    expect(foldForTriage(a)).toBe(foldForTriage(b));
    // Search keeps the endings as written.
    expect(foldText(a)).not.toBe(foldText(b));
  });
  it("leaves words that only look alike", () => {
    expect(foldForTriage("ていねいに")).toBe("ていねいに");
    expect(foldForTriage("ちょっとだけ")).toBe("ちよつとだけ");
    expect(foldForTriage("そのですます調")).toBe("そんですます調");
  });
  it("makes the same text on every runtime: the codes of a long text come back whole", () => {
    const long = "元カレにつきまとわれています。".repeat(300);
    expect(foldText(long)).toBe("元かれにつきまとわれています。".repeat(300));
    expect(foldForTriage(long)).toBe("元かれにつきまとわれてます。".repeat(300));
  });
});
