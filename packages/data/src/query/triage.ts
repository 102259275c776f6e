import type { Contact } from "../schema/contact.js";
import type { LocalizedText } from "../schema/primitives.js";
import type { Remedy } from "../schema/remedy.js";
import type { Audience } from "../schema/taxonomy.js";
import type { SearchableData } from "./search.js";

/** What the person wants, in the seed article's terms. */
export const TRIAGE_NEEDS = [
  "talk",
  "identify-poster",
  "remove-posts",
  "stop-contact",
  "compensation",
  "punish",
] as const;
export type TriageNeed = (typeof TRIAGE_NEEDS)[number];

export interface TriageAnswers {
  /** Is the person in danger now (a stalker nearby, a credible threat)? */
  danger?: boolean;
  /** What they want to happen. */
  needs?: readonly TriageNeed[];
  /** Who they are, where it matters for the right window. */
  audiences?: readonly Audience[];
}
export interface RankedItem<T> {
  id: string;
  record: T;
  score: number;
  /** Why this is suggested, in both languages. */
  reason: LocalizedText;
}
export interface TriageResult {
  contacts: RankedItem<Contact>[];
  remedies: RankedItem<Remedy>[];
}

/** Builds the triage over `data`; the returned function ranks contacts and remedies for a set of answers. */
export function createTriage(data: SearchableData): (answers: TriageAnswers) => TriageResult {
  throw new Error(`not implemented ${data.contacts.length}`);
}
