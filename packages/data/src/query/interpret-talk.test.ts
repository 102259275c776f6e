import { describe, expect, it } from "vitest";
import { talkIn } from "./interpret-talk.js";
import { foldForTriage } from "./normalize-text.js";

const talk = (text: string) => talkIn(foldForTriage(text));

describe("wanting to be heard or advised, from grammar (interpret-talk.ts)", () => {
  it.each([
    "毎日DMが来るけど、これって警察案件?",
    "職場でのこれはパワハラにあたるのでしょうか。",
    "ほっといても大丈夫かな?",
    "is it even illegal to do that?",
    "would the police care about something like this?",
  ])("a question whether it is serious or worth reporting: %s", (text) => {
    expect(talk(text)).toBeDefined();
  });

  it.each(["もうどげんしたらよかとか", "どないしたらええねん", "pls help what i will do", "how do i make him stop"])(
    "what to do, asked in any way: %s",
    (text) => {
      expect(talk(text)).toBeDefined();
    },
  );

  it.each(["親にも言いづらくて困ってます", "毎晩泣いてしまう", "i feel so stupid even writing this", "no one gets it"])(
    "distress, or no one to tell: %s",
    (text) => {
      expect(talk(text)).toBeDefined();
    },
  );

  it.each([
    "スマホに何か仕込まれてる?",
    "誰か中身読んでるってこと?こわ",
    "私にできることってある?",
    "裏垢特定された どーしよ",
    "相談するほどでもないかもですけど",
    "how does my husband always know where i've been",
    "do i smash it or take it to the koban",
    "idk why im even typing this",
    "just wanted someone to know",
    "気持ち悪いけど、これだけで何かできるもの？",
    "is it normal that my boyfriend checks my phone when i'm in the shower?",
    "he sends good morning every day. creepy or normal?",
    "a new account with the same handle followed me. probably nothing, right?",
    "is any one availble on sunday??",
    "家の住所が載せられでるんだと。なんとすればいいんだべ",
    "おら、もう何が何だかわがんね",
    "男がストーカー被害とか言っても信じてもらえないよな",
    "寝室に鍵かけてこもってる　110していいの",
    "警察さ言ってもいいもんだべか",
    "警察に言うほどのことなのか分からなくて",
    "手取り15万じゃ払えない。弁護士頼むしかないの？",
    "ネットで仲良くなった人に本名言っちゃった。大丈夫かな…",
    "もう半年ひとりで抱えてます",
    "当時のことを誰にも話せていなくて",
    "is any line open now?",
    "Is there an organisation that supports victims of crime?",
    "Where can I consult?",
    "Who even deals with this kind of thing here?",
    "I'm a girl from Korea here on a working holiday and I'm freaking out",
    "doorbell again. 3rd time. police??",
  ])("wondering what is going on, or why they write at all: %s", (text) => {
    expect(talk(text)).toBeDefined();
  });

  it.each([
    "DMの消し方を知りたい",
    "my ex posted my address",
    "明日は晴れるらしい",
    "いつも見てる",
    "i know he knows",
    "right now he is outside",
    "he said it was normal",
  ])("a plain account or a request is not talk by grammar: %s", (text) => {
    expect(talk(text)).toBeUndefined();
  });
});
