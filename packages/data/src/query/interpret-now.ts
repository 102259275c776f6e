// Danger now, and acting now on thoughts of dying, read from the grammar of time and presence rather than from fixed
// phrases (ADR 0013, "Reading time and presence"): a present-time or imminent marker (今, さっきから, 今夜, これから,
// "right now", "tonight", "on his way") in the same clause as someone present or approaching (at the door, outside,
// following, waiting, getting in, coming over), or as an act on one's own life (jumping, pills taken, ending it
// today), is read; the progressive (〜てる, "is standing") says "now" by itself too, but only enough to ask. All on folded text (foldForTriage: katakana as
// hiragana, small kana full size, ている as てる, "he's" as "he is").
//
// These are closed classes of grammar (time deixis, aspect, the few nouns for the edge of a home, the verbs of coming
// and waiting), read only in combination: none of them says anything alone, so they live here and not in the lexicon,
// whose words each set a reading by themselves.
import { framing, JAPANESE, LATIN } from "./interpret-context.js";

/** What a cue says: someone present or approaching now, or the writer acting now on thoughts of dying. */
export type NowKind = "present" | "acting";

/** One reading of time and presence in a folded text. */
export interface NowCue {
  kind: NowKind;
  /** [start, end) of the words that gave it, in the folded text. */
  start: number;
  end: number;
  /**
   * Sure: a marker of now or of the next hours says it (いま, tonight, さっきから), or the act itself is done (pills
   * taken). Not sure: the progressive alone (外で待ってる) or a "maybe" (外にいるかも): the interpreter asks.
   */
  sure: boolean;
}

/** The marks that end a sentence (and a full stop no letter or digit follows: 3.5, www.x.com end nothing). */
const SENTENCE_END = /[。!?！？\n]/;
/** The marks that end a clause (and a full stop, as above). */
const CLAUSE_END = /[。、,!?！？;\n]/;

// --- Markers of time -------------------------------------------------------------------------------------------

/**
 * Now, or the next hours. 今 and いま as a word (not 今まで, 今度, 今年, 今朝, います, しまいます), さっき (just now),
 * まだ (still), 今夜/今日/これから (imminent). Romanised Japanese as people type it on a phone (ima, konya).
 */
const NOW_MARKER =
  /これから|こんや|きよう|さつき|まだ|今(?![まさ度年月週回朝更後])|(?:(?<![ぁ-ゖ])|(?<=[がはもをにでとた]))いま(?!まで|さら|す(?!ぐ)|せ|した|しよ)|\b(?:(?:right |just )?now|tonight|today|currently|still|on (?:his|her|their) way|ima|konya|mada|korekara)\b/;
/**
 * A "maybe", a fear of what may come or a time far off (かもしれない, 来たらどうしよう, いつか, "might", "one day"): at
 * most a question, and of a plan (来るって) with no marker of now, nothing.
 */
const MAYBE =
  /いつか|\b(?:one day|someday)\b|かも|(?:来|き|い)たら|心配|かな|だろう|でしよう|気がする|\b(?:might|may|could|maybe|if|afraid|worried)\b/;
/**
 * Something that happens again and again (keeps following me, 毎日, いつも): a pattern to stop, not "now" unless a
 * marker says it is happening now too.
 */
const HABIT = /毎|いつも|何度も|しよつちゆう|\b(?:keeps?|kept|every|always|often|usually)\b/;
/** Told as over: a past auxiliary before the verb ("was waiting", "had followed"), or 〜ていた/〜てた. */
const TOLD_PAST =
  /\b(?:was|were|had|used to|did|last night)\b|(?<!since )\bthis morning\b|今朝|さつきまで|[てで]た(?!い)|ました|でした/;

// --- Someone present or approaching ----------------------------------------------------------------------------

/** The edge of a home or of where the writer is: door, gate, window, outside, downstairs, behind. */
const EDGE_JA =
  "前|(?<![おな])まえ|(?<![海以案意])外|玄関|げんかん|どあ|窓|まど|下|門|裏口|近く|横|後ろ|べらんだ|駐車場";
/**
 * Someone other than the writer in the sentence (元彼が, 誰か, 男の人): 外にいる and 駅で待ってる alone may be the
 * writer's own whereabouts, so without one the cue is only asked about.
 */
