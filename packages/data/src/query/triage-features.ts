// The features the triage model reads from a folded text (foldText), shared by the build that trains the model and
// the interpreter that runs it, so both see a text the same way. Japanese is written without spaces: its features
// are the character pairs and triples of each run of Japanese script; Latin-script runs give their words (crudely
// stemmed) and word pairs.
import { stemEnglish } from "./normalize-text.js";

/** A run of Japanese script (kana, kanji, the long-vowel mark) with digits that sit inside it (中2, 14歳). */
const JAPANESE_RUN = /[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆0-9]+/gu;
/**
 * English words too common to say anything alone (they still count in word pairs: "kill me", "at my door"). Without
 * this list a small corpus teaches the model that "i" or "my" speak for a label.
 */
const STOP = new Set(
  "a an the i me my mine you your he him his she her it its we our they them their is am are was were be been to of in on at for with and or but so this that there here as by from do does did have has had not no will would can could just".split(
    " ",
  ),
);
/** A run of Latin letters and digits. */
const LATIN_WORD = /[a-z0-9]+/g;

/**
 * Calls `visit` with every feature of `folded` and where it starts and ends in the text, in text order (a feature
 * may repeat). Japanese: 2- and 3-grams (a lone character on its own); Latin: stemmed words and "word word" pairs.
 */
export function forEachFeature(folded: string, visit: (feature: string, start: number, end: number) => void): void {
  for (const run of folded.matchAll(JAPANESE_RUN)) {
    const text = run[0];
    const at = run.index;
    // Latin digits alone are not Japanese (a year, a phone number): they are read as Latin words below.
    if (/^[0-9]+$/.test(text)) continue;
    if (text.length === 1) {
      visit(text, at, at + 1);
      continue;
    }
    for (let i = 0; i + 1 < text.length; i++) {
      visit(text.slice(i, i + 2), at + i, at + i + 2);
      if (i + 2 < text.length) visit(text.slice(i, i + 3), at + i, at + i + 3);
    }
  }
  let previous: { stem: string; start: number } | undefined;
  let previousEnd = -2;
  for (const m of folded.matchAll(LATIN_WORD)) {
    const stem = STOP.has(m[0]) ? m[0] : stemEnglish(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    if (!STOP.has(m[0])) visit(stem, start, end);
    // A pair only across a plain space: punctuation between two words ends the phrase.
    if (previous && start === previousEnd + 1) visit(`${previous.stem} ${stem}`, previous.start, end);
    previous = { stem, start };
    previousEnd = end;
  }
}
