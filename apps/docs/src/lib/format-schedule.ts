import type { DayOfWeek, Lang, OpeningRule, ScheduleLocalized } from "@netstalker/data";
import { CLOSURE_LABELS, DAY_LABELS } from "./labels.js";

const WEEK: readonly DayOfWeek[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** Compresses days into runs, Monday first: [mon,tue,wed,fri] → "月〜水・金" / "Mon–Wed, Fri". */
export function formatDays(days: readonly DayOfWeek[], lang: Lang): string {
  const present = WEEK.map((d) => days.includes(d));
  const runs: string[] = [];
  let i = 0;
  while (i < WEEK.length) {
    if (!present[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < WEEK.length && present[j + 1]) j++;
    const first = DAY_LABELS[WEEK[i] as DayOfWeek][lang];
    const last = DAY_LABELS[WEEK[j] as DayOfWeek][lang];
    if (j === i) runs.push(first);
    else if (j === i + 1) runs.push(lang === "ja" ? `${first}・${last}` : `${first}, ${last}`);
    else runs.push(lang === "ja" ? `${first}〜${last}` : `${first}–${last}`);
    i = j + 1;
  }
  return runs.join(lang === "ja" ? "・" : ", ");
}

/** "08:30" → "8:30"; the data keeps HH:MM, people read H:MM. */
function clock(time: string): string {
  return time.replace(/^0(\d)/, "$1");
}

/** One opening rule as text, e.g. "月〜金 8:30〜17:15" / "Mon–Fri 8:30–17:15"; past-midnight spans say so. */
export function formatRule(rule: OpeningRule, lang: Lang): string {
  const overnight = rule.closes <= rule.opens;
  const closes = overnight
    ? lang === "ja"
      ? `翌${clock(rule.closes)}`
      : `${clock(rule.closes)} next day`
    : clock(rule.closes);
  return `${formatDays(rule.days, lang)} ${clock(rule.opens)}${lang === "ja" ? "〜" : "–"}${closes}`;
}

function closedOnText(closedOn: readonly ("national-holidays" | "year-end")[], lang: Lang): string | null {
  if (closedOn.length === 0) return null;
  const names = closedOn.map((c) => CLOSURE_LABELS[c][lang]);
  return lang === "ja" ? `${names.join("・")}は休み` : `Closed on ${names.join(" and ")}`;
}

/** Hours as lines of text, all in Japan time. A varying schedule says so first: its hours are only typical. */
export function formatSchedule(schedule: ScheduleLocalized, lang: Lang): string[] {
  const tz = lang === "ja" ? "(日本時間)" : "(Japan time)";
  switch (schedule.type) {
    case "always":
      return [
        lang === "ja" ? "24時間・年中無休" : "24 hours a day, every day",
        ...(schedule.note ? [schedule.note] : []),
      ];
    case "weekly": {
      const lines = schedule.rules.map((r) => `${formatRule(r, lang)} ${tz}`);
      const closed = closedOnText(schedule.closedOn, lang);
      return [...lines, ...(closed ? [closed] : []), ...(schedule.note ? [schedule.note] : [])];
    }
    case "varies": {
      const lines = [lang === "ja" ? "受付時間は地域・窓口によって異なります。" : "Hours differ by area or office."];
      if (schedule.typical) {
        const typical = schedule.typical.rules.map((r) => formatRule(r, lang)).join(lang === "ja" ? "、" : "; ");
        lines.push(lang === "ja" ? `目安: ${typical} ${tz}` : `Typical: ${typical} ${tz}`);
        const closed = closedOnText(schedule.typical.closedOn, lang);
        if (closed) lines.push(closed);
      }
      lines.push(schedule.note);
      return lines;
    }
  }
}
