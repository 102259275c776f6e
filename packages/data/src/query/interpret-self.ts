// What the writer says they are, where the lexicon cannot list it: an age given with a sex (32M, (f22), 50代の男です,
// "34 year old guy"), a country they came from ("i am filipina", 韓国から来ました) and the first-person words men
// use in Japanese (俺, 僕), outside quoted speech, where they are the words of the person doing it
// (「俺から逃げられると思うな」). All on folded text (foldForTriage): katakana is hiragana, so オレ and ボク are おれ
// and ぼく.
import { inQuotes } from "./interpret-context.js";

/** The writer's sex, or that they came from abroad, as they state it, and the words that said it. */
export interface SelfStated {
  audience: "men" | "women" | "foreign-residents" | "parents";
  words: string;
}

/**
 * An age (or an age band, 50代) with a sex, said of oneself: followed by です, で, だ or a clause end, not by が or に
 * (50代の男に後をつけられた: the man is the one doing it).
 */
const JA_AGE_SEX =
  /(?:[1-9][0-9]?(?:歳|才|さい|代)|[一二三四五六七八九]?十[一二三四五六七八九]?(?:歳|代))の?(男|女)(?:性|子)?(?=です|でした|でござい|で[、,\s]|だけど|だが|。|、|,|\n|$)/g;
/** 男です, 女性です opening a sentence (not 長男です, 彼女です: a son, a girlfriend). */
const JA_SEX_FIRST = /(?:^|[。、!?！？\s])(男|女)(?:性)?(?:です|でございます|だけど|ですが)/g;
/** "32M", "(f22)", "m, 30", "22 female", "male, 29": tags people put at the start of a post or in brackets. */
const EN_AGE_SEX =
  /(?:^|[([,;:]\s*|\s-\s*)(?:([1-9][0-9])\s?([mf])|([mf])\s?([1-9][0-9])|([1-9][0-9]),?\s+(male|female)|(male|female),?\s+([1-9][0-9]))(?=[)\],.;:!?\s]|$)/g;
