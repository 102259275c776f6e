// Danger now, and acting now on thoughts of dying, read from the grammar of time and presence rather than from fixed
// phrases (ADR 0013, "Reading time and presence"): a present-time or imminent marker (今, さっきから, 今夜, これから,
// "right now", "tonight", "on his way") in the same sentence as someone present or approaching (at the door, outside,
// following, waiting, knocking, coming over), or as an act on one's own life (jumping, pills taken, ending it today);
// and the progressive (〜てる, "is standing") as "now" by itself. All on folded text (foldForTriage: katakana as
// hiragana, small kana full size, ている as てる, "he's" as "he is").
//
// These are closed classes of grammar (time deixis, aspect, the few nouns for the edge of a home, the verbs of coming
// and waiting), read only in combination: none of them says anything alone, so they live here and not in the lexicon,
// whose words each set a reading by themselves.
import { framing } from "./interpret-context.js";

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
const NOW_MARKER = new RegExp(
  [
    "たつた今|たつたいま|今すぐ|いますぐ|今から|いまから|これから|今夜|今晩|こんや|こんばん|今日|きょう|さつき|まだ|現在",
    "今(?![まごどねしかさ後度年月週回朝更])",
    "(?:(?<![ぁ-ゖ])|(?<=[がはもをにでと]))いま(?!まで|さら|す|せ|した|しよ)",
    "\\b(?:right now|now|tonight|today|currently|at the moment|still|as we speak|as i (?:type|write)|this minute|just now|on (?:his|her|their) way|ima|imasugu|konya|kyou|sakki|mada|korekara)\\b",
  ].join("|"),
);
/** Said of a time far off or undefined: never now (いつか, "one day"). */
const SOMEDAY = /いつか|そのうち|将来|\b(?:one day|someday|some day|eventually|in the future|ever)\b/;
/** A "maybe" or a fear of what may come: at most a question (かもしれない, 来たらどうしよう, "might", "what if"). */
const MAYBE =
  /かも|かもしれ|(?:来|き|い)たら|ないか(?:心配|不安|な)|かな|だろう|でしょう|気がする|\b(?:might|may|could|maybe|perhaps|what if|if|afraid|worried|scared (?:he|she|they) (?:will|would))\b/;
/**
 * Something that happens again and again (keeps following me, 毎日, いつも): a pattern to stop, not "now" unless a
 * marker says it is happening now too.
 */
const HABIT =
  /毎日|毎晩|毎朝|毎回|いつも|何度も|しよつちゆう|よく|\b(?:keeps?|kept|every (?:day|night|time|morning|week)|always|often|usually|sometimes|again and again)\b/;
/** Following online, not on foot ("following me on every platform"). */
const ONLINE =
  /\bon (?:every|all|my|his|her|instagram|insta|twitter|x|tiktok|facebook|line|social|the app|apps?)\b|(?:sns|垢|あか|ふぉろ|いんすた|ついつた)/;
/** Told as over: a past auxiliary before the verb ("was waiting", "had followed"), or 〜ていた/〜てた. */
const TOLD_PAST =
  /\b(?:was|were|had|used to|did|earlier today|last night)\b|(?<!since )\bthis morning\b|今朝|さつきまで|[てで]た(?![い])|ました|でした/;

// --- Someone present or approaching ----------------------------------------------------------------------------

/** The edge of a home or of where the writer is: door, gate, window, outside, downstairs, behind. */
const EDGE_JA =
  "前|(?<![海以案意])外|玄関|げんかん|どあ|窓|まど|下|門|校門|裏口|近く|横|そば|後ろ|うしろ|べらんだ|駐車場|入口|入り口|えんとらんす|向かい";
/**
 * Someone other than the writer in the sentence (元彼が, 誰か, 男の人, 来てるって): 外にいる and 駅で待ってる alone may
 * be the writer's own whereabouts, so without one the cue is only asked about.
 */
const DOER_JA = /(?<!私|僕|俺|わたし|あたし|ぼく|おれ|自分|うち)(?:が|は|も)|誰か|だれか|人|男|女|奴|やつ|あいつ/;
/** Being there, waiting, standing, lurking, in the progressive or present (いる, 待つてる, 立つてます). */
const THERE_JA =
  "いる|います|いて|居る|居ます|おる|おります|立つて(?:る|ます)|待つて(?:る|ます)|張(?:つて|り込んで)(?:る|ます)|うろうろ|うろついて";

