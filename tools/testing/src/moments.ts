// The moments every "reachable now" test checks, in Japan time: a weekday by day and by night, a Sunday night, a
// national holiday (建国記念の日) and New Year's Eve. One table for the widget, API and docs suites.

/** [what it is, the Japan-time wall clock "YYYY-MM-DDTHH:MM"]. */
export const REACH_MOMENTS = [
  ["weekday 10:00", "2026-12-09T10:00"],
  ["weekday 23:00", "2026-12-09T23:00"],
  ["Sunday 03:00", "2026-12-06T03:00"],
  ["national holiday 12:00", "2027-02-11T12:00"],
  ["31 December 20:00", "2026-12-31T20:00"],
] as const;

/** The instant of a Japan-time wall clock. */
export function japanTime(local: string): Date {
  return new Date(`${local}+09:00`);
}
