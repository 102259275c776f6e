// Schedules in the shapes the real windows use, shared by the open-now, describe-schedule and review-sheet tests.
// Only shapes: the facts themselves live in content/. `satisfies` keeps each fixture's own type, so one without
// texts also passes where a localized schedule is expected.
import type { Schedule } from "../schema/schedule.js";

/** Weekdays 8:30–17:15, closed on holidays and at the year end (a ministry line). */
export const weekdayLine = {
  type: "weekly",
  timezone: "Asia/Tokyo",
  rules: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "08:30", closes: "17:15" }],
  closedOn: ["national-holidays", "year-end"],
} satisfies Schedule;

/** Weekdays 9:00–21:00 and Saturdays 9:00–17:00, closed on holidays and at the year end. */
export const weekdayAndSaturday = {
  type: "weekly",
  timezone: "Asia/Tokyo",
  rules: [
    { days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:00", closes: "21:00" },
    { days: ["sat"], opens: "09:00", closes: "17:00" },
  ],
  closedOn: ["national-holidays", "year-end"],
} satisfies Schedule;

/** Open at all times (110). */
export const always = { type: "always" } satisfies Schedule;

/** Every day 0:00–24:00 written as weekly rules, with no closures. */
export const everyDayAllDay = {
  type: "weekly",
  timezone: "Asia/Tokyo",
  rules: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], opens: "00:00", closes: "24:00" }],
  closedOn: [],
} satisfies Schedule;

/** Friday 22:00 to Saturday 2:00, closed on holidays: a span past midnight. */
export const fridayNight = {
  type: "weekly",
  timezone: "Asia/Tokyo",
  rules: [{ days: ["fri"], opens: "22:00", closes: "02:00" }],
  closedOn: ["national-holidays"],
} satisfies Schedule;

/** Hours that differ by prefecture (#9110), with typical weekday hours. */
export const varies = {
  type: "varies",
  timezone: "Asia/Tokyo",
  typical: { rules: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "08:30", closes: "17:15" }], closedOn: [] },
  note: { ja: "都道府県で異なります。", en: "Differs by prefecture." },
} satisfies Schedule;
