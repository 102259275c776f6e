// Ranks contacts and remedies for a person's answers, following the rules in the dataset's triage content
// (content/triage/rules.yaml). This module holds only the ranking logic: every record, level and reason is content.

import type { Contact, ContactLocalized } from "../schema/contact.js";
import type { Caution, CautionLocalized, Platform, PlatformLocalized } from "../schema/platform.js";
import type { LocalizedText } from "../schema/primitives.js";
import type { Remedy, RemedyLocalized } from "../schema/remedy.js";
import type { Audience } from "../schema/taxonomy.js";
import type { TriageAnswers, TriageCondition, TriageContent, TriageInterpretation } from "../schema/triage.js";
import { askStillOpen } from "./ask-still-open.js";
import { createInterpreter } from "./interpret.js";
import {
  countCharacters,
  MAX_TRIAGE_TEXT,
  RELATIONSHIPS,
  type Relationship,
  TRIAGE_ASKS,
  TRIAGE_NEEDS,
  TRIAGE_STRENGTHS,
  type TriageAsk,
  type TriageNeed,
  type TriageStrength,
} from "./triage-vocabulary.js";

export { TRIAGE_NEEDS, type TriageAnswers, type TriageNeed };

/** What each named level weighs when the levels a record gets are added up. */
const WEIGHT: Record<TriageStrength, number> = {
  emergency: 1000,
  caution: 500,
  foundation: 400,
  first: 100,
  strong: 60,
  some: 30,
  listed: 10,
};
const RANK = new Map(TRIAGE_STRENGTHS.map((s, i) => [s, i]));
/** How many distinct rankings a triage remembers (each is a few dozen references); the memory is then cleared. */
const MAX_REMEMBERED = 512;

/** One suggested record, ranked, with the reason of the strongest rule that suggested it. */
export interface RankedItem<T> {
  id: string;
  record: T;
  /** The levels every applying rule gave it, added up. */
  score: number;
  /** The strongest level any applying rule gave it: records rank by this first. */
  strength: TriageStrength;
  /** Why this is suggested, in both languages. */
  reason: LocalizedText;
}
/** The answers a ranking used: the explicit answers merged with what the text said. */
export interface EffectiveAnswers {
  danger: boolean;
  /** Thoughts of dying or of self-harm. */
  crisis: boolean;
  needs: TriageNeed[];
  audiences: Audience[];
  relationship?: Relationship;
  /** Readings asked about (possible, unsure) and not yet answered. */
  asked: TriageAsk[];
}
export interface TriageResult<
  C extends Contact | ContactLocalized = Contact,
  R extends Remedy | RemedyLocalized = Remedy,
  P extends Platform | PlatformLocalized = Platform,
  K extends Caution | CautionLocalized = Caution,
> {
  contacts: RankedItem<C>[];
  remedies: RankedItem<R>[];
  /** Platforms whose own removal routes fit, best first. */
  platforms: RankedItem<P>[];
  /** Cautions to read with the suggestions: named by the applying rules or by the suggested platforms. */
  cautions: K[];
  answers: EffectiveAnswers;
  /** What was understood from `text`, when it was given. */
  interpreted?: TriageInterpretation;
  /** Ids of the rules that applied, in rule order. */
  rules: string[];
}
/** The records and triage content a triage runs over: the bundled dataset, or the same shape from the API. */
export interface TriageData<
  C extends Contact | ContactLocalized,
  R extends Remedy | RemedyLocalized,
  P extends Platform | PlatformLocalized = Platform,
  K extends Caution | CautionLocalized = Caution,
> {
  contacts: readonly C[];
  remedies: readonly R[];
  /** Platforms the rules may name; without them a triage suggests no platform routes (and their cautions). */
  platforms?: readonly P[];
  /** Cautions the rules and platforms may name. */
  cautions?: readonly K[];
  triage: TriageContent;
}

interface Suggested {
  id: string;
  strength: TriageStrength;
  reason: LocalizedText;
}

function rank<T extends { id: string }>(
  suggestions: readonly Suggested[],
  records: ReadonlyMap<string, T>,
  keep: (record: T) => boolean,
): RankedItem<T>[] {
  const byId = new Map<string, { record: T; score: number; best: Suggested; order: number; urgent: number }>();
  let position = 0;
  for (const s of suggestions) {
    position++;
    // Live data may lack a record the rules name: skip it rather than suggest a window that is not there.
    const record = records.get(s.id);
    if (!record || !keep(record)) continue;
    const urgent = s.strength === "emergency" ? position : Number.POSITIVE_INFINITY;
    const item = byId.get(s.id);
    if (!item) byId.set(s.id, { record, score: WEIGHT[s.strength], best: s, order: byId.size, urgent });
    else {
      item.score += WEIGHT[s.strength];
      item.urgent = Math.min(item.urgent, urgent);
      if ((RANK.get(s.strength) ?? 99) < (RANK.get(item.best.strength) ?? 99)) item.best = s;
    }
  }
  // Emergencies rank in the order the rules give them (110 for danger now or a threat, then the lines that listen,
  // a child's own line first), never by levels added up: a line that listens, suggested by several rules, must not
  // rise above 110 for someone acting now. Everything else ranks by level, then by the levels added up.
  return [...byId.values()]
    .sort(
      (a, b) =>
        (RANK.get(a.best.strength) ?? 99) - (RANK.get(b.best.strength) ?? 99) ||
        (a.best.strength === "emergency" ? a.urgent - b.urgent : 0) ||
        b.score - a.score ||
        a.order - b.order,
    )
    .map(({ record, score, best }) => ({
      id: record.id,
      record,
      score,
      strength: best.strength,
      reason: best.reason,
    }));
}

function listOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`triage answer "${field}" must be an array`);
  for (const item of value) {
    if (!(allowed as readonly unknown[]).includes(item)) {
      throw new RangeError(`unknown ${field} value ${JSON.stringify(item)}; allowed: ${allowed.join(", ")}`);
    }
  }
  return value as T[];
}

function checkAnswers(answers: TriageAnswers): void {
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    throw new TypeError(`triage answers must be an object, got ${JSON.stringify(answers)}`);
  }
  if (answers.danger !== undefined && typeof answers.danger !== "boolean") {
    throw new TypeError(`triage answer "danger" must be true or false, got ${JSON.stringify(answers.danger)}`);
  }
  if (answers.crisis !== undefined && typeof answers.crisis !== "boolean") {
    throw new TypeError(`triage answer "crisis" must be true or false, got ${JSON.stringify(answers.crisis)}`);
  }
  listOf(answers.asked, "asked", TRIAGE_ASKS);
  if (answers.relationship !== undefined && !RELATIONSHIPS.includes(answers.relationship)) {
    throw new RangeError(
      `unknown relationship ${JSON.stringify(answers.relationship)}; allowed: ${RELATIONSHIPS.join(", ")}`,
    );
  }
  if (answers.text !== undefined) {
    if (typeof answers.text !== "string") throw new TypeError(`triage answer "text" must be a string`);
    // A text of no more UTF-16 units than the limit has no more characters either: only a longer one is counted.
    if (answers.text.length > MAX_TRIAGE_TEXT && countCharacters(answers.text) > MAX_TRIAGE_TEXT) {
      throw new RangeError(`triage answer "text" must be at most ${MAX_TRIAGE_TEXT} characters`);
    }
  }
}

function applies(when: TriageCondition, a: EffectiveAnswers): boolean {
  if (when.danger !== undefined && when.danger !== a.danger) return false;
  if (when.crisis !== undefined && when.crisis !== a.crisis) return false;
  if (when.needs && !when.needs.some((n) => a.needs.includes(n))) return false;
  if (when.audiences && !when.audiences.some((x) => a.audiences.includes(x))) return false;
  if (when.relationship && (a.relationship === undefined || !when.relationship.includes(a.relationship))) return false;
  if (when.asked && !when.asked.some((k) => a.asked.includes(k))) return false;
  return true;
}

/** A window only for women (女性の人権ホットライン): never suggested to a man. */
function womenOnly(record: Contact | ContactLocalized): boolean {
  return record.audiences.includes("women") && !record.audiences.some((a) => a === "anyone" || a === "men");
}

/**
 * Merges explicit answers with what the text said: explicit answers win where they conflict, except that danger and
 * crisis from either side count (a missed one could cost a life). Readings only asked about (possible, unsure: the
 * text's `interpreted.ask`, or a surface's own open questions in `asked`) stay in `asked` until answered. Crisis asked
 * about is routed as if read until the person answers no. So is danger, except beside crisis read or confirmed: there
 * the question is whether they might act now, and the rules put a line that listens first, with 110 right after it
 * (rules.yaml, crisis-danger-unsure) until they answer yes (110 first) or no.
 */
export function mergeAnswers(answers: TriageAnswers, interpreted?: TriageInterpretation): EffectiveAnswers {
  const needs = [...new Set([...(answers.needs ?? []), ...(interpreted?.needs ?? [])])];
  const audiences = [...new Set([...(answers.audiences ?? []), ...(interpreted?.audiences ?? [])])];
  const relationship = answers.relationship ?? interpreted?.relationship;
  const isAsked = (key: TriageAsk) => answers.asked?.includes(key) === true || interpreted?.ask.includes(key) === true;
  const crisisSure = answers.crisis === true || interpreted?.crisis === true;
  const crisis = crisisSure || askStillOpen(isAsked("crisis"), answers.crisis);
  const dangerRead = answers.danger === true || interpreted?.danger === true;
  const danger = dangerRead || (!crisisSure && askStillOpen(isAsked("danger"), answers.danger));
  // A question is open until it is answered, either way, or its reading is given some other way.
  const settled: Record<TriageAsk, boolean> = {
    danger: dangerRead || answers.danger === false,
    crisis: crisisSure || answers.crisis === false,
    children: audiences.includes("children"),
    tracking: needs.includes("tracking"),
  };
  const asked = TRIAGE_ASKS.filter((key) => isAsked(key) && !settled[key]);
  // Words that were not understood, and nothing else answered, are not "talk": no guess is made, and the person is
  // shown the questions (a fixed list would be led by a weekday line that may be closed). Words that raise a question
  // (a child, a tracker) were partly understood: they get the guess, never an empty list.
  const guessTalk = !(interpreted?.understood === false && asked.length === 0 && isUnanswered(answers));
  return {
    danger,
    crisis,
    // No need answered and none understood reads as "talk": someone to talk to first.
    needs: needs.length > 0 || !guessTalk ? needs : ["talk"],
    audiences,
    ...(relationship !== undefined && { relationship }),
    asked,
  };
}

