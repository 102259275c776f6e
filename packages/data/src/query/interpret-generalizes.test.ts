// What the interpreter must do beyond finding listed words: kana spellings, words only as words, context (denial,
// past, quoted posts), ages and school years, the learned model, asking instead of guessing, saying when nothing was
// understood, and naming what led to each reading. Texts here are written for these tests.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import { TRIAGE_MODEL } from "../generated/triage-model.js";
import { createInterpreter } from "./interpret.js";
import { agesIn, framing, threatForm } from "./interpret-context.js";
import { foldForTriage, foldText } from "./normalize-text.js";
import { forEachFeature } from "./triage-features.js";
import { compileModel, type TriageModelTable } from "./triage-model.js";

const interpret = createInterpreter(dataset.triage.lexicon);
const lexiconOnly = createInterpreter(dataset.triage.lexicon, { model: null });

describe("folding", () => {
  it.each([
    ["ストーカー", "すとーかー"],
    ["ｽﾄｰｶｰ", "すとかー"],
    ["こわーい", "こわい"],
    ["きもっ", "きもつ"],
    ["I’m scared, he won’t stop", "i'm scared, he will not stop"],
    ["dont", "do not"],
  ])("%s and %s fold alike", (a, b) => {
    expect(foldText(a)).toBe(foldText(b));
  });
});

describe("the grammar is written in folded spelling", () => {
  // Folding writes small kana full size (じゃ as じや, なかった as なかつた): a pattern with small kana in it never
  // matches a folded text. Comments may quote people's spelling; code may not.
  const dir = dirname(fileURLToPath(import.meta.url));
  const sources = readdirSync(dir).filter((f) => /^interpret.*\.ts$/.test(f) && !f.endsWith(".test.ts"));
  it.each(sources)("%s has no small kana outside comments", (file) => {
    const code = readFileSync(join(dir, file), "utf8")
      .split("\n")
      .filter((line) => !/^\s*(?:\/\/|\/\*\*|\*)/.test(line))
      .join("\n")
      // A range over all hiragana starts at a small kana.
      .replaceAll("ぁ-ゖ", "");
    expect(code.match(/[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ]/g) ?? []).toEqual([]);
  });
});

describe("spaces between Japanese words (分かち書き, voice input)", () => {
  it("are dropped for triage, so a term matches across them", () => {
    expect(foldForTriage("はなしを きいて ほしい")).toBe("はなしをきいてほしい");
    expect(lexiconOnly("はなしを きいて ほしい").needs).toContain("talk");
    // Between Latin words and digits they stay.
    expect(foldForTriage("中2 です I am 14")).toBe("中2 です i am 14");
  });
});

describe("kana readings of lexicon terms (kuromoji, at build time)", () => {
  it.each([
    ["ころすっていわれた", "need:threats"],
    ["もとこうさいあいてにつきまとわれてる", "relationship:ex-partner"],
    ["じゅうしょをさらされた", "need:personal-info"],
  ])("%s is read by reading (%s)", (text, reading) => {
    expect(lexiconOnly(text).evidence.map((e) => e.reading)).toContain(reading);
  });
});

describe("misspelt English words", () => {
  it("a letter left out or doubled still matches a term; a letter changed does not", () => {
    expect(lexiconOnly("he threatend to post my pics").matched).toContain("threats");
    expect(lexiconOnly("he is threattening me").matched).toContain("threats");
    expect(lexiconOnly("someone is impersonatng me").matched).toContain("impersonation");
    expect(lexiconOnly("a new thread about me on the forum").matched).not.toContain("threats");
    // Ordinary words one letter from a term are not it: talking is not stalking, racked is not tracked.
    expect(lexiconOnly("i was talking with my sister and she racked her brain").matched).toEqual([]);
  });
});

describe("words only as words", () => {
  it("夫 inside 大丈夫 is not a husband; 夫 on its own is", () => {
    expect(lexiconOnly("母は大丈夫だと言っています").relationship).toBeUndefined();
    expect(lexiconOnly("夫に毎日監視されています").relationship).toBe("partner");
  });
  it("Latin words stand alone: skill is not kill", () => {
    expect(lexiconOnly("I have no skill at this").danger).toBe(false);
  });
});

