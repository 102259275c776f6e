// What surrounds a word in a person's text, for the readings that must not be guessed: whether the word is denied
// ("not in danger"), told as something past ("last year"), or quoted from a post ("he posted 'I will kill you'"),
// and the ages and school years a text gives (中2, 14歳, "I'm 14"). All on folded text (foldText).

/** Kana or kanji: a folded text has Japanese in it (its Japanese patterns are worth trying). */
export const JAPANESE = /[ぁ-ゖ\u3400-\u9fff]/;
/** A Latin letter (folded text is lower case): the text has English or romanised Japanese in it. */
export const LATIN = /[a-z]/;

/** Where a clause ends: sentence and clause punctuation, and line breaks. */
const CLAUSE_END = /[。、,.!?！？;\n]/;
/** Where a sentence ends. */
const SENTENCE_END = /[。.!?！？\n]/;

/**
 * Japanese denials that follow a word closely (殺すとは言われてない, 死にたいわけじゃない), not かもしれない; and, right
 * after an inflected word's stem form (inflection.ts), its negative ending: 殺さ|ない, 殺され|なかった, 来|ない, 死にたく|
 * ない; not a duty (殺さなきゃ, 殺さなければ, 殺さないと), though ないと思う is a denial.
 */
const JA_DENIAL =
  /^(?:ら?れ|さ?せ)?な(?:い(?!と(?!思|おも))|かつた|くて)|^ず(?!つと)|^.{0,8}?(?:わけ(?:じや|では)?な[いく]|(?:じや|では)な[いく]|[てで]い?な(?:い|かつた)|[てでと]らん|[てでれ]へん|ません|なかつた|(?:は|も)な(?:い|かつた))|^.{0,3}いな(?:い|かつた)/;
/** English denials just before a word ("i do not want to die", "he is not outside"). */
const EN_DENIAL = /\b(?:not|never|no|nobody|nothing|without|neither|nor)\b(?:\s+\S+){0,3}\s*$/;

/** Words that place a sentence in the past. */
const PAST =
  /先週|先月|去年|昨年|昨日|昨夜|きのう|この前|こないだ|以前|昔|むかし|年前|[かけヵ]月前|週間前|日前|当時|今朝|(?:小|中|高)学生の(?:頃|ころ|とき|時)|\b(?:yesterday|this morning|earlier today|last (?:week|month|year|night)|(?:years?|months?|weeks?|days?) ago|used to|back then|in the past|when i was)\b/;
/** Words that place it now, which win over the past (去年別れた元彼が今家の前にいる). */
const NOW =
  /今(?![朝年月週度回更後])|いま|まだ|また|今夜|今日|\b(?:now|right now|still|again|tonight|today|currently)\b/;

/** Words that tell of something that happens again and again (毎日, 何度も, "every time", "keeps"). */
const HABIT =
  /毎日|毎朝|毎晩|毎回|いつも|何度も|何回も|たびに|度に|ことがある|こともある|しよつちゆう|\b(?:every (?:day|night|morning|time|week)|always|keeps?|often|whenever|sometimes)\b/;

/** After a quoted word: と/って, then a verb of posting or writing (殺すって書かれた, 死ねと投稿された). */
const JA_POSTED =
  /^.{0,4}?(?:と|つて)[^。\n]{0,8}?(?:書|かか|かい|投稿|つぶや|呟|ぽすと|りぷ|こめんと|めつせ|送ら|おくら|dm|晒)/;
