// The triage vocabulary as plain lists, in a module without zod, so that query code (browsers, Workers) can check
// answers against them; schema/triage.ts builds the zod enums (and so the JSON Schemas and OpenAPI) from these.

/** What the person wants to happen, or what is happening to them. */
export const TRIAGE_NEEDS = [
  "talk",
  "identify-poster",
  "remove-posts",
  "stop-contact",
  "compensation",
  "punish",
  "threats",
  "intimate-images",
  "tracking",
  "personal-info",
  "impersonation",
] as const;
export type TriageNeed = (typeof TRIAGE_NEEDS)[number];

/** Who the person doing it is to them. */
export const RELATIONSHIPS = ["partner", "ex-partner", "acquaintance", "stranger", "unknown"] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** How strongly a rule suggests a record, strongest first. */
export const TRIAGE_STRENGTHS = ["emergency", "caution", "foundation", "first", "strong", "some", "listed"] as const;
export type TriageStrength = (typeof TRIAGE_STRENGTHS)[number];

/** The most free text a triage reads (characters). */
export const MAX_TRIAGE_TEXT = 1000;