/** Whether no structured answer was given (text aside). */
function isUnanswered(answers: TriageAnswers): boolean {
  return (
    answers.danger === undefined &&
    answers.crisis === undefined &&
    (answers.needs ?? []).length === 0 &&
    (answers.audiences ?? []).length === 0 &&
    answers.relationship === undefined &&
    (answers.asked ?? []).length === 0
  );
}

/** Builds the triage over `data`; the returned function ranks contacts and remedies for a set of answers. */
export function createTriage<
  C extends Contact | ContactLocalized,
  R extends Remedy | RemedyLocalized,
  P extends Platform | PlatformLocalized = Platform,
  K extends Caution | CautionLocalized = Caution,
>(data: TriageData<C, R, P, K>): (answers: TriageAnswers) => TriageResult<C, R, P, K> {
  const contacts = new Map(data.contacts.map((c) => [c.id, c]));
  const remedies = new Map(data.remedies.map((r) => [r.id, r]));
  const platforms = new Map((data.platforms ?? []).map((p) => [p.id, p]));
  const cautions = new Map((data.cautions ?? []).map((k) => [k.id, k]));
  const rules = data.triage.rules;
  const interpret = createInterpreter(data.triage.lexicon);

  // The ranking depends only on the effective answers, of which there are few in practice: remember the latest.
  const rankings = new Map<
    string,
    Pick<TriageResult<C, R, P, K>, "contacts" | "remedies" | "platforms" | "cautions" | "rules">
  >();
  const rankFor = (effective: EffectiveAnswers) => {
    const key = `${effective.danger}|${effective.crisis}|${effective.needs.join()}|${effective.audiences.join()}|${effective.relationship ?? ""}|${effective.asked.join()}`;
    const known = rankings.get(key);
    if (known) return known;
    const applying = rules.filter((rule) => applies(rule.when, effective));
    const forMan = effective.audiences.includes("men");
    // A record an applying rule withholds is not shown at all, whichever rule suggests it (StopNCII for a child).
    const withheld = new Set(applying.flatMap((r) => (r.withhold ?? []).map((w) => w.id)));
    const shown = (record: { id: string }) => !withheld.has(record.id);
    const rankedPlatforms = rank(
      applying.flatMap((r) => r.platforms ?? []),
      platforms,
      shown,
    );
    // The rules' cautions first (in rule order), then those of the platforms suggested; each once.
    const cautionIds = new Set([
      ...applying.flatMap((r) => r.cautions ?? []),
      ...rankedPlatforms.flatMap((p) => p.record.cautions),
    ]);
    const ranking = {
      contacts: rank(
        applying.flatMap((r) => r.contacts),
        contacts,
        (c) => shown(c) && !(forMan && womenOnly(c)),
      ),
      remedies: rank(
        applying.flatMap((r) => r.remedies),
        remedies,
        shown,
      ),
      platforms: rankedPlatforms,
      cautions: [...cautionIds].flatMap((id) => {
        const caution = cautions.get(id);
        return caution ? [caution] : [];
      }),
      rules: applying.map((r) => r.id),
    };
    if (rankings.size >= MAX_REMEMBERED) rankings.clear();
    rankings.set(key, ranking);
    return ranking;
  };

  return (answers) => {
    checkAnswers(answers);
    listOf(answers.needs, "needs", TRIAGE_NEEDS);
    // Audiences are checked by the API's schema; here an unknown one simply matches no rule.
    if (answers.audiences !== undefined && !Array.isArray(answers.audiences)) {
      throw new TypeError('triage answer "audiences" must be an array');
    }
    const interpreted = answers.text !== undefined && answers.text.trim() !== "" ? interpret(answers.text) : undefined;
    const effective = mergeAnswers(answers, interpreted);
    const { contacts: c, remedies: r, platforms: p, cautions: k, rules: ids } = rankFor(effective);
    // Fresh arrays each time, so a caller that sorts or filters its result cannot change another caller's.
    return {
      contacts: [...c],
      remedies: [...r],
      platforms: [...p],
      cautions: [...k],
      answers: effective,
      ...(interpreted && { interpreted }),
      rules: [...ids],
    };
  };
}