describe("context for danger, crisis and threats", () => {
  it("a denied danger word is not read but asked about, and the model cannot overrule the denial", () => {
    for (const text of ["he is not outside my house", "殺すとは言われてない"]) {
      const read = interpret(text);
      expect(read.danger).toBe(false);
      expect(read.ask).toContain("danger");
    }
    expect(interpret("he never threatened to kill me").needs).not.toContain("threats");
  });
  it("danger told as past is asked about; now wins over past", () => {
    const past = lexiconOnly("去年、元彼に家の前で待ち伏せされたことがある");
    expect(past.danger).toBe(false);
    expect(past.ask).toContain("danger");
    expect(lexiconOnly("去年別れた元彼が今、家の前にいる").danger).toBe(true);
  });
  it("a threat quoted from a post is a threat, not danger now (asked about)", () => {
    const quoted = lexiconOnly("掲示板に「殺す」って書かれた");
    expect(quoted.needs).toContain("threats");
    expect(quoted.danger).toBe(false);
    expect(quoted.ask).toContain("danger");
    const en = lexiconOnly('someone posted "i will kill you" under my photo');
    expect(en.danger).toBe(false);
    expect(en.needs).toContain("threats");
  });
  it("a denied wish to die is asked about, not read", () => {
    const read = lexiconOnly("i do not want to die, i just want it to stop");
    expect(read.crisis).toBe(false);
    expect(read.ask).toContain("crisis");
  });
  it("acting on thoughts of dying now is danger and crisis", () => {
    expect(lexiconOnly("今から飛び降りる")).toMatchObject({ danger: true, crisis: true });
  });
  it("threats in the forms threats take are threats, unless denied", () => {
    for (const text of [
      "写真を晒してやるからな",
      "覚えてろよ",
      "he said he will hurt you if you tell anyone",
      "delete it or else",
    ]) {
      expect(threatForm(foldText(text)), text).toBeDefined();
      expect(lexiconOnly(text).needs, text).toContain("threats");
    }
    expect(threatForm(foldText("手伝ってくれてありがとう"))).toBeUndefined();
    // Something spread unless they do as told, harm wished in earnest.
    for (const text of [
      "返信しなかったら会社に写真を送るって",
      "別れるなら動画をネットに流すと言われた",
      "pay me 50k or i post the pics everywhere",
      "she says she will share my old texts with my boss",
      "someone replied that i should be shot",
      "夜道には気をつけてねとだけ届いた",
      "「線路に突き落としてやる」ってDMが来た",
      "お前の職場わかってるぞって書かれた",
      "he texted that hell hit me if i go out",
      "she said i'll make sure you lose everything",
      "girls like you have accidents",
      // Put on the net unless, coming to them said as a threat is, told to die.
      "もっと送らないとネットに出すって来た",
      "まえのかれしがわたしのしゃしんをインターネットにだすといっています",
      "「今夜行く」ってリプもついてる",
      "断ったら「学校に行く」と言われたらしい",
      "今夜そっちさ行ぐがらなって言われだ",
      "he says he's coming tonight to settle it",
      "I'll be waiting at your station",
      "a guy keeps dming her to kill herself",
      "the next ones go to my boss unless I come back",
      "he sent me a mesage saying hes going to kil me",
      "my ex say he will put my naked picture on internet",
      "言うこと聞かないとお前の家族に何かあるぞ",
      "金払わないと学校のやつらにばらまくって",
      // More forms: coming to visit, no escape, a weapon brought, spread unless, a veiled harm.
      "「今度遊びに行くね」って家の写真と一緒に来た",
      "逃げても無駄だからな",
      "包丁持って行くわって書かれた",
      "払わないと会社に全部ぶちまけるって",
      "ネットにのせるっていわれた",
      "家族に見られたくなければ言うこと聞けって",
      "帰らないとけがするぞって言われた",
      "親にもバラしてやろうかってDM",
      "it would be a shame if something happened to your car",
      "they wrote gaijin go home or die",
      "someone replied that somebody should put a bullet in her",
      "he said he will burn the house down",
      "come down or i come up and hurt you",
      "he said he'd 'find her after school'",
      "she says if i ever leave shell tell everyone",
      "he will tell my company unless i meet him",
      "someone should pay her a visit",
      "we know where your kids go to school, be careful",
    ]) {
      expect(threatForm(foldText(text)), text).toBeDefined();
    }
    for (const text of [
      "来てくれたらプレゼントあげる",
      "if you like it, send me a photo",
      "夜道は暗いので気をつけて帰ってね",
      "職場の場所がわかったので明日行ってみます",
      "i will make sure to call the police",
      "明日学校に行くから大丈夫",
      "被害届を出すなら書類を出すと言われた",
      "my mom says she's coming with me to the police",
      "lol my boss is going to kill me, i left my laptop on the train",
      "母が「今から迎えに行く」って",
      "be careful on the stairs, they are wet",
      "i will tell my teacher tomorrow",
    ]) {
      expect(threatForm(foldText(text)), text).toBeUndefined();
    }
    expect(lexiconOnly("he did not say he will hurt you").needs).not.toContain("threats");
    // A boss or a parent who "will kill me" is a figure of speech (the lexicon's not-a-threat).
    for (const text of ["lol my boss is gonna kill me", "資料ぜんぶ消えた…上司に殺される", "my mom will kill me lol"]) {
      expect(lexiconOnly(text).needs, text).not.toContain("threats");
    }
  });
  it("framing reports each of denial, past and posting", () => {
    const t = foldText("he posted that he would kill me");
    expect(framing(t, t.indexOf("kill"), t.indexOf("kill") + 4)).toMatchObject({ posted: true, denied: false });
    const p = foldText("先週、殺すと言われた");
    expect(framing(p, p.indexOf("殺"), p.indexOf("殺") + 2).past).toBe(true);
    // 今朝 is this morning, not 今 (now).
    const m = foldText("今朝、駅で待ち伏せされました");
    expect(framing(m, m.indexOf("待"), m.indexOf("待") + 4).past).toBe(true);
    const h = foldText("毎日、駅で待ち伏せされている");
    expect(framing(h, h.indexOf("待"), h.indexOf("待") + 4).habit).toBe(true);
    const n = foldText("毎日来てたけど、今も家の前で待ち伏せしてる");
    expect(framing(n, n.indexOf("待"), n.indexOf("待") + 4).habit).toBe(false);
  });
  it("a word of danger told as a habit or denied in dialect is asked, not read", () => {
    for (const text of ["孫娘が、駅で何度も待ち伏せされているそうです", "今朝、改札で元夫に待ち伏せされました"]) {
      const r = lexiconOnly(text);
      expect(r.danger, text).toBe(false);
      expect(r.ask, text).toContain("danger");
    }
    expect(lexiconOnly("店の外で待ち伏せとかはされとらんけど気味悪い").danger).toBe(false);
    expect(lexiconOnly("元彼がいま駅で待ち伏せしてる").danger).toBe(true);
  });
  it("a thing attached is not someone following them", () => {
    for (const text of [
      "車のバンパーの裏に小さな機械が付けられていました",
      "ランドセルの内側に機械が縫い付けられていました",
      "ゼミのやつに変なあだ名つけられてる",
      "車に何かつけられてるのかもしれない",
    ]) {
      expect(lexiconOnly(text).danger, text).toBe(false);
    }
    expect(lexiconOnly("今、誰かにつけられてる").danger).toBe(true);
  });
});

