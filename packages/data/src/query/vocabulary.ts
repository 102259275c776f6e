// The dataset's vocabulary as plain lists, in one zod-free module: languages, the taxonomy (categories, audiences,
// services, urgencies, remedy kinds), the triage's needs, relationships, strengths and questions, and the record
// kinds. The zod schemas (and so the JSON Schemas and OpenAPI), the labels, the API, the widget and the docs derive
// from these; nothing else writes a list out. Browsers and Workers import it through @netstalker/data/query, which
// ships without zod.
import type { TriageNeed } from "./triage-vocabulary.js";

export { DEFAULT_LANG, LANGS } from "../display/langs.js";
export {
  RELATIONSHIPS,
  type Relationship,
  TRIAGE_ASK_READINGS,
  TRIAGE_ASKS,
  TRIAGE_NEEDS,
  TRIAGE_STRENGTHS,
  type TriageAsk,
  type TriageNeed,
  type TriageStrength,
} from "./triage-vocabulary.js";

/** What kind of body a window is, or what it is about. */
export const CATEGORIES = [
  "emergency",
  "police",
  "human-rights",
  "legal-aid",
  "lawyer",
  "victim-support",
  "child",
  "women",
  "dv",
  "sexual-violence",
  "cyber",
  "takedown",
  "reporting",
  "foreign-language",
  "consumer",
  "mental-health",
] as const;

/** Who a window is for ("anyone" first: what not answering means in a triage). */
export const AUDIENCES = [
  "anyone",
  "women",
  "men",
  "children",
  "parents",
  "crime-victims",
  "dv-victims",
  "sexual-violence-victims",
  "low-income",
  "foreign-residents",
  "schools",
] as const;

/** What a window does for the person who reaches it. */
export const SERVICES = [
  "listen",
  "advice",
  "police-response",
  "legal-advice",
  "legal-aid-funding",
  "lawyer-referral",
  "takedown",
  "takedown-advice",
  "disclosure-advice",
  "report",
  "referral",
  "interpretation",
  "shelter",
  "accompaniment",
  "medical",
] as const;

/** How soon a window should be used. */
export const URGENCIES = ["emergency", "urgent", "anytime"] as const;

/** The three kinds of remedy in the seed article. */
export const REMEDY_KINDS = ["legal-action", "coping", "prevention"] as const;

/** The kinds of record in the dataset, as its top-level keys (and content/ folders) name them. */
export const RECORD_KINDS = ["contacts", "remedies", "faqs", "platforms", "cautions"] as const;
/** One kind of record. */
export type RecordKind = (typeof RECORD_KINDS)[number];
/** The kinds whose display order content/order.yaml sets (cautions are shown with what names them). */
export const ORDERED_RECORD_KINDS = ["contacts", "remedies", "faqs", "platforms"] as const;
/** The kinds a triage rule suggests, ranked, each with a reason. */
export const SUGGESTED_RECORD_KINDS = ["contacts", "remedies", "platforms"] as const;

/**
 * Audiences the lexicon names in so many words (a man, a woman, a school, money, a crime, sexual violence): the
 * learned model adds little to them and keeps fewer features for them (pipeline/triage/train-model.ts, ADR 0013).
 */
export const LEXICON_NAMED_AUDIENCES = [
  "men",
  "women",
  "schools",
  "low-income",
  "crime-victims",
  "sexual-violence-victims",
] as const satisfies readonly (typeof AUDIENCES)[number][];

/**
 * Needs the lexicon and the grammar read in so many words (誰か知りたい, 消したい, 慰謝料, 被害届, なりすまし):
 * the learned model adds little to them and keeps fewer features for them (train-model.ts, ADR 0013).
 */
export const LEXICON_NAMED_NEEDS = [
  "identify-poster",
  "remove-posts",
  "compensation",
  "punish",
  "impersonation",
] as const satisfies readonly TriageNeed[];

/** The audiences a person can give in a triage: every audience but "anyone", which is what not answering means. */
export const TRIAGE_AUDIENCES = AUDIENCES.filter(
  (a): a is Exclude<(typeof AUDIENCES)[number], "anyone"> => a !== "anyone",
);
