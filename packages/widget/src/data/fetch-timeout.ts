// `fetch-timeout`, validated: a value such as "NaN", "0" or "-1" would abort every request at once and leave only the
// emergency card on screen, with no clue why.

/** How long data (the data file, or live data from `api-base`) may take before the widget keeps what it has. */
export const DEFAULT_FETCH_TIMEOUT_MS = 4000;
/** The shortest and longest `fetch-timeout` accepted, in ms. */
export const FETCH_TIMEOUT_RANGE = { min: 500, max: 60_000 } as const;

/** `value` when it is a whole number of ms within {@link FETCH_TIMEOUT_RANGE}, else the default with a warning. */
export function validFetchTimeout(value: unknown): number {
  if (
    Number.isInteger(value) &&
    (value as number) >= FETCH_TIMEOUT_RANGE.min &&
    (value as number) <= FETCH_TIMEOUT_RANGE.max
  ) {
    return value as number;
  }
  console.warn(
    `<stalker-help-widget>: fetch-timeout="${String(value)}" is not a whole number of milliseconds from ${FETCH_TIMEOUT_RANGE.min} to ${FETCH_TIMEOUT_RANGE.max}; using ${DEFAULT_FETCH_TIMEOUT_MS}.`,
  );
  return DEFAULT_FETCH_TIMEOUT_MS;
}