/**
 * How a grammar says "now": `marker` only with a marker of time in its sentence (来るって may be next week's plan);
 * `aspect` by its own form (the progressive, a present state), sure with a marker and asked about without one;
 * `done` by what it says (pills already taken), sure by itself; `whose` like `aspect`, but sure only with someone
 * other than the writer in the sentence (DOER_JA).
 */
type Mode = "marker" | "aspect" | "done" | "whose";

/** Japanese presence and approach, each a grammar of its own (folded spellings). */
const PRESENT_JA: readonly [RegExp, Mode][] = [
  // 家の前にいる, 外で待ってる, ドアの前に立ってる, 下にいます.
  [new RegExp(`(?:${EDGE_JA})\\s*(?:に|で|から|の方に)?[^。、!?]{0,8}?(?:${THERE_JA})`), "whose"],
  // Someone inside with them, still there (彼がまだ部屋にいて, 夫が家にいる).
  [
    /(?:彼|かれ|元彼|夫|男|誰か|だれか|あいつ|やつ|奴|知らない人|相手)(?:が|は|も)(?:まだ|今|いま)?[^。、]{0,6}?(?:部屋|家|うち|中|隣|りびんぐ|寝室|台所|きつちん|玄関)(?:に|で)(?:いる|います|いて)/,
    "aspect",
  ],
  // Following now: つけてくる, ついてきてる, つけられてる, 追いかけてくる, 尾行されてる.
  [
    /(?:(?<![ぁ-ゖ])|(?<=[をがにもでと]))(?:つけ|つい|おいかけ)て(?:くる|きてる|きて|きます|きとる|きよる)|(?:追いかけ|追つ)て(?:くる|きてる|きて|きます|きとる)|(?:(?<![ぁ-ゖ])|(?<=[をがにもでと]))つけられて(?:る|ます)|(?:追いかけ|おいかけ|尾行さ)れて(?:る|ます)|つけられとる/,
    "aspect",
  ],
  // On the way: 向かってる.
  [/向かつて(?:る|ます|いる)/, "aspect"],
  // Come, coming (来てる: messages come too), said or messaged (今から来るって): "now" only with a marker.
  [/(?<![つてで])(?:来|き)て(?:る|ます)(?![たし])|(?:来る|くる|来ます)(?:つて|から|らしい)/, "marker"],
  // On the way, by their own message (今から行くって, これから向かう): the marker must come just before.
  [
    /(?:今から|いまから|これから|今夜|今晩|今すぐ)[^。、]{0,8}?(?:来る|くる|来ます|行く|いく|行きます|向かう|向かいます)/,
    "marker",
  ],
  // At the door: knocking, ringing, trying the handle, getting in.
  [
    /(?:のつく|叩|たた|鳴らし|鳴つて|ぴんぽん|ちやいむ|いんたほん)[^。、]{0,6}?(?:てる|ます|続け)|(?:入ろう|開けよう|開けよ)と(?:して|する)|入つて(?:くる|きてる)|がちやがちや/,
    "aspect",
  ],
  // The writer hiding from them now, or shut in (トイレに隠れてる, 部屋から出られない).
  [/(?:隠|かく)れて(?:る|ます)|(?:部屋|家|といれ|車)から出(?:られ|れ)(?:ない|ません)/, "aspect"],
  // Hurting them now: 殴られてる, 殴ってくる, 暴れてる, 怒鳴ってる.
  [
    /(?:殴|なぐ|叩|たた|蹴|け)(?:ら)?れて(?:る|ます)|(?:殴|なぐ)つて(?:る|くる|きて)|(?:暴|あば)れて(?:る|ます)|(?:怒鳴|どな)つて(?:る|ます)|首を?(?:絞|し)め(?:られ|て)/,
    "aspect",
  ],
  // A child gone to meet someone (会いに出た, 会いに行った): with a marker of just now or today.
  [/会いに[^。、]{0,4}?(?:行|い|出|向)/, "marker"],
];

/**
 * Romanised Japanese, as typed on a phone without a Japanese keyboard: soto de matteru, ie no mae ni iru,
 * tsukerareteru. Its particle "no" is not the English denial, so it is denied only by its own ending (inai, imasen).
 */
const ROMAJI =
  /\b(?:soto|mae|genkan|doa|shita|ushiro)\s*(?:de|ni)?\s*(?:matteru|iru|imasu|tatteru)\b|\b(?:tsukerareteru|tsuketekuru|tsuitekuru|kiteru|mukatteru)\b/;
const ROMAJI_DENIAL = /^\s*(?:nai|naku|masen|nakatta)\b|^(?:nai|masen)\b/;