const DOER_JA = /(?<!私|僕|俺|わたし|自分)[がはも]|誰か|人|男|女|あいつ/;
/** Being there, waiting, standing, lurking, in the progressive or present (いる, 待つてる, 立つてます). */
const THERE_JA =
  "いる|います|いて|居る|居ます|おる|立つて(?:る|ます)|(?:待|ま)つて(?:る|ます)|居座つて(?:る|ます)|うろ";

/**
 * How a grammar says "now": `marker` only with a marker of time in its clause (来るって may be next week's plan);
 * `aspect` by its own form (the progressive, a present state), sure with a marker and asked about without one;
 * `done` by what it says (pills already taken), sure by itself; `whose` like `aspect`, but sure only with someone
 * other than the writer in the sentence (DOER_JA); `gone` like `done`, and told in the past by nature (家を出ました:
 * the leaving is over, being gone is now), so not turned away as past.
 */
type Mode = "marker" | "aspect" | "done" | "whose" | "gone";
/**
 * A grammar: its pattern, how it says "now", and, where cheap, words of which every match holds one (a text without
 * any of them is not scanned: the patterns are tried on every text, and most have none of these words).
 */
type Grammar = readonly [pattern: RegExp, mode: Mode, holds?: readonly string[]];

/** Gone from home to meet someone known from online, or a grown man (ネットで知り合った男に会いに行くと言って家を出ました). */
const GONE_TO_MEET =
  /(?:知り合つた|知り合うた|知りおうた|ねつと|sns|げむ|あぷり|大人|男)[^。]{0,30}?(?:会いに|あいに|会う約束)[^。]{0,60}?(?:家|うち)を(?:出|で)(?:て(?:行|い)きました|ました|た(?:きり|まま)?|ていて|てる|てます)/;

/** Japanese presence and approach, each a grammar of its own (folded spellings). */
const PRESENT_JA: readonly Grammar[] = [
  // 家の前にいる, 外で待ってる, ドアの前に立ってる, 外に誰かいる.
  [new RegExp(`(?:${EDGE_JA})\\s*(?:に|で|から)?[^。、!?]{0,8}?(?:${THERE_JA})`), "whose"],
  // Following now: つけてくる, ついてきてる, つけられてる, 尾行されてる. つけて/ついて start a word or follow a
  // particle (not みつけてくる, found): the kana before is checked after the つ, so the pattern starts with text and
  // is tried only where a つ stands (starting with a look-behind, it was tried at every place, at ten times the cost).
  [
    /つ(?<!(?![をがにもでと])[ぁ-ゖ]つ)[けい]て(?:くる|きてる|きて|きます|きとる)|追(?:いかけ|つ)て(?:くる|きて)|(?:つけ|追いかけ|尾行さ)れて(?:る|ます)|つけられとる/,
    "aspect",
  ],
  // Come, coming, on the way (来てる: messages come too; 来るって may be next week's plan): with a marker.
  [/(?<![つてで])(?:来|き|向かつ)て(?:る|ます)(?![たし])|(?:来る|くる|来ます)(?:つて|から|らしい)/, "marker"],
  // On the way, by their own message (今から行くって, 今夜行くね): the marker just before.
  [
    /(?:今から|いまから|これから|今夜|今晩)[^。、]{0,8}?(?:来る|くる|来ます|向か|(?:行|い)く(?:つて|と|ね|ぞ|から))/,
    "marker",
  ],
  // The writer hiding from them now, or shut in (トイレに隠れてる, 部屋から出られない).
  [/(?:隠|かく)れて(?:る|ます)|から出(?:られ|れ)(?:ない|ません)/, "aspect"],
  // Steps behind them, someone at the bell now (うしろからずっと足音, ピンポン押してる).
  [
    /(?:後ろ|うしろ)から[^。、]{0,6}?(?:足音|ついて|つけ)|(?:ぴんぽん|ちやいむ|いんたほん)[^。、]{0,6}?(?:押して|鳴らして|鳴つて)(?:る|ます)/,
    "aspect",
  ],
  // At the door or window, knocking or kicking it (まどをたたいて, ドア蹴ってる, 戸ばドンドン叩いでる).
  [
    /(?:窓|まど|どあ|玄関|げんかん|扉|戸)[をばに]?[^。、]{0,6}?(?:叩|たた|蹴|け|どんどん|がちやがちや)(?:いて|いで|つて|して)(?:る|ます)?/,
    "aspect",
  ],
  // Inside and not leaving (居座ってます, 部屋に上がり込んで).
  [/居座つて(?:る|ます)|(?:部屋|家|うち)に上がり込(?:んで|み)/, "aspect"],
  // A child gone to meet someone (会いに出た, 会いに行った): with a marker of just now or today.
  [/会いに[^。、]{0,4}?(?:行|い|出|向)/, "marker"],
  [GONE_TO_MEET, "gone", ["会いに", "あいに", "会う約束"]],
];

