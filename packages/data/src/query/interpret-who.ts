// Who is doing it, beyond the lexicon's words for people: the cues the interpreter weighs when it picks the one
// relationship (ADR 0013, "Picking the one relationship"), after the corpus conventions
// (content/triage/corpus/README.md, "Who is doing it"). Like the agent cues in interpret.ts, these are patterns of
// grammar around a person, not words for one, so they live beside the code that reads them.
import { LATIN } from "./interpret-context.js";
import type { Relationship } from "./triage-vocabulary.js";

/** A person word found in the folded text, [start, end). */
export interface PersonSpan {
  start: number;
  end: number;
}

/** Japanese: the owner's word, の, then the partner word (友達の彼氏, 元カノの今の彼氏). */
const JA_OF_ANOTHER = /の(?:今の|いまの|新しい|あたらしい)?$/;
/** English: "my friend's boyfriend", "my ex's new girlfriend". */
const EN_OF_ANOTHER = /(?:'s|s')\s+(?:new\s+|current\s+)?$/;
/** English: "her husband", "his wife", "their boyfriend". */
const EN_THIRD_PERSON = /\b(?:her|his|their)\s+(?:new\s+|current\s+)?$/;

/**
 * Whether the partner word starting at `start` is someone else's partner (a friend's partner is an acquaintance):
 * "her/his …", or another person named just before it owns it (友達の彼氏, "my coworker's husband").
 */
export function partnerOfAnother(text: string, start: number, people: readonly PersonSpan[]): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  if (EN_THIRD_PERSON.test(before)) return true;
  const m = JA_OF_ANOTHER.exec(before) ?? EN_OF_ANOTHER.exec(before);
  if (!m) return false;
  const ownerEnd = start - (before.length - m.index);
  return people.some((p) => p.end === ownerEnd);
}

/** What stands between two people the writer is torn between: 元彼か同僚か, "my ex or my boss". */
const TORN =
  /^(?:(?:か|かな|かも)、?(?:今の|いまの|前の|まえの|昔の)|か|かな|かも|か、|かも、|か\?|\s*or\s*(?:maybe\s+)?(?:my|a|an|the|some|that)?\s*)$/;

/**
 * Whether the writer is torn between two different people named side by side ("or", か): the conventions read
 * that as `unknown`. `who` gives each person's relationship.
 */
export function tornBetween<P extends PersonSpan>(
  text: string,
  people: readonly P[],
  who: (p: P) => string | undefined,
): boolean {
  const named = people.filter((p) => who(p) !== undefined).sort((a, b) => a.start - b.start);
  for (let i = 1; i < named.length; i++) {
    const a = named[i - 1] as P;
    const b = named[i] as P;
    if (who(a) !== who(b) && TORN.test(text.slice(a.end, b.start))) return true;
  }
  return false;
}

/** An account or post nobody can put a name to: 匿名, 捨て垢, "anonymous", "throwaway". */
const UNNAMED_ACCOUNT = /匿名|捨て垢|すてあか|\banonymous\b|\banon\b|\bthrowaway\b|\bburner\b/;
/** Someone, unnamed (誰かが, "someone keeps posting"). */
const UNNAMED_PERSON = /誰か|だれか|\bsomeone\b|\bsomebody\b/g;
/** After "someone": someone wished for, not someone doing it (誰かに相談したい, 誰か助けて, "someone to talk to"). */
const SOMEONE_WANTED =
  /^(?:に(?:相談|話|はな|聞|き|言|い|頼|たの|助|たす)|と(?:話|はな)|助け|たすけ|\s+(?:to|who|i can|that can|please|help))/;

/**
 * The word showing that someone nobody can name is doing it (an anonymous account, 誰かが, "someone keeps…"), or
 * undefined. "Someone" inside a lexicon word (`taken`: 誰かに話したい, "someone to talk to") or wished for is nobody.
 */
export function unnamedDoer(text: string, taken: readonly PersonSpan[]): string | undefined {
  const account = UNNAMED_ACCOUNT.exec(text);
  if (account) return account[0];
  for (const m of text.matchAll(UNNAMED_PERSON)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    if (!SOMEONE_WANTED.test(text.slice(end, end + 8))) return m[0];
  }
  return undefined;
}

