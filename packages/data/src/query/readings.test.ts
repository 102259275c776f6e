import { describe, expect, it } from "vitest";
import { formatReadings, parseReadings, segmentPhrase, segmentPhraseIntl, spellInKana } from "./readings.js";

// A made-up table in the generated module's format (normalized words: katakana already folded to hiragana).
const table = new Map([
  ["裁判所", "さいばんしょ"],
  ["調停", "ちょうてい"],
  ["法律", "ほうりつ"],
  ["相談", "そうだん"],
  ["法律相談", "ほうりつそうだん"],
  ["めーる", "めーる"],
  ["sns", "えすえぬえす"],
]);
const readings = parseReadings(formatReadings(table));

describe("readings", () => {
  it("round-trips the generated format, a word read as itself written once", () => {
    const text = formatReadings(table);
    expect(text.split("\n")).toContain("めーる");
    expect(text.split("\n")).toContain("裁判所\tさいばんしょ");
    expect(parseReadings(text).byWord).toEqual(table);
  });

  it("rejects a malformed line, naming it", () => {
    expect(() => parseReadings("裁判所\tさいばんしょ\textra")).toThrow(/line 1/);
  });

  it("spells a text in kana, longest word first", () => {
    expect(spellInKana(readings, "法律相談の裁判所")).toBe("ほうりつそうだんのさいばんしょ");
    expect(spellInKana(readings, "sns相談")).toBe("えすえぬえすそうだん");
  });

  it("cuts a phrase into known words and drops the kana between them", () => {
    expect(segmentPhrase(readings, "裁判所で調停をしたい").map((s) => s.word)).toEqual(["裁判所", "調停"]);
    // Kana spellings are words too, as typed on a phone; the longest word wins (法律相談 over 法律).
    expect(segmentPhrase(readings, "さいばんしょでちょうてい").map((s) => s.word)).toEqual([
      "さいばんしょ",
      "ちょうてい",
    ]);
    expect(segmentPhrase(readings, "法律相談がしたい")).toEqual([{ word: "法律相談", start: 0, end: 4 }]);
  });

  it("keeps the non-kana parts of an unknown stretch, and a phrase with no known word whole", () => {
    // 書き込み is unknown here: its kanji stay words, the kana between them go.
    expect(segmentPhrase(readings, "書き込みを調停").map((s) => s.word)).toEqual(["書", "込", "調停"]);
    expect(segmentPhrase(readings, "あいうえお")).toEqual([{ word: "あいうえお", start: 0, end: 5 }]);
  });

  it("Intl.Segmenter cuts by ICU's dictionary, dropping short kana", () => {
    const words = segmentPhraseIntl("裁判所で調停をしたい").map((s) => s.word);
    expect(words).toContain("裁判所");
    expect(words).not.toContain("で");
  });
});
