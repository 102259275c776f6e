// The readings of the words search knows (generated at build time by a morphological analyzer, see
// pipeline/emit-readings.ts) and what search does with them: spell a text in kana (盗撮 → とうさつ), so that a
// kana query meets a kanji word, and cut a phrase typed without spaces into the words it holds.

/** Words (folded, see foldText in normalize-text.ts) and their readings in hiragana, with an index for longest-match lookups. */
export interface Readings {
  /** Word → its reading; a word whose reading is itself (すとーかー) maps to itself. */
  readonly byWord: ReadonlyMap<string, string>;
  /** First character → the words and readings starting with it, longest first (for segmenting). */
  readonly vocabulary: ReadonlyMap<string, readonly string[]>;
  /** First character → the words with a different reading starting with it, longest first (for spelling in kana). */
  readonly spelled: ReadonlyMap<string, readonly string[]>;
}

const HIRAGANA_ONLY = /^[\u3040-\u309f\u30fc]+$/u;
const HIRAGANA = /[\u3040-\u309f\u30fc]/u;

/** Writes a word → reading table as the generated module stores it: "word\treading" (or "word") a line, sorted. */
export function formatReadings(table: ReadonlyMap<string, string>): string {
  return [...table]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, reading]) => (word === reading ? word : `${word}\t${reading}`))
    .join("\n");
}

function pushByFirst(map: Map<string, string[]>, word: string): void {
  const first = word[0];
  if (first === undefined) return;
  const list = map.get(first);
  if (!list) map.set(first, [word]);
  else if (!list.includes(word)) list.push(word);
}

/**
 * Reads the generated table (see formatReadings); lines that are not "word" or "word\treading" are an error.
 * `lexicon` adds the interpreter's readings of the lexicon's terms (TRIAGE_READINGS: folded term → readings), so that
 * search and the interpreter meet the same kana spellings; the table's own reading of a word stands.
 */
export function parseReadings(text: string, lexicon: Readonly<Record<string, readonly string[]>> = {}): Readings {
  const byWord = new Map<string, string>();
  const vocabulary = new Map<string, string[]>();
  const spelled = new Map<string, string[]>();
  const lines = text.split("\n").flatMap((line, n): [string, string][] => {
    if (line === "") return [];
    const [word, reading = word, extra] = line.split("\t");
    if (!word || reading === undefined || extra !== undefined || reading === "")
      throw new Error(`readings line ${n + 1}: expected "word<TAB>reading", got ${JSON.stringify(line)}`);
    return [[word, reading]];
  });
  const fromLexicon = Object.entries(lexicon).flatMap(([word, readings]): [string, string][] =>
    readings[0] === undefined ? [] : [[word, readings[0]]],
  );
  for (const [word, reading] of [...lines, ...fromLexicon]) {
    if (byWord.has(word)) continue;
    byWord.set(word, reading);
    // One kana alone (を, の) is no word of a query; one kanji (鍵, 裸) is.
    if (word.length > 1 || !HIRAGANA_ONLY.test(word)) pushByFirst(vocabulary, word);
    if (reading.length > 1) pushByFirst(vocabulary, reading);
    if (reading !== word) pushByFirst(spelled, word);
  }
  const longestFirst = (a: string, b: string) => b.length - a.length;
  for (const list of vocabulary.values()) list.sort(longestFirst);
  for (const list of spelled.values()) list.sort(longestFirst);
  return { byWord, vocabulary, spelled };
}

/** The longest word of `index` that starts `text` at `at`, or undefined. */
function longestAt(index: ReadonlyMap<string, readonly string[]>, text: string, at: number): string | undefined {
  const first = text[at];
  if (first === undefined) return undefined;
  for (const word of index.get(first) ?? []) if (text.startsWith(word, at)) return word;
  return undefined;
}

/** A folded text spelled in kana: each known word (longest first, left to right) replaced by its reading. */
export function spellInKana(readings: Readings, text: string): string {
  let out = "";
  for (let at = 0; at < text.length; ) {
    const word = longestAt(readings.spelled, text, at);
    if (word === undefined) {
      out += text[at];
      at++;
    } else {
      out += readings.byWord.get(word) ?? word;
      at += word.length;
    }
  }
  return out;
}

/** Whether the character at `at` is kana, or outside the text. */
function kanaOrEdge(text: string, at: number): boolean {
  const ch = text[at];
  return ch === undefined || HIRAGANA.test(ch);
}

/** One word found in a phrase, and where it was (code units of the folded phrase). */
export interface Segment {
  word: string;
  start: number;
  end: number;
}

/**
 * Cuts a folded phrase written without spaces into the known words it holds, longest first from left to right
 * (裁判所で調停をしたい → 裁判所, 調停). Unknown stretches keep their non-kana parts (a name, a kanji word the records
 * do not use); the kana between words (に, したい) are dropped. A phrase with no word found is returned whole.
 */
export function segmentPhrase(readings: Readings, phrase: string): Segment[] {
  const out: Segment[] = [];
  let unknownFrom = -1;
  const closeUnknown = (end: number) => {
    if (unknownFrom < 0) return;
    // Keep the parts of an unknown stretch that are not kana: 垢 in 垢にする.
    let pieceFrom = -1;
    for (let i = unknownFrom; i <= end; i++) {
      const ch = phrase[i];
      const isKana = ch !== undefined && HIRAGANA.test(ch);
      if (i < end && !isKana && ch !== undefined) {
        if (pieceFrom < 0) pieceFrom = i;
      } else if (pieceFrom >= 0) {
        out.push({ word: phrase.slice(pieceFrom, i), start: pieceFrom, end: i });
        pieceFrom = -1;
      }
    }
    unknownFrom = -1;
  };
  for (let at = 0; at < phrase.length; ) {
    let word = longestAt(readings.vocabulary, phrase, at);
    // One kanji is a word only standing between kana (裸 in 裸の写真); next to other kanji it is part of a word the
    // table lacks (撮 in 盗撮), which stays whole.
    if (word?.length === 1 && (!kanaOrEdge(phrase, at - 1) || !kanaOrEdge(phrase, at + 1))) word = undefined;
    if (word === undefined) {
      if (unknownFrom < 0) unknownFrom = at;
      at++;
      continue;
    }
    closeUnknown(at);
    out.push({ word, start: at, end: at + word.length });
    at += word.length;
  }
  closeUnknown(phrase.length);
  return out.length > 0 ? out : [{ word: phrase, start: 0, end: phrase.length }];
}

let intlSegmenter: Intl.Segmenter | undefined;

/** The same cut made by the platform's word segmenter (Intl.Segmenter, ICU's dictionary), kana particles dropped. */
export function segmentPhraseIntl(phrase: string): Segment[] {
  const out: Segment[] = [];
  // Made once: building a segmenter loads ICU's dictionary.
  intlSegmenter ??= new Intl.Segmenter("ja", { granularity: "word" });
  for (const s of intlSegmenter.segment(phrase)) {
    if (!s.isWordLike) continue;
    if (s.segment.length < 3 && HIRAGANA_ONLY.test(s.segment)) continue;
    out.push({ word: s.segment, start: s.index, end: s.index + s.segment.length });
  }
  return out.length > 0 ? out : [{ word: phrase, start: 0, end: phrase.length }];
}
