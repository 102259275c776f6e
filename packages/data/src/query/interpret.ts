// Reads a person's own words against the lexicon (content/triage/lexicon.yaml) into triage answers.
//
// Conservative and visible: a word counts only when it is listed, the longest listed word wins where words overlap
// (元彼女 is an ex-partner, not a partner), and the result names the entries that matched so a person can correct
// them. Danger words always set danger. The text is never stored: it lives only for the length of one call.
import type { Audience } from "../schema/taxonomy.js";
import type { LexiconEntry, Relationship, TriageInterpretation, TriageNeed } from "../schema/triage.js";
import { MAX_TRIAGE_TEXT } from "../schema/triage.js";
import { normalizeText } from "./normalize-text.js";

interface Word {
  text: string;
  entry: number;
  /** Latin-script words must stand alone (gps, not "gpsx"); Japanese words match anywhere. */
  bounded: boolean;
}

/** English endings a bounded word may carry and still match (threat → threats, stalk → stalked). */
const SUFFIX = /^(?:s|es|ed|d|ing|er|ers|ren)?(?:[^a-z0-9]|$)/;
/** Latin letters and digits: Japanese next to a Latin word (AirTagが) still leaves it standing alone. */
const LETTER = /[a-z0-9]/;

function matchAt(text: string, word: Word, from: number): number {
  let at = text.indexOf(word.text, from);
  while (at >= 0) {
    if (!word.bounded) return at;
    const before = at === 0 ? "" : (text[at - 1] ?? "");
    if (!LETTER.test(before) && SUFFIX.test(text.slice(at + word.text.length, at + word.text.length + 5))) return at;
    at = text.indexOf(word.text, at + 1);
  }
  return -1;
}

/** Builds an interpreter over a lexicon once; the returned function reads one text. */
export function createInterpreter(lexicon: readonly LexiconEntry[]): (text: string) => TriageInterpretation {
  const words: Word[] = [];
  lexicon.forEach((entry, i) => {
    if (!entry.signal) return;
    for (const raw of [...entry.ja, ...entry.en]) {
      const text = normalizeText(raw);
      if (text === "") continue;
      words.push({ text, entry: i, bounded: !/[^\x20-\x7e]/.test(text) });
    }
  });
  // Longest first, so a longer word claims its characters before a shorter word inside it can.
  words.sort((a, b) => b.text.length - a.text.length);

  return (text) => {
    if (typeof text !== "string") throw new TypeError(`text must be a string, got ${typeof text}`);
    if (text.length > MAX_TRIAGE_TEXT) {
      throw new RangeError(`text must be at most ${MAX_TRIAGE_TEXT} characters, got ${text.length}`);
    }
    let working = normalizeText(text);
    const matched = new Set<number>();
    for (const word of words) {
      if (working.length < word.text.length) continue;
      let at = matchAt(working, word, 0);
      if (at < 0) continue;
      matched.add(word.entry);
      // Blank out every occurrence so shorter words inside it do not match again.
      const blank = " ".repeat(word.text.length);
      while (at >= 0) {
        working = working.slice(0, at) + blank + working.slice(at + word.text.length);
        at = matchAt(working, word, at + word.text.length);
      }
    }
    let danger = false;
    const needs = new Set<TriageNeed>();
    const audiences = new Set<Audience>();
    const relationships = new Set<Relationship>();
    const ids: string[] = [];
    for (const i of [...matched].sort((a, b) => a - b)) {
      const entry = lexicon[i];
      if (!entry?.signal) continue;
      ids.push(entry.id);
      if (entry.signal.danger) danger = true;
      for (const need of entry.signal.needs ?? []) needs.add(need);
      for (const audience of entry.signal.audiences ?? []) audiences.add(audience);
      if (entry.signal.relationship) relationships.add(entry.signal.relationship);
    }
    // Two relationships named (彼氏 and 同僚) is not something to guess from: leave it to the person.
    const [relationship] = relationships.size === 1 ? relationships : [];
    return {
      danger,
      needs: [...needs],
      audiences: [...audiences],
      ...(relationship !== undefined && { relationship }),
      matched: ids,
    };
  };
}
