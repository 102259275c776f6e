// The features the triage model reads from a folded text (foldText), shared by the build that trains the model and
// the interpreter that runs it, so both see a text the same way. Japanese is written without spaces: its features
// are the character pairs and triples of each run of Japanese script; Latin-script runs give their words (crudely
// stemmed) and word pairs.
// forEachFeature gives them as strings (the build, and the model table's keys); the scorer (triage-model.ts) walks
// the same runs by character code, so that it reads a 1,000-character text without a string per n-gram.
import { stemEnglish } from "./normalize-text.js";

/**
 * English words too common to say anything alone (they still count in word pairs: "kill me", "at my door"). Without
 * this list a small corpus teaches the model that "i" or "my" speak for a label.
 */
export const STOP = new Set(
  "a an the i me my mine you your he him his she her it its we our they them their is am are was were be been to of in on at for with and or but so this that there here as by from do does did have has had not no will would can could just".split(
    " ",
  ),
);
/** A Latin letter or digit (folded text is lower case): the characters of a Latin word. */
export const isLatinCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** Japanese script (kana, kanji, 々 and 〆) or a digit: the characters of a Japanese run (digits inside: 中2). */
export function isJapanese(c: number): boolean {
  return (
    (c >= 0x3041 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3005 ||
    c === 0x3006
  );
}
/** A Latin digit. */
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Walks the Japanese runs of `text`: each run [start, end) with at least one Japanese character. */
export function forEachJapaneseRun(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isJapanese(c) && !isDigit(c)) {
      i++;
      continue;
    }
    const start = i;
    let japanese = false;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (isJapanese(d)) japanese = true;
      else if (!isDigit(d)) break;
      i++;
    }
    // Latin digits alone are not Japanese (a year, a phone number): they are read as Latin words.
    if (japanese) visit(start, i);
  }
}

/** Walks the Latin words of `text` and the pairs of words a plain space joins. */
export function forEachLatin(text: string, visit: (feature: string, start: number, end: number) => void): void {
  let previous = "";
  let previousStart = -1;
  let previousEnd = -2;
  let i = 0;
  while (i < text.length) {
    if (!isLatinCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isLatinCode(text.charCodeAt(i))) i++;
    const word = text.slice(start, i);
    const stop = STOP.has(word);
    const stem = stop ? word : stemEnglish(word);
    if (!stop) visit(stem, start, i);
    // A pair only across a plain space: punctuation between two words ends the phrase.
    if (previousStart >= 0 && start === previousEnd + 1 && text.charCodeAt(previousEnd) === 0x20) {
      visit(`${previous} ${stem}`, previousStart, i);
    }
    previous = stem;
    previousStart = start;
    previousEnd = i;
  }
}

/**
 * Calls `visit` with every feature of `folded` and where it starts and ends in the text, in text order (a feature
 * may repeat). Japanese: 2- and 3-grams (a lone character on its own); Latin: stemmed words and "word word" pairs.
 */
export function forEachFeature(folded: string, visit: (feature: string, start: number, end: number) => void): void {
  forEachJapaneseRun(folded, (start, end) => {
    if (end - start === 1) {
      visit(folded.slice(start, end), start, end);
      return;
    }
    for (let i = start; i + 1 < end; i++) {
      visit(folded.slice(i, i + 2), i, i + 2);
      if (i + 2 < end) visit(folded.slice(i, i + 3), i, i + 3);
    }
  });
  forEachLatin(folded, visit);
}
