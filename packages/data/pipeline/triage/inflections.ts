// The conjugation class of each lexicon term whose last word is a verb or an adjective in its dictionary form (殺す,
// 火をつける, 生きるのが辛い, 死にたい), as kuromoji reads it at build time: the reference the interpreter's rule on
// the ending (src/query/inflection.ts, inflectionClass) is held to by inflections.test.ts, over the whole lexicon.
// Nothing of it ships: the rule does as well on the lexicon, and a table of classes cost bytes the widget lacks.
import type { IpadicFeatures, Tokenizer } from "kuromoji";
import type { InflectionClass } from "../../src/query/inflection.js";
import { foldForTriage } from "../../src/query/normalize-text.js";
import type { LexiconEntry } from "../../src/schema/triage.js";

/** The godan rows by kuromoji's conjugation type; the class is the row's dictionary-form kana (行く apart). */
const GODAN = /^五段・([カガサタナバマラワ])行/;
const GODAN_ENDING: Record<string, InflectionClass> = {
  カ: "く",
  ガ: "ぐ",
  サ: "す",
  タ: "つ",
  ナ: "ぬ",
  バ: "ぶ",
  マ: "む",
  ラ: "る",
  ワ: "う",
};

/**
 * The conjugation class of a term's last token, when it is a verb or an adjective in its dictionary form (the only
 * form a stem can be cut from by its ending); undefined otherwise (a noun, a particle, a stem already: 晒され).
 */
export function conjugationClass(token: IpadicFeatures): InflectionClass | undefined {
  if (token.conjugated_form !== "基本形") return undefined;
  const type = token.conjugated_type ?? "";
  // IPADIC reads a bare いる as 要る (godan); in a term it is always "to be there" (家の前にいる), an ichidan verb.
  if (token.basic_form === "いる") return "i";
  if (token.pos === "動詞") {
    if (type === "五段・カ行促音便") return "y";
    const row = GODAN.exec(type)?.[1];
    if (row) return GODAN_ENDING[row];
    if (type === "一段") return "i";
    if (type.startsWith("サ変")) return "s";
    if (type.startsWith("カ変")) return "k";
    return undefined;
  }
  // Adjectives, and the endings that inflect as one (死にたい → 死にたくない, 許さない → 許さなかった); いい
  // (よくない) has a stem of its own and is left alone.
  if (token.pos === "形容詞") return type === "形容詞・イイ" ? undefined : "a";
  if (token.pos === "助動詞" && (type === "特殊・タイ" || type === "特殊・ナイ")) return "a";
  return undefined;
}

/** Folded term → its conjugation class, for every Japanese term that inflects and whose stem the class cuts. */
export function lexiconInflections(t: Tokenizer, lexicon: readonly LexiconEntry[]): Record<string, InflectionClass> {
  const out: Record<string, InflectionClass> = {};
  for (const entry of lexicon) {
    for (const term of entry.ja) {
      const last = t.tokenize(term).at(-1);
      const kind = last ? conjugationClass(last) : undefined;
      if (kind) out[foldForTriage(term)] = kind;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
