import type { Contact } from "../schema/contact.js";
import type { Faq } from "../schema/faq.js";
import type { Lang } from "../schema/primitives.js";
import type { Remedy } from "../schema/remedy.js";

export interface SearchableData {
  contacts: readonly Contact[];
  remedies: readonly Remedy[];
  faqs: readonly Faq[];
}
export interface SearchOptions {
  /** Language of the query and of the texts searched. Default: ja. */
  lang?: Lang;
  /** At most this many hits. Default: 20. */
  limit?: number;
}
export type SearchHit =
  | { type: "contact"; id: string; score: number; record: Contact }
  | { type: "remedy"; id: string; score: number; record: Remedy }
  | { type: "faq"; id: string; score: number; record: Faq };

/** Builds a search over `data` once; the returned function answers queries. */
export function createSearch(data: SearchableData): (query: string, options?: SearchOptions) => SearchHit[] {
  throw new Error(`not implemented ${data.contacts.length}`);
}