/** Romanised Japanese, as typed where no Japanese keyboard is: soto de matteru, ie no mae ni iru, tsukerareteru. */
const ROMAJI = /\b(?:soto|mae|genkan|doa)\s*(?:de|ni)?\s*(?:matteru|iru|tatteru)\b|\b(?:tsukerareteru|kiteru)\b/;

/** English presence and approach (contractions already spelled out by folding). */
const PRESENT_EN: readonly Grammar[] = [
  // Present tense of being there or coming: "he is outside", "is at my door", "is on his way".
  [
    /\b(?:is|are) (?:still |now |right now )?(?:standing|waiting|sitting|parked|lurking|outside|downstairs|at (?:my|the|our) (?:front |apartment |building )?(?:door|window|gate|house|place|work|school|entrance)|in(?:side)? (?:my|the) (?:house|room|flat|apartment|lobby|kitchen|bedroom|garden|heya)|by the|behind me|following me|knocking|banging|ringing|getting in|breaking in|coming (?:over|here|to)|on (?:his|her|their) way)\b/,
    "aspect",
  ],
  // Terse, no verb: "someone outside", "ex at door".
  [
    /\b(?:someone|somebody|a man|a guy|he|ex|stranger) (?:outside|downstairs|behind me|at (?:my |the )?door|in my (?:house|room|flat))\b/,
    "aspect",
    ["outside", "downstairs", "behind me", "door", "in my "],
  ],
  // A child gone to meet someone: "just left to meet".
  [/\b(?:left|went|snuck out|ran off|going) to meet\b/, "marker", ["to meet"]],
  // Followed, someone right behind, not leaving: "being followed right now", "someone's following me home now", "he
  // is on the platform right behind me", "he will not leave the room".
  [
    /(?:\bbeing followed|\bfollowing me (?:home|from|since|off|to|again|now)|(?:\bis|\bare|\bbeen|'s) following me|\b(?:is|are)\b[^.!?]{0,30}\bbehind me|\bwill not leave (?:the|my))\b/,
    "aspect",
    ["follow", "behind me", "not leave"],
  ],
  // Beside them the whole way, told as still going on: "the same car has been behind me for 20 min", "a guy on a
  // bike that's been riding next to me since the station".
  [
    /\b(?:has|have|is) been (?:\w+ing )?(?:next to|behind|beside|alongside|following) me\b(?=[^.!?]{0,12}?\b(?:since|for (?:like |about )?(?:[0-9]+|an?) (?:min|minutes|hour|stops?|blocks?)|the whole way|all the way))/,
    "done",
    [" me"],
  ],
  // Said to them as a message: on the way, or waiting ("i'm coming to you, stay there", "waiting for you outside").
  [
    /\b(?:i am coming (?:to you|over|for you|to your)|waiting for (?:you|me) (?:outside|downstairs|at (?:the|your) door))\b/,
    "aspect",
    ["coming", "waiting"],
  ],
  // Hiding from them, said as done: the state is now ("i locked myself in the toilet").
  [/\b(?:locked myself in|hiding in (?:the|my))\b/, "done", ["locked myself", "hiding in"]],
];

// --- Acting now on thoughts of dying ----------------------------------------------------------------------------

/** A farewell: beside an act on one's life it says the act is now (さようなら, 今までありがとう, "goodbye"). */
const FAREWELL = /さよう?なら|今までありがと|お世話になりました|\b(?:goodbye|farewell)\b/;
/** Not reachable since (電話に出ない, 既読つかない, "not answering"): after a farewell, the act may be under way. */
const UNREACHABLE =
  /(?:電話|line|らいん)[^。、]{0,4}?出(?:ない|ません|ん)|既読(?:が)?つか(?:ない|ん)|\bnot (?:answering|picking up)\b/;

/** Japanese acts on one's own life, as done or about to be done. */
const ACTS_JA: readonly Grammar[] = [
  // Pills taken: 薬を全部飲んだ, 睡眠薬をたくさん飲んだ, 30錠飲んだ, ODした.
  [
    /(?:薬|くすり|錠)[をも]?(?:全部|ぜんぶ|大量に|たくさん|まとめて|[0-9]+錠)[^。、]{0,4}?(?:飲|の)んだ|[0-9]+錠飲んだ|odし(?:た|ちや)(?![くいら])/,
    "done",
    ["薬", "くすり", "錠", "odし"],
  ],
  // About to, with a marker: 今日で人生を終わりにします, 今から飛び込む, 今夜死にます.
  [
    /(?:飛び|とび)(?:降り|おり|込|こ)(?:る|む|ます)|首を(?:吊|つ)る|(?:今から|いまから|これから)(?:死ぬ|しぬ)|(?:人生|命)を?(?:終わ|絶)[^。、]{0,3}?ます|終わりにします|死にます|屋上(?!に(?:行|い)つ)/,
    "marker",
  ],
  // The means ready, the place reached, the end set for tonight (薬を全部出して並べてる, 会社の屋上にいる, 今夜で
  // 全部おわり), said as done.
  [
    /(?:薬|くすり)[をも]?(?:全部|ぜんぶ)[^。、]{0,8}?(?:出し|並べ|手に|持つ|用意)|(?:屋上|おくじよう)(?:に|で)?(?:いる|います|居る|来た|きた|来て|きて)|(?:今夜|今日|明日の朝)(?:で|には)[^。、]{0,8}?(?:終わり|おわり|いない|いなく)/,
    "done",
    ["薬", "くすり", "屋上", "おくじよう", "今夜", "今日", "明日の朝"],
  ],
];

/** English acts on one's own life. */
const ACTS_EN: readonly Grammar[] = [
  // "took all the pills", "swallowed a bottle of pills", "i overdosed".
  [
    /\b(?:took|taken|swallowed) (?:all|a (?:whole|bottle)|too many|[0-9]+)\b[^.!?]{0,30}?\b(?:pills|meds)\b|\boverdosed\b|\b(?:pills|meds)\s+(?:in|on)\s+(?:my|the)\s+(?:hand|hands|desk|table|lap)\b/,
    "done",
    ["pills", "meds", "overdosed"],
  ],
  // About to, with a marker: "end my life today", "jump from the platform now", "kill myself tonight".
  [
    /\b(?:about to (?:jump|end it)|jump(?:ing)? (?:off|from|in front)|end(?:ing)? (?:it|my life)(?! off)|kill(?:ing)? myself)\b/,
    "marker",
  ],
];

/** Whether the character at `i` of `text` ends a stretch (a full stop only when no letter or digit follows). */
function endsAt(text: string, i: number, marks: RegExp): boolean {
  const c = text[i] ?? "";
  if (c === ".") return !/[a-z0-9]/.test(text[i + 1] ?? "");
  return marks.test(c);
}

/** The stretch of `text` around [start, end) up to the marks, with where it starts. */
function around(text: string, start: number, end: number, marks: RegExp): [from: number, stretch: string] {
  let a = start;
  while (a > 0 && !endsAt(text, a - 1, marks)) a--;
  let b = end;
  while (b < text.length && !endsAt(text, b, marks)) b++;
  return [a, text.slice(a, b)];
}

/**
 * Whether a marker of now stands in the clause of [start, end), or in a bare clause just before it in the same
 * sentence (今、家の外に…; "right now, he is…"): a marker in another clause is about something else ("it is on
 * three sites now, how do i get them to take it down").
 */
function markedNow(text: string, start: number, end: number): boolean {
  const [from, clause] = around(text, start, end, CLAUSE_END);
  if (NOW_MARKER.test(clause)) return true;
  if (from < 2 || endsAt(text, from - 1, SENTENCE_END)) return false;
  const [, before] = around(text, from - 1, from - 1, CLAUSE_END);
  return before.trim().length <= BARE_CLAUSE && NOW_MARKER.test(before);
}
/** The most characters of a clause that is only a marker of time (今、 いま、 "right now,"). */
const BARE_CLAUSE = 10;

/** Whether the clause around [start, end) is told as over, as a maybe, or of a time far off. */
function frame(text: string, start: number, end: number): "past" | "maybe" | undefined {
  const [from, clause] = around(text, start, end, CLAUSE_END);
  // Past only before the cue or in the cue's own verb ("he was waiting", 待ってた), not in a later clause's, nor in
  // a relative clause before the one doing it (配信見てたっていう男が今…: the watching was before).
  const upTo = clause.slice(0, end - from + 2);
  const doer = upTo.slice(0, start - from).search(/[がは](?=[^がは]*$)/);
  if (TOLD_PAST.test(doer > 0 && JAPANESE.test(upTo) ? upTo.slice(doer) : upTo)) return "past";
  if (MAYBE.test(clause)) return "maybe";
  return undefined;
}

/** Every cue of time and presence in a folded text, in the order found (one per grammar at most). */
export function nowCues(text: string): NowCue[] {
  const out: NowCue[] = [];
  const look = (grammars: readonly Grammar[], kind: NowKind) => {
    for (const [pattern, mode, holds] of grammars) {
      if (holds && !holds.some((word) => text.includes(word))) continue;
      const m = pattern.exec(text);
      if (!m) continue;
      const start = m.index;
      const end = start + m[0].length;
      const marked = markedNow(text, start, end) || (kind === "acting" && FAREWELL.test(text));
      const f = frame(text, start, end);
      const [, clause] = around(text, start, end, CLAUSE_END);
      const done = mode === "done" || mode === "gone";
      if ((f === "past" && mode !== "gone") || (mode === "marker" && !marked)) continue;
      // The context rules every danger word meets: denied, told as past (先週, "last month"), quoted from a post.
      const romaji = pattern === ROMAJI;
      // Romanised Japanese has "no" as a particle, not the English denial (ie no mae ni iru).
      const context = romaji ? { denied: false, past: false, posted: false } : framing(text, start, end);
      if (context.denied || context.past) continue;
      // A maybe of someone coming, with nothing placing it now, is a fear of the future, not a question.
      if (f === "maybe" && !marked && (mode === "marker" || done)) continue;
      // Again and again (keeps following me, 毎日): a pattern to stop (stop-contact), now only when a marker says so.
      if (!marked && kind === "present" && !done && HABIT.test(clause)) continue;
      const [sentenceFrom, sentence] = around(text, start, end, SENTENCE_END);
      // The one there named before or within the cue (元彼が外に…, 外に男がいる), or the cue reported (下にいるって).
      const someone =
        mode !== "whose" ||
        DOER_JA.test(sentence.slice(0, end - sentenceFrom)) ||
        /^(?:つて|と(?:連絡|言))/.test(text.slice(end, end + 4));
      // Quoted from a post or a message: at most a question (a threat quoted from a post is not danger now). Not an
      // act on one's life: quoted, it is the person's own message (「今から死ぬ」とメッセージ).
      const quoted = context.posted && kind === "present";
      const sure = (f === undefined || mode === "gone") && !quoted && someone && (marked || done);
      out.push({ kind, start, end, sure });
    }
  };
  // Each script's grammars only where the text has that script: most texts are in one, and the patterns cost some
  // 5–10 µs on a 1,000-character text that has both.
  const japanese = JAPANESE.test(text);
  const latin = LATIN.test(text);
  if (japanese) look(PRESENT_JA, "present");
  if (latin) look(PRESENT_EN, "present");
  // Romanised Japanese is typed where no Japanese keyboard is: never beside kana or kanji.
  if (latin && !japanese) look([[ROMAJI, "aspect"]], "present");
  if (japanese) look(ACTS_JA, "acting");
  if (latin) look(ACTS_EN, "acting");
  // A farewell sent, and no answer since ("thank you all, goodbye" … "not answering her phone"): acting now.
  const gone = out.some((c) => c.kind === "acting") ? null : UNREACHABLE.exec(text);
  if (gone && FAREWELL.test(text))
    out.push({ kind: "acting", start: gone.index, end: gone.index + gone[0].length, sure: true });
  return out;
}