/** Before a quoted word: a verb of posting within a few words ("he posted that he would kill me"). */
const EN_POSTED =
  /\b(?:posted|posting|wrote|writes|written|commented|tweeted|replied|messaged|texted|dmed|dm'd|captioned|saying)\b(?:\s+\S+){0,6}\s*$/;
const QUOTES: [string, string][] = [
  ["「", "」"],
  ["『", "』"],
  ['"', '"'],
  ["“", "”"],
];

/** The clause of `text` around [start, end). */
function clause(text: string, start: number, end: number, boundary: RegExp): string {
  let a = start;
  while (a > 0 && !boundary.test(text[a - 1] ?? "")) a--;
  let b = end;
  while (b < text.length && !boundary.test(text[b] ?? "")) b++;
  return text.slice(a, b);
}

/** How a word at [start, end) of folded `text` is framed. */
export interface Framing {
  /** Denied: "not", ない. */
  denied: boolean;
  /** Told as past, with nothing placing it now. */
  past: boolean;
  /** Quoted from, or reported as, a post or message. */
  posted: boolean;
  /** Told as something that happens again and again (毎日待ち伏せされる), with nothing placing it now. */
  habit: boolean;
}

/**
 * Whether [start, end) of folded `text` stands between quotation marks (「」, 『』, "", “”): one opens within the 60
 * characters before it, is not closed before it, and a close follows it. Quoted words are someone else's: a post, a
 * message, or what the person doing it said.
 */
export function inQuotes(text: string, start: number, end = start): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return QUOTES.some(([open, close]) => {
    const o = before.lastIndexOf(open);
    return o >= 0 && before.indexOf(close, o + 1) < 0 && text.indexOf(close, end) >= 0;
  });
}

/** How the word at [start, end) is framed in folded `text`. */
export function framing(text: string, start: number, end: number): Framing {
  const after = text.slice(end, end + 14).split(CLAUSE_END)[0] ?? "";
  const before = text.slice(Math.max(0, start - 60), start);
  const beforeClause = before.split(CLAUSE_END).pop() ?? "";
  const denied = JA_DENIAL.test(after) || EN_DENIAL.test(beforeClause);
  // Past if the sentence, or what comes before it (昨日のことです。駅で…), places it in the past, and nothing in
  // the sentence itself places it now.
  const sentence = clause(text, start, end, SENTENCE_END);
  const past = (PAST.test(sentence) || PAST.test(text.slice(Math.max(0, start - 80), start))) && !NOW.test(sentence);
  const posted = JA_POSTED.test(after) || EN_POSTED.test(beforeClause) || inQuotes(text, start, end);
  const habit = HABIT.test(sentence) && !NOW.test(sentence);
  return { denied, past, posted, habit };
}

/**
 * Where words are not about the person: a story, a lesson or the word itself (ドラマのストーカー役, ストーカー規制法って
 * 何年に, "a novel about a stalker", "the japanese word for stalker"), the writer as the one doing it ("i was stalking
 * my crush's playlists"), or a boss's or a mother's "kill" as a figure of speech (部長に殺される, "my manager will
 * literally murder me if i'm late"). Each is the clause a word stands in, not the whole text: 元彼がドラマみたいに
 * 毎日来る is told by comparison (みたい, "like in"), and is about them.
 */
const STORY_JA =
  /どらま|小説|映画|漫画|あにめ|宿題|感想文|れぽと|論文|俳優|つて(?:英語|えいご)(?:でも|で何|でなん|だと)|つて(?:何|なに)(?=[?？]|です|だ|の|なの)|つて(?:どういう|いつ(?![てたと]))|とは(?:何|なに)/;
const STORY_EN =
  /\b(?:novel|(?:the|tv|a) drama|movie|(?:a|the|this) book|tv show|the show|series|netflix|thriller|essay|statistics|sources|documentary|podcast|fiction|character|actress|actor|word for|true-crime|playlists?|spotify)\b/;
const COMPARED = /みたい|のよう|\blike (?:a|in|the)\b/;
const NOT_ABOUT_THEM =
  /\bi (?:was |am |have been )?(?:stalking|stalked)\b|\b(?:boss|manager|tencho|mom|mum|teacher|coach|senpai)\s+(?:(?:is|will|would|is going to|gonna|going to)\s+)?(?:literally\s+|actually\s+|totally\s+|so\s+)?(?:kill|murder)\s+me\b|(?:部長|課長|上司|店長|先生|おかん|かあちやん)に(?:絶対|まじで|確実に|普通に)?(?:殺される|ころされる)/;

/** The last text looked at, and whether any of its clauses can be not about them (most texts have none). */
let lastText = "";
let lastMaybe = false;

/** Whether the word at [start, end) of folded `text` is not about the person (a story, the word itself, a figure). */
export function notAboutThem(text: string, start: number, end: number): boolean {
  if (text !== lastText) {
    lastText = text;
    lastMaybe = NOT_ABOUT_THEM.test(text) || STORY_JA.test(text) || STORY_EN.test(text);
  }
  if (!lastMaybe) return false;
  const c = clause(text, start, end, CLAUSE_END);
  if (NOT_ABOUT_THEM.test(c)) return true;
  return (STORY_JA.test(c) || STORY_EN.test(c)) && !COMPARED.test(c);
}

