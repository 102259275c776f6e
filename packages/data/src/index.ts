// @netstalker/data: the validated dataset, its schemas and types, and the query logic.
import { dataset } from "./generated/dataset.js";
import { createSearch } from "./query/search.js";
import { createTriage } from "./query/triage.js";

export type { Contact, Dataset, Faq, LocalizedText, Remedy } from "./generated/types.js";
export * from "./query/index.js";
export * from "./schema/index.js";

/** The whole validated dataset: `{ version, generatedAt, contacts, remedies, faqs }`. */
export { dataset };
/** Every consultation window, in both languages. */
export const contacts = dataset.contacts;
/** Every remedy (legal action, coping, prevention), in both languages. */
export const remedies = dataset.remedies;
/** Every FAQ, in both languages. */
export const faqs = dataset.faqs;
/** The data version (the @netstalker/data version that built it). */
export const dataVersion = dataset.version;

/** Searches the bundled dataset; Japanese needs no spaces (人権 finds みんなの人権110番). */
export const search = createSearch(dataset);
/** Ranks the bundled dataset's contacts and remedies for a person's answers, each with a reason. */
export const triage = createTriage(dataset);