/** English presence and approach (contractions already spelled out by folding). */
const PRESENT_EN: readonly [RegExp, Mode][] = [
  // Present tense of being there: "he is outside", "someone is at my door", "is parked across the street".
  [
    /\b(?:is|are)\s+(?:still\s+|now\s+|right now\s+|just\s+)?(?:standing|waiting|sitting|parked|lurking|hanging around|outside|downstairs|across the street|at (?:my|the|our) (?:door|front door|window|gate|house|apartment|flat|place|building|work|school|station)|in (?:my|the|our) (?:house|home|room|flat|apartment|building|lobby|car park|parking lot|garden|hallway|living room|kitchen|bedroom|driveway|stairwell|corridor)|by the|behind me|following me|knocking|banging|pounding|ringing|buzzing|trying (?:to get in|to open|the door|the handle)|getting in|breaking in|coming (?:over|here|to)|on (?:his|her|their|the) way)\b/,
    "aspect",
  ],
  // Terse, no verb: "someone outside", "a man at my door".
  [
    /\b(?:someone|somebody|a man|a guy|a woman|a stranger|he|she|they|ex|this guy|the guy|the man|man|guy|stranger)\s+(?:still\s+|now\s+)?(?:outside|downstairs|near|(?:walking|standing|right) behind me|at (?:my |the )?door|at (?:my|the) (?:door|window|gate)|in (?:my|the) (?:house|room|flat|apartment)(?! building| block| complex)|behind me)\b/,
    "aspect",
  ],
  // Following, knocking, coming: "following me", "banging on my door", "coming over".
  [
    /\b(?:following|tailing|chasing) me\b|\b(?:knocking|banging|pounding|kicking) (?:on |at )?(?:my|the) (?:door|window)\b|\bcoming (?:over|here|to (?:my|get me|find me))\b/,
    "aspect",
  ],
  // The writer hiding from them: "i am hiding in the bathroom".
  [
    /\bi am (?:hiding|locked in|locking myself)\b|\b(?:hid(?:e|ing)|locked myself) in (?:the |my |a )?(?:bathroom|toilet|closet|car|room)\b/,
    "aspect",
  ],
  // Hurting them now: "he is hitting me", "is choking me", "shouting at me".
  [
    /\b(?:is|are)\s+(?:still\s+)?(?:hitting|beating|choking|strangling|hurting|kicking|attacking|grabbing|yelling at|shouting at|screaming at|throwing things at)\s+(?:me|us|my|her|him)\b/,
    "aspect",
  ],
  // A child gone to meet someone: "just left to meet", "is going to meet him".
  [/\b(?:left|gone|went|sneaked out|snuck out|going|ran off|ran away) (?:out )?to meet\b/, "marker"],
];

// --- Acting now on thoughts of dying ----------------------------------------------------------------------------

/** A farewell: beside an act on one's life it says the act is now (さようなら, 今までありがとう, "goodbye"). */
const FAREWELL =
  /さようなら|さよなら|今までありがとう|いままでありがとう|お世話になりました|\b(?:goodbye|farewell|bye everyone)\b/;

/** Japanese acts on one's own life, as done or about to be done. */
const ACTS_JA: readonly [RegExp, Mode][] = [
  // Pills taken: 薬を全部飲んだ, 睡眠薬をたくさん飲んだ, 30錠飲んだ, ODした.
  [
    /(?:薬|くすり|睡眠薬|錠剤|ぴる)[をも]?(?:全部|ぜんぶ|大量に|たくさん|いつぱい|まとめて|一箱|[0-9]+錠)[^。、]{0,4}?(?:飲ん|のん)(?:だ|じや)|[0-9]+錠(?:飲ん|のん)だ|(?:od|おばどず)(?:した|しちや)(?![くいら])/,
    "done",
  ],
  // On the edge now: 飛び降りようとしてる.
  [/(?:飛び降り|とびおり|飛び込|とびこ)ようと(?:して|する)/, "aspect"],
  // About to, with a marker: 今日で人生を終わりにします, 今から飛び込む, 今夜死にます.
  [
    /(?:飛び降り|とびおり|飛び込|とびこ)(?:る|む|ます|ちや)|首を(?:吊|つ)(?:る|ります)|(?:人生|命|全部|すべて|全て)を?(?:終わりに|終わら|おわりに|おわら|絶ち|たち)(?:します|する|せます|せる|ます)|終わりにします|死にます|しにます/,
    "marker",
  ],
];

