// Readings of the lexicon's Japanese terms, made at build time with kuromoji (a morphological analyzer whose
// dictionary ships in its npm package, so this runs offline), so that a term written in kanji also matches when a
// person types it in kana (殺す → ころす). Only the readings ship; nothing of kuromoji does.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import kuromoji, { type Tokenizer } from "kuromoji";
import { foldForTriage } from "../../src/query/normalize-text.js";
import { KANJI } from "../../src/query/readings-pack.js";
import type { LexiconEntry } from "../../src/schema/triage.js";

/**
 * Readings shorter than this are not added: two kana match inside too many ordinary words (つま in つまり, しね in
 * しねん); such terms keep only their written form.
 */
export const MIN_READING = 3;

/** Loads kuromoji's tokenizer with the dictionary from its own package. */
export function tokenizer(): Promise<Tokenizer> {
  const require = createRequire(import.meta.url);
  const dicPath = join(dirname(require.resolve("kuromoji/package.json")), "dict");
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, t) => (error ? reject(error) : resolve(t)));
  });
}

/** Katakana to hiragana. */
const toHiragana = (text: string) =>
  text.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));

/** Folded term → its folded kana readings, for every Japanese term with kanji that kuromoji can read whole. */
export async function lexiconReadings(lexicon: readonly LexiconEntry[]): Promise<Record<string, string[]>> {
  const t = await tokenizer();
  const out: Record<string, string[]> = {};
  for (const entry of lexicon) {
    for (const term of entry.ja) {
      if (!KANJI.test(term)) continue;
      const tokens = t.tokenize(term);
      // A token without a reading (a word not in the dictionary) leaves the whole term without one.
      if (tokens.some((k) => !k.reading || k.reading === "*")) continue;
      const reading = foldForTriage(toHiragana(tokens.map((k) => k.reading ?? "").join("")));
      const folded = foldForTriage(term);
      if (reading.length < MIN_READING || reading === folded) continue;
      out[folded] = [...new Set([...(out[folded] ?? []), reading])];
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Each Japanese text with kanji written in kana as kuromoji reads it (a word it cannot read keeps its spelling), for
 * training: a person who types 殺すって言われた all in hiragana meets the features learned from the kanji.
 */
export async function kanaSpellings(texts: readonly { text: string; lang: string }[]): Promise<Map<string, string>> {
  const t = await tokenizer();
  const out = new Map<string, string>();
  for (const { text, lang } of texts) {
    if (lang !== "ja" || !KANJI.test(text)) continue;
    const kana = toHiragana(
      t
        .tokenize(text)
        .map((k) => (k.reading && k.reading !== "*" && KANJI.test(k.surface_form) ? k.reading : k.surface_form))
        .join(""),
    );
    if (kana !== text) out.set(text, kana);
  }
  return out;
}
