// Runs the evaluation cases through the triage (interpretation and routing, as a person's text would go) and sums
// up: pass rates overall, for critical cases and by style, routing, and precision and recall per label.
//
// A case passes when every `read` key it has holds and its `route` holds. A critical reading (danger, crisis) that
// the interpreter only asks about passes only when the triage routed it as if read (mergeAnswers does until the
// person answers no, except danger beside crisis read, which stays a question: ADR 0013, "Withheld records, and
// danger unsure beside crisis"): the effective answers hold it, so the line a read one calls for stands where it would, and the
// case's own route is checked on that ranking. Asks cost precision where nothing critical was meant: the bench
// counts them (`falseAsks`). Routing runs the triage on the text alone; the ranking is static (it does not depend on
// the time), and the bench reports whether the first suggestion is open at EVALUATION_TIME.
import type { TriageResult } from "../../src/query/triage.js";
import type { TriageAnswers } from "../../src/schema/triage.js";
import type { EvaluationCase } from "./evaluation.js";

/** The Japan time at which the bench reports whether each first suggestion is open: a Monday at 22:00 JST. */
export const EVALUATION_TIME = new Date("2026-12-07T22:00:00+09:00");

/** One case's outcome. */
export interface CaseResult {
  case: EvaluationCase;
  pass: boolean;
  /** The `read` keys all held. */
  readPass: boolean;
  /** The `route` held (true when there is none). */
  routePass: boolean;
  /** What failed, in words. */
  failures: string[];
  /** Critical readings that were expected, only asked about, and routed as if read (credited). */
  askedOnly: string[];
  /** Danger or crisis asked about (and so routed) where the case does not expect it: a precision cost. */
  falseAsks: string[];
  result: TriageResult;
}

/** Counts for one label: true and false positives, false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Runs every case. */
export function evaluateCases(
  cases: readonly EvaluationCase[],
  triage: (answers: TriageAnswers) => TriageResult,
): CaseResult[] {
  return cases.map((c) => {
    const result = triage({ text: c.text });
    const read = result.interpreted;
    const failures: string[] = [];
    const askedOnly: string[] = [];
    const falseAsks: string[] = [];
    const r = c.read;
    if (!read) failures.push("nothing was interpreted");
    else {
      for (const key of ["danger", "crisis"] as const) {
        const want = r[key];
        const asked = !read[key] && read.ask.includes(key) && result.answers[key];
        if (asked && want !== true) falseAsks.push(key);
        if (want === undefined || read[key] === want) continue;
        // Asked, and routed as a read one would be: the person sees that line while the question waits.
        if (want && asked) {
          askedOnly.push(key);
          continue;
        }
        failures.push(`${key} read ${read[key]}, expected ${want}`);
      }
      for (const need of r.needs ?? []) if (!read.needs.includes(need)) failures.push(`need ${need} not read`);
      for (const need of r.notNeeds ?? []) if (read.needs.includes(need)) failures.push(`need ${need} read`);
      for (const a of r.audiences ?? []) if (!read.audiences.includes(a)) failures.push(`audience ${a} not read`);
      if (r.relationship !== undefined && read.relationship !== r.relationship) {
        failures.push(`relationship ${read.relationship ?? "none"}, expected ${r.relationship}`);
      }
      if (r.nothing !== undefined && !read.understood !== r.nothing) {
        failures.push(r.nothing ? "understood something, expected nothing" : "understood nothing");
      }
    }
    const readPass = failures.length === 0;
    const ids = result.contacts.map((x) => x.id);
    const route = c.route;
    if (route?.first && !route.first.includes(ids[0] ?? "")) {
      failures.push(`first ${ids[0] ?? "none"}, expected ${route.first.join(" or ")}`);
    }
    for (const id of route?.top3 ?? []) if (!ids.slice(0, 3).includes(id)) failures.push(`${id} not in the top 3`);
    for (const id of route?.never ?? []) if (ids.includes(id)) failures.push(`${id} shown`);
    const routePass = routeHolds(route, ids);
    return { case: c, pass: failures.length === 0, readPass, routePass, failures, askedOnly, falseAsks, result };
  });
}

function routeHolds(route: EvaluationCase["route"], ids: readonly string[]): boolean {
  if (!route) return true;
  if (route.first && !route.first.includes(ids[0] ?? "")) return false;
  if ((route.top3 ?? []).some((id) => !ids.slice(0, 3).includes(id))) return false;
  return !(route.never ?? []).some((id) => ids.includes(id));
}

