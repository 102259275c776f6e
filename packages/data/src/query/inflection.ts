// Japanese inflection for the interpreter's word matching: a lexicon term in its dictionary form (殺す, 火をつける,
// 死にたい) also matches its inflected forms (殺された, 火をつけてやる, 死にたくない). A term's stem matches only when
// a valid continuation for its class follows, so 刺身 is not 刺す and ところしか is not ころす. All on folded text
// (foldForTriage): small kana are full size there (殺しちやつた), long-vowel marks are gone.
//
// The class comes from a rule on the term's ending, not from a table made with kuromoji at build time: on the
// lexicon (393 Japanese terms, 2026-12-07) the rule gives kuromoji's class to all 89 terms kuromoji inflects, and
// the table cost 0.3 KB brotli in the widget's triage chunk, which had none left. The rule also classes 19 terms
// kuromoji does not inflect (知り合い, 母親です, 凸る), whose stems meet a valid continuation rarely and then in the
// same sense (母親でした, 凸った). pipeline/triage/inflections.test.ts holds the rule to kuromoji on every term.

/**
 * A conjugation class: a godan verb by its dictionary-form kana (す く ぐ つ ぬ ぶ む る う), `y` for 行く
 * (く with っ before て/た), `i` an ichidan verb (る), `a` an adjective or an ending that inflects as one (い: 辛い,
 * 死にたい, 許さない), `k` くる (後をつけてくる). No lexicon term ends in する or in 来る written in kanji
 * (kuromoji, 2026-12-07): their patterns were left out for the widget's bytes; inflections.test.ts fails on the first
 * such term, which would want them back.
 */
export type InflectionClass = string;

/**
 * Before る, a kanji or a kana of the a-, u- and o-rows makes a godan verb (吊る, つる, やる), one of the i- and e-rows
 * an ichidan verb (いる, つける, 殺される). Wrong for a few verbs (帰る, 見る): the test against kuromoji names any
 * the lexicon gains.
 */
const GODAN_RU =
  /[\u3400-\u9fff々あかさたなはまやらわがざだばぱうくすつぬふむゆるぐずづぶぷおこそとのほもよろをごぞどぼぽ]る$/u;

/** The conjugation class of a folded term by its ending, if it ends as a verb or an adjective does. */
export function inflectionClass(term: string): InflectionClass | undefined {
  if (term.endsWith("くる")) return "k";
  if (term.endsWith("行く") || term.endsWith("いく")) return "y";
  const last = term.at(-1) ?? "";
  if (last === "い") return "a";
  if (last === "る") return GODAN_RU.test(term) ? "る" : "i";
  return "すくぐつぬぶむう".includes(last) ? last : undefined;
}

/**
 * The stem of a folded term (or of its kana reading) in `kind`: the term less its dictionary ending (two kana for
 * くる, else one), or undefined when the term does not end as `kind` does (a reading may not: 見る, みる).
 */
export function inflectionStem(term: string, kind: InflectionClass): string | undefined {
  const cut = kind === "k" ? 2 : 1;
  return term.length > cut && inflectionClass(term) === kind ? term.slice(0, -cut) : undefined;
}

// What may follow each form (folded, so っ is つ and ゃ is や). The dictionary form itself is the term, matched as
// written, so it is not among them.
/** After the negative stem (殺さ, 火をつけ, つけてこ): ない, passive, causative, ず. */
const NEG = "な[いかくけき]|れ|せ|ず|ぬ";
/** After the continuative (殺し, 刺し): polite, want, te/ta, ちゃう, とく, to go and do (刺しに行く), -そう, -すぎ. */
const CONT =
  "ま[すせし]|[たて]|ち[やま]|と[くいけ]|に(?:行|来|い[かきくけこつ]|く[るれ]|き[たてま])|なが|そう|すぎ|かけ|つつ";
/** After the conditional or imperative (殺せ): ば, the potential's endings, or the command standing alone. */
const COND = "[ばるれたてずよと]|な[いかく]|ま[すせし]|つて|[^ぁ-ゟ]|$";
/** After the sound change of godan verbs before て/た (殴つ, 書い; voiced after ぐ む ぶ ぬ: 死ん, 泳い). */
const TE = "[てた]|ち[やま]|と[くいけ]";
const TE_VOICED = "[でだ]|じや|ど[くいけ]";

/** Each godan class: its five rows (a i e o) and the kana of its sound change. */
const GODAN: Record<string, string> = {
  す: "さしせそし",
  く: "かきけこい",
  y: "かきけこつ",
  ぐ: "がぎげごい",
  つ: "たちてとつ",
  ぬ: "なにねのん",
  ぶ: "ばびべぼん",
  む: "まみめもん",
  る: "らりれろつ",
  う: "わいえおつ",
};

/** The one-kana form after the stem, and what may follow it (each class's pattern, sticky, at the stem's end). */
function pattern(kind: InflectionClass): RegExp {
  const rows = GODAN[kind];
  if (rows) {
    const [a, i, e, o, te] = rows;
    const voiced = "ぐぬぶむ".includes(kind);
    return new RegExp(
      `${a}(?=${NEG})|${i}(?=${CONT})|${e}(?=${COND})|${o}(?=う)|${te}(?=${voiced ? TE_VOICED : TE})`,
      "y",
    );
  }
  // Ichidan: the stem alone is the negative, continuative and more (火をつけない, 火をつけた, 殺されそう); the span
  // is the stem (the empty group), so what follows it is read by the framing (ない: denied).
  if (kind === "i") return new RegExp(`(?=ら?れ|ろ|よう?|させ|${NEG}|${CONT})`, "y");
  // Adjectives: 辛く(ない/て), 辛かつた, 辛けれ(ば), 辛さ, 辛そう, 辛すぎ.
  if (kind === "a") return /く|か(?=つ)|け(?=れ)|さ|そ(?=う)|す(?=ぎ)/y;
  // くる (inflectionClass makes no other class).
  return new RegExp(`く(?=れ)|き(?=${CONT})|こ(?=ら?れ|い|よう|させ|${NEG})`, "y");
}

const patterns: Record<InflectionClass, RegExp> = {};

/**
 * Where the inflected word whose stem ends at `at` of folded `text` ends, or -1 when no valid continuation of `kind`
 * follows. The word ends after the one kana the stem takes (殺さ, 辛く; an ichidan verb at its stem), so the framing
 * reads what comes next as it reads what follows a dictionary form: ない there is a denial (殺さない, 来ない).
 */
export function inflectedEnd(text: string, at: number, kind: InflectionClass): number {
  const p = patterns[kind] ?? pattern(kind);
  patterns[kind] = p;
  p.lastIndex = at;
  const m = p.exec(text);
  return m ? at + m[0].length : -1;
}

/**
 * Whether the inflected word ending at `end` is told as done or going on (殴つ|た, 刺さ|れた, 死にたか|つた, 殴つ|てる,
 * 殴つ|てくる, 襲わ|れて、), not as a threat, a wish or a fear (殺され|たら, 殺され|たくない, 燃やし|てやる).
 */
const DONE =
  /(?:ら?れ|さ?せ)?(?:[ただ](?![らいくかけ])|つた|[てで][たるくき]|ちやつ|じやつ)|ら?れて(?:[、。,.!?！？\s]|$)/y;
export function toldDone(text: string, end: number): boolean {
  DONE.lastIndex = end;
  return DONE.test(text);
}
