// Full-text search over contacts, remedies and FAQs, for Japanese (no spaces between words) and English.
//
// Japanese texts are indexed by character bigrams: a query term matches a field that contains it as a substring
// (人権 in みんなの人権110番), and partly matches a field that shares most of its bigrams (a near miss such as
// 開示の請求 for 開示請求). English texts are indexed by words, and a query word matches words it starts
// (harass finds harassment), after folding inflections (posted finds posts). Each hit is scored by where it matched: names and titles weigh far more than bodies.
import type { Contact, ContactLocalized } from "../schema/contact.js";
import type { Faq, FaqLocalized } from "../schema/faq.js";
import type { Lang, LocalizedText } from "../schema/primitives.js";
import type { Remedy, RemedyLocalized } from "../schema/remedy.js";
import type { LexiconEntry } from "../schema/triage.js";
import { textIn } from "./localize.js";
import { bigrams, hasJapaneseScript, normalizeText, stemEnglish, words } from "./normalize-text.js";

/** The records a search or triage runs over: the bundled dataset, or the same shape from the API. */
export interface SearchableData<
  C extends Contact | ContactLocalized = Contact,
  R extends Remedy | RemedyLocalized = Remedy,
  F extends Faq | FaqLocalized = Faq,
> {
  contacts: readonly C[];
  remedies: readonly R[];
  faqs: readonly F[];
  /** The triage content; its lexicon widens queries to the words the records use (晒された finds 個人情報). */
  triage?: { lexicon: readonly LexiconEntry[] };
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
> =
  | { type: "contact"; id: string; score: number; record: C }
  | { type: "remedy"; id: string; score: number; record: R }
  | { type: "faq"; id: string; score: number; record: F };

type Entry<C extends Contact | ContactLocalized, R extends Remedy | RemedyLocalized, F extends Faq | FaqLocalized> =
  | { type: "contact"; id: string; record: C }
  | { type: "remedy"; id: string; record: R }
  | { type: "faq"; id: string; record: F };

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

function faqTexts(f: Faq | FaqLocalized): WeightedText[] {
  return [
    [WEIGHT.title, f.question],
    [WEIGHT.body, f.answer],
  ];
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
}

function addPosting(map: Map<string, number[]>, key: string, entry: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (list[list.length - 1] !== entry) list.push(entry);
}

function buildIndex(texts: WeightedText[][], lang: Lang): Index {
  const byBigram = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const fields = texts.map((entryTexts, entry) =>
    entryTexts.flatMap(([weight, text]): Field[] => {
      if (text === undefined) return [];
      const normalized = normalizeText(textIn(text, lang));
      // Japanese texts are matched by bigram, English by word: each index keeps only what its matching reads.
      const field = {
        weight,
        text: normalized,
        grams: lang === "ja" ? bigrams(normalized) : new Set<string>(),
        words: new Set(lang === "en" ? words(normalized).map(stemEnglish) : []),
      };
      for (const gram of field.grams) addPosting(byBigram, gram, entry);
      for (const word of field.words) addPosting(byWord, word, entry);
      return [field];
    }),
  );
  return { fields, byBigram, vocabulary: [...byWord.keys()].sort(), byWord };
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

/** A term matched as a substring, or by most of its bigrams (for text written without spaces). */
function substringTerm(term: string): Term {
  const grams = bigrams(term);
  return {
    candidates: (index) => {
      if (grams.size === 0) return "all";
      // A field can only score if it holds the term or most of its bigrams, so an entry that holds too few of them
      // anywhere is skipped before any field is read (りべんじぽるの shares only "るの" with most texts).
      const shared = new Map<number, number>();
      for (const gram of grams) {
        for (const entry of index.byBigram.get(gram) ?? []) shared.set(entry, (shared.get(entry) ?? 0) + 1);
      }
      const needed = grams.size < 2 ? 1 : Math.ceil(grams.size * MIN_BIGRAM_OVERLAP - 1e-9);
      const found: number[] = [];
      for (const [entry, count] of shared) if (count >= needed) found.push(entry);
      return found;
    },
    score: (field) => {
      const at = field.text.indexOf(term);
      if (at >= 0) {
        // A field that repeats the term (みんなの人権110番(全国共通人権相談ダイヤル)) is a little more about it.
        const again = field.text.indexOf(term, at + term.length) >= 0;
        return field.weight * (again ? 1.05 : 1);
      }
      if (grams.size < 2) return 0;
      let shared = 0;
      for (const gram of grams) if (field.grams.has(gram)) shared++;
      const overlap = shared / grams.size;
      return overlap >= MIN_BIGRAM_OVERLAP ? field.weight * 0.5 * overlap : 0;
    },
  };
}

/** A word matched exactly, or as the start of a longer word (from two letters on). */
function wordTerm(term: string): Term {
  const prefixes = term.length >= 2;
  return {
    candidates: (index) => {
      const found = new Set<number>();
      if (!prefixes) {
        for (const entry of index.byWord.get(term) ?? []) found.add(entry);
        return found;
      }
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

/** How much a match through a lexicon word counts against a match of the word typed. */
const EXPANSION_DISCOUNT = 0.8;

/** A term that matches when any of its alternatives does: the word typed, and the words the lexicon gives for it. */
function anyTerm(typed: Term, expansions: readonly Term[]): Term {
  if (expansions.length === 0) return typed;
  return {
    candidates: (index) => {
      const found = new Set<number>();
      for (const term of [typed, ...expansions]) {
        const list = term.candidates(index);
        if (list === "all") return "all";
        for (const entry of list) found.add(entry);
      }
      return found;
    },
    score: (field) => {
      let best = typed.score(field);
      for (const term of expansions) best = Math.max(best, term.score(field) * EXPANSION_DISCOUNT);
      return best;
    },
  };
}

/** For each language, the lexicon's words (normalized) → the words to search as well. */
function expansionTable(lexicon: readonly LexiconEntry[], lang: Lang): Map<string, string[]> {
  const table = new Map<string, Set<string>>();
  for (const entry of lexicon) {
    const own = entry[lang].map(normalizeText);
    const extra = (entry.search?.[lang] ?? []).map(normalizeText);
    for (const word of own) {
      const set = table.get(word) ?? new Set<string>();
      // Only the words the records use widen a query: the other colloquial variants are in no record, and every
      // extra word costs a pass over the index. One-character words would match nearly everything.
      for (const w of extra) if (w !== word && Array.from(w).length >= 2) set.add(w);
      table.set(word, set);
    }
  }
  return new Map([...table].map(([k, v]) => [k, [...v]]));
}

/** Builds a search over `data` once; the returned function answers queries. */
export function createSearch<
  C extends Contact | ContactLocalized,
  R extends Remedy | RemedyLocalized,
  F extends Faq | FaqLocalized,
>(data: SearchableData<C, R, F>): (query: string, options?: SearchOptions) => SearchHit<C, R, F>[] {
  const entries: Entry<C, R, F>[] = [
    ...data.contacts.map((record) => ({ type: "contact" as const, id: record.id, record })),
    ...data.remedies.map((record) => ({ type: "remedy" as const, id: record.id, record })),
    ...data.faqs.map((record) => ({ type: "faq" as const, id: record.id, record })),
  ];
  const texts = entries.map((e) =>
    e.type === "contact" ? contactTexts(e.record) : e.type === "remedy" ? remedyTexts(e.record) : faqTexts(e.record),
  );
  // One index per language, built on its first query, so creating a search (and importing the package) costs nothing.
  const indexes: Partial<Record<Lang, Index>> = {};
  const lexicon = data.triage?.lexicon ?? [];
  const expansions: Partial<Record<Lang, Map<string, string[]>>> = {};
  const expand = (lang: Lang, typed: string): string[] => {
    expansions[lang] ??= expansionTable(lexicon, lang);
    const table = expansions[lang];
    const exact = table.get(typed);
    if (exact) return exact;
    // Japanese is written without spaces: 元カレしつこい holds two lexicon words. Longest words first.
    if (lang !== "ja" || typed.length < 2) return [];
    const out = new Set<string>();
    for (const [word, more] of table) {
      if (word.length >= 2 && typed.includes(word)) for (const w of more) out.add(w);
    }
    out.delete(typed);
    return [...out];
  };
  const indexFor = (lang: Lang): Index => {
    indexes[lang] ??= buildIndex(texts, lang);
    return indexes[lang];
  };

  return (query, options = {}) => {
    if (typeof query !== "string") throw new TypeError(`search query must be a string, got ${typeof query}`);
    const lang = options.lang ?? "ja";
    if (lang !== "ja" && lang !== "en") throw new RangeError(`lang must be "ja" or "en", got ${JSON.stringify(lang)}`);
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);

    const normalized = normalizeText(query).slice(0, MAX_QUERY_CHARS).trim();
    if (normalized === "") return [];
    // English text is split into words; Japanese (and any query in Japanese script) is matched by substring.
    const textLang: Lang = lang === "ja" || hasJapaneseScript(normalized) ? "ja" : "en";
    const index = indexFor(textLang);
    const typed = textLang === "ja" ? normalized.split(" ") : words(normalized);
    const terms = [...new Set(typed)]
      .map((word) => {
        const toTerm = (w: string): Term[] =>
          textLang === "ja"
            ? [substringTerm(w)]
            : // A lexicon phrase (personal information) matches as its words, each a little weaker.
              words(w).map((part) => wordTerm(stemEnglish(part)));
        const more = expand(textLang, word).flatMap(toTerm);
        const [first] = toTerm(word);
        return first ? anyTerm(first, more) : undefined;
      })
      .filter((t): t is Term => t !== undefined);
    if (terms.length === 0) return [];

    const totals = new Map<number, { sum: number; matched: number }>();
    for (const term of terms) {
      const candidates = term.candidates(index);
      const list = candidates === "all" ? entries.keys() : candidates;
      for (const entry of list) {
        let best = 0;
        let sum = 0;
        for (const field of index.fields[entry] ?? []) {
          const s = term.score(field);
          sum += s;
          if (s > best) best = s;
        }
        if (best === 0) continue;
        // The best field decides; other matching fields only break ties, so a title hit always beats a body hit.
        const termScore = best + 0.01 * (sum - best);
        const total = totals.get(entry) ?? { sum: 0, matched: 0 };
        total.sum += termScore;
        total.matched += 1;
        totals.set(entry, total);
      }
    }

    const hits: { entry: number; score: number }[] = [];
    for (const [entry, { sum, matched }] of totals) {
      // Entries that match every term come first; partial matches still show, rather than nothing at all.
      hits.push({ entry, score: Math.round(sum * (matched / terms.length) * 1000) / 1000 });
    }
    hits.sort((a, b) => b.score - a.score || a.entry - b.entry);
    return hits.slice(0, limit).flatMap(({ entry, score }) => {
      const e = entries[entry];
      return e ? [{ ...e, score } as SearchHit<C, R, F>] : [];
    });
  };
}
