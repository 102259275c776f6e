import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import { createInterpreter } from "./interpret.js";
import { type NowKind, nowCues } from "./interpret-now.js";
import { foldForTriage } from "./normalize-text.js";

/** The cues of a text as the interpreter sees it (folded), without their places. */
const cues = (text: string) => nowCues(foldForTriage(text)).map(({ kind, sure }) => ({ kind, sure }));
/** Whether a text has a cue of `kind` that is sure (read) or not (asked). */
const has = (text: string, kind: NowKind, sure: boolean) => cues(text).some((c) => c.kind === kind && c.sure === sure);

// The texts are written for these tests; none is from the corpus or the evaluation.
describe("time and presence: someone here now", () => {
  it.each([
    "元夫がいまマンションの玄関の前に立っています",
    "さっきから誰かがうちのドアの前に立ってる",
    "今、家の外に知らない男がいる",
    "仕事帰りにずっとついてきてた男が、今コンビニの外で待ってる",
    "いまから家に行くって元彼からLINEきた",
    "会ったこともない人が今夜うちに来るって。最寄りの駅も知ってた",
    "小5の息子がたった今、ゲームで知り合った大人に会いに家を出ていった",
    "ima genkan no mae ni iru",
    "my ex-boyfriend is standing at my front door right now pressing the buzzer",
    "the man from the bus stop is still behind me, I am walking fast",
    "he is banging on my door right now",
    "being followed rn help",
    "someone's following me home now",
    "he's on the platform right behind me again now",
    "i locked myself in the toilet, my ex is in the flat",
    "ファンだったっていう男がいまインターホン鳴らしてる",
    "the same grey van has been behind me for about 15 minutes",
    "a man on a scooter has been following me since the konbini and he keeps calling out",
  ])("%s → danger read", (text) => {
    expect(has(text, "present", true)).toBe(true);
  });

  it.each([
    // The grammar says now, no marker does: asked (and routed as if read until answered).
    "someone outside. scared",
    "知らない車が駐車場に停まってて、男の人が車の横に立ってる",
    "there is a guy at my door and i do not know him",
    "元彼がバイト先の裏口で待ってる",
    "彼がまだリビングにいて、私は風呂場に隠れてる",
    // Quoted from a message: the existing rule for words of danger (a threat quoted from a post is not danger now).
    "he texted that he is on his way here tonight",
    "夜道　うしろからずっと足音　こわい",
    "知らない人がピンポン押してる",
    "もとかれが げんかんのまえで まってる",
    "別れた夫が家の前に居ます",
    "元夫が まどを ドンドン たたいてる",
    "知り合いの男性が部屋に上がり込んで帰らない",
    "she messaged 'waiting for you outside' and i am inside",
    "he just texted 'i'm coming to you, stay there'",
  ])("%s → danger asked", (text) => {
    const found = cues(text).filter((c) => c.kind === "present");
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((c) => c.sure)).toBe(false);
  });

  it.each([
    // Over, denied, a fear of the future, a habit, online, quoted from a post, a marker with nobody there.
    "先月、元彼が家の前に立ってた",
    "he used to wait outside my office",
    "he was waiting outside my flat last week",
    "I'm scared he might come one day",
    "いつか家まで来そうで怖い",
    "今は大丈夫です",
    "今日は家にいます",
    "right now I just want advice",
    "今、外にいるけど雨がすごい",
    "he is not outside anymore",
    "「今から家に行く」って投稿されてた",
    "he posted that he is outside my house now",
    "a coworker keeps following me on every app",
    "my cat is following me around the flat",
    "元彼は今海外にいる",
    "last year i locked myself in the bathroom for hours",
    "he has been following me on instagram for months",
    "おまえにいる価値ない",
  ])("%s → no danger cue", (text) => {
    expect(cues(text).filter((c) => c.kind === "present" && c.sure)).toEqual([]);
  });
});

describe("time and presence: acting now on thoughts of dying", () => {
  it.each([
    "I am jumping from the station platform now",
    "i took all of my sleeping pills",
    "睡眠薬を全部飲んだ",
    "これまでありがとうございました。今日で人生を終わりにします",
    "今から駅で飛び込む",
    "goodbye everyone, tonight i end my life",
    // The place reached or the means ready, said as done.
    "いま屋上。もう無理",
    "会社の屋上にいる",
    "薬ぜんぶシートから出して並べてる",
    "i have the pills in my hand",
    "明日の朝には私はいないと思う",
    // A farewell sent, and no answer since.
    "友達から今までありがとねってきて、そのあと既読つかない",
    "she posted goodbye on her story and is not answering",
  ])("%s → acting now read", (text) => {
    expect(has(text, "acting", true)).toBe(true);
  });

  it.each([
    "i thought about ending it back in 2019, i am better now",
    "ODしたくなる時がある",
    "推しのグッズが届いた、嬉しすぎて死ぬ",
    "how do i get them to take it off the site now",
    "I'm not going to jump, I just need to talk",
    "屋上に行ったら景色がきれいだった",
    "he is not answering my texts since we argued",
  ])("%s → no acting-now cue", (text) => {
    expect(cues(text).filter((c) => c.kind === "acting" && c.sure)).toEqual([]);
  });
});

