// Wanting to be heard or advised, from the grammar of a question and from distress, where the lexicon's phrases
// cannot list every way of asking: a question whether it is serious, a crime or worth reporting (これ通報案件?,
// ハラスメントにあたるのでしょうか, "is that even illegal??"), a question of what to do in any dialect (どげんしたら,
// "what i will do"), and distress or having no one to tell (困ってます, 会社にも言いにくい, "i feel stupid writing
// this"). The corpus README counts all of these as talk. Read only beside something else the text is about (the
// caller's job), so a question on its own does not make an unrelated text understood. All on folded text.

/** A question whether it is serious, wrong or worth telling someone, closing its sentence with a question mark. */
const JA_SERIOUS =
  /(?:やば|大丈夫|普通|おかし|犯罪|違法|罪|すとか|はらすめんと|せくはら|ぱわはら|いじめ|通報|警察|相談|訴え|案件|大げさ|気にしすぎ|ほど|べき|ほうが|方が|あたる|当たる|なる|いい|よい|ええ|よか|無視|放置)[^。\n]{0,12}(?:か|かな|かね|の|よね|でしよ|だろ|やろ|と)?[?？]/;
/**
 * Wondering what is going on, asked (スマホに何か仕込まれてる?, 誰か中身読んでるってこと?, 私にできることってある?):
 * a question of theirs about it, which the corpus README counts as talk.
 */
const JA_WONDERS = /(?:てる|でる|られてる|されてる|つてこと|てこと|できる(?:こと|もの)[^。\n]{0,6}|できる|ある)[?？]/;
/** A polite question closing its sentence, with or without a question mark. */
const JA_ASKS =
  /(?:ですか|ますか|でしようか|でしよか|ませんか|だろうか|のかな|んかな|のかしら|いいの|ええの|しかないの|できるんか|るんか|だべか|べか|かな(?:…|\.\.\.)?|のか)(?=[?？。…\n]|$)/;
/** What to do, asked or not known, in the ways people say it. */
const JA_WHAT_TO_DO =
  /どう(?:したら|すれば|すりや|すれは|したらい|すべ|しよ|しまし|したもん|していいか|すればいいか)|どしよ|どげん|なんとすれば|なじよすれば|なじよしたら|どないし|どがいし|なんとかし|何をしたら|なにをしたら|何したら|なにしたら|どこに(?:言|行|相談|連絡)|誰に(?:言|相談|話)/;
/** Distress, or no one to tell. */
const JA_DISTRESS =
  /困つて|困る|困り|泣い|泣き|つらい|辛い|しんどい|悩ん|悩み|落ち着かな|気が気じや|言いにく|言いづら|いいにく|いいづら|言えな|言えず|言えん|話せな|話せず|相談しにく|相談しづら|言い出せ|打ち明け|わかつてくれな|分かつてくれな|信じてくれな|信じてもらえな|のか(?:分から|わから|分かん|わかん)|眠れ(?:ません|ない|なく)|寝れ(?:ない|ません|なく)|手につかな|きつい|息が詰ま|胸が(?:つぶれ|痛)|落ち着か|落ぢ着が|抱えて|話せて(?:いな|な)|整理したい|聞いてほし|相談して(?:い|ま|る)|相談させて|何が何だか|わがんね|分がんね|頭がおかしくなり|どうにかなりそう|相談するほど|誰かに知つて(?:て)?ほし|聞いてほし/;

/** A question whether it is serious, a crime or worth reporting. */
const EN_SERIOUS =
  /\b(?:is|are|was|does|do|would|will|should|could|can|am)\b[^.!?\n]{0,60}\b(?:bad|serious|illegal|legal|a crime|criminal|normal|ok|okay|allowed|stalking|harassment|count|counts|report|police|cops|overreacting|overthinking|worry|worried|safe|dangerous|real|matter|anything|help|care|lawyer|sue|too much|big deal|weird|creepy)\b[^.!\n]{0,80}\?|\b(?:creepy|weird|normal|ok|okay|overreacting|paranoid|nothing)(?: or [a-z ]{1,20})?,?(?: right)?\s?\?|, right\s?\?|\b(?:is|are) (?:any ?one|somebody|someone|anybody|any (?:line|place|service|office|number)) (?:availa?ble|there|around|open)\b/;
