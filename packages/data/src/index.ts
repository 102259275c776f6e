// @netstalker/data: the validated dataset, its schemas and types, and the query logic.
import { dataset } from "./generated/dataset.js";
import { readings } from "./generated/readings.js";
import { TRIAGE_READINGS } from "./generated/triage-model.js";
import { parseReadings } from "./query/readings.js";
import { unpackReadings } from "./query/readings-pack.js";
import { createSearch, type SearchHit, type SearchOptions } from "./query/search.js";
import { createTriage, type TriageAnswers, type TriageResult } from "./query/triage.js";

export * from "./documents/index.js";
export type { Caution, Contact, Dataset, Faq, LocalizedText, Platform, Remedy } from "./generated/types.js";
export * from "./query/index.js";
export * from "./schema/index.js";

/** The whole validated dataset: `{ version, generatedAt, contacts, remedies, faqs, platforms, cautions }`. */
export { dataset };
/** Every consultation window, in both languages. */
export const contacts = dataset.contacts;
/** Every remedy (legal action, coping, prevention), in both languages. */
export const remedies = dataset.remedies;
/** Every FAQ, in both languages. */
export const faqs = dataset.faqs;
/** Every platform with its own removal-request routes (情報流通プラットフォーム対処法), in both languages. */
export const platforms = dataset.platforms;
/** Cautions shared by several records (e.g. who sees a removal request), in both languages. */
export const cautions = dataset.cautions;
/** The data version (the @netstalker/data version that built it). */
export const dataVersion = dataset.version;

// Bound on first call, so importing the package does no work and bundlers can drop whichever of the two goes unused.
let boundSearch: ((query: string, options?: SearchOptions) => SearchHit[]) | undefined;
let boundTriage: ((answers: TriageAnswers) => TriageResult) | undefined;

/** Searches the bundled dataset; Japanese needs no spaces (人権 finds みんなの人権110番) nor kanji (べんごし finds 弁護士). */
export function search(query: string, options?: SearchOptions): SearchHit[] {
  boundSearch ??= createSearch({
    ...dataset,
    readings: parseReadings(readings, unpackReadings(dataset.triage.lexicon, TRIAGE_READINGS)),
  });
  return boundSearch(query, options);
}
/** Ranks the bundled dataset's contacts and remedies for a person's answers, each with a reason. */
export function triage(answers: TriageAnswers): TriageResult {
  boundTriage ??= createTriage(dataset);
  return boundTriage(answers);
}