/** English acts on one's own life. */
const ACTS_EN: readonly [RegExp, Mode][] = [
  // "took all the pills", "swallowed a bottle of pills", "i overdosed".
  [
    /\b(?:took|taken|swallowed|downed)\s+(?:all|a whole|the whole|a bottle|the bottle|a box|too many|a lot|a handful|[0-9]+)\b[^.!?]{0,30}?\b(?:pills|tablets|meds|medication|sleeping)\b|\bi (?:have )?overdosed\b/,
    "done",
  ],
  // On the edge now: "i am jumping", "i am on the roof".
  [
    /\bi am (?:jumping|standing on the (?:edge|ledge|roof|platform|bridge)|on the (?:roof|ledge|bridge|edge))\b/,
    "aspect",
  ],
  // About to, with a marker: "end my life today", "jump from the platform now", "kill myself tonight".
  [
    /\bi am going to jump\b|\babout to (?:jump|do it|end it)\b|\b(?:jump|jumping) (?:off|from|in front)\b|\b(?:end|ending) (?:it|it all|my (?:own )?life)\b(?! off)|\btak(?:e|ing) my (?:own )?life\b|\bkill(?:ing)? myself\b/,
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
function frame(text: string, start: number, end: number): "past" | "someday" | "maybe" | undefined {
  const [from, clause] = around(text, start, end, CLAUSE_END);
  if (SOMEDAY.test(clause)) return "someday";
  // Past only before the cue or in the cue's own verb ("he was waiting", 待ってた), not in a later clause's.
  if (TOLD_PAST.test(clause.slice(0, end - from + 2))) return "past";
  if (MAYBE.test(clause)) return "maybe";
  return undefined;
}

const JAPANESE = /[ぁ-ゖ\u3400-\u9fff]/;
const LATIN = /[a-z]/;

/** Every cue of time and presence in a folded text, in the order found (one per grammar at most). */
export function nowCues(text: string): NowCue[] {
  const out: NowCue[] = [];
  const look = (grammars: readonly [RegExp, Mode][], kind: NowKind) => {
    for (const [pattern, mode] of grammars) {
      const m = pattern.exec(text);
      if (!m) continue;
      const start = m.index;
      const end = start + m[0].length;
      const marked = markedNow(text, start, end) || (kind === "acting" && FAREWELL.test(text));
      const f = frame(text, start, end);
      const [, clause] = around(text, start, end, CLAUSE_END);
      if (f === "someday" || f === "past" || (mode === "marker" && !marked)) continue;
      // The context rules every danger word meets: denied, told as past (先週, "last month"), quoted from a post.
      const romaji = pattern === ROMAJI;
      const context = romaji
        ? { denied: ROMAJI_DENIAL.test(text.slice(end - 3, end + 8)), past: false, posted: false }
        : framing(text, start, end);
      if (context.denied || context.past) continue;
      // A maybe of someone coming, with nothing placing it now, is a fear of the future, not a question.
      if (f === "maybe" && !marked && (mode === "marker" || mode === "done")) continue;
      // Again and again, or online: a pattern to stop (stop-contact), now only when a marker says so.
      if (!marked && kind === "present" && (HABIT.test(clause) || ONLINE.test(clause))) continue;
      const [sentenceFrom, sentence] = around(text, start, end, SENTENCE_END);
      // The one there named before or within the cue (元彼が外に…, 外に男がいる), or the cue reported (下にいるって).
      const someone =
        mode !== "whose" ||
        DOER_JA.test(sentence.slice(0, end - sentenceFrom)) ||
        /^(?:つて|と(?:連絡|言))/.test(text.slice(end, end + 4));
      // Quoted from a post or a message: at most a question (a threat quoted from a post is not danger now).
      const sure = f === undefined && !context.posted && someone && (marked || mode === "done");
      out.push({ kind, start, end, sure });
    }
  };
  // Each script's grammars only where the text has that script: most texts are in one, and the patterns cost some
  // 20 µs on a 1,000-character text that has both.
  const japanese = JAPANESE.test(text);
  const latin = LATIN.test(text);
  if (japanese) look(PRESENT_JA, "present");
  if (latin) look(PRESENT_EN, "present");
  // Romanised Japanese is typed where no Japanese keyboard is: never beside kana or kanji.
  if (latin && !japanese) look([[ROMAJI, "aspect"]], "present");
  if (japanese) look(ACTS_JA, "acting");
  if (latin) look(ACTS_EN, "acting");
  return out;
}
