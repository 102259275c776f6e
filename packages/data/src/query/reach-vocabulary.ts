// The vocabulary of the "reachable now" screen (reachable.ts) as plain lists, in a module that imports nothing: the
// label tables' build check (pipeline/label-tables.ts) reads them without loading open-now and its generated holiday
// table, which a fresh clone does not have yet when the build starts.

/** A contact's state now, in the order the surfaces show them: answering, not known, answered later, closed. */
export const REACH_STATES = ["open", "unknown", "deferred", "closed"] as const;
/** open: a person answers now; unknown: cannot be known from here; deferred: a form, answered later; closed. */
export type ReachState = (typeof REACH_STATES)[number];

/** Why a state is "unknown". */
export const UNKNOWN_REASONS = ["hours-vary", "unconfirmed-day", "no-hours"] as const;
/**
 * hours-vary: the hours differ by prefecture or office (#9110); unconfirmed-day: the sources do not say whether it
 * opens today (a holiday or the year end they are silent on, or a date beyond the holiday table); no-hours: no hours
 * are recorded.
 */
export type UnknownReason = (typeof UNKNOWN_REASONS)[number];
