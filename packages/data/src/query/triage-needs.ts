// The needs a triage asks about, in their own module so a form can list them without loading the triage rules.

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