// People named the ways the lexicon's words miss (ADR 0013, "Picking the one relationship", 2026-12-07 afternoon).
// The patterns run on folded text (foldForTriage): katakana as hiragana, small kana full size (った → つた), long
// vowel marks after kana dropped (パートナー → ぱとな), lower case, NFKC.

/** A person the grammar around a word names: who they are to the victim, and the words shown as evidence. */
export interface WhoCue extends PersonSpan {
  relationship: "partner" | "ex-partner" | "acquaintance" | "stranger";
  shown: string;
}

/** Words for a partner, as folded: the ex markers and 別居 below put them before or after. */
const JA_PARTNER =
  "(?:彼氏|かれし|彼女|かのじよ|彼|かれ|かの|夫|おつと|旦那|だんな|妻|つま|嫁|よめ|奥さん|おくさん|ぱとな|ぼいふれんど|がるふれんど|恋人|こいびと|交際相手|婚約者|主人)";
/**
 * Japanese ex markers before a partner word the lexicon does not have as one word: もと彼氏 (in kana), 元の パートナー
 * (spaced), 前の夫, 前のボーイフレンド, 昔の旦那, 別れた夫, 別れた人, 離婚した妻. The kana もと/まえ must not end another
 * word (子ども と彼氏: "もと彼氏" inside it), and 元/前 must not end a kanji word (地元の彼氏, 駅前の彼氏).
 */
/** Words ending in 元 or 前 that are no ex marker (地元の彼氏: a boyfriend from home; 駅前, 名前, 以前). */
const NOT_EX_WORD = "地手身足胸口目根枕国親家駅名午以直寸事最門店出自生";
/** What may not stand before 元, 前 or 昔 as an ex marker: the end of a longer word, or この/その/あの. */
const NOT_EX_BEFORE = `(?:[${NOT_EX_WORD}]|この|その|あの)`;
/** A hiragana other than the particles a kana ex marker may follow (のもと彼氏 is one, 子どもと彼氏 is not). */
const KANA_WORD_BEFORE = "(?![のはがもにをで])[\\u3041-\\u309f]";
// Each marker's first character is matched before the look-behind that checks the character ahead of it
// (元(?<!地元)…, not (?<!地)元…): a pattern that starts with a look-behind is tried at every place of the text, one
// that starts with text only where that text stands (some ten times faster on a 1,000-character text).
const JA_EX = new RegExp(
  `(?:元(?<!${NOT_EX_BEFORE}元)(?:の)?\\s*${JA_PARTNER}` +
    `|[前昔](?<!${NOT_EX_BEFORE}[前昔])の\\s*${JA_PARTNER}` +
    `|(?:も(?<!${KANA_WORD_BEFORE}も)と(?:の)?|ま(?<!${KANA_WORD_BEFORE}ま)えの|む(?<!${KANA_WORD_BEFORE}む)かしの)\\s*${JA_PARTNER}` +
    `|(?:別れた|わかれた|離婚した|りこんした|縁を切つた)\\s*(?:${JA_PARTNER}|人|ひと|相手|あいて|男|女|奴|やつ))`,
  "g",
);
/** English and romaji ex markers: "my ex bf", "former partner", "the guy I broke up with", motokare. */
const EN_EX =
  /\b(?:ex|former|previous|old|past)[-\s]*(?:bf|gf|boyfriend|girlfriend|boy friend|girl friend|husband|hubby|wife|wifey|partner|fianc[eé]e?|spouse|lover)\b|\b(?:guy|man|girl|woman|person|boy|dude)\s+(?:i|we)\s+(?:broke up with|split up with|split with|used to date|used to see|used to be with|dated|was dating|was with|divorced|left)\b|\bmoto\s*(?:kare|kano|kareshi|kanojo|otto|tsuma|danna|yome)\b/g;

/**
 * A break-up wished for, or said as a condition (別れたら…って, 別れたい, "if I leave him"): the partner is current.
 * 別れたら alone also tells a past sequence (別れたら急に…: "after we split, he…"), so it counts only before a quote
 * (別れたら殺すって, 離婚したら晒すぞ).
 */
