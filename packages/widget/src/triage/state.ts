// The triage's one state: the person's answers, which the form shows checked and the ranking reads, and which of
// them came from the person's own words (each shown as a chip, with the words that led to it). Chips and form read
// and write the same answers: an understood answer checks its box, unchecking the box removes the chip, removing the
// chip unchecks the box. Pure functions over plain values, so every transition can be tested without a page.
import type { Audience, TriageAnswers as DataAnswers, TriageInterpretation } from "@netstalker/data";
import { type Relationship, TRIAGE_ASK_READINGS, type TriageAsk, type TriageNeed } from "@netstalker/data/query";

/** One answer, as a key: what a box of the form stands for, and what a chip removes. */
export type AnswerKey =
  | "danger"
  | "crisis"
  | `need:${TriageNeed}`
  | `audience:${Audience}`
  | `relationship:${Relationship}`;

/** The person's answers, as the form holds them. */
export interface Answers {
  /** In danger now: yes (true), no (false) or not answered. */
  danger?: boolean;
  /** Thoughts of dying or of self-harm. */
  crisis?: boolean;
  needs: ReadonlySet<TriageNeed>;
  audiences: ReadonlySet<Audience>;
  relationship?: Relationship;
}

/** The whole triage state. */
export interface TriageState {
  answers: Answers;
  /** Answers set by the words (not by the person), each with the words that led to it: the chips. */
  understood: ReadonlyMap<AnswerKey, readonly string[]>;
  /** Readings the words suggest but the interpreter is unsure of: asked as a question, no answer until confirmed. */
  asks: ReadonlyMap<TriageAsk, readonly string[]>;
  /** Answers the person removed or declined: the words never set (or ask) them again. */
  declined: ReadonlySet<AnswerKey>;
  /** The words were read and nothing in them was understood. */
  nothingUnderstood: boolean;
}

/** No answers, nothing read. */
export const EMPTY_STATE: TriageState = {
  answers: { needs: new Set(), audiences: new Set() },
  understood: new Map(),
  asks: new Map(),
  declined: new Set(),
  nothingUnderstood: false,
};

/** The answer each question of the interpreter confirms (the data package's one table, typed as the form's keys). */
export const ASK_ANSWERS: Readonly<Record<TriageAsk, AnswerKey>> = TRIAGE_ASK_READINGS;

/** Whether an answer is given (a box checked, a radio chosen as yes / as this relationship). */
export function isAnswered(answers: Answers, key: AnswerKey): boolean {
  if (key === "danger") return answers.danger === true;
  if (key === "crisis") return answers.crisis === true;
  const [kind, value] = splitKey(key);
  if (kind === "need") return answers.needs.has(value as TriageNeed);
  if (kind === "audience") return answers.audiences.has(value as Audience);
  return answers.relationship === value;
}

function splitKey(key: AnswerKey): [string, string] {
  const at = key.indexOf(":");
  return [key.slice(0, at), key.slice(at + 1)];
}

/** The answers with one answer given (on) or taken back (off). */
export function withAnswer(answers: Answers, key: AnswerKey, on: boolean): Answers {
  if (key === "danger") return { ...answers, danger: on ? true : answers.danger === true ? undefined : answers.danger };
  if (key === "crisis") return { ...answers, crisis: on ? true : undefined };
  const [kind, value] = splitKey(key);
  const toggle = <T>(set: ReadonlySet<T>, v: T) => {
    const next = new Set(set);
    if (on) next.add(v);
    else next.delete(v);
    return next;
  };
  if (kind === "need") return { ...answers, needs: toggle(answers.needs, value as TriageNeed) };
  if (kind === "audience") return { ...answers, audiences: toggle(answers.audiences, value as Audience) };
  const relationship = value as Relationship;
  if (on) return { ...answers, relationship };
  return answers.relationship === relationship ? { ...answers, relationship: undefined } : answers;
}

/** The answers an interpretation gives, each with the words that led to it (from its evidence). */
function readingsOf(interpreted: TriageInterpretation): Map<AnswerKey, readonly string[]> {
  const keys: AnswerKey[] = [
    ...(interpreted.danger ? (["danger"] as const) : []),
    ...(interpreted.crisis ? (["crisis"] as const) : []),
    ...interpreted.needs.map((n): AnswerKey => `need:${n}`),
    ...(interpreted.relationship ? [`relationship:${interpreted.relationship}` as const] : []),
    ...interpreted.audiences.map((a): AnswerKey => `audience:${a}`),
  ];
  const evidence = new Map(interpreted.evidence.map((e) => [e.reading, e.words]));
  return new Map(keys.map((key) => [key, evidence.get(key) ?? []]));
}

