// The interpreter finds lexicon verbs and adjectives inflected (inflection.ts), over the real lexicon and without the
// model, so that only the word matching is tested.
import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import { createInterpreter } from "./interpret.js";

const interpret = createInterpreter(dataset.triage.lexicon, { model: null });
const wordsOf = (text: string, reading: string) =>
  interpret(text).evidence.find((e) => e.reading === reading)?.words ?? [];

describe("inflected Japanese", () => {
  it.each([
    ["ころします", "殺す"],
    ["お前を殺してやる", "殺してやる"],
    ["あいつに殺されたらどうしよう", "殺される"],
    ["殺されそうで怖い", "殺される"],
    ["家に火をつけてやるって", "火をつける"],
    ["刺しに行くからな", "刺す"],
    ["刺されるかもしれない", "刺す"],
    ["お前の家に行ってやる", "お前の家に行く"],
    ["おまえのいえにいってやる", "お前の家に行く"],
    ["家を燃やしてやる", "燃やす"],
    ["もやしてやるからな", "燃やす"],
  ])("%s reads a threat and asks about danger now, shown as the term %s", (text, term) => {
    const read = interpret(text);
    expect(read.needs).toContain("threats");
    expect(read.danger).toBe(false);
    expect(read.ask).toContain("danger");
    expect(wordsOf(text, "need:threats")).toContain(term);
  });

  it.each([
    ["今夜も後をつけてきます", "後をつけてくる"],
    ["いま家の前にいます", "家の前にいる"],
  ])("%s reads danger, shown as the term %s", (text, term) => {
    expect(interpret(text).danger).toBe(true);
    expect(wordsOf(text, "danger")).toContain(term);
  });

  it.each([
    ["殴りに来るって", "殴る", "need:threats"],
    ["なぐりに行く", "殴る", "need:threats"],
    ["住所を晒される", "晒され", "need:personal-info"],
    ["写真をばらまかれた", "写真をばらまく", "need:intimate-images"],
    ["死にたくて仕方ない", "死にたい", "crisis"],
    ["生きるのが辛くて", "生きるのが辛い", "crisis"],
  ])("%s reads %s (%s)", (text, term, reading) => {
    expect(wordsOf(text, reading)).toContain(term);
  });

  it.each(["刺身が好き", "ところしかない", "こころして聞いて", "刺さったとげ", "もやしにする", "黙殺された"])(
    "%s reads no danger",
    (text) => {
      expect(interpret(text).danger).toBe(false);
      expect(interpret(text).needs).not.toContain("threats");
    },
  );

  it.each(["殺さないよ", "殺されないと思う", "家の前まで来なかった", "火をつけない"])(
    "%s is denied: not read, asked",
    (text) => {
      const read = interpret(text);
      expect(read.danger).toBe(false);
      expect(read.ask).toContain("danger");
    },
  );

  it("a negative of acting now on thoughts of dying is denied, and so is not wanting to die", () => {
    expect(interpret("今夜死ぬ").crisis).toBe(true);
    expect(interpret("今夜死なない").crisis).toBe(false);
    expect(interpret("死にたくない").crisis).toBe(false);
    expect(interpret("死にたくない").ask).toContain("crisis");
  });

  it("a duty is no denial: 殺さなきゃ, 殺さないと", () => {
    expect(interpret("殺さなきゃ気が済まない").needs).toContain("threats");
    expect(interpret("殺さないと気が済まない").needs).toContain("threats");
  });

  it.each(["さっきまで家の前にいた", "後をつけてきた", "GPSをつけられてた", "一時期は死にたかった"])(
    "%s is told as past: neither read nor asked about",
    (text) => {
      const read = interpret(text);
      expect(read.danger || read.crisis).toBe(false);
      expect(read.ask).toEqual([]);
    },
  );

  it.each(["彼が殴ってくる", "襲われた", "刺された"])("harm told as done or going on (%s) is no threat", (text) => {
    expect(interpret(text).needs).not.toContain("threats");
  });

  it("threatening told as done is still a threat", () => {
    expect(interpret("元彼が脅してきてる").needs).toContain("threats");
  });

  it("told as past or quoted from a post, an inflected threat is withheld like the dictionary form", () => {
    for (const text of ["先週、殺してやると言われた", "「ころしてやる」って書かれた"]) {
      const read = interpret(text);
      expect(read.danger).toBe(false);
      expect(read.ask).toContain("danger");
      expect(read.needs).toContain("threats");
    }
  });
});