/** An age or school year found in a text, and the words that gave it. */
export interface AgeFound {
  /** The age in years (school years as the usual age: 中2 → 13). */
  age: number;
  words: string;
}

// School years as the age a pupil turns in that year (小1 → 6, 中1 → 12, 高1 → 15).
const SCHOOL_BASE: Record<string, number> = { 小: 5, 中: 11, 高: 14 };
const JA_SCHOOL = /(?<![\u4e00-\u9fff])(小|中|高)(?:学|校)?([1-6])(?:年生?)?(?![0-9])/gu;
const JA_AGE = /(?<![0-9])([1-9][0-9]?)(?:歳|才|さい)/g;
const EN_AGE =
  /\b(?:i am|am|aged?|turned|turning|is|he is|she is)\s+([1-9][0-9]?)\b(?!\s*(?:am|pm|times|days|hours|minutes|people|messages|posts|accounts|%))|\b([1-9][0-9]?)[\s-]*(?:years?|yrs?)[\s-]*old\b|\b([1-9][0-9]?)\s?yo\b/g;
// A teenager's own shorthand opening the text or in brackets: 16F, (m15). Only 10-17, so "5m away" is no age.
const EN_TEEN_SELF =
  /(?:^|\()\s*(1[0-7])\s?(?:,\s*)?[mf]\b|(?:^|\()\s*[mf]\s?(?:,\s*)?(1[0-7])\b|^(1[0-7]),\s|\b(?:both|all) (1[0-7])\b|\b(?:student|students|pupil|daughter|son|girl|boy|sister|brother|friend|graders?)\s*\((1[0-7])\)/g;
const EN_GRADE = /\b([1-9]|1[0-2])(?:st|nd|rd|th) grade(?:rs?)?\b|\bgrade ([1-9]|1[0-2])\b/g;
// British school years (year 9 is 13 to 14).
const EN_YEAR = /\b(?:year|yr) ([7-9]|1[0-2])\b/g;
/** School years said in words, with no digit to find them by: 高校一年, "second year of high school", JK. */
const KANJI_YEAR: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const JA_SCHOOL_KANJI = /(?<![\u4e00-\u9fff])(小|中|高)(?:学|校)?([一二三四五六])(?:年|(?![\u4e00-\u9fff]))/u;
const EN_HIGH_SCHOOL =
  /\b(?:(?:1st|2nd|3rd|first|second|third|final|last) year (?:of |in |at )?(?:high ?school|hs|middle school|junior high)|(?:high ?school|hs) (?:1st|2nd|3rd|first|second|third)[ -]year|high ?school (?:girl|boy|student|kid)|high ?schooler|(?:senior|junior|sophomore|freshman) (?:in|at) (?:high ?school|hs))\b/;
// 女子高生 and 女子中学生 in their shorthand, only beside kana ("jk" in English is "just kidding").
/** 中学 years in kana (ちゅうに, ちゅうさん: folded, ちゆうに), before what ends a word. */
const JA_CHUU = /(?<![ぁ-ゖ])ちゆう(いち|に|さん)(?=です|だ|の|で|[。、\s!?！？]|$)/;
const KANA_NUMBER: Record<string, number> = { いち: 1, に: 2, さん: 3 };
const JA_JK = /(?<![a-z])(jk|dk|jc|dc)[1-3]?(?![a-z])/;
const KANA = /[\u3040-\u30ff]/;

/** The age a pupil of school `kind` (小, 中, 高) turns in `year`; undefined past the school's last year. */
function schoolAge(kind: string, year: number): number | undefined {
  return kind === "小" || year <= 3 ? (SCHOOL_BASE[kind] ?? 0) + year : undefined;
}

/** Every age and school year a folded text gives. */
export function agesIn(text: string): AgeFound[] {
  const out: AgeFound[] = [];
  const kanji = JA_SCHOOL_KANJI.exec(text);
  const kanjiAge = kanji ? schoolAge(kanji[1] ?? "", KANJI_YEAR[kanji[2] ?? ""] ?? 0) : undefined;
  if (kanji && kanjiAge !== undefined) out.push({ age: kanjiAge, words: kanji[0] });
  const chuu = JA_CHUU.exec(text);
  if (chuu) out.push({ age: 11 + (KANA_NUMBER[chuu[1] ?? ""] ?? 1), words: chuu[0] });
  const high = EN_HIGH_SCHOOL.exec(text);
  if (high) out.push({ age: /middle|junior/.test(high[0]) ? 13 : 16, words: high[0] });
  const jk = KANA.test(text) ? JA_JK.exec(text) : null;
  if (jk) out.push({ age: jk[1]?.endsWith("k") ? 16 : 13, words: jk[0] });
  // Every age and school year has a digit, and starts at most AGE_LEAD characters before it ("turning 15",
  // "grade 9", 中学2): the patterns are tried only from there (they still see the text around, for \b and
  // look-behinds), not over the whole text.
  const windows: [number, number][] = [];
  // The digits found by a pattern, a native scan, not a loop over every character: most texts have none or a few.
  DIGIT.lastIndex = 0;
  for (let m = DIGIT.exec(text); m !== null; m = DIGIT.exec(text)) {
    const i = m.index;
    const from = Math.max(0, i - AGE_LEAD);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = i + 1;
    else windows.push([from, i + 1]);
  }
  if (windows.length === 0) return out;
  // Each window is read as a slice with one character before it (for look-behinds and \b) and AGE_TAIL after its
  // last digit (for "years old" and the look-aheads), so no pattern scans the rest of the text.
  const each = (pattern: RegExp, visit: (m: RegExpExecArray) => void) => {
    for (const [from, to] of windows) {
      const start = Math.max(0, from - 1);
      const slice = text.slice(start, to + AGE_TAIL);
      pattern.lastIndex = from - start;
      for (let m = pattern.exec(slice); m !== null && m.index < to - start; m = pattern.exec(slice)) visit(m);
      pattern.lastIndex = 0;
    }
  };
  each(JA_SCHOOL, (m) => {
    const age = schoolAge(m[1] ?? "", Number(m[2]));
    if (age !== undefined) out.push({ age, words: m[0] });
  });
  each(JA_AGE, (m) => out.push({ age: Number(m[1]), words: m[0] }));
  each(EN_AGE, (m) => out.push({ age: Number(m[1] ?? m[2] ?? m[3]), words: m[0] }));
  each(EN_TEEN_SELF, (m) => out.push({ age: Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]), words: m[0] }));
  each(JA_KANA_YEAR, (m) => out.push({ age: 5 + Number(m[1]), words: m[0] }));
  each(EN_CHUU, (m) => out.push({ age: 11 + Number(m[1]), words: m[0] }));
  each(EN_GRADE, (m) => out.push({ age: Number(m[1] ?? m[2]) + 5, words: m[0] }));
  each(EN_YEAR, (m) => out.push({ age: Number(m[1]) + 4, words: m[0] }));
  return out;
}

