import { describe, expect, it } from "vitest";
import { actsIn } from "./interpret-acts.js";
import { framing } from "./interpret-context.js";
import { foldForTriage } from "./normalize-text.js";

const needs = (text: string) => {
  const folded = foldForTriage(text);
  return actsIn(folded, (start, end) => framing(folded, start, end).denied).map((a) => a.reading.replace(/^need:/, ""));
};

describe("what is being done, from words that go together (interpret-acts.ts)", () => {
  it.each([
    "ネットに私の旧姓と勤め先の名前を書かれていました",
    "わたしの なまえと しごとばしょ かかれています",
    "職場を特定されてSNSに貼られた",
    "someone posted my full name and my workplace on a forum",
    "she knows where i live now",
    "a customer keeps asking for my phone number",
    "someone dropped my home addy in a discord",
    "somebody put my photo and my university name on internet",
    "someone write about me with my namae and apaato name",
    "'I know your room is 304'",
    "he sent me a pic of my own front door",
    "a viewer keeps sending notes about which train station i use",
  ])("a detail of theirs exposed is personal information: %s", (text) => {
    expect(needs(text)).toContain("personal-info");
  });

  it.each([
    "毎晩3時ごろに非通知でかけてきます",
    "上司からLINE通知が何十件も来る",
    "he sends dozens of texts every night",
    "she calls me constantly from different numbers",
    "ゲームのフレンドに住所教えてって何回も言われる",
    "別れた彼氏がたまにLINEしてくる",
    "郵便受けに手紙が月に一度くらい入っています",
    "my ex has rung my doorbell at 1am three times this week",
    "doorbell again. its the guy from upstairs",
    "my mother-in-law calls me ten times a day",
    "he texts me where i am all the time",
    "he has been leaving comments on my shop's posts for six months",
    "a customer comes in every single shift",
  ])("contact that repeats is contact to stop: %s", (text) => {
    expect(needs(text)).toContain("stop-contact");
  });

  it.each([
    "部屋番号まで出てる",
    "大学名と学年を書かれた",
    "he keeps asking which school my son goes to",
    "a stranger sent pics of my house to my mom",
    "「お前の家、知ってるからな」と言われた",
    "a guy on tinder knows which hotel i am staying at",
    "近所のおっさんがうちの車のナンバーと家の写真をネットに上げとる",
    "マンション名も部屋番号も合ってる",
    "店長が私の在留カードの写真をLINEグループに貼った",
    "my neighbour filmed my house and put it on youtube",
  ])("more details and verbs of exposing them: %s", (text) => {
    expect(needs(text)).toContain("personal-info");
  });

  it.each([
    "同じ部署の人にゲイだと言いふらされた",
    "my roommate told everyone at work that i'm trans",
    "家庭の事情をXで呟かれた",
    "a coworker announced in slack that i am gay",
  ])("a private fact spread is personal information (outing): %s", (text) => {
    expect(needs(text)).toContain("personal-info");
  });

  it.each([
    "元上司にバイト先で待ち伏せされる",
    "あのひと いつも かえりみち ついてくる",
    "she turns up at my gym whenever i go",
    "a man was waiting outside my building again",
    "どこに行っても先回りされる",
    "最近どこ行っても元旦那がおる",
    "SNSで知らない人にずっと絡まれてる",
    "たすけて いまおわれてる",
    "かぎかえたのに もとおっとが なかにはいったあとがある",
    "he keeps makin new accounts",
  ])("someone turning up or following is contact to stop, alone: %s", (text) => {
    expect(needs(text)).toContain("stop-contact");
  });

  it.each([
    "元彼にどこにいるか全部知られてる",
    "誰にも言ってないのに新しい家の場所を知ってた",
    "知らないアプリが勝手に入ってた",
    "he always knows where i am",
    "my ex found my new apartment somehow",
    "she quoted something i only said to my sister",
    "my bf checks my location all day",
  ])("being watched is tracking: %s", (text) => {
    expect(needs(text)).toContain("tracking");
  });

  it.each([
    "着替えているところをスマホで撮られてた",
    "えっちな自撮りが回されてる",
    "he posted the shower photos online",
    "my ex uploaded a video of us in bed",
  ])("a body undressed with a picture of it is intimate images: %s", (text) => {
    expect(needs(text)).toContain("intimate-images");
  });

  it.each(["体の調子が悪い", "she posted photos of my dog", "my body hurts"])(
    "a body or a photo alone is not: %s",
    (text) => {
      expect(needs(text)).not.toContain("intimate-images");
    },
  );

  it.each([
    "誰が書いてるのか全然わからない",
    "差出人不明の手紙が届いた",
    "idk who runs that account",
    "calls from an unknown number every night",
  ])("not knowing who is behind it is wanting to know who: %s", (text) => {
    expect(needs(text)).toContain("identify-poster");
  });

  it.each(["誰にも言えない", "i know who did it, it was my ex"])("no doubt about who: %s", (text) => {
    expect(needs(text)).not.toContain("identify-poster");
  });

  it.each([
    "もう5万払ったのにまだ要求してくる",
    "被害届を出しました",
    "i already sent her 10k yen and she wants more",
    "the man was convicted last year",
    "前にも殴られたことある",
    "さっき首つかまれた",
    "おっとがいまわたしをたたいています",
    "he hit me last night",
  ])("a crime done to them reads crime-victims: %s", (text) => {
    expect(needs(text)).toContain("audience:crime-victims");
  });

  it.each([
    "月に3千円払ってるアプリ",
    "i paid for the app",
    "ネットで叩かれてる",
    "元彼がドアをたたいてる",
    "hit me up later",
  ])("a payment, being bashed online, a knock on the door is no crime done to them: %s", (text) => {
    expect(needs(text)).not.toContain("audience:crime-victims");
  });

  it.each(["どこに相談すればいいか知りたい", "i know where i want to live"])("where, not watched: %s", (text) => {
    expect(needs(text)).not.toContain("tracking");
  });

  it.each(["忘れずに病院に行く", "彼は待ってくれなかった", "i follow her on insta"])(
    "words near those are nothing: %s",
    (text) => {
      expect(needs(text)).toEqual([]);
    },
  );

  it.each([
    "掲示板に書かれてる",
    "there's a thread about me on reddit",
    "the video of me went viral",
    "someone is posting my selfies on 5ch",
    "the tencho put a photo of me sleeping in the break room on his insta story",
    "kids from my class put my picture on youtube with pig sounds",
    "the guy from my old job still writes about me on a forum",
    "学生時代の動画が、いまだにいろんなアカウントに転載され続けてる",
    "消防団のLINEで俺の愚痴がスクショされて、町中に回っとる",
    "ずっとネットで叩かれてて、もう学校に行けない",
    "元同僚がYouTubeで私のことネタにした動画出してる",
    "会社の人が わたしの しゃしん SNSに のせて わるいこと かいた",
    "ママ友が私の悪口のスクショをXにも上げてる",
    "people in my circle made a meme account about me using my photos",
    "someone made a burner that's just screenshots of my bereals",
    "a former pupil has written on Facebook that I hit pupils",
    "since the video went around I stopped eating",
    "being doxxed",
  ])("something of theirs up in public is something to take down: %s", (text) => {
    expect(needs(text)).toContain("remove-posts");
  });

  it.each(["職場の人に悪口を書かれた", "学校の裏サイトに書かれてる", "i put my name on the list for the trip"])(
    "a place, not their detail, is no personal information: %s",
    (text) => {
      expect(needs(text)).not.toContain("personal-info");
    },
  );

  it.each([
    "投稿したら粘着された",
    "i posted a video of my cat",
    "私がインスタに写真を載せたら",
    "i wrote a post on my blog",
  ])("their own posting is nothing to take down: %s", (text) => {
    expect(needs(text)).not.toContain("remove-posts");
  });

  it.each([
    // A detail with no verb that exposes it, or the verb denied.
    "住所は書かれていません",
    "they did not post my address",
    "名前を出さずに相談したい",
    // Two kinds of words in different sentences.
    "名前はいい感じ。ブログを書いてる",
    // Online is not LINE; やめる is not mail.
    "オンラインで毎日ゲームしてる",
    "毎日やめるって言ってる",
  ])("nothing: %s", (text) => {
    expect(needs(text)).toEqual([]);
  });

  it.each([
    // Known without being told, said in the forms people use (never told him where, 住所は誰にも教えてない).
    "he turned up at my new place and i never told him where i moved",
    "a follower mailed a gift to my flat, i have never given anyone the address",
    "新しい住所は誰にも教えていないのに、元彼から手紙が来た",
    "今日どこおったか言うてへんのに知っとった",
    // Accounts entered, phones and cars fitted out.
    "someone keeps logging into my email from another city",
    "my gmail says new sign-in from sapporo and it was not me",
    "元カノがまだ私のGoogleアカウントに入れるみたい",
    "インスタ乗っ取られた",
    "my husband installed an app on my phone without asking",
    "found a box held on with a magnet under my scooter",
    "車の下に発信機みたいなのがついてた",
    "スマホに何か仕込まれてる気がする",
    "位置も会話も全部筒抜けになってる",
    "the neighbour's camera is pointed right at my door",
    "隣の人が玄関に向けてカメラを付けた",
    "she can see me on snap map even though i turned it off",
    "he posts exactly where i have been every evening",
  ])("being watched, in more words: %s", (text) => {
    expect(needs(text)).toContain("tracking");
  });

  it.each([
    // Who they told about it, not who knows where they are.
    "誰にも言ってない、親にも言えない",
    "i never told anyone about the abuse",
    "my phone broke and i lost my photos",
    "my son set up my phone for me",
    // A camera where people undress is sexual violence and images, not watching where they go.
    "found a tiny camera in the bathroom pointed at the shower",
    "彼氏と位置共有してたけど別れて切った",
  ])("not being watched: %s", (text) => {
    expect(needs(text)).not.toContain("tracking");
  });

  it.each([
    "already paid him 30k and he wants more",
    "i sent $200 in gift cards",
    "もう3万円払いました",
    "2万円渡した",
    "the police gave him a warning last spring",
    "he was arrested in march",
    "元彼は逮捕されました",
    "駅で盗撮された",
    "元カレにリベンジポルノされた",
    "someone broke into my apartment while i was out",
    "知らない人が家に入ってきた",
  ])("a crime done to them, in more words: %s", (text) => {
    expect(needs(text)).toContain("audience:crime-victims");
  });

  it.each([
    "警告してもらうことってできる?",
    "where do i file a report about a hidden camera",
    "our rogue got caught pickpocketing the duke",
    "彼女に物を投げられる",
  ])("no crime described (or, by a partner, DV rather than this audience): %s", (text) => {
    expect(needs(text)).not.toContain("audience:crime-victims");
  });

  it.each([
    "kids at his school are passing around a video of him",
    "someone made a deepfake of me",
    "my classmates made a group chat mocking me with edited photos",
    "a blog keeps spreading rumours about me",
    "people are quote tweeting my post and calling me a freak",
    "the comments on my youtube are horrible",
    "my ex posted everything, all of it",
    "掲示板の書き込みを消したい",
    "自分の悪口スレがある",
    "裏垢でわたしのこと書いてる人がいる",
    "ネットでゲイってバラされた",
    "もとかれに しゃしんを のせられた",
  ])("something up about them, in more words: %s", (text) => {
    expect(needs(text)).toContain("remove-posts");
  });

  it.each([
    "a random guy airdropped me a picture",
    "息子が顔写真と学校名を聞き出された",
    "親にばらされたくなければ金を払えと言われた",
    "my friends will roast me when they see my haircut",
  ])("nothing up about them: %s", (text) => {
    expect(needs(text)).not.toContain("remove-posts");
  });

  it.each([
    "someone made a fake insta of me",
    "a woman uses my photos on pairs with another name",
    "somebody made an account with my pictures and my name",
    "there's a copy of my instagram messaging my friends",
  ])("an account posing as them: %s", (text) => {
    expect(needs(text)).toContain("impersonation");
  });

  it("a fake account that only contacts them is not posing as them", () => {
    expect(needs("a fake account keeps messaging me")).not.toContain("impersonation");
  });

  it.each([
    "found a tiny camera in the share house bathroom",
    "he secretly filmed us in bed",
    "a boy took a photo up her skirt on the escalator",
    "寮の更衣室で着替えを撮られてた",
    "職場のトイレに隠しカメラが仕掛けられていた",
  ])("filmed against their will: sexual violence and intimate images both: %s", (text) => {
    const read = needs(text);
    expect(read).toContain("audience:sexual-violence-victims");
    expect(read).toContain("intimate-images");
  });

  it.each(["a man groped me on the train", "先輩に無理やりされた", "電車で痴漢された"])(
    "touched or forced: sexual violence, not images: %s",
    (text) => {
      const read = needs(text);
      expect(read).toContain("audience:sexual-violence-victims");
      expect(read).not.toContain("intimate-images");
    },
  );

  it.each([
    "元カレがさ、えろい写メばらまくって",
    "my ex has the videos we made together",
    "行為中の動画を送るって言われた",
  ])("intimate images in more words: %s", (text) => {
    expect(needs(text)).toContain("intimate-images");
  });
});