const JA_NOT_YET =
  /(?:別れ|わかれ|離婚し|りこんし)(?:たい|たく|ようと|るなら|るつて言|る(?:と|つて)言|話を(?:した|出した|切り出した)ら)|(?:別れ|わかれ|離婚し|りこんし)たら(?=[^。.!?！？\n]{0,24}?(?:つて|と言|とか言|ぞ|からな|からね))/g;
const EN_NOT_YET =
  /\bif\s+i\s+(?:ever\s+|try\s+to\s+|tried\s+to\s+)?(?:leave|left|break up with|broke up with|dump|dumped|divorce|split up with|end it with)\s+(?:him|her|them|my\s+(?:bf|gf|boyfriend|girlfriend|husband|wife|partner))\b/g;

/** A spouse they live apart from but are still married to (夫と別居, "separated from my husband"): a partner. */
const SEPARATED =
  /(?:夫|おつと|旦那|だんな|妻|つま|嫁|よめ|主人)(?:さん)?(?:と|とは)(?:今|いま|もう)?(?:は)?(?:別居|べつきよ)|\b(?:separated|living apart|live apart)\s+(?:from|with)\s+(?:my\s+)?(?:husband|wife|spouse)\b/g;

/**
 * Someone they do not know in life: 知らない男 and its dialects (知らね男, 知らん人), 見知らぬ, "a guy I don't know",
 * "some man on the train", and anyone met only online (ネットで知り合った人, ゲームの友達, "a guy I met on discord").
 */
const ONLINE_PLACE =
  "(?<![a-z])(?:まつちんぐあぷり|ねつと|sns|いんすた|instagram|insta|ついつた|twitter|x|tiktok|ていつくとつく|げむ|あぷり|出会い系|配信|discord|でいすこ|おんらいん|youtube|ゆうちゆぶ|ちやつと|掲示板|まつちんぐ)";
const STRANGER = new RegExp(
  "(?:知らない|しらない|知らん|しらん|知らね|しらね|見知らぬ|みしらぬ|面識の?ない|会つたことも?ない)\\s*(?:若い|中年の|年上の|変な|怪しい|おかしな|外国の|白い|黒い)?(?:男|女|人|ひと|おとこ|おんな|おじさん|おじさ|おつさん|おばさん|奴|やつ|子|若者|学生|大人|外国人|車|くるま)" +
    // Met online, and who it is a few words on: snsで知り合つた「20歳の大学生」という男性, いんすたで仲良くなつた高校生の男の人.
    `|${ONLINE_PLACE}(?:の中|上)?で?(?:知り合つた|しりあつた|出会つた|であつた|会つた|仲良くなつた|つながつた|繋がつた|絡んだ|話した)[^。、.!?！？\\n]{0,14}?(?:人|ひと|男|女|相手|子|奴|やつ|おじさん|大人|お兄さん|お姉さん)` +
    // Someone who posed as someone else online: いんすたで女子だと思つてたやつ, snsで大学生を名乗る人.
    `|${ONLINE_PLACE}(?:の中|上)?で[^。、.!?！？\\n]{0,10}?(?:だと思つて(?:い)?た|を名乗る|と名乗る|と名乗つて(?:い)?た)(?:人|ひと|相手|やつ|奴|子|男|女|あか)` +
    `|${ONLINE_PLACE}の(?:友達|ともだち|ふれんど|ふれ|仲間|知り合い|男|女|人|相手)|ねつ友|ねと友|相互さん|りすな|視聴者|購入者|出品者|(?:同じ|おなじ|変な|怪しい|謎の)(?:人|男|女|おじさん|おつさん)`,
  "g",
);
const EN_STRANGER =
  /\b(?:a|an|some|this|that|one)\s+(?:\w+\s+)?(?:guy|man|dude|woman|girl|lady|person|boy|account|user|people|men|guys)\s+(?:i|we)\s+(?:do not|did not|never|have never)\s+(?:know|knew|met|meet|seen|saw)\b|\b(?:guy|man|dude|woman|girl|lady|person|boy|someone|somebody|people|user|player|account)\s+(?:i|we)\s+(?:only\s+)?(?:met|meet|know|knew|talked to|talk to|started talking to|matched with|chatted with|play with|played with|game with|gamed with)\s+(?:on|in|through|from|over|via|online)\b|\b(?:random|strange|creepy|weird|unknown)\s+(?:old\s+)?(?:guy|man|dude|woman|lady|men|guys|person|people|account)\b|\bsome\s+(?:old\s+|creepy\s+|random\s+|weird\s+)?(?:guy|man|dude|woman|lady|men|guys)\s+(?:on|in|at|from|near|outside)\b|\b(?:online|internet|discord|gaming|game|roblox|minecraft|fortnite|insta|tiktok)\s+(?:friend|buddy|mate|pal)s?\b|\b(?:a|one of my|some)\s+(?:follower|viewer|subscriber|fan|buyer)s?\b|\b(?:(?:a|an|the|this|that|some)\s+(?:\w+\s+)?(?:guy|man|dude|woman|girl|lady|person|boy|creep|player|user|stranger|weirdo|perv|pervert)|someone|somebody)\s+(?:from|on|in)\s+(?:my\s+|a\s+|an\s+|the\s+|our\s+)?(?:\w+\s+)?(?:app|twitter|x|instagram|insta|ig|tiktok|discord|game|server|chat|stream|youtube|reddit|facebook|snapchat|vrchat|roblox|minecraft|fortnite|twitch|tinder|bumble|hinge)\b|\b(?:an?|two)\s+(?:older\s+|young\s+|random\s+|strange\s+)?(?:man|guy|woman|men|stranger)\s+(?:outside|at (?:the|my|our)|following|follows|followed|is (?:standing|sitting|waiting|following)|standing|sitting|near|under|on (?:the|my)|in (?:the|a)|taking|sends?|i (?:play|played|blocked|argued with|chatted with|matched with)|(?:she|he) (?:met|chatted with|plays|played))\b|\bman follow(?:s|ing|ed)? me\b|\bmet (?:someone|a (?:guy|girl|man|woman))\s+(?:on|in|through)\b|\b(?:an?\s+)?(?:older|random|other)\s+player\b|\ban adult (?:who|she|he|man|woman|from|on|in)\b/g;

