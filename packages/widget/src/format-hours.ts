import type { DayOfWeek, Lang, ScheduleLocalized } from "@netstalker/data";
import type { UiText } from "./i18n.js";

type OpeningRule = { days: DayOfWeek[]; opens: string; closes: string };

/** The day names of one rule, with runs of three or more days joined (月〜金, Mon–Fri). */
export function formatDays(days: readonly DayOfWeek[], t: UiText): string {
  const order = Object.keys(t.days) as DayOfWeek[];
  const present = order.map((d) => days.includes(d));
  const parts: string[] = [];
  let i = 0;
  while (i < order.length) {
    if (!present[i]) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 < order.length && present[j + 1]) j += 1;
    const names = order.slice(i, j + 1).map((d) => t.days[d]);
    parts.push(names.length >= 3 ? `${names[0]}${t.dayRange}${names[names.length - 1]}` : names.join(t.listSeparator));
    i = j + 1;
  }
  return parts.join(t.listSeparator);
}

/** One line per weekly rule, e.g. "月〜金 9:00–17:00". */
export function formatRules(rules: readonly OpeningRule[], t: UiText): string[] {
  return rules.map((r) => `${formatDays(r.days, t)} ${trimHour(r.opens)}–${trimHour(r.closes)}`);
}

function trimHour(hhmm: string): string {
  return hhmm.replace(/^0(\d)/, "$1");
}

/** The lines describing a schedule's hours and closures, in the order a caller needs them. */
export function describeSchedule(schedule: ScheduleLocalized, t: UiText): string[] {
  if (schedule.type === "always") return [t.alwaysOpen, ...(schedule.note ? [schedule.note] : [])];
  if (schedule.type === "weekly") {
    return [
      ...formatRules(schedule.rules, t),
      ...(schedule.closedOn.includes("national-holidays") ? [t.closedOnHolidays] : []),
      ...(schedule.closedOn.includes("year-end") ? [t.closedYearEnd] : []),
      ...(schedule.unknownOn?.includes("national-holidays") ? [t.unknownOnHolidays] : []),
      ...(schedule.unknownOn?.includes("year-end") ? [t.unknownYearEnd] : []),
      ...(schedule.note ? [schedule.note] : []),
    ];
  }
  const typical = schedule.typical
    ? [`${t.typicalHours}: ${formatRules(schedule.typical.rules, t).join(t.listSeparator)}`]
    : [];
  return [schedule.note, ...typical];
}

const TOKYO = "Asia/Tokyo";

/** The Japan-time calendar day of an instant, as YYYY-MM-DD. */
function tokyoDay(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: TOKYO,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

/**
 * An instant as a person in Japan reads it: the time alone when it is today in Japan, otherwise with the date and
 * weekday. Always computed in Asia/Tokyo, never in the viewer's own timezone.
 */
export function formatJapanTime(at: Date, now: Date, lang: Lang, t: UiText): string {
  const locale = lang === "ja" ? "ja-JP" : "en-GB";
  const time = new Intl.DateTimeFormat(locale, { timeZone: TOKYO, hour: "numeric", minute: "2-digit" }).format(at);
  const sameDay = tokyoDay(at) === tokyoDay(now);
  const text = sameDay
    ? time
    : `${new Intl.DateTimeFormat(locale, { timeZone: TOKYO, month: lang === "ja" ? "numeric" : "short", day: "numeric", weekday: "short" }).format(at)} ${time}`;
  return `${text}${t.japanTime}`;
}