/**
 * Takes what the words say (or, with none, that there are no words): the answers the previous words had set are
 * taken back, and the new ones set, except those the person declined and those the person had already given. A
 * relationship the person chose is never replaced by one read from the words.
 */
export function readWords(state: TriageState, interpreted: TriageInterpretation | undefined): TriageState {
  let answers = state.answers;
  for (const key of state.understood.keys()) answers = withAnswer(answers, key, false);
  const understood = new Map<AnswerKey, readonly string[]>();
  for (const [key, words] of interpreted ? readingsOf(interpreted) : []) {
    if (state.declined.has(key) || isAnswered(answers, key)) continue;
    if (key.startsWith("relationship:") && answers.relationship !== undefined) continue;
    answers = withAnswer(answers, key, true);
    understood.set(key, words);
  }
  const asks = new Map<TriageAsk, readonly string[]>();
  const evidence = new Map((interpreted?.evidence ?? []).map((e) => [e.reading, e.words]));
  for (const ask of interpreted?.ask ?? []) {
    const key = ASK_ANSWERS[ask];
    if (state.declined.has(key) || isAnswered(answers, key)) continue;
    const words = evidence.get(`ask:${ask}`) ?? [];
    // Confirmed before (a chip now): the same words keep it, and do not ask again.
    if (state.understood.has(key)) {
      answers = withAnswer(answers, key, true);
      understood.set(key, state.understood.get(key) ?? words);
    } else asks.set(ask, words);
  }
  return { ...state, answers, understood, asks, nothingUnderstood: interpreted?.understood === false };
}

/**
 * The person gives (on) or takes back (off) an answer in the form, or removes its chip (off). An answer they give is
 * theirs from then on (no chip); one they take back that the words had set is declined: the words do not set it again.
 */
export function choose(state: TriageState, key: AnswerKey, on: boolean): TriageState {
  const understood = new Map(state.understood);
  const wasUnderstood = understood.delete(key);
  const declined = new Set(state.declined);
  if (on) declined.delete(key);
  else if (wasUnderstood) declined.add(key);
  const answers = withAnswer(state.answers, key, on);
  // A relationship chosen replaces the one the words had read: that chip goes.
  if (on && key.startsWith("relationship:")) {
    for (const other of understood.keys()) if (other.startsWith("relationship:")) understood.delete(other);
  }
  const asks = new Map([...state.asks].filter(([ask]) => ASK_ANSWERS[ask] !== key));
  return { ...state, answers, understood, asks, declined };
}

/** The person says no to the danger question: danger is answered "no", and a danger chip goes. */
export function chooseNoDanger(state: TriageState): TriageState {
  const next = choose(state, "danger", false);
  return { ...next, answers: { ...next.answers, danger: false } };
}

/** The person answers one of the interpreter's questions: yes gives the answer (shown as understood), no declines it. */
export function answerAsk(state: TriageState, ask: TriageAsk, yes: boolean): TriageState {
  const key = ASK_ANSWERS[ask];
  const words = state.asks.get(ask) ?? [];
  const asks = new Map(state.asks);
  asks.delete(ask);
  if (!yes) return { ...state, asks, declined: new Set([...state.declined, key]) };
  const understood = new Map(state.understood).set(key, words);
  return { ...state, asks, understood, answers: withAnswer(state.answers, key, true) };
}

/**
 * The answers as @netstalker/data's triage takes them (its mergeAnswers makes them the effective answers), with the
 * questions still waiting (`asks`) as `asked`: the data's triage routes them as it routes the same questions the API
 * asks (danger or crisis as if given while unanswered, except danger beside crisis: a line that listens first, 110
 * right after it). "No" takes the question away, and with it what it called for; the widget keeps no copy of the rule.
 */
export function dataAnswers(answers: Answers, asks: TriageState["asks"] = new Map()): DataAnswers {
  return {
    ...(answers.danger !== undefined && { danger: answers.danger }),
    ...(answers.crisis !== undefined && { crisis: answers.crisis }),
    needs: [...answers.needs],
    audiences: [...answers.audiences],
    ...(answers.relationship !== undefined && { relationship: answers.relationship }),
    ...(asks.size > 0 && { asked: [...asks.keys()] }),
  };
}

/**
 * Whether nothing is answered (no box checked, no radio chosen) and nothing is asked about: words that raise a
 * question (danger, crisis, a child, a tracker) are ranked for, never met with an empty list.
 */
export function isEmpty(answers: Answers, asks: TriageState["asks"] = new Map()): boolean {
  return (
    asks.size === 0 &&
    answers.danger === undefined &&
    answers.crisis === undefined &&
    answers.needs.size === 0 &&
    answers.audiences.size === 0 &&
    answers.relationship === undefined
  );
}