const EN_WHAT_TO_DO =
  /\b(?:is|are) there (?:an?y?\s+|some\s+)?(?:one|body|where|organi[sz]ation|line|place|service|group|number)\b|\bwhere (?:can|do|should) (?:i|we)\b|\bwho (?:handles|deals|even deals|to (?:call|contact|ask))\b|\bwhat (?:is|'s) the right step\b|\bwhat number\b|\bcan (?:i|he|she|they|we) (?:still )?do\b|\bdo i have to\b|\bwas that wrong\b|\bpolice\s*\?|\bwhat (?:i|to|should|can|could|would|do|does) (?:i |we )?(?:will |should |can |must )?(?:do|say|try)\b|\bhow (?:do|can|should) (?:i|we) (?:deal|handle|cope|stop|make (?:it|this|him|her|them) stop|get (?:him|her|them|rid))\b|\b(?:don'?t|do not|dont|idk|no idea) (?:know )?(?:who|where|what|how)\b|\b(?:please|pls|plz|plss) help\b|\bhelp me\b/;
/** Wondering how they know, what to do with it, or why they are writing at all: "how does he always know". */
const EN_WONDERS =
  /\bhow (?:does|do|did|can|could|would) (?:he|she|they|someone|somebody|my \w+|this \w+) (?:always |even |still )?know\b|\bdo i \w+ (?:it |him |her |them )?or\b|\bwhy (?:i'?m|i am) (?:even )?(?:typing|writing|posting|telling)\b|\bwant(?:ed)? (?:someone|somebody|anyone) to know\b/;
const EN_DISTRESS =
  /\b(?:afraid|scared|frightened|anxious|nervous|panicking|panic|shaking|crying|cried|so (?:stressed|lost|confused|tired)|(?:feel|feeling|i'm|i am) (?:so |kind of |kinda |a bit |really )?(?:stupid|dumb|silly|crazy|embarrassed|ashamed|helpless|alone|lost|trapped)|so shame|ashamed|no one (?:gets|understands|cares|helps|listens)|nobody (?:gets|understands|cares|helps|listens)|(?:can'?t|cannot) (?:tell|talk to) (?:anyone|anybody|my|the)|don'?t want to (?:bother|tell|make a fuss)|not sure (?:if|whether|what)|at a loss|losing my mind|going crazy|freaking out|uneasy|feel like an idiot|can'?t stop thinking|believe me|(?:speak|talk) (?:with|to) (?:someone|somebody|anyone)|people (?:just )?laugh|being dramatic|probably harmless|ignore me|prob nothing)\b/;

/** The words (at most the last 24 characters) of the first question or distress in folded `text`, or undefined. */
export function talkIn(text: string): string | undefined {
  // The questions that end in a question mark are looked for only when there is one (most of the time spent here).
  const asked = text.includes("?") || text.includes("？");
  const patterns = asked
    ? [JA_SERIOUS, JA_WONDERS, JA_ASKS, JA_WHAT_TO_DO, JA_DISTRESS, EN_SERIOUS, EN_WHAT_TO_DO, EN_WONDERS, EN_DISTRESS]
    : [JA_ASKS, JA_WHAT_TO_DO, JA_DISTRESS, EN_WHAT_TO_DO, EN_WONDERS, EN_DISTRESS];
  for (const pattern of patterns) {
    const m = text.match(pattern);
    if (m) return m[0].length > 24 ? m[0].slice(-24) : m[0];
  }
  return undefined;
}
