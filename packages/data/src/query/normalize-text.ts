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

// Small kana and their full-size forms (ゃ → や, っ → つ): people drop or add them when typing fast (きもちわるい).
// A table over the hiragana block, read once per character.
const FULL_SIZE = new Uint16Array(0x60);
for (const [small, full] of [
  "ぁあ",
  "ぃい",
  "ぅう",
  "ぇえ",
  "ぉお",
  "っつ",
  "ゃや",
  "ゅゆ",
  "ょよ",
  "ゎわ",
  "ゕか",
  "ゖけ",
]) {
  FULL_SIZE[(small ?? "").charCodeAt(0) - 0x3040] = (full ?? "").charCodeAt(0);
}
const isKana = (c: number) => c >= 0x3041 && c <= 0x309f;

// English as people type it: contractions, dropped apostrophes and chat shorthand, folded to one spelling each.
// Whole words only; applied to lexicon terms and to the text alike, so "dont", "don't" and "do not" all meet.
const ENGLISH_FOLDS: Record<string, string> = {
  "can't": "cannot",
  cant: "cannot",
  "won't": "will not",
  wont: "will not",
  "don't": "do not",
  dont: "do not",
  "doesn't": "does not",
  doesnt: "does not",
  "didn't": "did not",
  didnt: "did not",
  "isn't": "is not",
  isnt: "is not",
  "aren't": "are not",
  arent: "are not",
  "wasn't": "was not",
  wasnt: "was not",
  "haven't": "have not",
  havent: "have not",
  "i'm": "i am",
  im: "i am",
  "i've": "i have",
  ive: "i have",
  "i'll": "i will",
  "i'd": "i would",
  "he's": "he is",
  hes: "he is",
  "she's": "she is",
  shes: "she is",
  "they're": "they are",
  "there's": "there is",
  "it's": "it is",
  "that's": "that is",
  "what's": "what is",
  u: "you",
  ur: "your",
  r: "are",
  rn: "right now",
  pls: "please",
  plz: "please",
  bc: "because",
  cuz: "because",
  coz: "because",
  bf: "boyfriend",
  gf: "girlfriend",
  ppl: "people",
  idk: "i do not know",
  yo: "years old",
  "y/o": "years old",
};
/**
 * The words of ENGLISH_FOLDS standing alone (not inside a longer word, nor joined to one by ' or /): one regular
 * expression over the text instead of a call for every English word.
 */
const ENGLISH_FOLD_RE = new RegExp(
  `(?<![a-z]|[a-z]['/])(?:${Object.keys(ENGLISH_FOLDS)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace("/", "\\/"))
    .join("|")})(?![a-z]|['/][a-z])`,
  "g",
);
/** The one method of TextDecoder that foldText uses. */
interface Utf16Decoder {
  decode(input: Uint16Array): string;
}
/** The codes foldText builds a text from, reused between calls (grown when a longer text comes). */
let codeBuffer = new Uint16Array(2048);
/**
 * Makes the folded text from its codes several times faster than String.fromCharCode where the runtime decodes
 * UTF-16 (Node, browsers); elsewhere foldText falls back to String.fromCharCode. A BOM is kept; a lone surrogate
 * (half an emoji cut off) becomes U+FFFD, one unit for one, so places in the text stay where they were.
 */
const utf16 = ((): Utf16Decoder | undefined => {
  // Typed here rather than through the DOM library: the package builds for any runtime (ES2023 only).
  const Decoder = (globalThis as { TextDecoder?: new (label: string, options: { ignoreBOM: boolean }) => Utf16Decoder })
    .TextDecoder;
  try {
    return Decoder === undefined ? undefined : new Decoder("utf-16le", { ignoreBOM: true });
  } catch {
    return undefined;
  }
})();

