// Full-text search over contacts, remedies, FAQs and platforms, for Japanese (no spaces between words) and English.
//
// Japanese texts are indexed by character bigrams: a query term matches a field that contains it as a substring
// (人権 in みんなの人権110番), and partly matches a field that shares most of its bigrams (a near miss such as
// 開示の請求 for 開示請求). English texts are indexed by words, and a query word matches words it starts
// (harass finds harassment), after folding inflections (posted finds posts), and a word found nowhere is read as the
// word one typo away (adress). Each hit is scored by where it matched: names and titles weigh far more than bodies.
//
// Text is folded as the interpreter folds it (foldText). With readings (readings.ts, made at build time), every
// Japanese text is also indexed in kana, so a kana query meets a kanji word (じんけん finds 人権), and a phrase typed
// without spaces that no text holds is cut into the words it holds (裁判所で調停をしたい → 裁判所, 調停).
import type { Contact, ContactLocalized } from "../schema/contact.js";
import type { Faq, FaqLocalized } from "../schema/faq.js";
import type { Platform, PlatformLocalized } from "../schema/platform.js";
import type { Lang, LocalizedText } from "../schema/primitives.js";
import type { Remedy, RemedyLocalized } from "../schema/remedy.js";
import type { LexiconEntry } from "../schema/triage.js";
import { textIn } from "./localize.js";
import { bigrams, foldText, hasJapaneseScript, stemEnglish, words } from "./normalize-text.js";
import { type Readings, type Segment, segmentPhrase, segmentPhraseIntl, spellInKana } from "./readings.js";

/** The records a search or triage runs over: the bundled dataset, or the same shape from the API. */
export interface SearchableData<
  C extends Contact | ContactLocalized = Contact,
  R extends Remedy | RemedyLocalized = Remedy,
  F extends Faq | FaqLocalized = Faq,
  P extends Platform | PlatformLocalized = Platform,
> {
  contacts: readonly C[];
  remedies: readonly R[];
  faqs: readonly F[];
  /** Platforms, found by their name and the names people type for their services (インスタ, Twitter, 知恵袋). */
  platforms?: readonly P[];
  /** The triage content; its lexicon widens queries to the words the records use (晒された finds 個人情報). */
  triage?: { lexicon: readonly LexiconEntry[] };
  /** The readings of the words in these texts (see readings.ts): kana queries meet kanji words, phrases get cut. */
  readings?: Readings;
}
/** How a search is built. */
export interface SearchSettings {
  /**
   * How a Japanese phrase typed without spaces is cut into words: by the words the records use and their readings
   * (default), or by the platform's Intl.Segmenter. `pnpm bench` measures both.
   */
  segmenter?: "words" | "intl";
}
export interface SearchOptions {
  /** Language of the query and of the texts searched. Default: ja. A query in Japanese script always searches the Japanese texts. */
  lang?: Lang;
  /** At most this many hits. Default: 20. */
  limit?: number;
}
/** One search result: the record, its kind and id, and a score (higher is better). */
export type SearchHit<
  C extends Contact | ContactLocalized = Contact,
  R extends Remedy | RemedyLocalized = Remedy,
  F extends Faq | FaqLocalized = Faq,
  P extends Platform | PlatformLocalized = Platform,
> =
  | { type: "contact"; id: string; score: number; record: C }
  | { type: "remedy"; id: string; score: number; record: R }
  | { type: "faq"; id: string; score: number; record: F }
  | { type: "platform"; id: string; score: number; record: P };

type Entry<
  C extends Contact | ContactLocalized,
  R extends Remedy | RemedyLocalized,
  F extends Faq | FaqLocalized,
  P extends Platform | PlatformLocalized,
> =
  | { type: "contact"; id: string; record: C }
  | { type: "remedy"; id: string; record: R }
  | { type: "faq"; id: string; record: F }
  | { type: "platform"; id: string; record: P };

