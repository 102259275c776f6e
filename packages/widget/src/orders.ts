// Display orders. Issue #12 moves these into @netstalker/data (one `byUrgency`, one remedy-kind order shared with
// the docs); until that lands they live here, once, typed so that a new enum value fails the build.
import type { ContactLocalized, RemedyLocalized, Urgency } from "@netstalker/data";

/** Remedies start with what a person can do now. */
export const REMEDY_KIND_ORDER = [
  "coping",
  "legal-action",
  "prevention",
] as const satisfies readonly RemedyLocalized["kind"][];

const URGENCY_RANK = { emergency: 0, urgent: 1, anytime: 2 } as const satisfies Record<Urgency, number>;

/** Emergency windows first, then urgent ones, then the rest; the dataset's order within each. */
export function byUrgency(contacts: readonly ContactLocalized[]): ContactLocalized[] {
  return [...contacts].sort((a, b) => URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency]);
}
