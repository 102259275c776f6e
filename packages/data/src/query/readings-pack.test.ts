import { describe, expect, it } from "vitest";
import type { LexiconEntry } from "../schema/triage.js";
import { packReadings, readingTerms, unpackReadings } from "./readings-pack.js";

const entry = (id: string, ja: string[]): LexiconEntry => ({ id, ja, en: [], signal: { needs: ["talk"] } });
const lexicon = [
  entry("a", ["家の前にいる", "すとーかー", "殺す"]),
  entry("b", ["元彼", "家の前にいる", "相談したい"]),
];
const table = {
  家の前にいる: ["いえのまえにいる"],
  殺す: ["ころす"],
  元彼: ["もとかれ"],
  相談したい: ["そうだんしたい"],
};

describe("the lexicon's readings, packed against the lexicon (readings-pack.ts)", () => {
  it("lists the terms with kanji once each, in the lexicon's order", () => {
    expect(readingTerms(lexicon)).toEqual(["家の前にいる", "殺す", "元彼", "相談したい"]);
  });

  it("keeps only the kana of each non-kana run, and unpacks to the same table", () => {
    const packed = packReadings(lexicon, table);
    expect(packed.readings).toBe("いえ,まえ|ころ|もとかれ|そうだん");
    expect(unpackReadings(lexicon, packed)).toEqual(table);
  });

  it("writes a reading whole where the runs do not line up with it", () => {
    const odd = { ...table, 殺す: ["やつつける"] };
    const packed = packReadings(lexicon, odd);
    expect(packed.readings.split("|")[1]).toBe("=やつつける");
    expect(unpackReadings(lexicon, packed)).toEqual(odd);
  });

  it("leaves a term without a reading empty", () => {
    const { 殺す: _, ...rest } = table;
    const packed = packReadings(lexicon, rest);
    expect(packed.readings.split("|")[1]).toBe("");
    expect(unpackReadings(lexicon, packed)).toEqual(rest);
  });

  it("gives no readings against another lexicon, rather than readings on the wrong terms", () => {
    const packed = packReadings(lexicon, table);
    const other = [entry("a", ["家の前にいる", "殺す"]), entry("b", ["相談したい", "元彼"])];
    expect(readingTerms(other)).toHaveLength(4);
    expect(unpackReadings(other, packed)).toEqual({});
  });
});
