// Ranks contacts and remedies for a person's answers, following the rules in triage-rules.ts.
import type { Contact, ContactLocalized } from "../schema/contact.js";
import type { Faq, FaqLocalized } from "../schema/faq.js";
import type { LocalizedText } from "../schema/primitives.js";
import type { Remedy, RemedyLocalized } from "../schema/remedy.js";
import type { Audience } from "../schema/taxonomy.js";
import type { SearchableData } from "./search.js";
import { TRIAGE_NEEDS, type TriageNeed } from "./triage-needs.js";
import {
  ALWAYS_RULE,
  AUDIENCE_RULES,
  DANGER_RULE,
  NEED_RULES,
  type TriageRule,
  type TriageSuggestion,
} from "./triage-rules.js";

export { TRIAGE_NEEDS, type TriageNeed };

export interface TriageAnswers {
  /** Is the person in danger now (a stalker nearby, a credible threat)? */
  danger?: boolean;
  /** What they want to happen. None given is read as "talk": someone to talk to first. */
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
export interface TriageResult<
  C extends Contact | ContactLocalized = Contact,
  R extends Remedy | RemedyLocalized = Remedy,
> {
  contacts: RankedItem<C>[];
  remedies: RankedItem<R>[];
}

/** Adds up the weights of every suggestion per id; the reason is that of the heaviest suggestion. */
function rank<T extends { id: string }>(
  suggestions: readonly TriageSuggestion[],
  records: ReadonlyMap<string, T>,
): RankedItem<T>[] {
  const byId = new Map<string, { record: T; score: number; best: TriageSuggestion; order: number }>();
  for (const suggestion of suggestions) {
    // Live data may lack a record the rules name: skip it rather than suggest a window that is not there.
    const record = records.get(suggestion.id);
    if (!record) continue;
    const item = byId.get(suggestion.id);
    if (!item) byId.set(suggestion.id, { record, score: suggestion.weight, best: suggestion, order: byId.size });
    else {
      item.score += suggestion.weight;
      if (suggestion.weight > item.best.weight) item.best = suggestion;
    }
  }
  return [...byId.entries()]
    .sort(([, a], [, b]) => b.score - a.score || a.order - b.order)
    .map(([id, { record, score, best }]) => ({ id, record, score, reason: best.reason }));
}

function checkAnswers(answers: TriageAnswers): void {
  if (typeof answers !== "object" || answers === null) {
    throw new TypeError(`triage answers must be an object, got ${String(answers)}`);
  }
  if (answers.danger !== undefined && typeof answers.danger !== "boolean") {
    throw new TypeError(`triage answer "danger" must be true or false, got ${JSON.stringify(answers.danger)}`);
  }
  for (const [key, value] of [
    ["needs", answers.needs],
    ["audiences", answers.audiences],
  ] as const) {
    if (value !== undefined && !Array.isArray(value)) throw new TypeError(`triage answer "${key}" must be an array`);
  }
  for (const need of answers.needs ?? []) {
    if (!(TRIAGE_NEEDS as readonly string[]).includes(need)) {
      throw new RangeError(`unknown triage need ${JSON.stringify(need)}; expected one of ${TRIAGE_NEEDS.join(", ")}`);
    }
  }
}

/** Builds the triage over `data`; the returned function ranks contacts and remedies for a set of answers. */
export function createTriage<
  C extends Contact | ContactLocalized,
  R extends Remedy | RemedyLocalized,
  F extends Faq | FaqLocalized,
>(data: SearchableData<C, R, F>): (answers: TriageAnswers) => TriageResult<C, R> {
  const contacts = new Map(data.contacts.map((c) => [c.id, c]));
  const remedies = new Map(data.remedies.map((r) => [r.id, r]));

  return (answers) => {
    checkAnswers(answers);
    const needs = answers.needs && answers.needs.length > 0 ? answers.needs : (["talk"] as const);
    const rules: TriageRule[] = [
      ...(answers.danger ? [DANGER_RULE] : []),
      ...[...new Set(needs)].map((need) => NEED_RULES[need]),
      // Audiences without a rule of their own (e.g. "anyone") add nothing.
      ...[...new Set(answers.audiences ?? [])].flatMap((audience) => AUDIENCE_RULES[audience] ?? []),
      ALWAYS_RULE,
    ];
    return {
      contacts: rank(
        rules.flatMap((r) => r.contacts),
        contacts,
      ),
      remedies: rank(
        rules.flatMap((r) => r.remedies),
        remedies,
      ),
    };
  };
}