describe("who: relationships, ages and school years", () => {
  it("something done to them with nobody named is done by someone they cannot name", () => {
    for (const text of ["住所を晒された", "my nudes got leaked", "偽アカウントを作られた"]) {
      expect(lexiconOnly(text).relationship).toBe("unknown");
    }
    // A question about a procedure, or a person named, is not.
    expect(lexiconOnly("開示請求って費用はいくら?").relationship).toBeUndefined();
    expect(lexiconOnly("元彼に住所を晒された").relationship).toBe("ex-partner");
  });

  it("my ex-husband is an ex, not a husband", () => {
    expect(lexiconOnly("my ex-husband keeps calling my work").relationship).toBe("ex-partner");
    expect(lexiconOnly("別れた夫がしつこい").relationship).toBe("ex-partner");
    expect(lexiconOnly("夫と離婚した。それから毎日メールが来る").relationship).toBe("ex-partner");
  });
  it("an ex named in one sentence and a partner doing it in another: the partner", () => {
    expect(lexiconOnly("元彼とは去年別れた。今は彼氏に毎日スマホを見られている").relationship).toBe("partner");
    expect(lexiconOnly("I broke up with my ex last year. Now my husband keeps reading my messages").relationship).toBe(
      "partner",
    );
  });
  it.each([
    ["中2です", 13],
    ["小5の娘", 10],
    ["高校1年生", 15],
    ["14歳です", 14],
    ["i am 15 and scared", 15],
    ["im 13", 13],
    ["my daughter is 12 years old", 12],
    ["9th grader", 14],
    ["our 13-year-old son", 13],
    ["16F, my classmate keeps", 16],
    ["(m15) someone posted", 15],
    ["my year 9 students", 13],
    ["高校一年です", 15],
    ["中学二年の娘", 13],
    ["im in my second year of high school", 16],
    ["JKなんだけど", 16],
    // More forms: a sex and an age in brackets, "both 15", an age opening the text, a pupil's age in brackets, yr 8,
    // a middle school year, 中三 with no 年, kana and romaji school years.
    ["home alone (m, 16)", 16],
    ["my ex (we're both 15) keeps", 15],
    ["17, exchange student in tokyo", 17],
    ["one of my students (17) showed me", 17],
    ["it's on everyone's story (yr 8)", 12],
    ["im in 2nd year of middle school", 13],
    ["中三です。元カレに", 14],
    ["ちゅうにです がっこうのひと", 13],
    ["2ねんせい。しらないおじさん", 7],
    ["5ねん。げーむのひとに", 10],
    ["kurasu no ko ni iwareta. chuu2", 13],
  ])("%s gives the age %i", (text, age) => {
    expect(agesIn(foldText(text)).map((a) => a.age)).toContain(age);
  });
  it("a child's age or school year reads as a child; an adult's does not", () => {
    expect(lexiconOnly("中2だけどネットで晒された").audiences).toContain("children");
    expect(lexiconOnly("im 14 and someone posted my address").audiences).toContain("children");
    expect(lexiconOnly("I am 34 and someone posted my address").audiences).not.toContain("children");
    expect(agesIn(foldText("3回も連絡が来た"))).toEqual([]);
    // Shorthand that is not an age: minutes, "just kidding", an adult's own.
    for (const text of [
      "he left 15m ago",
      "jk lol he is fine",
      "(f26) guy from my gym",
      "this year 2026",
      // 中二病 (a slang word), two years ago in kana, an adult's sister in brackets.
      "中二病っぽい投稿",
      "2ねんまえのこと",
      "my sister (22) found a letter",
    ]) {
      expect(
        agesIn(foldText(text)).filter((a) => a.age < 18),
        text,
      ).toEqual([]);
    }
  });
});

