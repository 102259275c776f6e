// Japan-time arithmetic on plain numbers. Japan has observed no daylight saving time since 1951, so Asia/Tokyo is a
// fixed UTC+09:00 for every date this data can concern: adding the offset is exact, needs no Intl time-zone data, and
// gives the same answer whatever the runtime's own timezone is.

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;
/** Asia/Tokyo's offset from UTC (UTC+09:00, no DST since 1951). */
const JST_OFFSET_MS = 9 * 3_600_000;

/** A calendar day in Japan, counted in days since 1970-01-01 (Japan time). */
export type JapanDay = number;

/** The instant as epoch milliseconds; throws a clear error for an invalid date or number. */
export function toEpochMs(at: Date | number): number {
  const ms = typeof at === "number" ? at : at instanceof Date ? at.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new RangeError(`expected a valid Date or epoch milliseconds, got ${String(at)}`);
  return ms;
}

/** The Japan-time calendar day an instant falls on. */
export function japanDayOf(ms: number): JapanDay {
  return Math.floor((ms + JST_OFFSET_MS) / DAY_MS);
}

/** The instant at which a Japan-time day starts (00:00 in Tokyo). */
export function startOfJapanDay(day: JapanDay): number {
  return day * DAY_MS - JST_OFFSET_MS;
}

/** Day of the week of a Japan-time day: 0 = Monday ... 6 = Sunday. */
export function weekdayOf(day: JapanDay): number {
  // 1970-01-01 was a Thursday (index 3 when Monday is 0).
  return (((day + 3) % 7) + 7) % 7;
}

/** The calendar date of a Japan-time day. */
export function civilDateOf(day: JapanDay): { year: number; month: number; date: number } {
  // A day number read as a UTC date is that calendar date: UTC getters never see the runtime's timezone.
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** The Japan-time day of a calendar date. */
export function japanDayFromCivil(year: number, month: number, date: number): JapanDay {
  return Math.floor(Date.UTC(year, month - 1, date) / DAY_MS);
}

/** Minutes since midnight for a wall-clock "HH:MM" (24:00 gives 1440). */
export function parseClockTime(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 24 || minutes > 59 || (hours === 24 && minutes !== 0)) {
    throw new RangeError(`expected a time "HH:MM" between 00:00 and 24:00, got "${hhmm}"`);
  }
  return hours * 60 + minutes;
}