/**
 * Someone they know in life by a role the lexicon has no word for: 元ヘルパー, 班長, 塾の講師, 担任, 店長, 管理人,
 * 義父, 会社の人, 常連の客, クラスの裏垢, "my manager", "my step dad", "her coach", "someone at my school", "the man next
 * door", "a man i used to work with".
 */
const ROLE =
  /(?:元)?(?:へるぱ|家庭教師|講師|塾の先生|担任|顧問|監督|店長|部長|課長|係長|主任|班長|上級生|同期|社員|従業員|部下|(?:学校|がつこう|会社|かいしや)の(?:人|ひと)|常連の?客|客だつた|くらすの?(?:裏垢|うらあか|line|らいん|ぐるぷ)|(?:息子|娘)の(?:嫁|妻|夫|旦那|婿)|大家さん|管理人|お隣さん|隣の(?:人|部屋の人|おじさん|おばさん)|常連(?:客|さん)|お客さん|利用者さん|患者さん|親戚|いとこ|義(?:父|母|兄|姉|理の)|教え子|元生徒|同じ(?:まんしよん|あぱと|寮)の(?:人|男|女))(?!です|でした|を(?:して|やつて)|として|して(?:ます|いま|る)|に(?:なる|なつ|なり)|の(?:私|わたし|僕|ぼく|俺|おれ|自分))/g;
