// Stale data cannot ship: a record whose facts were last checked more than 180 days ago fails the release, and one
// older than 150 days is flagged so there is a month to re-check it first.

/** Days after verifiedAt from which a record is flagged for re-checking. */
export const WARN_AFTER_DAYS = 150;
/** Days after verifiedAt beyond which a record may not be released. */
export const FAIL_AFTER_DAYS = 180;

/** A record as the currency gate sees it. */
export interface DatedRecord {
  /** "contacts/<id>", "remedies/<id>" or "faqs/<id>". */
  record: string;
  /** The content file, as shown in messages. */
  file: string;
  /** YYYY-MM-DD. */
  verifiedAt: string;
}

/** One record's age and what the gate makes of it. */
export interface RecordAge extends DatedRecord {
  /** Whole days from verifiedAt to today. */
  days: number;
  status: "ok" | "warn" | "stale";
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a YYYY-MM-DD date; throws a readable error on anything that is not a real date. */
export function dayNumber(date: string): number {
  const m = DATE.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`"${date}" is not a date written YYYY-MM-DD`);
  }
  return ms / 86_400_000;
}

/** Whole days from verifiedAt to today (negative if verifiedAt is later). */
export function ageInDays(verifiedAt: string, today: string): number {
  return dayNumber(today) - dayNumber(verifiedAt);
}

/** Every record's age on `today`, oldest first. */
export function checkCurrency(records: readonly DatedRecord[], today: string): RecordAge[] {
  return records
    .map((r) => {
      const days = ageInDays(r.verifiedAt, today);
      const status: RecordAge["status"] = days > FAIL_AFTER_DAYS ? "stale" : days >= WARN_AFTER_DAYS ? "warn" : "ok";
      return { ...r, days, status };
    })
    .sort((a, b) => b.days - a.days || a.record.localeCompare(b.record));
}

/** The gate's report: one line per stale or ageing record, and the exit code (1 when anything is stale). */
export function currencyReport(ages: readonly RecordAge[], today: string): { lines: string[]; exitCode: 0 | 1 } {
  const stale = ages.filter((a) => a.status === "stale");
  const warn = ages.filter((a) => a.status === "warn");
  const lines = [
    ...stale.map(
      (a) =>
        `error: ${a.record} (${a.file}) was verified on ${a.verifiedAt}, ${a.days} days before ${today}: re-check it against its sources (limit ${FAIL_AFTER_DAYS} days)`,
    ),
    ...warn.map(
      (a) =>
        `warning: ${a.record} (${a.file}) was verified on ${a.verifiedAt}, ${a.days} days ago: re-check it before day ${FAIL_AFTER_DAYS}`,
    ),
  ];
  lines.push(
    stale.length > 0
      ? `${stale.length} of ${ages.length} records are older than ${FAIL_AFTER_DAYS} days: the data cannot be released.`
      : `${ages.length} records checked on ${today}: none older than ${FAIL_AFTER_DAYS} days${warn.length ? `, ${warn.length} older than ${WARN_AFTER_DAYS}` : ""}.`,
  );
  return { lines, exitCode: stale.length > 0 ? 1 : 0 };
}
