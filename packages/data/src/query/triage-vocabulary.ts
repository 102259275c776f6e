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

/**
 * Needs that tell of something someone does to them (posts, contact, threats, images, tracking, their details, a
 * fake account): with nobody named or found, the one doing it is someone they cannot name (`unknown`).
 */
export const NEEDS_DONE_BY_SOMEONE = [
  "remove-posts",
  "stop-contact",
  "threats",
  "intimate-images",
  "tracking",
  "personal-info",
  "impersonation",
] as const satisfies readonly TriageNeed[];

/** Who the person doing it is to them. */
export const RELATIONSHIPS = ["partner", "ex-partner", "acquaintance", "stranger", "unknown"] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** How strongly a rule suggests a record, strongest first. */
export const TRIAGE_STRENGTHS = ["emergency", "caution", "foundation", "first", "strong", "some", "listed"] as const;
export type TriageStrength = (typeof TRIAGE_STRENGTHS)[number];

/**
 * Readings the interpreter may be unsure of and that matter too much to drop: it asks the person to confirm them
 * (danger now, thoughts of dying or self-harm, a child, a tracker or spyware) instead of guessing either way.
 */
export const TRIAGE_ASKS = ["danger", "crisis", "children", "tracking"] as const;
export type TriageAsk = (typeof TRIAGE_ASKS)[number];

/** The reading each question stands for: what the interpreter would have read, and what a yes answers. */
export const TRIAGE_ASK_READINGS = {
  danger: "danger",
  crisis: "crisis",
  children: "audience:children",
  tracking: "need:tracking",
} as const satisfies Record<TriageAsk, string>;

/** The most free text a triage reads, in characters (Unicode code points, so an emoji or a rare kanji counts once). */
export const MAX_TRIAGE_TEXT = 1000;

/** How many characters (code points, not UTF-16 units) a text has: what MAX_TRIAGE_TEXT counts. */
export function countCharacters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
