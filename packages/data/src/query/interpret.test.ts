import { nothingRead } from "@netstalker/testing/triage-reading";
import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import type { LexiconEntry } from "../schema/triage.js";
import { createInterpreter } from "./interpret.js";

const interpret = createInterpreter(dataset.triage.lexicon);

describe("the interpreter over the real lexicon", () => {
  it.each([
    ["元彼", "ex-partner"],
    ["元カレ", "ex-partner"],
    ["元かれ", "ex-partner"],
    ["元交際相手", "ex-partner"],
    ["ｹﾞﾝｶﾚ", undefined],
    ["my ex keeps texting", "ex-partner"],
    ["彼氏", "partner"],
    ["元彼女", "ex-partner"],
  ] as const)("%s → relationship %s", (text, relationship) => {
    expect(interpret(text).relationship).toBe(relationship);
  });

  it.each([
    ["晒す", "personal-info"],
    ["住所をさらされた", "personal-info"],
    ["裸の写真を送れと言われた", "intimate-images"],
    ["リベンジポルノ", "intimate-images"],
    ["ＡｉｒＴａｇが入っていた", "tracking"],
    ["GPSで位置がばれる", "tracking"],
    ["someone put spyware on my phone", "tracking"],
    ["Someone is impersonating me", "impersonation"],
    ["I was doxxed", "personal-info"],
  ] as const)("%s → need %s", (text, need) => {
    expect(interpret(text).needs).toContain(need);
  });

  it.each([
    "ビデオ通話で脱いだところを録画されて、5万払えって言われてる",
    "she recorded me naked on a video call and now wants another 100k",
    "裸の写真を送ってしまって、お金を要求されています",
  ])("money demanded over intimate images is a threat (sextortion): %s", (text) => {
    const r = interpret(text);
    expect(r.needs).toContain("intimate-images");
    expect(r.needs).toContain("threats");
  });

  it.each([
    "ストーカーが出てくる小説の感想文を書かなきゃいけない",
    "ストーカー規制法ってどういう法律ですか",
    "any good novel about a stalker? i loved the drama 'You'",
    "what is the japanese word for stalker",
    "lol i was stalking my crush's spotify all night",
    "明日までに終わらないと部長に殺される",
    "my manager will literally murder me if i'm late again",
  ])("words that are not about the person (a story, the word itself, a figure of speech) are not read: %s", (text) => {
    const r = interpret(text);
    expect(r.needs).not.toContain("stop-contact");
    expect(r.needs).not.toContain("threats");
    expect(r.danger).toBe(false);
  });

  it.each([
    ["元彼がドラマみたいに毎日LINEしてくる", "stop-contact"],
    ["友達が元彼に「殺す」って何度も言われてる", "threats"],
    ["my husband will kill me if i leave him", "threats"],
    ["ドラマ見てたら思い出した。元彼から毎日メール来てて止まらない", "stop-contact"],
    ["the man at the door knows my name and i did not book anything", "stop-contact"],
    ["how do i say in japanese 'stop following me', he follows me every day", "stop-contact"],
  ] as const)("and what is about them still is: %s", (text, need) => {
    expect(interpret(text).needs).toContain(need);
  });

  it("money they want back from the one who spread images is not a threat", () => {
    expect(interpret("元彼に裸の写真をネットに載せられたので慰謝料を請求したい").needs).not.toContain("threats");
  });

  it.each(["家の前で待ち伏せされている", "he is waiting outside my house"])("danger words set danger: %s", (text) => {
    const result = interpret(text);
    expect(result.danger).toBe(true);
    expect(result.matched).toContain("danger-now");
  });

  // A threat to kill says what was threatened, not that it is happening now: "threatened with harm" is read, and
  // "in danger now" asked (the threat alone already puts 110 first).
  it.each(["殺すぞと言われた", "He said he will kill me"])(
    "threats to kill read a threat and ask about danger: %s",
    (text) => {
      const result = interpret(text);
      expect(result.needs).toContain("threats");
      expect(result.danger).toBe(false);
      expect(result.ask).toContain("danger");
      expect(result.matched).toContain("danger-threat");
    },
  );

  it("is conservative: ordinary words understand nothing", () => {
    expect(interpret("こんにちは。よろしくお願いします")).toEqual({ ...nothingRead(), understood: false });
    // Latin words must stand alone: "skill" is not "kill", "gpsx" is not "gps".
    expect(interpret("I have no skill at this").danger).toBe(false);
  });

  it.each(["found a killer deal on a used bike", "my tracking number has not updated", "追跡番号が反映されない"])(
    "words that hold a signal word and mean nothing are not understood: %s",
    (text) => {
      // Over the lexicon alone: the entry that means nothing takes the characters, and is no understanding either.
      const read = createInterpreter(dataset.triage.lexicon, { model: null })(text);
      expect(read.needs).toEqual([]);
      expect(read.matched).toEqual([]);
      expect(read.understood).toBe(false);
    },
  );

  it("of two people named, the one the text has doing it", () => {
    expect(interpret("彼氏と一緒にいるとき、同僚から毎日メッセージが来る").relationship).toBe("acquaintance");
    expect(interpret("my boyfriend is worried because a coworker keeps messaging me").relationship).toBe(
      "acquaintance",
    );
  });

  it("refuses text that is not a string or too long", () => {
    expect(() => interpret(5 as unknown as string)).toThrow(TypeError);
    expect(() => interpret("a".repeat(1001))).toThrow(/at most 1000/);
  });
});

describe("longest word first", () => {
  const lexicon: LexiconEntry[] = [
    { id: "short", ja: ["彼"], en: ["he"], signal: { relationship: "partner" } },
    { id: "long", ja: ["元彼"], en: ["ex"], signal: { relationship: "ex-partner" } },
  ];
  it("a longer word claims its characters before a shorter one inside it", () => {
    expect(createInterpreter(lexicon)("元彼から")).toMatchObject({ relationship: "ex-partner", matched: ["long"] });
  });
});
