// Text normalisation shared by the search index and its queries, so both sides fold text the same way.

/** Hiragana, katakana or CJK ideographs: text that is written without spaces between words. */
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/u;

/** Whether a text contains Japanese script. */
export function hasJapaneseScript(text: string): boolean {
  return JAPANESE_SCRIPT.test(text);
}

/**
 * Folds a text for matching: NFKC (full-width ASCII and half-width katakana to their usual forms), lower case,
 * katakana to hiragana (ストーカー and すとーかー match), and runs of white space to one space.
 */
export function normalizeText(text: string): string {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      // Katakana ァ..ヶ sit exactly 0x60 above their hiragana ぁ..ゖ.
      .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
      .replace(/\s+/gu, " ")
      .trim()
  );
}

/** The distinct two-character sequences of a normalized text, skipping those that span a space. */
export function bigrams(text: string): Set<string> {
  const chars = Array.from(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i];
    const b = chars[i + 1];
    if (a && b && a !== " " && b !== " ") out.add(a + b);
  }
  return out;
}

/** The words of a normalized text (letters and digits), for languages written with spaces. */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

// Inflection endings folded by stemEnglish, longest first; the replacement keeps y-stems together (identified, identify).
const ENGLISH_ENDINGS: [ending: string, replacement: string][] = [
  ["ying", "y"],
  ["ies", "y"],
  ["ied", "y"],
  ["ing", ""],
  ["ed", ""],
  ["es", ""],
  ["s", ""],
  ["e", ""],
];

/**
 * Folds common English inflections so that word forms meet (post, posts, posted, posting → post; identify, identified
 * → identify). Deliberately crude: it is applied to the index and the query alike, so it only has to be consistent.
 */
export function stemEnglish(word: string): string {
  if (word.endsWith("ss")) return word;
  for (const [ending, replacement] of ENGLISH_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length) + replacement;
  }
  return word;
}
