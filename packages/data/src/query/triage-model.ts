// The learned part of the interpreter: one logistic classifier per label over the text's features
// (triage-features.ts), trained at build time from the labelled corpus (content/triage/corpus) and shipped as a
// small table (src/generated/triage-model.ts). Deterministic, and explainable: a score names the features that
// raised it most.
import { stemEnglish } from "./normalize-text.js";
import { forEachJapaneseRun, isDigit, isJapanese, isLatinCode, STOP } from "./triage-features.js";

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
  /**
   * The score at and above which a label is read in a text of PARTS_FROM characters or more, read by parts, per
   * label (default: `read`).
   */
  readLong?: readonly number[];
  /** The score at and above which a critical label is asked about, per label (1 where it is never asked). */
  ask: readonly number[];
}

/** One label's result for a text. */
export interface LabelScore {
  label: string;
  /** The probability the model gives the label. */
  p: number;
  /**
   * The features that raised the score most, as written in the folded text, strongest first; named only from a
   * score of NAMED_FROM (lower scores are never read or asked about, and a short text has some thirty of them).
   */
  words: string[];
  /** The probability the whole text alone gives the label, when it was read by parts too (asks weigh this one). */
  whole?: number;
}

/** A compiled model: scores a folded text for every label. */
export type TriageScorer = (folded: string) => LabelScore[];

/** A pair of character codes hashed into 16 bits (NaN, past the end of a text, hashes as 0). */
const pairSlot = (a: number, b: number) => (Math.imul(a, 0x9e37) ^ (b | 0)) & 0xffff;

/** An English word as the model reads it. */
interface LatinWord {
  stem: string;
  /** Its feature, or -1 (a stop word, or a word the model does not know). */
  id: number;
  /** The pairs it starts that the model knows: second word → feature. */
  pairs: ReadonlyMap<string, number> | undefined;
}
/** How many English words a scorer remembers before it forgets them all. */
const MAX_REMEMBERED_WORDS = 4096;

/** The least score whose reasons a scorer names (the interpreter reads or asks from 0.25 at the lowest). */
export const NAMED_FROM = 0.2;
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

/**
 * Texts of at least this many folded characters are read by parts as well as whole (ADR 0013, "Reading long texts
 * by parts"): a whole-text logistic over binary features reads a long account as one bag, where one sentence's
 * meaning is drowned by the rest.
 */
export const PARTS_FROM = 150;
/** A part gathers whole sentences until it has at least this many characters (a sentence of three words says little). */
const PART_LENGTH = 40;

/**
 * Whether the character at `i` of a folded text ends a sentence: 。 ! ? (folded), or a full stop that no letter or
 * digit follows at once (3.5, e.g, www.x.com end nothing).
 */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x3002 || c === 0x21 || c === 0x3f || (c === 0x2e && !isLatinCode(text.charCodeAt(i + 1)));
}

/**
 * Where each part of a folded text ends: whole sentences, gathered until a part has PART_LENGTH characters; a
 * shorter last part joins the one before. A text of one part gives one end, its length.
 */
export function partEnds(folded: string): number[] {
  const ends: number[] = [];
  let partStart = 0;
  for (let i = 0; i < folded.length; i++) {
    // A run of marks ("?!", "...") ends the sentence at its last mark.
    if (i + 1 - partStart >= PART_LENGTH && endsSentence(folded, i) && !endsSentence(folded, i + 1)) {
      ends.push(i + 1);
      partStart = i + 1;
    }
  }
  if (partStart < folded.length) {
    if (folded.length - partStart < PART_LENGTH && ends.length > 0) ends[ends.length - 1] = folded.length;
    else ends.push(folded.length);
  }
  return ends;
}

/**
 * Sorts a list of a few items in place by `key`, equal keys kept in their order (as Array.prototype.sort does): a
 * score names at most three reasons, and for so few the built-in sort costs several times more.
 */
function sortShort<T>(list: T[], key: (item: T) => number): void {
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let j = i - 1;
    for (; j >= 0 && key(list[j] as T) > key(item); j--) list[j + 1] = list[j] as T;
    list[j + 1] = item;
  }
}

