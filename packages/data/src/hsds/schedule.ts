// Our schedule as HSDS `schedule` rows. HSDS can say weekly hours (iCal fields) but not "closed on national
// holidays", "hours differ by place" or "accepts any time, answered later": those go in `description`/`notes` as
// the same sentences every surface shows, and the kind in the service's `netstalker_schedule_type`.
import { describeSchedule } from "../display/describe-schedule.js";
import { WEEK_DAYS } from "../display/week.js";
import type { Lang } from "../schema/primitives.js";
import type { DayOfWeek, OpeningRule, Schedule } from "../schema/schedule.js";
import { hsdsId } from "./ids.js";
import type { HsdsSchedule } from "./types.js";

/** "mon" → "MO": iCal's two-letter day codes. */
const icalDay = (day: DayOfWeek) => day.slice(0, 2).toUpperCase();

/** Japan is UTC+9 all year (no DST since 1951), so every time carries +09:00. */
const jst = (time: string) => `${time}+09:00`;

function weeklyRow(rule: OpeningRule): Pick<HsdsSchedule, "freq" | "wkst" | "byday" | "opens_at" | "closes_at"> {
  return {
    freq: "WEEKLY",
    wkst: "MO",
    byday: rule.days.map(icalDay).join(","),
    opens_at: jst(rule.opens),
    closes_at: jst(rule.closes),
  };
}

/** The HSDS schedules of contact `contactId`'s schedule, in `lang`. */
export function hsdsSchedules(contactId: string, schedule: Schedule, lang: Lang): HsdsSchedule[] {
  const lines = describeSchedule(schedule, lang);
  const serviceId = hsdsId("service", contactId);
  const row = (index: number, description: string, notes: string[], hours: ReturnType<typeof weeklyRow> | null) => ({
    id: hsdsId("schedule", `${contactId}/${index}`),
    service_id: serviceId,
    timezone: 9 as const,
    ...hours,
    description,
    ...(notes.length > 0 && { notes: notes.join("\n") }),
  });
  switch (schedule.type) {
    case "always":
      return [
        row(0, lines[0] ?? "", lines.slice(1), weeklyRow({ days: [...WEEK_DAYS], opens: "00:00", closes: "24:00" })),
      ];
    case "weekly": {
      // describeSchedule writes one line per rule first, then closures, unknown days and the note.
      const rest = lines.slice(schedule.rules.length);
      return schedule.rules.map((rule, i) => row(i, lines[i] ?? "", rest, weeklyRow(rule)));
    }
    case "varies":
    case "deferred":
      // No iCal hours: typical or reply hours must never read as opening hours.
      return [row(0, lines[0] ?? "", lines.slice(1), null)];
  }
}
