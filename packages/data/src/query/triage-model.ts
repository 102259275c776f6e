// The learned part of the interpreter: one logistic classifier per label over the text's features
// (triage-features.ts), trained at build time from the labelled corpus (content/triage/corpus) and shipped as a
// small table (src/generated/triage-model.ts). Deterministic, and explainable: a score names the features that
// raised it most.
import { forEachJapaneseRun, forEachLatin, isDigit, isJapanese } from "./triage-features.js";

/** The trained model as the build emits it: for each feature, the labels it speaks for and how strongly. */
export interface TriageModelTable {
  /** The labels, in the order the weights use (danger, crisis, crisisNow, need:…, audience:…, relationship:…). */
  labels: readonly string[];
  /** Each label's bias, in hundredths. */
  bias: readonly number[];
  /** Feature → flat pairs [label index, weight in hundredths, …]. */
  weights: Readonly<Record<string, readonly number[]>>;
  /** The score (probability) at and above which a label is read, per label. */
  read: readonly number[];
  /** The score at and above which a critical label is asked about, per label (1 where it is never asked). */
  ask: readonly number[];
}

/** One label's result for a text. */
export interface LabelScore {
  label: string;
  /** The probability the model gives the label. */
  p: number;
  /** The features that raised the score most, as written in the folded text, strongest first. */
  words: string[];
}

/** A compiled model: scores a folded text for every label. */
export type TriageScorer = (folded: string) => LabelScore[];

/** How many features a score names as its reasons. */
const REASONS = 3;

/**
 * Japanese n-grams are looked up by their character codes in an open-addressing table of typed arrays: a long text
 * has some 2,000 of them, and making a string (or a large-number Map key) for each costs more than the rest of the
 * reading. A slot holds the first two codes packed in one int and the third code plus one (0 for a pair).
 */
class NgramTable {
  private readonly mask: number;
  private readonly ab: Int32Array;
  private readonly c1: Int32Array;
  private readonly id: Int32Array;
  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 4) size *= 2;
    this.mask = size - 1;
    this.ab = new Int32Array(size);
    this.c1 = new Int32Array(size);
    this.id = new Int32Array(size).fill(-1);
  }
  private slot(ab: number, c1: number): number {
    let h = Math.imul(ab ^ Math.imul(c1, 0x9e3779b1), 0x85ebca6b);
    h = (h ^ (h >>> 15)) & this.mask;
    while (this.id[h] !== -1 && (this.ab[h] !== ab || this.c1[h] !== c1)) h = (h + 1) & this.mask;
    return h;
  }
  set(ab: number, c1: number, id: number): void {
    const h = this.slot(ab, c1);
    this.ab[h] = ab;
    this.c1[h] = c1;
    this.id[h] = id;
  }
  get(ab: number, c1: number): number {
    return this.id[this.slot(ab, c1)] ?? -1;
  }
}

/** Compiles a model table into a scorer; the table is read once. */
export function compileModel(table: TriageModelTable): TriageScorer {
  const n = table.labels.length;
  const entries = Object.entries(table.weights);
  const labelsOf: Int32Array[] = [];
  const weightsOf: Float64Array[] = [];
  const ngrams = new NgramTable(entries.length);
  const words = new Map<string, number>();
  for (const [feature, flat] of entries) {
    const labels = new Int32Array(flat.length / 2);
    const weights = new Float64Array(flat.length / 2);
    for (let i = 0; i < labels.length; i++) {
      labels[i] = flat[2 * i] ?? 0;
      weights[i] = (flat[2 * i + 1] ?? 0) / 100;
    }
    const id = labelsOf.length;
    labelsOf.push(labels);
    weightsOf.push(weights);
    const codes = [...feature].map((ch) => ch.charCodeAt(0));
    // A Japanese n-gram has a Japanese character (digits alone, "14", are the same feature as the word).
    if (feature.length <= 3 && codes.some((c) => isJapanese(c)) && !/[a-z ]/.test(feature)) {
      ngrams.set(((codes[0] ?? 0) << 16) | (codes[1] ?? 0), codes.length === 3 ? (codes[2] ?? 0) + 1 : 0, id);
      // A lone character (a run of one) is stored as a pair with nothing after it.
    } else words.set(feature, id);
  }
  const bias = Float64Array.from(table.bias, (b) => b / 100);
  const seen = new Uint8Array(labelsOf.length);
  const topWeight = new Float64Array(n * REASONS);
  const topStart = new Int32Array(n * REASONS);
  const topEnd = new Int32Array(n * REASONS);
  const hit: number[] = [];
  const sums = new Float64Array(n);

  /** Adds feature `id`, seen at [start, end), once per text. */
  const add = (id: number, start: number, end: number) => {
    if (id < 0 || seen[id] === 1) return;
    seen[id] = 1;
    hit.push(id);
    const labels = labelsOf[id] as Int32Array;
    const weights = weightsOf[id] as Float64Array;
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i] as number;
      const w = weights[i] as number;
      sums[label] = (sums[label] as number) + w;
      // Keep the label's strongest reasons, in order.
      let at = label * REASONS + REASONS - 1;
      if (w <= (topWeight[at] as number)) continue;
      while (at > label * REASONS && w > (topWeight[at - 1] as number)) {
        topWeight[at] = topWeight[at - 1] as number;
        topStart[at] = topStart[at - 1] as number;
        topEnd[at] = topEnd[at - 1] as number;
        at--;
      }
      topWeight[at] = w;
      topStart[at] = start;
      topEnd[at] = end;
    }
  };

  return (folded) => {
    sums.set(bias);
    topWeight.fill(0);
    hit.length = 0;
    // The same features as forEachFeature (triage-features.ts), read by code.
    forEachJapaneseRun(folded, (start, end) => {
      if (end - start === 1) {
        add(ngrams.get(folded.charCodeAt(start) << 16, 0), start, end);
        return;
      }
      for (let i = start; i + 1 < end; i++) {
        const a = folded.charCodeAt(i);
        const b = folded.charCodeAt(i + 1);
        const digits = isDigit(a) && isDigit(b);
        add(digits ? (words.get(folded.slice(i, i + 2)) ?? -1) : ngrams.get((a << 16) | b, 0), i, i + 2);
        if (i + 2 < end) {
          const c = folded.charCodeAt(i + 2);
          add(
            digits && isDigit(c) ? (words.get(folded.slice(i, i + 3)) ?? -1) : ngrams.get((a << 16) | b, c + 1),
            i,
            i + 3,
          );
        }
      }
    });
    forEachLatin(folded, (feature, start, end) => add(words.get(feature) ?? -1, start, end));
    for (const f of hit) seen[f] = 0;
    return table.labels.map((label, l) => {
      const reasons: string[] = [];
      for (let r = l * REASONS; r < (l + 1) * REASONS && (topWeight[r] as number) > 0; r++) {
        reasons.push(folded.slice(topStart[r], topEnd[r]));
      }
      return { label, p: 1 / (1 + Math.exp(-(sums[l] as number))), words: reasons };
    });
  };
}