/**
 * A school year in kana, as a child types it (2ねんせい, 5ねん。): a pupil's, so a primary school's. Not 2ねんまえ
 * (two years ago). And 中学 in romaji (chuu2).
 */
const JA_KANA_YEAR = /(?<![0-9])([1-6])ねん(?:せい|(?=[。、\s]|$))/g;
const EN_CHUU = /\bchuu ?([1-3])\b/g;
/** A digit (the exec loop in agesIn runs it to the end, which leaves lastIndex at 0). */
const DIGIT = /[0-9]/g;
/** How far before its first digit an age or school year may start ("he is turning 15": "turning " is 8). */
const AGE_LEAD = 16;
/** How far after its last digit an age may end, with what its patterns look at after it ("15 yrs old", "9 minutes"). */
const AGE_TAIL = 24;

/** The age under which a person is a child (Japan: 18). */
export const ADULT_AGE = 18;

/**
 * Threats said in the forms threats take, beyond the words the lexicon lists: Japanese volitional endings
 * (晒してやる, 覚えてろ, ただじゃおかない) and English "will hurt you" / "you'll regret it" / "or else"; something
 * spread unless they do as told (別れるなら送る, "or they post it"); harm wished in earnest ("should be shot",
 * 夜道には気をつけて).
 */
const THREAT_FORMS = [
  /(?:して|つて|んで|いで|して|て)やる(?:から|ぞ|な|[。!！\s」』"']|$)|(?:して|て)やろうか/,
  /覚えと(?:け|けよ)|覚えて(?:ろ|おけ|なさい)|おぼえてろ|ただじや(?:おかない|すまない|済まない)|ただで(?:済む|すむ)と思う|逃げても無駄|どこに(?:いて|逃げて|隠れて)も(?:探|さが|見つけ|みつけ)|次はお前|道連れ|(?:怪我|けが)(?:を)?する(?:ぞ|よ|から|で|[」』])|後悔(?:する|させ)(?:ぞ|よ|から|[」』])|(?:包丁|ないふ|刃物|ばつと|灯油|がそりん)(?:を)?持つて(?:行|い)く|(?:され|られ)たくな(?:ければ|かつたら)/,
  // Not a boss's or a parent's "is going to kill me", a figure of speech (the lexicon's not-a-threat).
  /(?<!\b(?:boss|mom|mum|dad|parents|teacher)\s+(?:is\s+|are\s+)?(?:literally\s+|so\s+|totally\s+)?)\b(?:will|wil|would|gonna|gon|going to|wanna|want to|is going to|said he'd|said she'd|said they'd|(?:he|she|they)'d|'ll|(?:he|she|they|i|we)ll)\s+['"‘“]?(?:kill|kil|hurt|find|get|burn|stab|beat|rape|ruin|expose|destroy|come for|come after|track down|hunt|hit|punch|smash|break|attack|shoot|jump|beat up)\s+(?:me|you|my|her|him|us|them|your)\b/,
  /\byou(?:'ll| will|ll)\s+(?:regret|pay|be sorry)\b|\bor else\b|\bwatch your back\b|\byou're next\b|\byou are next\b|\bshame if\b|\bsomething (?:bad )?(?:will|might|could|would) happen to\b|\bor (?:die|you die|you are dead|you'?re dead)\b|\bwhen i see (?:you|her|him)\b[^.!?\n]{0,12}?\b(?:you are|you'?re|she is|he is) dead\b|\bif i see (?:you|her|him)\b[^.!?\n]{0,12}?\b(?:you are|you'?re|she is|he is) dead\b|\bbullet in\b|\bbe careful['"’”]|\b(?:we|i) know where (?:you|your)\b|\bburn\s+(?:the|your|her|his|my|our|it)\b[^.!?\n]{0,30}?\b(?:house|home|place|down|car|shop)\b|\bcome\s+(?:up\s+|round\s+|around\s+|over\s+|back\s+|down\s+)?and\s+(?:hurt|beat|kill|sort|stab|fix|get)\s+(?:you|me|her|him|us|u)\b/,
  // Harm promised in other words: "i'll make sure you never walk again", "pay your mom a visit", "come fix you".
  /\b(?:'ll|will|gonna|going to|(?:he|she|they|i|we)ll)\s+(?:make sure you|pay (?:you|your \w+) a visit|come (?:and )?fix you|settle (?:it|this))\b|\bhave (?:an )?accidents?\b|\bend up in (?:the|a) (?:river|ditch|hospital)\b|\bbe careful (?:walking|on your way|at night|going home)\b|\bpay (?:her|him|them|you) a visit\b|\bthink (?:real |really )?hard about\b|\beveryone will know\b|\bsend people to (?:your|my|her|his) (?:house|home|place)\b/,
  // Spreading something unless they do as told (sextortion, blackmail): "send money or she sends the video".
  /\b(?:or|unless|if (?:i|you|she|he|we) (?:ever )?(?:don'?t|do not|dont|stop|won'?t|leave|block|tell|call))\b[^.!?\n]{0,60}?\b(?:send|sends|post|posts|share|shares|show|shows|tell|tells|leak|leaks|upload|spread|release|expose)\b|\b(?:will|'ll|gonna|going to)\s+(?:tell|send|show|post)\b[^.!?\n]{0,60}?\bunless\b/,
  /\b(?:will|'ll|gonna|going to)\s+(?:send|post|share|show|leak|upload|spread|release|put)\s+(?:my|our|the|your|it|them|those|these|her|his)\b/,
  /\bshould\s+(?:be\s+)?(?:shot|killed|die|dead|hurt|beaten|raped)\b|\bsomeone should\s+(?:shoot|kill|hurt|stab|teach|beat)\b|\b(?:teach|learn)\s+(?:me|her|him|you|them|my|her|his|a)\s+(?:a\s+)?lesson\b|\baccidents happen\b|\bjump (?:me|her|him)\b/,
  // 別れるなら…全員に送る, 既読無視したら成績下げる, 公開すると申しております, あげるってよ.
  // あげる is also giving: only posting to a place (いんすたにあげる) counts.
  // ねつとに出す: put on the net (被害届を出す, which the person does, is not).
  /(?:なら|ないと|なければ|なかつたら|たら)[^。\n]{0,24}?(?:送る|晒す|さらす|ばらす|ばらまく|ぶちまけ|公開する|載せる|のせる|流す|ながす|拡散する|見せる|広める|下げる|取り消|言うから|いうから|(?:ねつと|いんた|sns)に(?:出す|だす))|(?:送る|晒す|さらす|ばらす|公開する|載せる|のせる|流す|拡散する|ばらまく|ぶちまける|(?:ねつと|いんすた|すとり|ついつた|sns|tiktok|x)に(?:あげ|上げ)る|(?:ねつと|いんた|sns)に(?:出す|だす))(?:と(?:言|い|申|脅|書)|つて(?:言|い|き|脅|書|よ)|から|ぞ)/,
  // Coming to them, said to them as a threat is said (「今夜行く」, 学校に行くって言われた, 今夜そつちさ行ぐがらな), not
  // the writer's own plan (明日学校に行くから).
  /(?:今夜|今から|いまから|明日|あした|今度|そのうち|そつちさ?|家に|いえに|学校に|職場に|会社に|会いに|あいに|遊びに|あそびに|探しに|殺しに)(?:行|い)[くぐ](?:からな|がらな|ぞ|ね?[」』]|ね?(?:つて|と)(?:言われ|いわれ|りぷ|dm|めつせ|きた|来た|書))/,
  // Coming to them, said by them: "says he's coming tonight", "i'll be waiting", "told her to kill herself"; not
  // someone coming with them ("my mom says she's coming with me").
  /\b(?:says|said|saying|keeps saying|texted|told me|messaged)\s+(?:that\s+)?(?:he|she|they)(?:'s| is|'re| are|s)?\s+(?:coming|gonna come|going to come|gonna pull up|going to pull up|pulling up|on (?:his|her|their) way)\b(?!\s+(?:with|along|to help|to pick|to get me|home))|\b(?:i'll|i will|ill) be waiting\b|\b(?:telling|told|tells|tell|dming|messaging)\s+(?:me|her|him|them|you)\s+to\s+(?:kill (?:myself|herself|himself|themselves|yourself)|go die|die)\b/,
  // Something goes out unless they do as told: "the next ones go to my boss unless i come back".
  /\b(?:go|goes|going)\s+(?:to|out to|up on)\b[^.!?\n]{0,40}?\b(?:unless|or else|if (?:i|you) (?:don'?t|dont|do not))\b/,
  /夜道(?:に|には|は)?気い?を?(?:つけ|付け)|どうなつても(?:いい|知らな)|痛い目|何か(?:ある|起き|起こ)(?:ぞ|からな|かもな|よ)/,
  // Knowing where they live, said to them: 住所わかってるよ, 家どこか知っとるけんな.
  /(?:家|住所|実家|幼稚園|保育園|学校|職場|部屋)(?:どこか|の場所)?も?(?:知つとる|知つてる|わかつた|分かつた|わかつてる|分かつてる)(?:よ|ぞ|けん|から|で|し)/,
];

/** Where a threat is said in one of the forms threats take, if anywhere: [start, end) in folded `text`. */
export function threatForm(text: string): [start: number, end: number] | undefined {
  for (const form of THREAT_FORMS) {
    const m = form.exec(text);
    if (m) return [m.index, m.index + m[0].length];
  }
  return undefined;
}