/** How much a match in each field counts. Names and titles outweigh everything else put together. */
const WEIGHT = { title: 10, number: 8, organization: 5, summary: 4, law: 3, body: 2, note: 1 } as const;
/** A term that is not a substring of a field still matches it when it shares this share of its bigrams. */
const MIN_BIGRAM_OVERLAP = 0.6;
/** Longer queries are cut to this many characters: enough for any real question, bounded work for pasted text. */
const MAX_QUERY_CHARS = 200;
const DEFAULT_LIMIT = 20;

type Text = LocalizedText | string;
type WeightedText = [weight: number, text: Text | undefined];

function contactTexts(c: Contact | ContactLocalized): WeightedText[] {
  const out: WeightedText[] = [
    [WEIGHT.title, c.name],
    [WEIGHT.organization, c.organization.name],
    [WEIGHT.summary, c.summary],
    [WEIGHT.body, c.description],
    [WEIGHT.note, c.costNote],
    [WEIGHT.note, c.caveat],
    [WEIGHT.note, c.coverage.area],
  ];
  for (const ch of c.channels) {
    if (ch.type === "phone") out.push([WEIGHT.number, ch.number]);
    if (ch.type === "shortcode") out.push([WEIGHT.number, ch.code]);
    if (ch.type === "line") out.push([WEIGHT.number, ch.lineId]);
    if (ch.type === "in-person") out.push([WEIGHT.note, ch.where]);
    out.push([WEIGHT.note, ch.label], [WEIGHT.note, ch.notes]);
  }
  return out;
}

function remedyTexts(r: Remedy | RemedyLocalized): WeightedText[] {
  return [
    [WEIGHT.title, r.title],
    [WEIGHT.summary, r.summary],
    ...r.steps.map((step): WeightedText => [WEIGHT.body, step]),
    ...r.legalBasis.flatMap((basis): WeightedText[] => [
      [WEIGHT.law, basis.law],
      [WEIGHT.note, basis.article],
    ]),
    [WEIGHT.note, r.timeLimit],
    [WEIGHT.note, r.caveat],
  ];
}

function platformTexts(p: Platform | PlatformLocalized): WeightedText[] {
  return [
    [WEIGHT.title, p.name],
    [WEIGHT.organization, p.operator.legalName],
    [WEIGHT.summary, p.summary],
    // The names people type for a service are as good as its name: インスタ is Instagram.
    ...p.services.flatMap((service): WeightedText[] => [
      [WEIGHT.title, service.name],
      ...service.aliases.map((alias): WeightedText => [WEIGHT.title, alias]),
    ]),
  ];
}

function faqTexts(f: Faq | FaqLocalized): WeightedText[] {
  return [
    [WEIGHT.title, f.question],
    [WEIGHT.body, f.answer],
  ];
}

/** Every text search reads in `lang` (record fields and the lexicon's words), for build steps that analyse them. */
export function searchedTexts(data: SearchableData, lang: Lang): string[] {
  const records = [
    ...data.contacts.flatMap(contactTexts),
    ...data.remedies.flatMap(remedyTexts),
    ...data.faqs.flatMap(faqTexts),
    ...(data.platforms ?? []).flatMap(platformTexts),
  ];
  const out = records.flatMap(([, text]) => (text === undefined ? [] : [textIn(text, lang)]));
  for (const entry of data.triage?.lexicon ?? []) out.push(...entry[lang], ...(entry.search?.[lang] ?? []));
  return out;
}

interface Field {
  weight: number;
  text: string;
  grams: Set<string>;
  words: Set<string>;
}
interface Index {
  fields: Field[][];
  /** Japanese: bigram → entries whose texts contain it. */
  byBigram: Map<string, number[]>;
  /** English: every word, sorted, for prefix lookups; and word → entries. */
  vocabulary: string[];
  byWord: Map<string, number[]>;
  /** English: every word as written (before folding inflections) → its folded form, for typo tolerance. */
  written: Map<string, string>;
}

function addPosting(map: Map<string, number[]>, key: string, entry: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (list[list.length - 1] !== entry) list.push(entry);
}

