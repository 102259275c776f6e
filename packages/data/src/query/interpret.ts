// Reads a person's own words against the lexicon (content/triage/lexicon.yaml) into triage answers.
//
// Conservative and visible: a word counts only when it is listed, the longest listed word wins where words start
// at the same place (元彼女 is an ex-partner, not a partner), and the result names the entries that matched so a person can correct
// them. Danger words always set danger. The text is never stored: it lives only for the length of one call.
import type { Audience } from "../schema/taxonomy.js";
import type { LexiconEntry, TriageInterpretation } from "../schema/triage.js";
import { normalizeText } from "./normalize-text.js";
import { countCharacters, MAX_TRIAGE_TEXT, type Relationship, type TriageNeed } from "./triage-vocabulary.js";

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

/** Whether `word` stands at `at` in `text`, as a whole word when it must. */
function standsAt(text: string, word: Word, at: number): boolean {
  if (!text.startsWith(word.text, at)) return false;
  if (!word.bounded) return true;
  const before = at === 0 ? "" : (text[at - 1] ?? "");
  return !LETTER.test(before) && SUFFIX.test(text.slice(at + word.text.length, at + word.text.length + 5));
}

/** Builds an interpreter over a lexicon once; the returned function reads one text. */
export function createInterpreter(lexicon: readonly LexiconEntry[]): (text: string) => TriageInterpretation {
  // Words by their first character, then their second (one-character words under NaN), longest first, keyed by
  // UTF-16 code unit: one pass over the text finds the longest word at each place, reading only the few words that
  // could start there, and a place whose character starts no word costs one lookup and no new string.
  const byStart = new Map<number, Map<number, Word[]>>();
  lexicon.forEach((entry, i) => {
    if (!entry.signal) return;
    for (const raw of [...entry.ja, ...entry.en]) {
      const text = normalizeText(raw);
      if (text === "") continue;
      const first = text.charCodeAt(0);
      const second = text.length > 1 ? text.charCodeAt(1) : Number.NaN;
      const bySecond = byStart.get(first) ?? new Map<number, Word[]>();
      const list = bySecond.get(second) ?? [];
      list.push({ text, entry: i, bounded: !/[^\x20-\x7e]/.test(text) });
      bySecond.set(second, list);
      byStart.set(first, bySecond);
    }
  });
  for (const bySecond of byStart.values()) {
    for (const list of bySecond.values()) list.sort((a, b) => b.text.length - a.text.length);
  }

  return (text) => {
    if (typeof text !== "string") throw new TypeError(`text must be a string, got ${typeof text}`);
    const length = countCharacters(text);
    if (length > MAX_TRIAGE_TEXT) {
      throw new RangeError(`text must be at most ${MAX_TRIAGE_TEXT} characters, got ${length}`);
    }
    const normalized = normalizeText(text);
    const matched = new Map<number, string[]>();
    for (let at = 0; at < normalized.length; ) {
      const bySecond = byStart.get(normalized.charCodeAt(at));
      const word =
        bySecond &&
        (bySecond.get(normalized.charCodeAt(at + 1))?.find((w) => standsAt(normalized, w, at)) ??
          bySecond.get(Number.NaN)?.find((w) => standsAt(normalized, w, at)));
      if (word) {
        matched.set(word.entry, [...(matched.get(word.entry) ?? []), word.text]);
        // The characters of a word are its own: a shorter word inside it (彼 in 元彼) does not match again.
        at += word.text.length;
      } else at += 1;
    }
    let danger = false;
    let crisis = false;
    const evidence = new Map<string, string[]>();
    const note = (reading: string, words: readonly string[]) =>
      evidence.set(reading, [...new Set([...(evidence.get(reading) ?? []), ...words])].slice(0, 8));
    const needs = new Set<TriageNeed>();
    const audiences = new Set<Audience>();
    const relationships = new Set<Relationship>();
    const ids: string[] = [];
    for (const [i, words] of [...matched].sort(([a], [b]) => a - b)) {
      const entry = lexicon[i];
      if (!entry?.signal) continue;
      ids.push(entry.id);
      if (entry.signal.danger) {
        danger = true;
        note("danger", words);
      }
      if (entry.signal.crisis) {
        crisis = true;
        note("crisis", words);
      }
      for (const need of entry.signal.needs ?? []) {
        needs.add(need);
        note(`need:${need}`, words);
      }
      for (const audience of entry.signal.audiences ?? []) {
        audiences.add(audience);
        note(`audience:${audience}`, words);
      }
      if (entry.signal.relationship) {
        relationships.add(entry.signal.relationship);
        note(`relationship:${entry.signal.relationship}`, words);
      }
    }
    // Two relationships named (彼氏 and 同僚) is not something to guess from: leave it to the person.
    const [relationship] = relationships.size === 1 ? relationships : [];
    return {
      danger,
      crisis,
      needs: [...needs],
      audiences: [...audiences],
      ...(relationship !== undefined && { relationship }),
      matched: ids,
      ask: [],
      understood: ids.length > 0,
      evidence: [...evidence].map(([reading, words]) => ({ reading, words })),
    };
  };
}
