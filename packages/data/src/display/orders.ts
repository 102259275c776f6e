// The order every surface shows things in. The schemas' enum order is the order values were declared in; these are
// the orders a reader needs, declared once so the widget, the docs and the API cannot drift apart.
import type { RemedyKind, Urgency } from "../schema/taxonomy.js";

/**
 * Remedy kinds as shown: what a person can do now first (keep evidence, cut contact), then legal action, then
 * prevention. A frightened reader needs the first steps before the court procedures.
 */
export const REMEDY_KIND_ORDER: readonly RemedyKind[] = ["coping", "legal-action", "prevention"];

/** Urgencies as shown: danger now first, then soon, then advice and procedures. */
export const URGENCY_ORDER: readonly Urgency[] = ["emergency", "urgent", "anytime"];

/** A comparator by the position of a key in `order` (keys missing from `order` go last). */
function byOrder<K extends string>(order: readonly K[]): (a: K, b: K) => number {
  const rank = new Map(order.map((key, i) => [key, i]));
  const at = (key: K) => rank.get(key) ?? order.length;
  return (a, b) => at(a) - at(b);
}

const compareUrgency = byOrder(URGENCY_ORDER);
const compareRemedyKind = byOrder(REMEDY_KIND_ORDER);

/** A new array, emergency records first, then urgent, then the rest; the input order is kept within each. */
export function byUrgency<T extends { urgency: Urgency }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => compareUrgency(a.urgency, b.urgency));
}

/** A new array in REMEDY_KIND_ORDER; the input order is kept within each kind. */
export function byRemedyKind<T extends { kind: RemedyKind }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => compareRemedyKind(a.kind, b.kind));
}

/** Records grouped by a key in `order`, empty groups left out: e.g. remedies under their kind headings. */
export function groupInOrder<K extends string, T>(
  records: readonly T[],
  order: readonly K[],
  keyOf: (record: T) => K,
): { key: K; items: T[] }[] {
  return order
    .map((key) => ({ key, items: records.filter((r) => keyOf(r) === key) }))
    .filter((group) => group.items.length > 0);
}