/**
 * Folds a text for the interpreter: normalizeText, then small kana to full size, long-vowel marks after kana
 * dropped, curly apostrophes straightened, and English contractions and chat shorthand spelled one way. Lexicon
 * terms and the person's words go through the same folding, so only consistency matters.
 */
export function foldText(text: string): string {
  const base = text
    .replace(/[‘’＇`´]/g, "'")
    .normalize("NFKC")
    .toLowerCase();
  // One pass over the characters (a 1,000-character text is read thousands of times a second): katakana to
  // hiragana, small kana to full size, long-vowel marks after kana dropped, white space collapsed. Into a reused
  // buffer of codes: a growing array and a string made from it cost more than the rest of the folding.
  if (codeBuffer.length < base.length * 2) codeBuffer = new Uint16Array(base.length * 2);
  const codes = codeBuffer;
  let length = 0;
  let space = false;
  for (let i = 0; i < base.length; i++) {
    let c = base.charCodeAt(i);
    // Most characters are neither white space nor kana: a range test each spares them the tests that follow.
    if (c <= 0x20 || c === 0x3000) {
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0x0c || c === 0x0b) {
        space = length > 0;
        continue;
      }
    } else if (c >= 0x3040 && c <= 0x30ff) {
      // Katakana ァ..ヶ sit exactly 0x60 above their hiragana ぁ..ゖ.
      if (c >= 0x30a1 && c <= 0x30f6) c -= 0x60;
      if (c < 0x30a0) c = FULL_SIZE[c - 0x3040] || c;
    }
    if ((c === 0x30fc || c === 0x301c || c === 0x7e) && !space && length > 0 && isKana(codes[length - 1] ?? 0)) {
      continue;
    }
    if (space) codes[length++] = 0x20;
    space = false;
    codes[length++] = c;
  }
  let out = "";
  if (utf16 !== undefined) out = utf16.decode(codes.subarray(0, length));
  else {
    for (let i = 0; i < length; i += 4096) {
      out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 4096)) as unknown as number[]);
    }
  }
  return /[a-z]/.test(out) ? out.replace(ENGLISH_FOLD_RE, (word) => ENGLISH_FOLDS[word] ?? word) : out;
}

/**
 * Everyday Japanese verb endings spelled one way (on folded text, after kana were made full size): the い of ている
 * dropped as people say it (している, してる → してる; していた → してた; しています → してます; 覚えていろ →
 * 覚えてろ), and のです, のだ spoken as んです, んだ. (The western -とる, -ちょる were tried: no measurable change.)
 */
const COLLOQUIAL: [RegExp, string][] = [
  [/([てで])い(?=[るたてまなれろ])/g, "$1"],
  [/の(?=です|でした|だ[。、!?\s]|だよ|だけど|だから)/g, "ん"],
];
/**
 * Folds a text for the triage interpreter (its lexicon, readings, model and leak check): foldText, then everyday
 * Japanese endings spelled one way. Search keeps foldText alone: there the endings moved the ranking of record texts
 * (a held-out query fell out of the top 3) and gained nothing.
 */
export function foldForTriage(text: string): string {
  let out = foldText(text);
  if (!hasKana(out)) return out;
  // Spaces between Japanese words (はなしを きいて ほしい, as children and the elderly write, or voice input pauses)
  // are not part of Japanese spelling: dropped, so a lexicon term or its reading matches across them.
  out = out.replace(JAPANESE_SPACE, "");
  for (const [pattern, replacement] of COLLOQUIAL) out = out.replace(pattern, replacement);
  return out;
}

/** Spaces with a Japanese character (kana, kanji, 々) on both sides. */
const JAPANESE_SPACE = /(?<=[\u3041-\u3096\u3005\u4e00-\u9fff])[ \u3000\t]+(?=[\u3041-\u3096\u3005\u4e00-\u9fff])/g;
/** Whether a text has any hiragana (after folding, katakana is hiragana too). */
const hasKana = (text: string) => /[\u3041-\u3096]/.test(text);