function buildIndex(texts: WeightedText[][], lang: Lang, readings: Readings | undefined): Index {
  const byBigram = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const written = new Map<string, string>();
  const fields = texts.map((entryTexts, entry) =>
    entryTexts.flatMap(([weight, text]): Field[] => {
      if (text === undefined) return [];
      const plain = foldText(textIn(text, lang));
      // A Japanese text is also read in kana (法テラス → ほうてらす), so that a kana query finds it; the space keeps the
      // two spellings from forming bigrams across each other.
      const spelled = lang === "ja" && readings ? spellInKana(readings, plain) : plain;
      const normalized = spelled === plain ? plain : `${plain} ${spelled}`;
      // Japanese texts are matched by bigram, English by word: each index keeps only what its matching reads.
      const field = {
        weight,
        text: normalized,
        grams: lang === "ja" ? bigrams(normalized) : new Set<string>(),
        words: new Set(
          lang === "en"
            ? words(normalized).map((word) => {
                const stem = stemEnglish(word);
                written.set(word, stem);
                return stem;
              })
            : [],
        ),
      };
      for (const gram of field.grams) addPosting(byBigram, gram, entry);
      for (const word of field.words) addPosting(byWord, word, entry);
      return [field];
    }),
  );
  return { fields, byBigram, vocabulary: [...byWord.keys()].sort(), byWord, written };
}

/** The index of the first vocabulary word >= prefix. */
function lowerBound(sorted: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? "") < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A prepared query term: how to find candidate entries and how to score one field. */
interface Term {
  candidates(index: Index): Iterable<number> | "all";
  score(field: Field): number;
}

/** Latin letters and digits: a short Latin term must not touch one of these to match (X is not the x in "box"). */
const LATIN = /[a-z0-9]/;
/** Latin-only terms this short match only as a whole word in texts written without spaces. */
const SHORT_LATIN = /^[a-z0-9]{1,2}$/;

/** Whether `term` occurs in `text` with no Latin letter or digit right before or after it. */
function standsAlone(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    const before = at === 0 ? "" : (text[at - 1] ?? "");
    const after = text[at + term.length] ?? "";
    if (!LATIN.test(before) && !LATIN.test(after)) return true;
  }
  return false;
}

/** A term matched as a substring, or by most of its bigrams (for text written without spaces). */
function substringTerm(term: string): Term {
  const grams = [...bigrams(term)];
  // X, FB, IG: as substrings they would match inside any Latin word, so they match only standing alone.
  const whole = SHORT_LATIN.test(term);
  const needed = grams.length < 2 ? 1 : Math.ceil(grams.length * MIN_BIGRAM_OVERLAP - 1e-9);
  return {
    candidates: (index) => {
      if (grams.length === 0) return "all";
      if (grams.length === 1) return index.byBigram.get(grams[0] ?? "") ?? [];
      // A field can only score if it holds the term or most of its bigrams, so an entry that holds too few of them
      // anywhere is skipped before any field is read (りべんじぽるの shares only "るの" with most texts).
      const shared = new Map<number, number>();
      for (const gram of grams) {
        for (const entry of index.byBigram.get(gram) ?? []) shared.set(entry, (shared.get(entry) ?? 0) + 1);
      }
      const found: number[] = [];
      for (const [entry, count] of shared) if (count >= needed) found.push(entry);
      return found;
    },
    score: (field) => {
      const at = field.text.indexOf(term);
      if (at >= 0) {
        if (whole && !standsAlone(field.text, term)) return 0;
        // A field that repeats the term (みんなの人権110番(全国共通人権相談ダイヤル)) is a little more about it.
        const again = field.text.indexOf(term, at + term.length) >= 0;
        return field.weight * (again ? 1.05 : 1);
      }
      if (grams.length < 2 || field.grams.size < needed) return 0;
      let shared = 0;
      for (const gram of grams) if (field.grams.has(gram)) shared++;
      const overlap = shared / grams.length;
      return overlap >= MIN_BIGRAM_OVERLAP ? field.weight * 0.5 * overlap : 0;
    },
  };
}

