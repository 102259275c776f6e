// The evaluation cannot be tuned to: no evaluation text may appear in what the interpreter learns from (the lexicon,
// the corpus) or in the scenarios, nor share a long run of characters with any of it. Texts are compared folded
// as the interpreter folds them (foldForTriage) with spaces and punctuation removed, so re-spacing or re-punctuating a copied text does not hide it.
import { foldForTriage } from "../../src/query/normalize-text.js";

/** A shared run this long (in characters of the compacted text) is a copy: Japanese packs more into a character. */
export const LEAK_RUN = { ja: 12, en: 24 } as const;
/**
 * An evaluation text equal to a lexicon term counts only from this length: a word such as 死にたい may rightly be
 * in both, written apart; a whole phrase may not.
 */
export const LEXICON_PHRASE = { ja: 8, en: 16 } as const;
/**
 * A text equal to a corpus text counts from this length (compacted): below it a text is a greeting or a single word
 * ("hello", こんにちは, an emoji alone), which two writers write alike without copying.
 */
export const WHOLE_TEXT = { ja: 6, en: 12 } as const;

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** The text as compared: folded, without spaces and punctuation. */
export function compact(text: string): string {
  return foldForTriage(text).replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** A place where an evaluation text leaks into a learned-from text. */
export interface Leak {
  evaluation: string;
  source: string;
  /** The shared run (or the whole text). */
  run: string;
}

/** Every leak of `evaluation` texts into `corpus` texts (whole or by a long run) or into `lexicon` terms. */
export function findLeaks(
  evaluation: readonly { id: string; text: string }[],
  sources: readonly { name: string; text: string; kind: "corpus" | "lexicon" }[],
): Leak[] {
  const compacted = sources.map((s) => ({ ...s, c: compact(s.text) }));
  const whole = new Map<string, string>();
  for (const s of compacted) {
    const lang = JAPANESE.test(s.c) ? "ja" : "en";
    if (s.c.length >= (s.kind === "corpus" ? WHOLE_TEXT : LEXICON_PHRASE)[lang]) whole.set(s.c, s.name);
  }
  // Every run of each length in the sources, to look up the evaluation's runs in one pass each.
  const runs = { ja: new Map<string, string>(), en: new Map<string, string>() };
  for (const s of compacted) {
    for (const lang of ["ja", "en"] as const) {
      const n = LEAK_RUN[lang];
      for (let i = 0; i + n <= s.c.length; i++) {
        const run = s.c.slice(i, i + n);
        if (lang === "en" || JAPANESE.test(run)) runs[lang].set(run, s.name);
      }
    }
  }
  const leaks: Leak[] = [];
  for (const e of evaluation) {
    const c = compact(e.text);
    const lang = JAPANESE.test(c) ? "ja" : "en";
    const hit = c.length >= WHOLE_TEXT[lang] ? whole.get(c) : undefined;
    if (hit) {
      leaks.push({ evaluation: e.id, source: hit, run: c });
      continue;
    }
    // A run is measured in its own script: the Latin part of a mixed text needs the English length, or a common
    // twelve-letter stretch of English ("japaneseisno") counts as a copy.
    const found = firstSharedRun(c, runs);
    if (found) leaks.push({ evaluation: e.id, source: found.source, run: found.run });
  }
  return leaks;
}

/** The first run of `text` found in `runs`: runs with Japanese at the Japanese length, any run at the English length. */
function firstSharedRun(
  text: string,
  runs: { ja: ReadonlyMap<string, string>; en: ReadonlyMap<string, string> },
): { run: string; source: string } | undefined {
  for (const lang of ["ja", "en"] as const) {
    const n = LEAK_RUN[lang];
    for (let i = 0; i + n <= text.length; i++) {
      const run = text.slice(i, i + n);
      if (lang === "ja" && !JAPANESE.test(run)) continue;
      const source = runs[lang].get(run);
      if (source) return { run, source };
    }
  }
  return undefined;
}
