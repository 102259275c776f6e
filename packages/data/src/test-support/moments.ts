// The moments the "reachable now" tests check, in Japan time (the widget, API and docs suites read the same table from
// @netstalker/testing/moments, which this package does not depend on).

/** [what it is, the Japan-time wall clock]: weekday day and night, Sunday night, a holiday, New Year's Eve. */
export const MOMENTS = [
  ["weekday 10:00", "2026-12-09T10:00"],
  ["weekday 23:00", "2026-12-09T23:00"],
  ["Sunday 03:00", "2026-12-06T03:00"],
  ["national holiday 12:00 (建国記念の日)", "2027-02-11T12:00"],
  ["31 December 20:00", "2026-12-31T20:00"],
] as const;