/** A word matched exactly, or as the start of a longer word (from two letters on). */
function wordTerm(term: string): Term {
  const prefixes = term.length >= 2;
  return {
    candidates: (index) => {
      if (!prefixes) return index.byWord.get(term) ?? [];
      const found = new Set<number>();
      for (let i = lowerBound(index.vocabulary, term); i < index.vocabulary.length; i++) {
        const word = index.vocabulary[i] ?? "";
        if (!word.startsWith(term)) break;
        for (const entry of index.byWord.get(word) ?? []) found.add(entry);
      }
      return found;
    },
    score: (field) => {
      if (field.words.has(term)) return field.weight;
      if (!prefixes) return 0;
      for (const word of field.words) if (word.startsWith(term)) return field.weight * 0.7;
      return 0;
    },
  };
}

/** Words this short are never read as a typo of another word (too many near neighbours). */
const MIN_TYPO_LENGTH = 5;

/** Whether two words are at most one edit apart (a letter added, dropped, changed, or two neighbours swapped). */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/** The folded forms of the words one typo away from `word` (stalkng → stalking → stalk), or none. */
function typoNeighbours(index: Index, word: string): string[] {
  if (word.length < MIN_TYPO_LENGTH) return [];
  const out = new Set<string>();
  for (const [written, stem] of index.written) {
    if (written.length >= MIN_TYPO_LENGTH && oneEditApart(word, written)) out.add(stem);
  }
  return [...out];
}

/** English words that carry no subject of their own; a query drops them unless it has nothing else. */
const ENGLISH_FUNCTION_WORDS = new Set(
  "a an the in on at of for from to into with by and or my me i im i'm is are was be do does how what can your you it this that".split(
    " ",
  ),
);

/** How much a match through a lexicon word counts against a match of the word typed. */
const EXPANSION_DISCOUNT = 0.8;

/** One word of the query: the word typed (and its kana spelling), and the words the lexicon gives for it. */
interface TermGroup {
  /** The word as typed and, for a Japanese word, as spelled in kana: a field scores the better of them. */
  typed: readonly Term[];
  /** A function word (the, to, is): its matches add to a score, but an entry that lacks it loses nothing. */
  optional?: boolean;
  /** The lexicon's words for it, each with the key its scores are kept under. */
  expansions: readonly { key: string; term: Term }[];
}

/** One term's score in each field of each entry it matches (entries it does not match are absent). */
type FieldScores = Map<number, Float64Array>;

/** The lexicon's words (normalized) → the words to search as well; and the words by their first two characters. */
interface Expansions {
  table: Map<string, string[]>;
  byStart: Map<string, string[]>;
}

/** For one language, the lexicon's words (normalized) → the words to search as well. */
function expansionTable(lexicon: readonly LexiconEntry[], lang: Lang, readings?: Readings): Expansions {
  const table = new Map<string, Set<string>>();
  for (const entry of lexicon) {
    const written = entry[lang].map(foldText);
    // A lexicon word typed in kana (もとかれ for 元彼) widens the query as the word itself does.
    const own = readings ? [...new Set([...written, ...written.map((w) => spellInKana(readings, w))])] : written;
    const extra = (entry.search?.[lang] ?? []).map(foldText);
    for (const word of own) {
      const set = table.get(word) ?? new Set<string>();
      // Only the words the records use widen a query: the other colloquial variants are in no record, and every
      // extra word costs a pass over the index. One-character words would match nearly everything.
      for (const w of extra) if (w !== word && Array.from(w).length >= 2) set.add(w);
      table.set(word, set);
    }
  }
  const byStart = new Map<string, string[]>();
  for (const [word, more] of table) {
    if (word.length < 2 || more.size === 0) continue;
    const key = word.slice(0, 2);
    byStart.set(key, [...(byStart.get(key) ?? []), word]);
  }
  return { table: new Map([...table].map(([k, v]) => [k, [...v]])), byStart };
}

