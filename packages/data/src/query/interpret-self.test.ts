import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import { createInterpreter } from "./interpret.js";
import { selfStated } from "./interpret-self.js";
import { foldForTriage } from "./normalize-text.js";

const stated = (text: string) => selfStated(foldForTriage(text)).map((s) => s.audience);

describe("what the writer says they are (interpret-self.ts)", () => {
  it.each([
    ["32M here. my ex keeps making new accounts", "men"],
    ["(f22) someone posted my address", "women"],
    ["Male, 29. Someone is using my photos", "men"],
    ["22 female - a guy from work follows me", "women"],
    ["i'm a 34 year old guy and a customer keeps messaging me", "men"],
    ["I am a 29-year-old woman living alone", "women"],
    ["50代の男です。投稿を掘り返されて", "men"],
    ["72歳の男で、町内会の役員をしております", "men"],
    ["40代女性、会社員です", "women"],
    ["男です。元カノがしつこい", "men"],
    ["はじめまして。女です", "women"],
    ["俺の元カノが晒してくる", "men"],
    ["僕の写真が勝手に使われてる", "men"],
    ["おれは なにも してない", "men"],
    ["im 16 (m). a girl on insta recorded me", "men"],
    ["40yo guy. Found a GPS tracker under my car", "men"],
    ["guy here, 28. matched with a girl on an app", "men"],
    ["trans guy, not out at work", "men"],
    ["I'm a gay man, 29, working in IT", "men"],
    ["i am vietnam man, work in factory", "men"],
    ["woman here. a coworker keeps texting", "women"],
    ["女一人暮らしで家まであと5分", "women"],
    ["送らないと嘘の噂流すって　中2女子", "women"],
    ["職場の女子更衣室にカメラが仕掛けられてた", "women"],
    ["im f26, tokyo, small influencer", "women"],
    ["i (f) want to file a police report", "women"],
    ["I (f, 36) left my husband three months ago", "women"],
    ["I am a widow, not good with computers", "women"],
    ["八十の爺です。近所の者が悪く書いております", "men"],
    ["I am Filipina, living Japan 5 years", "foreign-residents"],
    ["28歳の会社員（女）です。夜中にすみません", "women"],
    ["私（40代男性）の氏名を使った偽アカウント", "men"],
    ["整体院をやってる者です（男）。口コミが", "men"],
    ["ガチで詰んだ。高2男。親にバレたら終わる", "men"],
    ["中3男子です。裸の写真送ったら", "men"],
    ["ＪＣ２です。毎日DMでブスって", "women"],
    ["DK1だけど先輩に晒された", "men"],
    ["四十代の母親で、パートをしています", "women"],
    ["小6の娘の母です。ゲームで知り合った男が", "women"],
    ["二児の父です。妻の元彼が", "men"],
    ["I am 31 years old Filipina working in Nagoya", "women"],
    ["I am a 72-year-old retired man living in Kyoto", "men"],
    ["im 16 (boy) and a girl on insta got me to send a pic", "men"],
    ["an account i blocked says he is waiting outside. 24f", "women"],
    ["I'm the dad of a 3rd year high schooler", "men"],
    ["I am his wife and he reads my phone", "women"],
    ["We're a British family, our daughter is at the local school", "foreign-residents"],
    ["スリランカ から きました。けっこん して 5ねん です", "foreign-residents"],
    ["ウクライナから避難してきました", "foreign-residents"],
    ["わたし じっしゅうせい。いま りょうの へや", "foreign-residents"],
  ] as const)("%s → %s", (text, audience) => {
    expect(stated(text)).toContain(audience);
  });

  it.each([
    // The person doing it, not the writer.
    "50代の男に後をつけられた",
    "被害にあったのは長男です",
    "相手は彼女です",
    "長女です、中2の",
    "知らない40代の男が家の前に",
    // Quoted: the words of the person doing it.
    "元彼から「俺から逃げられると思うな」って来た",
    'he wrote "m 30 looking for you"',
    // Not a sex: minutes, metres, words that hold おれ or ぼく.
    "he waited 30m outside, then left",
    "お礼におれいを言いたい",
    "下僕みたいに扱われる",
    "ぼくじょうに行った",
    // Someone else, or an interjection.
    "i am so scared of this guy",
    "man, this sucks, someone posted my pic",
    "a guy here keeps following me",
    "元彼から来た手紙が怖い",
    "my apartment is on the 18F",
    "女子高の先生に相談した",
    "my coworker is chinese and keeps texting me",
    // Someone else's sex, a floor, "just kidding", both grandparents, another child's mother.
    "中2の女の子がDMで脅されてる",
    "高1の男に付きまとわれてる",
    "隣人(男)が毎日来る",
    "祖父母です",
    "犯人は同級生の母です",
    "lol jk",
    "jk. he left",
    "he waited on the 18f",
    "I'm worried my filipina coworker is being followed",
  ])("%s → nothing", (text) => {
    expect(stated(text)).toEqual([]);
  });

  it.each([
    "my 11-year-old's roblox friend keeps asking where she lives",
    "our 15 yo has a monitoring app on her phone",
    "our kid is in 6th grade and someone made an account as him",
    "小学4年の子どもが、ゲームで知り合った大人に住所を聞かれていました",
    "息子(7歳)のキッズケータイに何か設定されていた",
  ])("a parent writing of their child by its age or school year: %s", (text) => {
    expect(stated(text)).toContain("parents");
  });

  it.each([
    "the kid next door keeps looking over the fence",
    "友達の中2の娘さんが狙われてる",
    "「my kid is cute」って投稿された",
  ])("not their child by age, or quoted: %s", (text) => {
    expect(stated(text)).not.toContain("parents");
  });

  it("the interpreter reads it as an audience, with the words that said it", () => {
    const interpret = createInterpreter(dataset.triage.lexicon, { model: null });
    const read = interpret("32M. my ex posted my photos");
    expect(read.audiences).toContain("men");
    expect(read.evidence.find((e) => e.reading === "audience:men")?.words).toContain("32m");
  });
});