describe("the interpreter reads the cues", () => {
  const interpret = createInterpreter(dataset.triage.lexicon);

  it("reads danger now from a marker and someone present, with the words as evidence", () => {
    const r = interpret("元夫がいまマンションの玄関の前に立っています");
    expect(r.danger).toBe(true);
    expect(r.evidence.find((e) => e.reading === "danger")?.words.join(" ")).toContain("前に立つてます");
  });

  it("reads acting now as crisis and danger both (110 first)", () => {
    for (const text of [
      "I am jumping from the station platform now",
      "これまでありがとうございました。今日で人生を終わりにします",
    ]) {
      const r = interpret(text);
      expect(r.crisis, text).toBe(true);
      expect(r.danger, text).toBe(true);
    }
  });

  it("reads a child gone from home to meet someone from online as danger now, though told in the past", () => {
    const r = interpret("中1の息子がネットで知り合った大人に会いに行くって言って、さっき家を出ました");
    expect(r.danger).toBe(true);
    expect(interpret("友達に会いに行くと言って家を出た。夕方には帰ってきた").danger).toBe(false);
  });

  it("reads an act on one's own life quoted from the person's message (「今から死ぬ」とLINE)", () => {
    const r = interpret("高2の娘から「今から死ぬ」とLINEが来て電話に出ない");
    expect(r.crisis).toBe(true);
    expect(r.danger).toBe(true);
  });

  it("asks about danger the grammar alone gives", () => {
    const r = interpret("someone outside. scared");
    expect(r.danger || r.ask.includes("danger")).toBe(true);
  });

  it.each([
    "去年、元彼が家の前に立ってたことがある",
    "he used to wait outside my office",
    "I'm scared he might come one day",
    "今は大丈夫です",
  ])("%s → danger not read", (text) => {
    expect(interpret(text).danger).toBe(false);
  });

  it("does not read danger now from a quoted post by its grammar (the model alone may, when near sure)", () => {
    // The model trained in the fourth night round scores this 0.96 for danger, above the 0.85 it needs when every
    // word it read is quoted: the case the near-sure floor exists for, though here it is wrong (ADR 0013).
    const grammarOnly = createInterpreter(dataset.triage.lexicon, { model: null });
    expect(grammarOnly("「今から家に行く」って投稿されてた").danger).toBe(false);
  });
});

describe("danger and threats from the model alone", () => {
  // One feature, "ひかり", speaks for danger; p = 1 / (1 + e^-(bias + weight) / 100).
  const withDanger = (weight: number) =>
    createInterpreter(dataset.triage.lexicon, {
      model: { labels: ["danger"], bias: [0], weights: { ひか: [0, weight] }, read: [0.45], ask: [0.25] },
    });
  const text = "ひかりのことで相談です";

  it("is asked, not read, when the model is only fairly sure (0.7): no word of it was seen", () => {
    const r = withDanger(85)(text);
    expect(r.danger).toBe(false);
    expect(r.ask).toContain("danger");
  });

  it("is read when the model is sure (0.9)", () => {
    expect(withDanger(220)(text).danger).toBe(true);
  });

  it("in a long account, is asked even when the model is sure", () => {
    const long = `${text}。${"職場の人とのことで前からずっと悩んでいて、どうしたらいいのか分からないまま毎日を過ごしています。".repeat(5)}`;
    expect(long.length).toBeGreaterThan(200);
    const r = withDanger(220)(long);
    expect(r.danger).toBe(false);
    expect(r.ask).toContain("danger");
  });

  it("threats too: read from 0.8 (110 first), not below", () => {
    const withThreats = (weight: number) =>
      createInterpreter(dataset.triage.lexicon, {
        model: { labels: ["need:threats"], bias: [0], weights: { ひか: [0, weight] }, read: [0.4], ask: [1] },
      });
    expect(withThreats(85)(text).needs).not.toContain("threats");
    expect(withThreats(220)(text).needs).toContain("threats");
  });
});
