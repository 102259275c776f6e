import type { Tokenizer } from "kuromoji";
import { beforeAll, describe, expect, it } from "vitest";
import { dataset } from "../../src/generated/dataset.js";
import { inflectionClass } from "../../src/query/inflection.js";
import type { LexiconEntry } from "../../src/schema/triage.js";
import { lexiconInflections } from "./inflections.js";
import { tokenizer } from "./readings.js";

let t: Tokenizer;
beforeAll(async () => {
  t = await tokenizer();
}, 60_000);

const entry = (ja: string[]): LexiconEntry => ({ id: "x", ja, en: ["x"], signal: { danger: true } }) as LexiconEntry;

describe("lexiconInflections", () => {
  it("classes each term by its last word, as kuromoji reads it", () => {
    expect(
      lexiconInflections(t, [
        entry([
          "殺す",
          "火をつける",
          "殴る",
          "襲う",
          "お前の家に行く",
          "今夜死ぬ",
          "写真をばらまく",
          "生きるのが辛い",
          "死にたい",
          "後をつけてくる",
          "家の前にいる",
        ]),
      ]),
    ).toEqual({
      お前の家に行く: "y",
      今夜死ぬ: "ぬ",
      写真をばらまく: "く",
      家の前にいる: "i",
      後をつけてくる: "k",
      死にたい: "a",
      殴る: "る",
      殺す: "す",
      火をつける: "i",
      生きるのが辛い: "a",
      襲う: "う",
    });
  });

  it("leaves nouns, stems and endings that do not inflect by their class alone", () => {
    expect(
      lexiconInflections(t, [entry(["刃物", "晒され", "脅された", "母親です", "どうしたらいい", "元かれ"])]),
    ).toEqual({});
  });
});

describe("the interpreter's rule on the ending (inflectionClass)", () => {
  it("gives kuromoji's class to every lexicon term kuromoji inflects", () => {
    const byKuromoji = lexiconInflections(t, dataset.triage.lexicon);
    expect(Object.keys(byKuromoji).length).toBeGreaterThan(50);
    const byRule = Object.fromEntries(Object.keys(byKuromoji).map((term) => [term, inflectionClass(term)]));
    expect(byRule).toEqual(byKuromoji);
  });
});