/** Scores one term in every field of its candidate entries. */
function fieldScoresOf(term: Term, index: Index, all: number): FieldScores {
  const out: FieldScores = new Map();
  const candidates = term.candidates(index);
  const list = candidates === "all" ? Array.from({ length: all }, (_, i) => i) : candidates;
  for (const entry of list) {
    const fields = index.fields[entry];
    if (!fields) continue;
    let scores: Float64Array | undefined;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      const s = field ? term.score(field) : 0;
      if (s === 0) continue;
      scores ??= new Float64Array(fields.length);
      scores[i] = s;
    }
    if (scores) out.set(entry, scores);
  }
  return out;
}

/**
 * Scores the words of a query with one set of buffers: per entry, each field's best score so far. The buffers are
 * reused from query to query (a search answers one query at a time), so scoring allocates almost nothing.
 */
class GroupScorer {
  private readonly scratch: Float64Array[];
  private readonly stamp: Int32Array;
  private readonly touched: number[] = [];
  private current = 0;

  constructor(private readonly index: Index) {
    this.scratch = index.fields.map((fields) => new Float64Array(fields.length));
    this.stamp = new Int32Array(index.fields.length);
  }

  /** The field buffer of `entry` for the current word, cleared on its first use. */
  private buffer(entry: number): Float64Array | undefined {
    const buffer = this.scratch[entry];
    if (!buffer) return undefined;
    if (this.stamp[entry] !== this.current) {
      buffer.fill(0);
      this.stamp[entry] = this.current;
      this.touched.push(entry);
    }
    return buffer;
  }

  /**
   * Scores one word of the query: entry → best field score plus a hundredth of the rest. A field scores the best
   * any alternative gives it; the lexicon's words count a little less. `expansionScores` gives the (kept) field
   * scores of a lexicon word.
   */
  score(group: TermGroup, expansionScores: (key: string, term: Term) => FieldScores): Map<number, number> {
    this.current++;
    this.touched.length = 0;
    for (const typed of group.typed) {
      const candidates = typed.candidates(this.index);
      const list = candidates === "all" ? this.index.fields.keys() : candidates;
      for (const entry of list) {
        const fields = this.index.fields[entry];
        if (!fields) continue;
        for (let i = 0; i < fields.length; i++) {
          const field = fields[i];
          const s = field ? typed.score(field) : 0;
          if (s === 0) continue;
          const buffer = this.buffer(entry);
          if (buffer && s > (buffer[i] ?? 0)) buffer[i] = s;
        }
      }
    }
    for (const { key, term } of group.expansions) {
      for (const [entry, fields] of expansionScores(key, term)) {
        const buffer = this.buffer(entry);
        if (!buffer) continue;
        for (let i = 0; i < fields.length; i++) {
          const s = (fields[i] ?? 0) * EXPANSION_DISCOUNT;
          if (s > (buffer[i] ?? 0)) buffer[i] = s;
        }
      }
    }
    const out = new Map<number, number>();
    for (const entry of this.touched) {
      const scores = this.scratch[entry];
      if (!scores) continue;
      let best = 0;
      let sum = 0;
      for (const s of scores) {
        sum += s;
        if (s > best) best = s;
      }
      // The best field decides; other matching fields only break ties, so a title hit always beats a body hit.
      if (best > 0) out.set(entry, best + 0.01 * (sum - best));
    }
    return out;
  }
}

/** Builds a search over `data` once; the returned function answers queries. */
export function createSearch<
  C extends Contact | ContactLocalized,
  R extends Remedy | RemedyLocalized,
  F extends Faq | FaqLocalized,
  P extends Platform | PlatformLocalized = Platform,