/** Compiles a model table into a scorer; the table is read once. */
export function compileModel(table: TriageModelTable): TriageScorer {
  const n = table.labels.length;
  const entries = Object.entries(table.weights);
  // Every feature's labels and weights in one pair of flat arrays, feature f's at [from[f], from[f + 1]): the loops
  // that sum a text's features read two arrays, not two small arrays of their own for each feature.
  let pairsInAll = 0;
  for (const [, flat] of entries) pairsInAll += Math.floor(flat.length / 2);
  const labelAt = new Int32Array(pairsInAll);
  const weightAt = new Float64Array(pairsInAll);
  const from = new Int32Array(entries.length + 1);
  const ngrams = new NgramTable(entries.length);
  // Which pairs of characters (hashed) the model has as a pair (bit 1) or as the start of a triple (bit 2): most
  // places of a text are passed over with one array read instead of two table probes.
  const starts = new Uint8Array(0x10000);
  const words = new Map<string, number>();
  /** The word pairs the model knows, by first word then second: a pair is looked up without making its string. */
  const pairs = new Map<string, Map<string, number>>();
  /**
   * English words met so far, as the features read them (triage-features.ts forEachLatin): the stem, its feature,
   * and the pairs it starts. The same words come back in text after text; a bounded memory, then cleared.
   */
  const latin = new Map<string, LatinWord>();
  const latinWord = (word: string): LatinWord => {
    let known = latin.get(word);
    if (known === undefined) {
      const stop = STOP.has(word);
      const stem = stop ? word : stemEnglish(word);
      known = { stem, id: stop ? -1 : (words.get(stem) ?? -1), pairs: pairs.get(stem) };
      if (latin.size >= MAX_REMEMBERED_WORDS) latin.clear();
      latin.set(word, known);
    }
    return known;
  };
  for (const [id, [feature, flat]] of entries.entries()) {
    let at = from[id] as number;
    for (let i = 0; i < Math.floor(flat.length / 2); i++, at++) {
      labelAt[at] = flat[2 * i] ?? 0;
      weightAt[at] = (flat[2 * i + 1] ?? 0) / 100;
    }
    from[id + 1] = at;
    const codes = [...feature].map((ch) => ch.charCodeAt(0));
    // A Japanese n-gram has a Japanese character (digits alone, "14", are the same feature as the word).
    if (feature.length <= 3 && codes.some((c) => isJapanese(c)) && !/[a-z ]/.test(feature)) {
      ngrams.set(((codes[0] ?? 0) << 16) | (codes[1] ?? 0), codes.length === 3 ? (codes[2] ?? 0) + 1 : 0, id);
      const slot = pairSlot(codes[0] ?? 0, codes[1] ?? 0);
      starts[slot] = (starts[slot] ?? 0) | (codes.length === 3 ? 2 : 1);
      // A lone character (a run of one) is stored as a pair with nothing after it.
    } else {
      words.set(feature, id);
      const space = feature.indexOf(" ");
      if (space > 0) {
        const first = feature.slice(0, space);
        const seconds = pairs.get(first) ?? new Map<string, number>();
        seconds.set(feature.slice(space + 1), id);
        pairs.set(first, seconds);
      }
    }
  }
  const bias = Float64Array.from(table.bias, (b) => b / 100);
  const seen = new Uint8Array(entries.length);
  const topWeight = new Float64Array(n * REASONS);
  const topStart = new Int32Array(n * REASONS);
  const topEnd = new Int32Array(n * REASONS);
  const hit: number[] = [];
  const sums = new Float64Array(n);

  // Reading by parts: every occurrence of a known feature in a long text (its id and where it stands), so each
  // part's score is summed from the same lookups as the whole's.
  let occurrences = 0;
  /** Occurrence o is occ[4o…4o+3]: feature, start, end, part. */
  let occ = new Int32Array(4096);
  /** Each character's part, in a text read by parts. */
  let partOf = new Int32Array(1024);
  let parting = false;
  /**
   * Per feature, the part (plus one) it was last summed in: a feature counts once per part. (A number inside
   * Japanese is a feature of both passes; when it also stands in a later part, its first part counts it twice. Rare,
   * and the cross-validation that sets the thresholds reads it the same way.)
   */
  const inPart = new Int32Array(entries.length);
  /** The sums of each part: partSums[part * n + label]. */
  let partSums = new Float64Array(n * 32);
  const bestPart = new Float64Array(n);
  const bestPartIndex = new Int32Array(n);

  /** Per feature, the call (a counter) in which it was last named as a reason: a feature is named once. */
  const namedIn = new Int32Array(entries.length);
  let naming = 0;
  /** Where the Japanese pass's occurrences end and the Latin pass's begin. */
  let latinFrom = 0;
  /** The first occurrence of the Japanese pass in `part` or a later part (latinFrom when none). */
  const firstInPart = (part: number) => {
    let lo = 0;
    let hi = latinFrom;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((occ[4 * mid + 3] as number) < part) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Puts the strongest reasons of `label` among the features of `part` into its reason slots: what raised it. */
  const reasonsFromPart = (label: number, part: number) => {
    const base = label * REASONS;
    topWeight.fill(0, base, base + REASONS);
    naming++;
    // The Japanese pass meets the parts in text order: its occurrences in `part` are one stretch, found by halving.
    // The Latin pass's (fewer, and a pair of words may start in the part before) are all looked at, after them.
    for (let o = firstInPart(part); o < latinFrom && occ[4 * o + 3] === part; o++) nameReason(label, part, o);
    for (let o = latinFrom; o < occurrences; o++) nameReason(label, part, o);
  };
  /** Keeps occurrence `o` among the label's reasons if it stands in `part` and its feature is not named yet. */
  const nameReason = (label: number, part: number, o: number) => {
    const id = occ[4 * o] as number;
    if (occ[4 * o + 3] !== part || namedIn[id] === naming) return;
    namedIn[id] = naming;
    let w = 0;
    for (let i = from[id] as number; i < (from[id + 1] as number); i++)
      if (labelAt[i] === label) w = weightAt[i] as number;
    keepReason(label, w, occ[4 * o + 1] as number, occ[4 * o + 2] as number);
  };

  /**
   * The label's reasons as written in the text, strongest first. Reasons that overlap or touch in the text are named
   * as the one stretch they cover: n-grams of one word ("さら", "さらさ") would otherwise show as fragments of it.
   */
  const reasons = (folded: string, l: number): string[] => {
    const spans: { start: number; end: number; rank: number }[] = [];
    for (let r = l * REASONS; r < (l + 1) * REASONS && (topWeight[r] as number) > 0; r++) {
      spans.push({ start: topStart[r] as number, end: topEnd[r] as number, rank: r });
    }
    sortShort(spans, (span) => span.start);
    const merged: typeof spans = [];
    for (const span of spans) {
      const last = merged[merged.length - 1];
      if (last && span.start <= last.end) {
        last.end = Math.max(last.end, span.end);
        last.rank = Math.min(last.rank, span.rank);
      } else merged.push({ ...span });
    }
    sortShort(merged, (span) => span.rank);
    return merged.map(({ start, end }) => folded.slice(start, end));
  };

  /** Keeps a feature among the label's strongest reasons, in order, if it is one. */
  const keepReason = (label: number, w: number, start: number, end: number) => {
    let at = label * REASONS + REASONS - 1;
    if (w <= (topWeight[at] as number)) return;
    while (at > label * REASONS && w > (topWeight[at - 1] as number)) {
      topWeight[at] = topWeight[at - 1] as number;
      topStart[at] = topStart[at - 1] as number;
      topEnd[at] = topEnd[at - 1] as number;
      at--;
    }
    topWeight[at] = w;
    topStart[at] = start;
    topEnd[at] = end;
  };

  /** Adds feature `id`, seen at [start, end), once per text. */
  const add = (id: number, start: number, end: number) => {
    if (id < 0) return;
    if (parting) {
      if (4 * occurrences === occ.length) {
        const more = new Int32Array(occ.length * 2);
        more.set(occ);
        occ = more;
      }
      const at = 4 * occurrences++;
      occ[at] = id;
      occ[at + 1] = start;
      occ[at + 2] = end;
      occ[at + 3] = partOf[start] as number;
    }
    if (seen[id] !== 1) addFirst(id, start, end);
  };
  /** Adds a feature's weights to the sums, at its first sight in the text. */
  const addFirst = (id: number, start: number, end: number) => {
    seen[id] = 1;
    hit.push(id);
    for (let i = from[id] as number; i < (from[id + 1] as number); i++) {
      const label = labelAt[i] as number;
      const w = weightAt[i] as number;
      sums[label] = (sums[label] as number) + w;
      keepReason(label, w, start, end);
    }
  };

  /** The text being scored, for japaneseRun while it runs (then emptied: the scorer keeps no text). */
  let text = "";
  /**
   * The same features as forEachFeature (triage-features.ts) in one Japanese run of `text`, read by code. Made once
   * with the scorer, not as a new closure for every text: the engine then inlines the work done at each character
   * (a new closure each time cost some 10 µs of 45 on a 1,000-character text).
   */
  const japaneseRun = (start: number, end: number) => {
    const folded = text;
    if (end - start === 1) {
      add(ngrams.get(folded.charCodeAt(start) << 16, 0), start, end);
      return;
    }
    for (let i = start; i + 1 < end; i++) {
      const a = folded.charCodeAt(i);
      const b = folded.charCodeAt(i + 1);
      const digits = isDigit(a) && isDigit(b);
      // Bit 1: the model has this pair; bit 2: a triple that starts with it (digits are looked up as words).
      const has = digits ? 3 : (starts[pairSlot(a, b)] as number);
      if (has & 1) add(digits ? (words.get(folded.slice(i, i + 2)) ?? -1) : ngrams.get((a << 16) | b, 0), i, i + 2);
      if (has & 2 && i + 2 < end) {
        const c = folded.charCodeAt(i + 2);
        add(
          digits && isDigit(c) ? (words.get(folded.slice(i, i + 3)) ?? -1) : ngrams.get((a << 16) | b, c + 1),
          i,
          i + 3,
        );
      }
    }
  };

  return (folded) => {
    sums.set(bias);
    topWeight.fill(0);
    hit.length = 0;
    occurrences = 0;
    // A long text is read by parts too: each label takes the score of the whole or of its likeliest part,
    // whichever is higher (one sentence that says "he is at the door" is not drowned by the rest of the account).
    const ends = folded.length >= PARTS_FROM ? partEnds(folded) : [];
    const parts = ends.length;
    parting = parts > 1;
    if (parting) {
      if (partOf.length < folded.length) partOf = new Int32Array(folded.length * 2);
      let from = 0;
      ends.forEach((end, p) => {
        partOf.fill(p, from, end);
        from = end;
      });
    }
    text = folded;
    forEachJapaneseRun(folded, japaneseRun);
    text = "";
    latinFrom = occurrences;
    // The same features as forEachLatin: each word (stemmed, stop words left out) and the pairs a plain space joins.
    let previous: LatinWord | undefined;
    let previousStart = -1;
    let previousEnd = -2;
    for (let i = 0; i < folded.length; ) {
      if (!isLatinCode(folded.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < folded.length && isLatinCode(folded.charCodeAt(i))) i++;
      const word = latinWord(folded.slice(start, i));
      if (word.id >= 0) add(word.id, start, i);
      if (previous?.pairs && start === previousEnd + 1 && folded.charCodeAt(previousEnd) === 0x20) {
        add(previous.pairs.get(word.stem) ?? -1, previousStart, i);
      }
      previous = word;
      previousStart = start;
      previousEnd = i;
    }
    for (const f of hit) seen[f] = 0;
    if (parting) {
      // Each part's sums, a feature once per part (the occurrences come part by part in each of the two passes).
      if (partSums.length < parts * n) partSums = new Float64Array(parts * n * 2);
      for (let p = 0; p < parts; p++) partSums.set(bias, p * n);
      for (let o = 0; o < occurrences; o++) {
        const id = occ[4 * o] as number;
        const part = occ[4 * o + 3] as number;
        if (inPart[id] === part + 1) continue;
        inPart[id] = part + 1;
        for (let i = from[id] as number; i < (from[id + 1] as number); i++) {
          const at = part * n + (labelAt[i] as number);
          partSums[at] = (partSums[at] as number) + (weightAt[i] as number);
        }
      }
      for (let l = 0; l < n; l++) {
        bestPart[l] = -Infinity;
        for (let p = 0; p < parts; p++) {
          if ((partSums[p * n + l] as number) > (bestPart[l] as number)) {
            bestPart[l] = partSums[p * n + l] as number;
            bestPartIndex[l] = p;
          }
        }
      }
      for (let o = 0; o < occurrences; o++) inPart[occ[4 * o] as number] = 0;
    }
    return table.labels.map((label, l) => {
      const whole = 1 / (1 + Math.exp(-(sums[l] as number)));
      if (!parting) {
        if (whole < NAMED_FROM) return { label, p: whole, words: [] };
        return { label, p: whole, words: reasons(folded, l) };
      }
      const fromPart = (bestPart[l] as number) > (sums[l] as number);
      const p = fromPart ? 1 / (1 + Math.exp(-(bestPart[l] as number))) : whole;
      if (p < NAMED_FROM) return { label, p, words: [], whole };
      // The reasons are what raised the score: the part's own features when a part did.
      if (fromPart) reasonsFromPart(l, bestPartIndex[l] as number);
      return { label, p, words: reasons(folded, l), whole };
    });
  };
}