describe("the learned model", () => {
  it("reads what no lexicon word says, and names the words that led to it", () => {
    // No lexicon entry or grammar matches this text (the two words stand in two sentences); a model (made here, so
    // the test does not hang on one trained score) reads it from two of its n-grams, and names them as they stand.
    const text = "もう何十回目か分からない。知らない番号から電話がかかってくる";
    expect(lexiconOnly(text).needs).toEqual([]);
    const model: TriageModelTable = {
      labels: ["need:stop-contact"],
      bias: [-300],
      weights: { 何十: [0, 200], 電話: [0, 300] },
      read: [0.5],
      ask: [1],
    };
    const read = createInterpreter(dataset.triage.lexicon, { model })(text);
    expect(read.needs).toEqual(["stop-contact"]);
    expect(read.evidence.find((e) => e.reading === "need:stop-contact")?.words).toEqual(["電話", "何十"]);
    // One of the two alone is not enough: the model reads only when fairly sure.
    expect(createInterpreter(dataset.triage.lexicon, { model })("何十回も").needs).toEqual([]);
  });

  it("acting now counts as danger only with crisis read: it is learned among texts of crisis", () => {
    // A model (made here) sure of "acting now" for both texts, and of crisis for the second only.
    const model: TriageModelTable = {
      labels: ["danger", "crisis", "crisisNow"],
      bias: [-500, -500, -500],
      weights: { 今夜: [2, 900], つらい: [1, 900] },
      read: [0.5, 0.5, 0.5],
      ask: [1, 1, 1],
    };
    const read = createInterpreter([], { model });
    expect(read("今夜は雨")).toMatchObject({ danger: false, crisis: false });
    expect(read("今夜もつらい")).toMatchObject({ danger: true, crisis: true });
  });

  it("scores by character codes exactly as the build's string features say", () => {
    // A tiny table over features of a text; the scorer must find every one the string view lists.
    const text = foldText("元カレに14歳の時の写真を晒された。I'm scared he will come 2 my house");
    const features = new Set<string>();
    forEachFeature(text, (f) => features.add(f));
    const table: TriageModelTable = {
      labels: ["x"],
      bias: [0],
      weights: Object.fromEntries([...features].map((f) => [f, [0, 1]])),
      read: [0.5],
      ask: [1],
    };
    const [score] = compileModel(table)(text);
    // Each distinct feature adds 0.01 once: the sum is their number.
    expect(Math.log((score?.p ?? 0) / (1 - (score?.p ?? 1)))).toBeCloseTo(features.size / 100, 6);
  });

  it("names reasons that overlap or touch in the text as the one stretch they cover, strongest first", () => {
    const text = foldText("住所をさらされた");
    const reasons = (weights: Record<string, number>) =>
      compileModel({
        labels: ["x"],
        bias: [0],
        weights: Object.fromEntries(Object.entries(weights).map(([f, w]) => [f, [0, w]])),
        read: [0.5],
        ask: [1],
      })(text)[0]?.words;
    // One n-gram inside another, and a word apart.
    expect(reasons({ さら: 300, さらさ: 200, 住所: 100 })).toEqual(["さらさ", "住所"]);
    // Two n-grams that touch, and a word apart ranked between them.
    expect(reasons({ さら: 300, 住所: 250, され: 200 })).toEqual(["さらされ", "住所"]);
    expect(reasons({ 住所: 300, さら: 250 })).toEqual(["住所", "さら"]);
  });

  it("is deterministic and small enough for the widget's triage chunk", () => {
    expect(TRIAGE_MODEL.labels.length).toBeGreaterThan(20);
    expect(JSON.stringify(TRIAGE_MODEL).length).toBeLessThan(160_000);
    expect(interpret("元カレがしつこい")).toEqual(interpret("元カレがしつこい"));
  });
});