>(
  data: SearchableData<C, R, F, P>,
  settings: SearchSettings = {},
): (query: string, options?: SearchOptions) => SearchHit<C, R, F, P>[] {
  const entries: Entry<C, R, F, P>[] = [
    ...data.contacts.map((record) => ({ type: "contact" as const, id: record.id, record })),
    ...data.remedies.map((record) => ({ type: "remedy" as const, id: record.id, record })),
    ...data.faqs.map((record) => ({ type: "faq" as const, id: record.id, record })),
    ...(data.platforms ?? []).map((record) => ({ type: "platform" as const, id: record.id, record })),
  ];
  const texts = entries.map((e) =>
    e.type === "contact"
      ? contactTexts(e.record)
      : e.type === "remedy"
        ? remedyTexts(e.record)
        : e.type === "faq"
          ? faqTexts(e.record)
          : platformTexts(e.record),
  );
  // One index per language, built on its first query, so creating a search (and importing the package) costs nothing.
  const indexes: Partial<Record<Lang, Index>> = {};
  const lexicon = data.triage?.lexicon ?? [];
  const expansions: Partial<Record<Lang, Expansions>> = {};
  /** The lexicon words in a Japanese phrase, where they are, and the words each adds to the search. */
  const lexiconWordsIn = (phrase: string): { start: number; end: number; more: string[] }[] => {
    expansions.ja ??= expansionTable(lexicon, "ja", data.readings);
    const { table, byStart } = expansions.ja;
    const exact = table.get(phrase);
    if (exact) return [{ start: 0, end: phrase.length, more: exact }];
    // Japanese is written without spaces: 元カレしつこい holds two lexicon words. Only the words that start with the
    // two characters at each place are read, not the whole lexicon.
    const out: { start: number; end: number; more: string[] }[] = [];
    for (let at = 0; at + 1 < phrase.length; at++) {
      for (const word of byStart.get(phrase.slice(at, at + 2)) ?? []) {
        if (!phrase.startsWith(word, at)) continue;
        const more = (table.get(word) ?? []).filter((w) => w !== phrase);
        if (more.length > 0) out.push({ start: at, end: at + word.length, more });
      }
    }
    return out;
  };
  const { readings } = data;
  const segment = (phrase: string): Segment[] =>
    settings.segmenter === "intl"
      ? segmentPhraseIntl(phrase)
      : readings
        ? segmentPhrase(readings, phrase)
        : [{ word: phrase, start: 0, end: phrase.length }];
  /** Whether some Japanese text holds `phrase` as it is (typed or in kana). */
  const occurs = (phrase: string): boolean => {
    const index = indexFor("ja");
    const candidates = substringTerm(phrase).candidates(index);
    const list = candidates === "all" ? index.fields.keys() : candidates;
    for (const entry of list)
      for (const field of index.fields[entry] ?? []) if (field.text.includes(phrase)) return true;
    return false;
  };
  /** The words of a Japanese query: each space-separated phrase cut into words, each with its lexicon words. */
  const japaneseGroups = (query: string): TermGroup[] => {
    const out: TermGroup[] = [];
    const seen = new Set<string>();
    for (const phrase of query.split(" ")) {
      if (phrase === "") continue;
      const lexiconWords = lexiconWordsIn(phrase);
      // A phrase the lexicon knows whole, or that a text holds as it is, is searched whole: only a phrase found
      // nowhere is cut into words.
      const whole = lexiconWords.some((w) => w.start === 0 && w.end === phrase.length) || occurs(phrase);
      const segments = whole ? [{ word: phrase, start: 0, end: phrase.length }] : segment(phrase);
      // One character (人 in 書いた人) says little on its own: it adds to a hit but is not required of one.
      const optional = (word: string) => word.length === 1 && segments.some((s) => s.word.length > 1);
      for (const { word, start, end } of segments) {
        if (seen.has(word)) continue;
        seen.add(word);
        // A lexicon word counts for every word of the phrase it overlaps (裸の写真 for both 裸 and 写真).
        const more = new Set<string>();
        for (const found of lexiconWords)
          if (found.start < end && start < found.end) for (const w of found.more) more.add(w);
        more.delete(word);
        out.push({
          // No kana alternative is needed: each field holds its kana spelling, so a kana word meets it there.
          typed: [substringTerm(word)],
          optional: optional(word),
          expansions: [...more].map((key) => ({ key, term: substringTerm(key) })),
        });
      }
    }
    return out;
  };
  /** The words of an English query, each with the lexicon's words for it (a phrase of the lexicon as its words). */
  const englishGroups = (query: string, index: Index): TermGroup[] => {
    expansions.en ??= expansionTable(lexicon, "en");
    const { table } = expansions.en;
    const typed = [...new Set(words(query))];
    const hasContent = typed.some((word) => !ENGLISH_FUNCTION_WORDS.has(word));
    return typed.flatMap((word) => {
      const stem = stemEnglish(word);
      const term = wordTerm(stem);
      // A word found nowhere may be a typo of one that is (deleet, adress): read it as its neighbours one edit away.
      const found = term.candidates(index);
      const unknown = found !== "all" && (Array.isArray(found) ? found.length === 0 : [...found].length === 0);
      const alternatives = unknown ? typoNeighbours(index, word).map(wordTerm) : [];
      const more = (table.get(word) ?? []).flatMap((w) => words(w).map(stemEnglish));
      return [
        {
          typed: [term, ...alternatives],
          expansions: more.map((key) => ({ key, term: wordTerm(key) })),
          optional: hasContent && ENGLISH_FUNCTION_WORDS.has(word),
        },
      ];
    });
  };
  // The field scores of the lexicon's own words (content, never what a person typed) are kept once computed: they
  // are a fixed, small set, and the same few (削除, ストーカー) widen most queries. What a person typed is scored
  // afresh every time and kept nowhere.
  const kept: Record<Lang, Map<string, FieldScores>> = { ja: new Map(), en: new Map() };
  const expansionScoresFor = (lang: Lang, index: Index) => (key: string, term: Term) => {
    let scores = kept[lang].get(key);
    if (!scores) {
      scores = fieldScoresOf(term, index, entries.length);
      kept[lang].set(key, scores);
    }
    return scores;
  };
  const indexFor = (lang: Lang): Index => {
    indexes[lang] ??= buildIndex(texts, lang, data.readings);
    return indexes[lang];
  };
  const scorers: Partial<Record<Lang, GroupScorer>> = {};

  return (query, options = {}) => {
    if (typeof query !== "string") throw new TypeError(`search query must be a string, got ${typeof query}`);
    const lang = options.lang ?? "ja";
    if (lang !== "ja" && lang !== "en") throw new RangeError(`lang must be "ja" or "en", got ${JSON.stringify(lang)}`);
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);

    const normalized = foldText(query).slice(0, MAX_QUERY_CHARS).trim();
    if (normalized === "") return [];
    // English text is split into words; Japanese (and any query in Japanese script) is matched by substring.
    const textLang: Lang = lang === "ja" || hasJapaneseScript(normalized) ? "ja" : "en";
    const index = indexFor(textLang);
    const groups = textLang === "ja" ? japaneseGroups(normalized) : englishGroups(normalized, index);
    if (groups.length === 0) return [];

    const totals = new Map<number, { sum: number; matched: number }>();
    const expansionScores = expansionScoresFor(textLang, index);
    scorers[textLang] ??= new GroupScorer(index);
    const scorer = scorers[textLang];
    const required = groups.filter((group) => !group.optional).length;
    for (const group of groups) {
      const counts = group.optional ? 0 : 1;
      for (const [entry, termScore] of scorer.score(group, expansionScores)) {
        const total = totals.get(entry);
        if (total) {
          total.sum += termScore;
          total.matched += counts;
        } else totals.set(entry, { sum: termScore, matched: counts });
      }
    }

    const hits: { entry: number; score: number }[] = [];
    for (const [entry, { sum, matched }] of totals) {
      // Entries that match every term come first; partial matches still show, rather than nothing at all.
      // An entry that matches only function words (to, the) is no hit.
      if (matched === 0) continue;
      hits.push({ entry, score: Math.round(sum * (matched / required) * 1000) / 1000 });
    }
    hits.sort((a, b) => b.score - a.score || a.entry - b.entry);
    const out: SearchHit<C, R, F, P>[] = [];
    for (const { entry, score } of hits.slice(0, limit)) {
      const e = entries[entry];
      if (e) out.push({ type: e.type, id: e.id, score, record: e.record } as SearchHit<C, R, F, P>);
    }
    return out;
  };
}
