// Opening hours as text, the same on every surface. All times are Japan time and say so, because a reader abroad
// must not mistake them for local time.
import type { Lang } from "../schema/primitives.js";
import type { Closure, DayOfWeek, OpeningRule, Schedule, ScheduleLocalized } from "../schema/schedule.js";
import { CLOSURE_LABELS, CONTACT_TEXT_LABELS, DAY_LABELS } from "./labels.js";
import { WEEK_DAYS } from "./week.js";

const WEEK: readonly DayOfWeek[] = WEEK_DAYS;
const SEPARATOR: Record<Lang, string> = { ja: "・", en: ", " };
const RANGE: Record<Lang, string> = { ja: "〜", en: "–" };
const JAPAN_TIME: Record<Lang, string> = { ja: "(日本時間)", en: " (Japan time)" };

/** Days as runs, Monday first: [mon, tue, wed, fri] → "月〜水・金" / "Mon–Wed, Fri". */
export function formatDays(days: readonly DayOfWeek[], lang: Lang): string {
  const runs: string[] = [];
  let i = 0;
  while (i < WEEK.length) {
    if (!days.includes(WEEK[i] as DayOfWeek)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < WEEK.length && days.includes(WEEK[j + 1] as DayOfWeek)) j++;
    const first = DAY_LABELS[WEEK[i] as DayOfWeek][lang];
    const last = DAY_LABELS[WEEK[j] as DayOfWeek][lang];
    runs.push(j === i ? first : j === i + 1 ? `${first}${SEPARATOR[lang]}${last}` : `${first}${RANGE[lang]}${last}`);
    i = j + 1;
  }
  return runs.join(SEPARATOR[lang]);
}

/** "08:30" → "8:30": the data keeps HH:MM, people read H:MM. */
function clock(time: string): string {
  return time.replace(/^0(\d)/, "$1");
}

/** One rule, e.g. "月〜金 8:30〜17:15" / "Mon–Fri 8:30–17:15"; a span past midnight says "翌2:00" / "2:00 next day". */
export function formatRule(rule: OpeningRule, lang: Lang): string {
  const overnight = rule.closes <= rule.opens;
  const closes = !overnight
    ? clock(rule.closes)
    : lang === "ja"
      ? `翌${clock(rule.closes)}`
      : `${clock(rule.closes)} next day`;
  return `${formatDays(rule.days, lang)} ${clock(rule.opens)}${RANGE[lang]}${closes}`;
}

function closuresLine(closures: readonly Closure[], lang: Lang, known: boolean): string | null {
  if (closures.length === 0) return null;
  const names = closures.map((c) => CLOSURE_LABELS[c][lang]);
  if (known) return lang === "ja" ? `${names.join("・")}は休み` : `Closed on ${names.join(" and ")}`;
  return lang === "ja"
    ? `${names.join("・")}の受付は未確認です。公式ページで確かめてください`
    : `Hours on ${names.join(" and ")} are not confirmed: check the official page`;
}

/**
 * A schedule as lines of text, in the order a caller needs them: hours, closures, days whose hours are not known,
 * then the note. A schedule that varies says so first; its hours are only typical. Works on bilingual schedules
 * (pick `lang`) and on schedules already localized.
 */
export function describeSchedule(schedule: Schedule | ScheduleLocalized, lang: Lang): string[] {
  const note = (text: string | { ja: string; en: string } | undefined) =>
    text === undefined ? [] : [typeof text === "string" ? text : text[lang]];
  switch (schedule.type) {
    case "always":
      return [lang === "ja" ? "24時間・年中無休" : "24 hours a day, every day", ...note(schedule.note)];
    case "weekly":
      return [
        ...schedule.rules.map((rule) => `${formatRule(rule, lang)}${JAPAN_TIME[lang]}`),
        ...[closuresLine(schedule.closedOn, lang, true), closuresLine(schedule.unknownOn ?? [], lang, false)].filter(
          (line): line is string => line !== null,
        ),
        ...note(schedule.note),
      ];
    case "varies": {
      const lines = [lang === "ja" ? "受付時間は地域や窓口によって異なります" : "Hours differ by area or office"];
      if (schedule.typical) {
        const typical = schedule.typical.rules.map((rule) => formatRule(rule, lang)).join(lang === "ja" ? "、" : "; ");
        lines.push(lang === "ja" ? `目安: ${typical}${JAPAN_TIME[lang]}` : `Typically ${typical}${JAPAN_TIME[lang]}`);
        const closed = closuresLine(schedule.typical.closedOn, lang, true);
        if (closed) lines.push(closed);
      }
      return [...lines, ...note(schedule.note)];
    }
    case "deferred": {
      const lines: string[] = [CONTACT_TEXT_LABELS.deferred[lang]];
      if (schedule.answered) {
        const hours = schedule.answered.rules.map((rule) => formatRule(rule, lang)).join(lang === "ja" ? "、" : "; ");
        lines.push(lang === "ja" ? `返信する時間: ${hours}${JAPAN_TIME[lang]}` : `Replies ${hours}${JAPAN_TIME[lang]}`);
        const closed = closuresLine(schedule.answered.closedOn, lang, true);
        if (closed) lines.push(closed);
      }
      return [...lines, ...note(schedule.note)];
    }
  }
}

/** The Japan calendar day of an instant, YYYY-MM-DD (Japan is UTC+9 all year: no DST since 1951). */
function japanDay(at: Date): string {
  return new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * An instant as a person reads it, in Japan time whatever the viewer's timezone: the time alone when it falls on the
 * same Japan day as `now`, otherwise with the date and weekday. E.g. "9:00(日本時間)", "Mon 30 Nov 9:00 (Japan time)";
 * `{ zoneLabel: false }` leaves out the "(Japan time)" for a sentence that says it already.
 */
export function formatJapanTime(at: Date, now: Date, lang: Lang, options: { zoneLabel?: boolean } = {}): string {
  const locale = lang === "ja" ? "ja-JP" : "en-GB";
  const time = new Intl.DateTimeFormat(locale, { timeZone: "Asia/Tokyo", hour: "numeric", minute: "2-digit" }).format(
    at,
  );
  const day =
    japanDay(at) === japanDay(now)
      ? ""
      : `${new Intl.DateTimeFormat(locale, {
          timeZone: "Asia/Tokyo",
          month: lang === "ja" ? "numeric" : "short",
          day: "numeric",
          weekday: "short",
        }).format(at)} `;
  return `${day}${time}${options.zoneLabel === false ? "" : JAPAN_TIME[lang]}`;
}
