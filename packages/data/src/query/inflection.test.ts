import { describe, expect, it } from "vitest";
import { inflectedEnd, inflectionClass, inflectionStem } from "./inflection.js";
import { foldForTriage } from "./normalize-text.js";

/** The inflected word a stem makes in `text` (folded), or undefined when none follows the stem. */
function inflected(text: string, stem: string, kind: string): string | undefined {
  const folded = foldForTriage(text);
  const at = folded.indexOf(stem);
  const end = at < 0 ? -1 : inflectedEnd(folded, at + stem.length, kind);
  return end < 0 ? undefined : folded.slice(at, end);
}

describe("inflectionClass", () => {
  it.each([
    ["殺す", "す"],
    ["首を吊る", "る"],
    ["首をつる", "る"],
    ["火をつける", "i"],
    ["家の前にいる", "i"],
    ["殺しに行く", "y"],
    ["後をつけてくる", "k"],
    ["死にたい", "a"],
    ["刃物", undefined],
  ])("%s → %s", (term, kind) => {
    expect(inflectionClass(term)).toBe(kind);
  });
});

describe("inflectionStem", () => {
  it.each([
    ["殺す", "す", "殺"],
    ["火をつける", "i", "火をつけ"],
    ["お前の家に行く", "y", "お前の家に行"],
    ["生きるのが辛い", "a", "生きるのが辛"],
    ["後をつけてくる", "k", "後をつけて"],
    ["ころす", "す", "ころ"],
  ])("%s (%s) → %s", (term, kind, stem) => {
    expect(inflectionStem(term, kind)).toBe(stem);
  });

  it("cuts nothing from a term that does not end as its class says (or is the ending alone)", () => {
    expect(inflectionStem("付けられてる", "す")).toBeUndefined();
    expect(inflectionStem("る", "i")).toBeUndefined();
  });
});

describe("inflectedEnd", () => {
  it.each([
    // godan す: the span is the stem and the one kana of the form, so ない, れ, た follow it
    ["殺される", "殺", "す", "殺さ"],
    ["殺します", "殺", "す", "殺し"],
    ["殺してやる", "殺", "す", "殺し"],
    ["殺しちゃった", "殺", "す", "殺し"],
    ["殺せば", "殺", "す", "殺せ"],
    ["殺そう", "殺", "す", "殺そ"],
    ["刺しに行く", "刺", "す", "刺し"],
    ["ころします", "ころ", "す", "ころし"],
    // godan with a sound change before て/た
    ["殴った", "殴", "る", "殴っ"],
    ["襲ってくる", "襲", "う", "襲っ"],
    ["死んだ", "死", "ぬ", "死ん"],
    ["お前の家に行ってやる", "お前の家に行", "y", "お前の家に行っ"],
    ["写真をばらまいた", "写真をばらま", "く", "写真をばらまい"],
    // ichidan: the stem alone
    ["火をつけてやる", "火をつけ", "i", "火をつけ"],
    ["火をつけられた", "火をつけ", "i", "火をつけ"],
    ["火をつけない", "火をつけ", "i", "火をつけ"],
    // adjectives (and たい)
    ["死にたくない", "死にた", "a", "死にたく"],
    ["死にたかった", "死にた", "a", "死にたか"],
    ["生きるのが辛すぎる", "生きるのが辛", "a", "生きるのが辛す"],
    // くる
    ["後をつけてきた", "後をつけて", "k", "後をつけてき"],
    ["後をつけてこない", "後をつけて", "k", "後をつけてこ"],
  ])("%s: the stem %s (%s) makes %s", (text, stem, kind, word) => {
    expect(inflected(text, stem, kind)).toBe(foldForTriage(word));
  });

  it.each([
    ["刺身を食べた", "刺", "す"],
    ["ところしか", "ころ", "す"],
    ["刺さった", "刺", "す"],
    ["もやしにする", "もや", "す"],
    ["殺す", "殺", "す"],
    ["死体", "死", "ぬ"],
    ["火をつける", "火をつけ", "i"],
    ["生きるのが辛い", "生きるのが辛", "a"],
    ["後をつけてくる", "後をつけて", "k"],
  ])("%s: no inflection of %s (%s)", (text, stem, kind) => {
    expect(inflected(text, stem, kind)).toBeUndefined();
  });
});