/** "i'm a 34 year old guy", "i am a 29-year-old woman". */
const EN_AGED =
  /\b(?:i'?m|i am)\s+(?:an?\s+)?[1-9][0-9]\s*[- ]?(?:years?|yrs?|yo)[- ]?(?:old)?\s+(?:(?:single|retired|married|divorced|gay|trans|foreign|japanese|working)\s+)?(man|guy|dude|bloke|male|boy|father|dad|woman|girl|lady|female|mother|mom|mum)\b/g;
/**
 * "i am 16 (m)", "40 years old guy.", "guy here, 28", "trans guy, not out", "i'm a gay man", "i am vietnam man": an
 * age with a bracketed sex, an age opening a sentence, a tag opening the text, or what they say they are.
 */
const EN_SELF =
  /\b[1-9][0-9]\s*\(([mf])\)|(?:^|[.!?]\s+)[1-9][0-9]\s*[- ]?(?:years?|yrs?|yo)[- ]?(?:old)?\s+(man|guy|dude|bloke|woman|girl|lady)\b|(?:^|[.!?]\s+)(guy|man|dude|bloke|woman|girl|lady) here\b|^(?:gay|trans|straight|bi|married|single|retired)\s+(guy|man|woman|girl)\b|\b(?:i'?m|i am)\s+(?:an?\s+)?(?:(?:gay|trans|straight|bi|single|married|retired|divorced|young|old|older|japanese|foreign|vietnam|nepali|thai|\w+ese|\w+ian|\w+ish|\w+ino|\w+ina)\s+)?(man|guy|dude|bloke|woman|girl|lady)\b/g;
/** An elder's word for themselves: 八十の爺です, ばあさんですが. */
const JA_ELDER = /(爺|じじい|じいさん|婆|ばばあ|ばあさん)(?:です|でござい|だけど|ですが|だが)/g;
/**
 * What only a woman says of herself: 女(の)一人暮らし, 中2女子, 女子更衣室 (where she changes), レズビアン, ママ友,
 * 主人を亡くして; "i'm filipina", "a widow", "(f)", "f, 19.", "mom of a kindergartner".
 */
const JA_WOMAN =
  /女の?一人暮らし|(?:小|中|高)[1-6一二三]?(?:年生?)?女子|女子(?:といれ|更衣室)|れずびあん|まま友|(?:主人|夫)を亡くし|未亡人/g;
const EN_WOMAN =
  /\b(?:i'?m|i am)\s+(?:an?\s+)?(?:[1-9][0-9][- ]?(?:years?|yrs?|yo)?[- ]?(?:old)?\s+)?(?:\w+\s+)?(?:filipina|widow|hostess|camgirl|housewife|lesbian)\b|\bi \(f\)|\(f, [1-9][0-9]\)|(?:^|[.!?]\s+)(?:f, [1-9][0-9]\b|(?:mom|mum|camgirl|hostess) (?:of|here)\b)|\b(?:i'?m|i am) (?:f ?[1-9][0-9]|[1-9][0-9] ?f)\b/g;
/**
 * Come from abroad, said of themselves: a country or nationality they are from or of ("i am filipina", "we are a
 * british family", すりらんかからきました, うくらいなから避難して), or a technical intern (実習生).
 */
const JA_ABROAD =
  /(?:韓国|中国|台湾|べとなむ|ふいりぴん|ねぱる|ぶらじる|ぺる|いんどねしあ|みやんま|すりらんか|ばんぐらでしゆ|いんど|あめりか|いぎりす|うくらいな|ろしあ|もんごる|たい)から(?:来|き|避難|にげ|逃げ)|実習生|じつしゆうせい/g;
const EN_ABROAD =
  /\b(?:i'?m|i am|we'?re|we are)\s+(?:an?\s+)?(?:[1-9][0-9][- ]?(?:years?|yrs?|yo)?[- ]?(?:old)?\s+)?(?:\w+\s+)?(?:filipin[oa]|nepali|nepalese|vietnamese|chinese|korean|thai|indonesian|indian|brazilian|peruvian|american|british|australian|canadian|sri lankan|bangladeshi|burmese|mongolian|ukrainian|russian|taiwanese|us|uk)\b/g;
/**
 * A school year or school with a sex, of oneself (高2男。, 中3男子です, 高校生の女子です), a school-girl or -boy tag
 * (jc2です, jkです, dk1: Japanese net slang), and a sex in brackets after oneself or before です (会社員(女)です,
 * 私(40代男性)の, 者です(男)). Not 中2の女の子が (someone else), not "jk" on its own (English "just kidding").
 */
const JA_SCHOOL_SEX =
  /(?:[小中高][1-6一二三](?:年生?)?|小学生|中学生|高校生|大学生)の?(男|女)(?:子|性)?(?=です|でした|で[、,\s]|だけど|だが|。|、|,|!|！|\n|\s|$)/g;
const JA_TEEN_TAG = /(?<![a-z])([jd])[ck](?:[1-3](?![0-9a-z])|(?=です|でした|だけど|だが|。|、))/g;
const JA_BRACKET_SEX =
  /(?:(?<=^|私|わたし|あたし|僕|ぼく|俺|す|。|\s)\((?:[1-9][0-9]?(?:歳|才|代)の?)?(男|女)性?\)|\((?:[1-9][0-9]?(?:歳|才|代)の?)?(男|女)性?\)(?=です))/g;
/**
 * A parent or grandparent introducing themselves: 小6の娘の母です, 56歳の母親です, 四十代の母親で、, 二児の父です,
 * 母です opening a sentence. Not 祖父母です (both), not 同級生の母です (someone else's mother: only a child of
 * theirs or an age comes before).
 */
const JA_PARENT_SELF =
  /(?:(?:娘|息子|子|子ども|子供|こども|孫|孫娘|児|[小中高][1-6一二三](?:年生?)?)の|(?:[1-9][0-9]?(?:歳|才|代)|[一二三四五六七八九]?十[一二三四五六七八九]?(?:歳|代))の?|^|(?<=[。、!?！？\s]))(母親|母|祖母|父親|父|祖父)(?=です|でした|でござい|で[、,\s]|だけど|ですが|をして|。|$)/g;
/**
 * A tag at the very end of an English text ("im still inside. 24f"), a sex in brackets after an age ("16 (boy)"),
 * and a parent, grandparent or partner introducing themselves ("i'm the dad of a 3rd year", "i am his wife").
 */
const EN_TAIL = /(?:^|[.,;!?]\s*|\s-\s*)([1-9][0-9])\s?([mf])\s*[.!]?$/g;
const EN_BRACKET = /\b[1-9][0-9]\s*\((boy|girl|male|female|guy|man|woman)\)/g;
const EN_FAMILY_SELF =
  /\b(?:i'?m|i am)\s+(?:the|a|an|his|her|their)\s+(?:(?:single|worried|proud|[1-9][0-9][- ]?(?:years?|yrs?)?[- ]?(?:old)?)\s+)?(mom|mum|mother|grandma|grandmother|wife|girlfriend|dad|father|grandpa|grandfather|husband|boyfriend)\b/g;
/**
 * A parent writing of their child by its age or school year, words the lexicon's "my son" does not hold (my
 * 11-year-old, our 15 yo, our kid, 小学4年の子どもが, 息子(7歳)); not someone else's (友達の中2の娘さん).
 */
const EN_CHILD_OF = /\b(?:my|our)\s+(?:[1-9][0-9]?[- ]?(?:years?|yrs?)[- ]?olds?|[1-9][0-9]?\s?yo|kid|kids|teen)\b/;
const JA_CHILD_OF =
  /(?<!の)(?:小学?|中学?|高校?)[1-6一二三四五六]年?生?の(?:子ども|子供|こども|息子|娘)|(?:息子|娘)\s*\([0-9]+(?:歳|才)?\)/;
/** 俺 and 僕 (and おれ, ぼく as words: before a particle, not inside another word such as おれい or ぼくじょう). */
const JA_FIRST_PERSON_MALE = /俺|(?<![下公])僕|(?<![\u3041-\u3096])(?:おれ|ぼく)(?=[はがもにのをとつ、。\s]|ら|たち)/g;

const MALE =
  /^(?:m|d|male|man|guy|dude|bloke|boy|father|dad|grandpa|grandfather|husband|boyfriend|男|爺|じじい|じいさん|父|父親|祖父)$/;

/** Every sex, and coming from abroad, the writer states of themselves in folded `text`, outside quoted speech. */
export function selfStated(text: string): SelfStated[] {
  const out: SelfStated[] = [];
  // A pattern whose words cannot be in the text is not tried (`gate`): most texts hold none of them, and each scan
  // of a long text costs microseconds.
  const said = (pattern: RegExp, gate = true) =>
    gate ? [...text.matchAll(pattern)].filter((m) => !inQuotes(text, m.index)) : [];
  const sex = /[男女]/.test(text);
  const bracket = text.includes("(");
  const add = (sex: string, words: string) =>
    out.push({ audience: MALE.test(sex) ? "men" : "women", words: words.trim() });
  for (const m of [...said(JA_ABROAD), ...said(EN_ABROAD)]) out.push({ audience: "foreign-residents", words: m[0] });
  for (const m of [...said(JA_AGE_SEX, sex), ...said(JA_SEX_FIRST, sex)]) add(m[1] ?? "", m[0]);
  if (/[a-z]/.test(text)) {
    for (const m of said(EN_AGE_SEX)) add(m[2] ?? m[3] ?? m[6] ?? m[7] ?? "", m[0].replace(/^[([,;:\s-]+/, ""));
    for (const m of said(EN_AGED)) add(m[1] ?? "", m[0]);
    for (const m of said(EN_SELF)) add(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "", m[0].replace(/^[.!?\s]+/, ""));
  }
  for (const m of said(JA_SCHOOL_SEX, sex)) add(m[1] ?? "", m[0]);
  for (const m of said(JA_TEEN_TAG, /[jd][ck]/.test(text))) add(m[1] ?? "", m[0]);
  for (const m of said(JA_BRACKET_SEX, bracket && sex)) add(m[1] ?? m[2] ?? "", m[0]);
  for (const m of said(JA_PARENT_SELF, /[母父]/.test(text))) add(m[1] ?? "", m[0]);
  if (/[a-z]/.test(text)) {
    for (const m of said(EN_TAIL, /[0-9]\s?[mf]\s*[.!]?$/.test(text.slice(-6)))) {
      add(m[2] ?? "", m[0].replace(/^[\s.,;!?-]+/, ""));
    }
    for (const m of said(EN_BRACKET, bracket)) add(m[1] ?? "", m[0]);
    for (const m of said(EN_FAMILY_SELF, text.includes("i am"))) add(m[1] ?? "", m[0]);
  }
  const child =
    (/[a-z]/.test(text) ? EN_CHILD_OF.exec(text) : null) ?? (/[息娘子]/.test(text) ? JA_CHILD_OF.exec(text) : null);
  if (child && !inQuotes(text, child.index)) out.push({ audience: "parents", words: child[0] });
  for (const m of said(JA_ELDER)) add(m[1] ?? "", m[0]);
  for (const m of [...said(JA_WOMAN), ...said(EN_WOMAN)]) add("女", m[0]);
  for (const m of said(JA_FIRST_PERSON_MALE)) add("男", m[0]);
  return out;
}
