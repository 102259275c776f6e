// The one list of week days, Monday first as Japanese schedules are written. Zod-free, so the query and display
// modules (which ship without zod) can use it; the DayOfWeek schema is built from it.

/** The days of the week, Monday first (index 0 = Monday). */
export const WEEK_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
