// The kana readings of the lexicon's terms as they ship in the widget's lazy triage chunk (60 KB brotli budget). A
// table keyed by term repeats every term the lexicon beside it already holds; here the terms are implied by the
// lexicon itself (its Japanese terms with kanji, folded, in order), and each reading keeps only the kana that stand
// for the term's non-kana runs (家の前にいる → いえ,まえ). Measured 2026-12-08: 5.2 KB brotli as a keyed table, 1.7 KB
// packed. The build packs; the interpreter and search unpack once, against the lexicon they are given.
import type { LexiconEntry } from "../schema/triage.js";
import { foldForTriage } from "./normalize-text.js";

/** The packed form of the readings table, as src/generated/triage-model.ts holds it. */
export interface PackedReadings {
  /** How many terms the lexicon it was packed against has with kanji, and a hash of them: a check it is the same. */
  terms: number;
  hash: number;
  /**
   * For each of those terms in order, separated by "|": nothing (no reading), the kana of each non-kana run separated
   * by ",", or "=" and the whole reading where the runs do not line up with it.
   */
  readings: string;
}

/** Kanji (and the iteration mark): a term without any has no other spelling (the build reads only these). */
export const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]/u;
/** Runs of hiragana, and runs of anything else. */
const RUNS = /[\u3041-\u309f]+|[^\u3041-\u309f]+/gu;
const HIRAGANA = /^[\u3041-\u309f]/u;

/** The folded Japanese terms with kanji of a lexicon, each once, in the lexicon's order. */
export function readingTerms(lexicon: readonly LexiconEntry[]): string[] {
  const out = new Set<string>();
  for (const entry of lexicon) for (const term of entry.ja) if (KANJI.test(term)) out.add(foldForTriage(term));
  return [...out];
}

/** FNV-1a over the terms, one after another with a separator: enough to tell one lexicon's terms from another's. */
function hashTerms(terms: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const term of terms) {
    for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ 0x7c, 0x01000193) >>> 0;
  }
  return h;
}

/** The kana standing for each non-kana run of `term` in `reading`, or undefined where they do not line up. */
function piecesOf(term: string, reading: string): string[] | undefined {
  const runs = term.match(RUNS) ?? [];
  let at = 0;
  const pieces: string[] = [];
  // Each kana run is found as written; the kana before it stand for the run before. The shortest that lets the
  // rest line up is taken (kana runs are short and rarely repeat inside a term's reading).
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as string;
    if (HIRAGANA.test(run)) {
      if (!reading.startsWith(run, at)) return undefined;
      at += run.length;
      continue;
    }
    const next = runs[i + 1];
    const end = next === undefined ? reading.length : reading.indexOf(next, at + 1);
    if (end <= at) return undefined;
    pieces.push(reading.slice(at, end));
    at = end;
  }
  return at === reading.length && pieces.every((p) => !p.includes(",") && !p.includes("|")) ? pieces : undefined;
}

/** Packs a term → readings table (the first reading of each term) against the lexicon it was read from. */
export function packReadings(
  lexicon: readonly LexiconEntry[],
  table: Readonly<Record<string, readonly string[]>>,
): PackedReadings {
  const terms = readingTerms(lexicon);
  const readings = terms.map((term) => {
    const reading = table[term]?.[0];
    if (reading === undefined) return "";
    if (reading.includes("|")) throw new Error(`packReadings: reading of "${term}" holds |`);
    const pieces = piecesOf(term, reading);
    return pieces !== undefined && spell(term, pieces) === reading ? pieces.join(",") : `=${reading}`;
  });
  return { terms: terms.length, hash: hashTerms(terms), readings: readings.join("|") };
}

/**
 * The term → readings table packed against `lexicon`. Packed against another lexicon (a data file newer or older than
 * the bundled readings), it gives none: the terms still match as written, and a reading is never put on the wrong term.
 */
export function unpackReadings(
  lexicon: readonly LexiconEntry[],
  packed: PackedReadings,
): Record<string, readonly string[]> {
  const terms = readingTerms(lexicon);
  if (terms.length !== packed.terms || hashTerms(terms) !== packed.hash) return {};
  const readings = packed.readings.split("|");
  const out: Record<string, readonly string[]> = {};
  terms.forEach((term, i) => {
    const entry = readings[i] ?? "";
    if (entry === "") return;
    if (entry.startsWith("=")) {
      out[term] = [entry.slice(1)];
      return;
    }
    out[term] = [spell(term, entry.split(","))];
  });
  return out;
}

/** A term with its non-kana runs written as `pieces`, in order. */
function spell(term: string, pieces: readonly string[]): string {
  let n = 0;
  return (term.match(RUNS) ?? []).map((run) => (HIRAGANA.test(run) ? run : (pieces[n++] ?? run))).join("");
}