/** Precision and recall counts per label, over the cases whose `read` speaks of that label. */
export function labelCounts(results: readonly CaseResult[]): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  const add = (label: string, kind: keyof Counts) => {
    const c = counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    c[kind]++;
    counts.set(label, c);
  };
  for (const { case: c, result } of results) {
    const read = result.interpreted;
    if (!read) continue;
    const r = c.read;
    for (const key of ["danger", "crisis"] as const) {
      const want = r[key];
      if (want === undefined) continue;
      if (want && read[key]) add(key, "tp");
      else if (want) add(key, "fn");
      else if (read[key]) add(key, "fp");
    }
    for (const need of r.needs ?? []) add(`need:${need}`, read.needs.includes(need) ? "tp" : "fn");
    for (const need of r.notNeeds ?? []) if (read.needs.includes(need)) add(`need:${need}`, "fp");
    if (r.audiences) {
      for (const a of r.audiences) add(`audience:${a}`, read.audiences.includes(a) ? "tp" : "fn");
      // A case that lists audiences lists them all: another one read is a false one.
      for (const a of read.audiences) if (!r.audiences.includes(a)) add(`audience:${a}`, "fp");
    }
    if (r.relationship !== undefined) {
      if (read.relationship === r.relationship) add(`relationship:${r.relationship}`, "tp");
      else {
        add(`relationship:${r.relationship}`, "fn");
        if (read.relationship) add(`relationship:${read.relationship}`, "fp");
      }
    }
    if (r.nothing !== undefined) {
      if (r.nothing && !read.understood) add("nothing", "tp");
      else if (r.nothing) add("nothing", "fn");
      else if (!read.understood) add("nothing", "fp");
    }
  }
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A pass rate. */
export interface Rate {
  pass: number;
  n: number;
}
const rate = (list: readonly CaseResult[], ok: (r: CaseResult) => boolean = (r) => r.pass): Rate => ({
  pass: list.filter(ok).length,
  n: list.length,
});

/** The headline figures of an evaluation run. */
export interface Figures {
  overall: Rate;
  critical: Rate;
  rest: Rate;
  /** Cases with a route whose route held. */
  routing: Rate;
  /** Cases with read keys whose readings held. */
  reading: Rate;
  byStyle: Map<string, Rate>;
  byLang: Map<string, Rate>;
  /** Critical readings expected, only asked about and routed as if read (credited). */
  askedOnly: number;
  /** Danger or crisis asked about (and routed) where not expected, on critical and on other cases. */
  falseAsks: { critical: number; rest: number };
}

/** Sums up the results. */
export function figures(results: readonly CaseResult[]): Figures {
  const group = (key: (r: CaseResult) => string) => {
    const map = new Map<string, CaseResult[]>();
    for (const r of results) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
    return new Map([...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, list]) => [k, rate(list)]));
  };
  return {
    overall: rate(results),
    critical: rate(results.filter((r) => r.case.critical)),
    rest: rate(results.filter((r) => !r.case.critical)),
    routing: rate(
      results.filter((r) => r.case.route !== undefined),
      (r) => r.routePass,
    ),
    reading: rate(results, (r) => r.readPass),
    byStyle: group((r) => r.case.style),
    byLang: group((r) => r.case.lang),
    askedOnly: results.reduce((n, r) => n + r.askedOnly.length, 0),
    falseAsks: {
      critical: results.reduce((n, r) => n + (r.case.critical ? r.falseAsks.length : 0), 0),
      rest: results.reduce((n, r) => n + (r.case.critical ? 0 : r.falseAsks.length), 0),
    },
  };
}

/** The set a case belongs to, by who wrote it: its id's prefix (`ev2-ja-001` → `ev2`). */
const evaluationSet = (id: string): string => id.slice(0, id.indexOf("-"));

/** The figures of each writer's set apart, by set name, in name order. */
export function figuresBySet(results: readonly CaseResult[]): Map<string, Figures> {
  const sets = [...new Set(results.map((r) => evaluationSet(r.case.id)))].sort();
  return new Map(sets.map((set) => [set, figures(results.filter((r) => evaluationSet(r.case.id) === set))]));
}

/** "12/15 (80.0 %)". */
export const formatRate = ({ pass, n }: Rate) => `${pass}/${n} (${n === 0 ? "–" : ((100 * pass) / n).toFixed(1)} %)`;