describe("the model's wish to know who", () => {
  it("needs a word of who or of anonymity in the text", () => {
    const model: TriageModelTable = {
      labels: ["need:identify-poster"],
      bias: [-300],
      weights: { あか: [0, 600] },
      read: [0.5],
      ask: [1],
    };
    const read = createInterpreter(dataset.triage.lexicon, { model });
    expect(read("知らないあかが悪口を書いてる").needs).not.toContain("identify-poster");
    expect(read("誰のあかか知りたい").needs).toContain("identify-poster");
  });
});

describe("asking, and saying when nothing was understood", () => {
  it.each([
    "朝が来なければいいのに",
    "もう楽になりたい",
    "i just want to sleep forever",
    "everyone would be better off without me",
    "死んだほうが楽なのかなって最近思う",
    "自分さえいなければ家族も困らない",
    "honestly it'd be better if i died",
    "he says he will kill himself if i leave",
    "このままずっと眠っていたい",
    "she keeps saying she wants to disappear",
  ])("thoughts of dying said indirectly are crisis: %s", (text) => {
    expect(lexiconOnly(text).crisis).toBe(true);
  });

  it.each([
    "just want someone to listen",
    "idk what to do anymore",
    "誰にも言えなくて",
    "これって気にしすぎ?",
    "should i call the police?",
    "警察に行くべき?",
  ])("wanting to be heard or advised is talk: %s", (text) => {
    expect(lexiconOnly(text).needs).toContain("talk");
  });

  it("nothing understood says so, with no guess", () => {
    for (const text of ["あいうえお", "ok", "🙂"]) {
      const read = interpret(text);
      expect(read.understood).toBe(false);
      expect(read.needs).toEqual([]);
    }
  });
  it.each(["上司がね", "my coworker and i went bowling", "中学生です。自由研究のテーマを探してます"])(
    "a person or an audience alone is not something understood, and is still read: %s",
    (text) => {
      const read = interpret(text);
      expect(read.understood).toBe(false);
      expect(read.relationship !== undefined || read.audiences.length > 0).toBe(true);
    },
  );

  it("a question whether it is serious is talk beside what is told, never alone", () => {
    const told = interpret("同期に毎日しつこくLINEされる。これって通報していいレベル?");
    expect(told.needs).toEqual(expect.arrayContaining(["stop-contact", "talk"]));
    const alone = interpret("この服って普通?");
    expect(alone.needs).not.toContain("talk");
    expect(alone.understood).toBe(false);
  });

  it.each([
    ["夫が私のスマホに何か入れたみたいで、どこに行ってもバレてる", "partner"],
    ["my boyfriend goes through my phone every night", "partner"],
    ["彼氏に殺すって言われた", "partner"],
    ["元夫が今ドア蹴ってる", "ex-partner"],
    ["my ex-husband put a gps tracker on my car", "ex-partner"],
  ] as const)(
    "threats, tracking or danger from a partner, danger or tracking from an ex, is dv: %s",
    (text, relationship) => {
      const read = interpret(text);
      expect(read.relationship).toBe(relationship);
      expect(read.audiences).toContain("dv-victims");
    },
  );

  it("tracking or threats from someone else are not dv, nor an ex's threat to post images alone", () => {
    expect(interpret("同僚にLINEを勝手に見られてる").audiences).not.toContain("dv-victims");
    expect(interpret("元カレに写真ばらまくって言われた").audiences).not.toContain("dv-victims");
  });

  it("someone at the door is contact that does not stop as well as danger", () => {
    const read = interpret("元夫がいまアパートの前で待ってる");
    expect(read.danger).toBe(true);
    expect(read.needs).toContain("stop-contact");
  });

  it.each(["旦那が酔って暴れてる", "someone is banging on my door", "寝室に鍵かけて隠れてる"])(
    "someone doing harm or at the door now is danger: %s",
    (text) => {
      expect(lexiconOnly(text).danger).toBe(true);
    },
  );

  it("danger from someone there is contact that does not stop; danger from acting on thoughts of dying is not", () => {
    expect(interpret("my ex is inside my apartment right now").needs).toContain("stop-contact");
    expect(interpret("今から飛び降りる").needs).not.toContain("stop-contact");
  });

  it("an account posing as them is up in public: something to take down", () => {
    expect(interpret("someone made a fake profile pretending to be me").needs).toEqual(
      expect.arrayContaining(["impersonation", "remove-posts"]),
    );
  });

  it("every reading comes with the words behind it", () => {
    const read = interpret("元彼がいま家の前にいる、殺すと言われた");
    for (const reading of ["danger", "need:threats", "relationship:ex-partner"]) {
      expect(read.evidence.find((e) => e.reading === reading)?.words.length).toBeGreaterThan(0);
    }
  });
  it("says a word inside another word of the same reading once, by the longer", () => {
    const read = interpret("being followed rn by a guy from twitter. im 15. he posted my address");
    const words = (reading: string) => read.evidence.find((e) => e.reading === reading)?.words;
    expect(words("audience:children")).toContain("i am 15");
    expect(words("audience:children")).not.toContain("am 15");
    expect(words("danger")).toContain("being followed");
    expect(words("danger")).not.toContain("followed");
    // Whatever words a reading shows, none is inside another it shows.
    for (const e of read.evidence) {
      for (const a of e.words)
        for (const b of e.words) if (a !== b) expect(b.includes(a), `${e.reading}: ${a} in ${b}`).toBe(false);
    }
  });
  it("asks only about the critical readings, each at most once", () => {
    const read = interpret("he is not outside my house, but I keep thinking he might come");
    expect(new Set(read.ask).size).toBe(read.ask.length);
    for (const a of read.ask) expect(["danger", "crisis", "children", "tracking"]).toContain(a);
  });
});