const EN_ROLE =
  /(?:\b(?:my|our|his|her|their|the|a|an)|'s)\s+(?:old\s+|former\s+|ex-?\s*|new\s+)?(?:manager|supervisor|teacher|tutor|coach|professor|landlady|landlord|team leader|senpai|senior|trainer|\w+-in-law|step ?(?:dad|father|mom|mum|mother|brother|sister)|(?:homestay )?host(?: (?:dad|father|mom|mum|mother))?|leader|broker|neighbou?r)\b(?!\s+(?:is on|is away|said|told me|is helping|helped))|\b(?:an?|the|some|this|someone|somebody|people|ppl|kids)\s+(?:older\s+|\w+th\s+grade\s+)?(?:(?:kid|boy|girl|student|guy|senior|ppl|people)s?\s+)?(?:at|from|in)\s+(?:my|our|his|her|the)?\s*(?:high\s+)?(?:school|class|club|team|grade|work|office|company|gym|dorm|church)\b|\b(?:the|a|an)\s+(?:older\s+|young\s+)?(?:man|guy|woman|lady)\s+(?:next door|upstairs|downstairs|who (?:lives|works) (?:next door|below|above|upstairs|downstairs|at|in)|(?:i|we) (?:used to )?work(?:ed)? with)\b/g;

/**
 * What a cue is and the pattern that finds it; the first listed wins where two overlap. Where a cheap check can say
 * a pattern cannot match, it spares the scan of the whole text: `latin`, every match has a Latin letter (most
 * Japanese texts have none); `holds`, every match holds one of these words.
 */
const CUES: readonly { relationship: WhoCue["relationship"]; pattern: RegExp; latin?: true; holds?: string[] }[] = [
  { relationship: "partner", pattern: JA_NOT_YET },
  { relationship: "partner", pattern: EN_NOT_YET, latin: true },
  { relationship: "partner", pattern: SEPARATED, holds: ["別居", "べつきよ", "separated", "apart"] },
  { relationship: "ex-partner", pattern: JA_EX },
  { relationship: "ex-partner", pattern: EN_EX, latin: true },
  { relationship: "stranger", pattern: STRANGER },
  { relationship: "stranger", pattern: EN_STRANGER, latin: true },
  { relationship: "acquaintance", pattern: ROLE },
  { relationship: "acquaintance", pattern: EN_ROLE, latin: true },
];

/**
 * The people the grammar around a word names (an ex marker before a partner word, 知らない before a person, a role),
 * in text order and not overlapping. Where one overlaps a lexicon person, the interpreter takes the cue: it reads the
 * words around the person word too (別れた彼氏 is an ex, ゲームの友達 met online a stranger, 別れたら… a partner).
 */
export function whoCues(text: string): WhoCue[] {
  const cues: WhoCue[] = [];
  const latin = LATIN.test(text);
  for (const { relationship, pattern, latin: needsLatin, holds } of CUES) {
    if ((needsLatin && !latin) || (holds && !holds.some((word) => text.includes(word)))) continue;
    // One pattern's matches never overlap one another: each is checked against the earlier patterns' cues only.
    const earlier = cues.length;
    const overlaps = (start: number, end: number) => {
      for (let i = 0; i < earlier; i++)
        if ((cues[i] as WhoCue).start < end && start < (cues[i] as WhoCue).end) return true;
      return false;
    };
    // exec over the pattern itself, as matchAll would over a copy of it (which it makes at every call); a failed
    // exec leaves lastIndex at 0 for the next text.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        pattern.lastIndex++;
        continue;
      }
      if (!overlaps(start, end)) cues.push({ start, end, relationship, shown: m[0].trim() });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** After a Japanese person word: with them, or telling them (夫と協力して, 友達に相談した, 夫も心配してる). */
const JA_PASSING_AFTER =
  /^(?:さん|くん|ちやん)?(?:と(?:は)?(?:一緒に|いつしよに|協力|相談|話し合|二人|ふたり|住|暮ら|逃げ|警察)|に(?:も|は)?(?:相談|話し|話した|はなし|言つ|いつ|言う|いう|言いふら|いいふら|ばら|伝え|頼|守つ|助け|見せ|付き添)|(?:も|が|は)(?:心配|協力|味方|助けて|手伝|付き添|一緒に|警察に(?:相談|連絡|行)|(?:動いて|何もして|対応して|守つて)くれ)|の(?:実家|家|ところ|とこ)に(?:逃げ|避難|帰))/;
/** Before an English person word: "told my friend", "with my husband", "asked my mom". */
const EN_PASSING_BEFORE =
  /\b(?:told|tell|telling|asked|ask|showed|show|called|with|to|and)\s+(?:my|our)\s+(?:\w+\s+)?$/;
/** After an English person word: "my husband and I", "my friend is helping me", "my wife is worried". */
const EN_PASSING_AFTER =
  /^(?:\s+and\s+(?:i|me)\b|\s+(?:is|was|has been|says|said|thinks|told me)\s+(?:helping|supportive|worried|with me|on my side|trying to help|scared too|that i should|i should|to (?:go|call|report)))/;
/** After a person: の and another person, who is the one meant (元夫の今の奥さん, 元彼の友達, 彼氏の先輩). */
const JA_OWNER_AFTER = /^(?:さん|くん|ちやん)?の(?:今の|いまの|新しい|あたらしい)?/;
const EN_OWNER_AFTER = /^(?:'s|s')\s+(?:new\s+|current\s+)?/;

/**
 * Whether the person at [start, end) is named in passing, not as the one doing it: someone with them or told
 * (夫と協力して, 友達に相談した, "my husband and I", "told my friend"), or the owner of another person named just after
 * (元夫の今の奥さん: the new wife is meant). `people` are all the persons named, lexicon and cues.
 */
export function inPassing(text: string, start: number, end: number, people: readonly PersonSpan[]): boolean {
  const after = text.slice(end, end + 24);
  if (JA_PASSING_AFTER.test(after) || EN_PASSING_AFTER.test(after)) return true;
  if (EN_PASSING_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  const owner = JA_OWNER_AFTER.exec(after) ?? EN_OWNER_AFTER.exec(after);
  return owner !== null && owner[0].length > 0 && people.some((p) => p.start > end && p.start <= end + owner[0].length);
}

/**
 * After an owner and の: someone of theirs (元夫の再婚相手, 元夫の今の奥さん, 元彼の母親, 元カノの今の彼氏). The owner's
 * partner or relative is someone the writer knows of in life, not the owner.
 */
const JA_OF_OWNER =
  /^(?:再婚相手|再婚した(?:人|相手|妻|夫|嫁|旦那)|(?:今|いま|新しい|あたらしい)の?(?:奥さん|おくさん|奥様|嫁|よめ|妻|旦那|だんな|夫|彼女|かのじよ|彼氏|かれし)|(?:母親|父親|お母さん|おかあさん|お父さん|おとうさん|母|父|兄|姉|弟|妹|家族|親|両親|友達|ともだち|友人))/;
/** After an owner and 's: "my ex's new wife", "my ex's mother". */
const EN_OF_OWNER =
  /^(?:new\s+|current\s+)?(?:wife|husband|girlfriend|boyfriend|gf|bf|partner|fianc[eé]e?|mother|mom|mum|father|dad|sister|brother|family|parents|friends?)\b/;
/**
 * Someone of another person's, named right after that person (元夫の再婚相手, 元夫の今の奥さん, 元彼の母親, "my ex's new
 * wife"): acquaintances, and the owner is named in passing (`inPassing`).
 */
export function newPartnersOfAnother(text: string, people: readonly PersonSpan[]): WhoCue[] {
  const out: WhoCue[] = [];
  for (const p of people) {
    const link = /^(?:さん|くん|ちやん)?の|^(?:'s|s')\s+/.exec(text.slice(p.end, p.end + 6));
    if (!link) continue;
    const start = p.end + link[0].length;
    const m = JA_OF_OWNER.exec(text.slice(start)) ?? EN_OF_OWNER.exec(text.slice(start));
    if (m) out.push({ start, end: start + m[0].length, relationship: "acquaintance", shown: m[0] });
  }
  return out;
}

/** A person named in the text, by the lexicon or by a cue here, and who they are to the victim. */
export interface NamedPerson extends PersonSpan {
  who: Relationship;
  shown: string;
}

/**
 * Whether a lexicon word starting at `start` with 元 or 前 is the end of a longer kanji word instead (地元の彼氏: a
 * boyfriend from home, not an ex; 駅前の彼氏). The lexicon's 元の彼氏 and 前の彼氏 match inside them.
 */
export function exMarkerInsideWord(text: string, start: number): boolean {
  return (
    /^[元前]/.test(text.slice(start, start + 1)) &&
    NOT_EX_WORD.includes(text.slice(Math.max(0, start - 1), start) || "-")
  );
}

/** Before a person: the text names them as the cause (原因は半年前に別れた元彼, 相手は同じクラスの子, 犯人は). */
const JA_DOER_BEFORE = /(?:原因|相手|犯人|問題|加害者)(?:は|が)[^。、.!?！？\n]{0,12}$/;
/**
 * After a person: に, then a passive verb in the clause (元カノに職場凸されてる, 同期に写真を撮られた): the one who does
 * it, where が marks the one it is done to (会社の同期が元カノに…されてる).
 */
const JA_PASSIVE_AGENT =
  /^(?:さん|くん|ちやん)?に(?:は|も|まで)?[^。、.!?！？\n]{0,20}?(?:され|られ|[かがさたなばまわ]れ(?:て|た|る|ま))/;
/** English: "X is the one", "it's my X who". */
const EN_DOER = /^\s+(?:is|was)\s+the\s+one\b|^\s+(?:who|that)\s+(?:keeps|kept|is|was|has|posted|sent)\b/;

/**
 * Whether the text marks the person at [start, end) as the one doing it more plainly than a particle does: the cause
 * (原因は元彼), or the one a passive has doing it (元カノに…されてる), or "my boss is the one".
 */
export function markedDoer(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 32);
  return (
    JA_DOER_BEFORE.test(text.slice(Math.max(0, start - 20), start)) ||
    JA_PASSIVE_AGENT.test(after) ||
    EN_DOER.test(after)
  );
}

/**
 * After a Japanese person word: が, は or も, then a passive in the clause (友達が晒されて, 同期がXで本名をさらされて,
 * 友達も叩かれまくつてて): the one it is done to. 別れて, 疲れて and 離れて end like a passive in kana and are left out;
 * so is a clause where the police or the law acts on them (元彼は警察に注意されて), which tells of the doer.
 */
const JA_DONE_TO =
  /^(?:さん|くん|ちやん)?(?:が|は|も)[^。、.!?！？\n\s]{0,20}?(?:され|られ|(?<![わつ])かれ|がれ|たれ|(?<![はな])なれ|ばれ|(?<![うま])まれ|われ)(?:て|た|る|ま|ちや|ちま)/;
/** A verb ending or a conjunction between the person and the passive: the passive is in another clause (the folded
 * text has no spaces to tell it: だんながすまほかつてにみてるなぐられる). */
const JA_CLAUSE_GOES_ON = /て[るたい]|つた|した|して|ても|から|けど|ので|れば|たら|つて|いる|いた|ある|気に入/;
const JA_NEGATED = /^(?:い)?(?:ない|なかつ|ません)/;
const JA_ACTED_ON_BY_LAW = /警察|けいさつ|注意|警告|逮捕|命令|捕ま|つかま|通報|訴え|ぶろつく/;
/**
 * After an English person word: a passive of something done ("my friend has been doxxed", "my coworker (early 30s)
 * has been getting torn apart", "my roommate got harassed"); words that tell of the doer's own state or of the law
 * acting on them (obsessed, arrested, warned) are not.
 */
const EN_DONE_TO =
  /^(?:\s*\([^)]{0,16}\))?\s+(?:has been|have been|had been|'s been|is being|was being|got|gets|is getting|was getting|has been getting|keeps getting)\s+(?:\w+ly\s+)?(\w{3,}ed|torn|beaten|spread)\b/;
const EN_NOT_DONE_TO =
  /^(?:obsessed|interested|involved|fixated|scared|worried|married|engaged|divorced|separated|arrested|charged|warned|caught|blocked|banned|reported|fired|released|sentenced|pissed|annoyed|convinced|allowed|supposed|used|related|called|named|tired|concerned|stressed|depressed|possessed|determined)$/;

/**
 * Whether the person ending at `end` is the one it is done to, not the one doing it: someone the writer writes
 * about (友達が晒されて, "my friend has been doxxed"), as the corpus README has it the relationship is of the doer.
 */
export function doneTo(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  const ja = JA_DONE_TO.exec(after);
  if (ja)
    return (
      !JA_ACTED_ON_BY_LAW.test(ja[0]) && !JA_CLAUSE_GOES_ON.test(ja[0]) && !JA_NEGATED.test(after.slice(ja[0].length))
    );
  const en = EN_DONE_TO.exec(after);
  return en !== null && !EN_NOT_DONE_TO.test(en[1] ?? "");
}

/**
 * After a Japanese person word: the ones it reached, not the doer (クラス中に回つてる, クラスのみんな知つてる,
 * 職場の人にもばれて, 友達にdm送つてる).
 */
const JA_REACHED =
  /^(?:さん|くん|ちやん)?(?:(?:中|じゆう)(?:に|で)?(?:回|まわ|広ま|ひろま|拡散|知ら|しら|ばれ)|の?(?:みんな|全員|ぜんいん)(?:に|が|も)?(?:知|し|ばれ|回|見|送)|に(?:も|まで)?(?:ばれ|知られ|しられ|(?:dm|めつせじ?|めいる|らいん|line)?を?送(?:つて|られ|る|り))|にも見られ|に(?:対し|向けて|宛て)|(?:に|から)(?:教えられ|おしえられ)|(?:から|に)(?:聞い|きい|聞か)|が(?:教えて|おしえて)(?:くれ|きた)|から(?:教えて|おしえて)もら)/;
/**
 * After a Japanese person word and に, further on in the clause: something sent or put to them (友達に、私の名前の
 * アカウントから…ってメッセージが行ってる, 同級生に変なdmを送って, 知人にお金を貸してほしいと連絡): the ones it reached,
 * unless a passive has them doing it (同級生にdmを送られて).
 */
const JA_REACHED_LATER =
  /^(?:さん|くん|ちやん)?(?:(?:や|と)[^。、に\n]{0,8})?に(?:も|まで|は)?[、,]?[^。.!?！？\n]{0,30}?(?:連絡(?:し|が|を)|送つ|送り|送る|届い|問い合わせ|持ちかけ|行つてる|いつてる|売りつけ|申請|りくえすと|勧誘)/;
/** After a person: from them came word of it (から連絡きた, から聞いた, から言われた). */
const JA_TOLD_BY = /^(?:さん|くん|ちやん)?から(?:連絡|れんらく|らいん|line|言われ|いわれ|聞い|きい|教え)/;
const JA_PASSIVE = /され|られ|[かがさたなばまわ]れ(?:て|た|る|ま)/;
/**
 * Before an English person word: the ones it reached or who only stand by ("everyone in my class", "out to
 * friends", "giving my stuff away to friends", "letters to my mum and my best friend", "sleep with my professor").
 */
const EN_REACHED =
  /\b(?:every(?:one|body) (?:in|at|from)|all of|out to|away to|(?:letters?|dms?|messages?|it|them|links?|pics?|photos?|screenshots?) to|sle(?:ep|eps|eping|pt) with|(?:dm'?ing|dming|messaging|messaged|texting|texted|contacting|contacted|emailing|emailed|tagging|tagged|scamming|spamming|asking|asked)(?: all)?|seen by|cheat|cheating)\s+(?:(?:my|our|the|all my|all of my)\s+)?(?:best\s+|old\s+|whole\s+)?$/;
/**
 * After an English person word: one who only told or showed them ("my grandson showed me", "a guy at work told me he
 * matched with 'me'", "my boss asked me 'is it true?'"), not asked out.
 */
const EN_INFORMANT =
  /^\s+(?:sent me (?:a |the )?(?:screenshots?|link|screen ?shot)\b|found (?:it|them)\b)|^\s+(?:showed|shows|told|tells|asked) me\b(?! out\b| to (?:meet|come|send|go)\b| for (?:pics?|nudes?|photos?|money|sex)\b)/;

/**
 * Whether the person at [start, end) is one it reached or who stands by, not the one doing it. The interpreter asks
 * it of acquaintances only: a partner or an ex it "reached" (彼氏にばれてる: where they are) is the one watching.
 */
export function reachedOnly(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (JA_REACHED.test(after.slice(0, 16)) || EN_REACHED.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (EN_INFORMANT.test(after)) return true;
  // Told of it: "…登録されてるって友達から連絡きた" (what was done, then who reported it).
  if (/(?:つて|と)$/.test(text.slice(Math.max(0, start - 2), start)) && JA_TOLD_BY.test(after)) return true;
  const later = JA_REACHED_LATER.exec(after);
  return later !== null && !JA_PASSIVE.test(after.slice(0, later[0].length + 4));
}
