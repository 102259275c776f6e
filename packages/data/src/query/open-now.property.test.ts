// Property tests: open-now against an independent reference, over random instants 2026-2030 and random schedules, under
// several process timezones. The reference shares no code with open-now.ts: it reads Tokyo wall-clock time through
// Intl.DateTimeFormat and holidays from japanese-holidays (rule-based), where the code under test uses a fixed UTC+9
// offset and the table generated from @holiday-jp/holiday_jp.
import fc from "fast-check";
import { getHolidaysOf } from "japanese-holidays";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import { DAYS_OF_WEEK, type DayOfWeek, type OpeningRule, type Schedule } from "../schema/schedule.js";
import { isOpenAt, nextOpening, openStatus } from "./open-now.js";

type Weekly = Extract<Schedule, { type: "weekly" }>;

// ---- the reference ------------------------------------------------------------------------------------------------

const tokyo = new Intl.DateTimeFormat("en-US", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  weekday: "short",
  hourCycle: "h23",
});
const WEEKDAYS: readonly DayOfWeek[] = DAYS_OF_WEEK;

interface CivilDay {
  year: number;
  month: number;
  day: number;
  weekday: DayOfWeek;
}

/** Tokyo wall-clock date and minute of the day at an instant, read through Intl. */
function tokyoWallClock(ms: number): { date: CivilDay; minute: number } {
  const parts = Object.fromEntries(tokyo.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const weekday = String(parts.weekday).toLowerCase().slice(0, 3) as DayOfWeek;
  return {
    date: { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), weekday },
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

function previousDay(d: CivilDay): CivilDay {
  const prev = new Date(Date.UTC(d.year, d.month - 1, d.day - 1));
  const weekday = WEEKDAYS[(WEEKDAYS.indexOf(d.weekday) + 6) % 7] ?? "mon";
  return { year: prev.getUTCFullYear(), month: prev.getUTCMonth() + 1, day: prev.getUTCDate(), weekday };
}

const holidayCache = new Map<number, Set<string>>();
function isHoliday(d: CivilDay): boolean {
  let set = holidayCache.get(d.year);
  if (!set) {
    set = new Set(getHolidaysOf(d.year).map((h) => `${h.month}/${h.date}`));
    holidayCache.set(d.year, set);
  }
  return set.has(`${d.month}/${d.day}`);
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** The reference answer for a weekly schedule at an instant. */
function referenceIsOpen(schedule: Weekly, ms: number): boolean | "unknown" {
  const { date: today, minute } = tokyoWallClock(ms);
  const yesterday = previousDay(today);
  const isYearEnd = (d: CivilDay) => (d.month === 12 && d.day >= 29) || (d.month === 1 && d.day <= 3);
  const closed = (d: CivilDay) =>
    (schedule.closedOn.includes("national-holidays") && isHoliday(d)) ||
    (schedule.closedOn.includes("year-end") && isYearEnd(d));
  const unknown = (d: CivilDay) =>
    (schedule.unknownOn?.includes("national-holidays") === true && isHoliday(d)) ||
    (schedule.unknownOn?.includes("year-end") === true && isYearEnd(d));
  let answer: boolean | "unknown" = false;
  for (const rule of schedule.rules) {
    const opens = minutes(rule.opens);
    const closes = minutes(rule.closes);
    const overnight = closes <= opens;
    const coversToday =
      rule.days.includes(today.weekday) && (overnight ? minute >= opens : minute >= opens && minute < closes);
    const coversFromYesterday = overnight && rule.days.includes(yesterday.weekday) && minute < closes;
    for (const [covers, day] of [
      [coversToday, today],
      [coversFromYesterday, yesterday],
    ] as const) {
      if (!covers || closed(day)) continue;
      if (!unknown(day)) return true;
      answer = "unknown";
    }
  }
  return answer;
}

const DAY = 86_400_000;

/**
 * Every instant in [from, to) where a schedule's state can change: each rule's opening and closing time on each day
 * (the state is constant between them). Checking the reference at these finds any opening or closing in between.
 */
function boundaries(schedule: Weekly, from: number, to: number): number[] {
  const out: number[] = [];
  const { date } = tokyoWallClock(from - DAY);
  for (let midnight = Date.UTC(date.year, date.month - 1, date.day) - 9 * 3_600_000; midnight < to; midnight += DAY) {
    for (const rule of schedule.rules) {
      for (const minute of [minutes(rule.opens), minutes(rule.closes), minutes(rule.closes) + 1440]) {
        const t = midnight + minute * 60_000;
        if (t >= from && t < to) out.push(t);
      }
    }
  }
  return out;
}

// ---- generators ---------------------------------------------------------------------------------------------------

const FROM = Date.UTC(2026, 0, 1) - 9 * 3_600_000;
const TO = Date.UTC(2031, 0, 1) - 9 * 3_600_000 - 1;
const pad = (n: number) => String(n).padStart(2, "0");

/** Any instant in 2026-2030 (Japan time), plus instants just around minute boundaries, where mistakes show. */
const instant = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc
    .tuple(fc.integer({ min: FROM / 60_000, max: Math.floor(TO / 60_000) }), fc.constantFrom(-1, 0, 1))
    .map(([minute, nudge]) => minute * 60_000 + nudge),
);
/** Opening times: often on common boundaries, sometimes any minute. */
const clock = fc.oneof(
  fc.constantFrom("00:00", "08:30", "09:00", "12:00", "17:00", "17:15", "21:00", "22:00", "23:59"),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`),
);
const rule: fc.Arbitrary<OpeningRule> = fc.record({
  days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }),
  opens: clock,
  closes: fc.oneof(clock, fc.constant("24:00")),
});
const weekly: fc.Arbitrary<Weekly> = fc.record({
  type: fc.constant("weekly" as const),
  timezone: fc.constant("Asia/Tokyo" as const),
  rules: fc.array(rule, { minLength: 1, maxLength: 3 }),
  closedOn: fc.subarray(["national-holidays", "year-end"] as Weekly["closedOn"]),
});
/** Weekly schedules that also leave some closures unknown (never one that is also in closedOn). */
const weeklyWithUnknown: fc.Arbitrary<Weekly> = weekly.chain((schedule) =>
  fc
    .subarray((["national-holidays", "year-end"] as const).filter((c) => !schedule.closedOn.includes(c)))
    .map((unknownOn) => ({ ...schedule, unknownOn })),
);

/** Every weekly schedule in the real dataset (contacts and their channels). */
const realWeekly: Weekly[] = dataset.contacts.flatMap((c) =>
  [c.schedule, ...c.channels.map((ch) => ch.schedule)].filter((s): s is Weekly => s?.type === "weekly"),
);

// ---- the properties, under several process timezones --------------------------------------------------------------

// Minutes that Date#getTimezoneOffset gives on 2026-01-01 in each zone, proving the switch took effect.
const TIMEZONES: [string, number][] = [
  ["America/Los_Angeles", 480],
  ["Asia/Tokyo", -540],
  ["Pacific/Kiritimati", -840],
];

describe.each(TIMEZONES)("open-now with the process in %s", (timezone, offset) => {
  const previous = process.env.TZ;
  beforeAll(() => {
    // Node re-reads TZ whenever it is assigned, so local-time Date methods follow it from here on.
    process.env.TZ = timezone;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });

  it("really runs in that timezone", () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offset);
  });

  it("isOpenAt agrees with the reference on random schedules and instants", () => {
    fc.assert(
      fc.property(weekly, fc.array(instant, { minLength: 1, maxLength: 20 }), (schedule, instants) => {
        for (const ms of instants) expect(isOpenAt(schedule, ms)).toBe(referenceIsOpen(schedule, ms));
      }),
      { numRuns: 300 },
    );
  });

  it("isOpenAt agrees with the reference when holidays or the year end are unknown", () => {
    fc.assert(
      fc.property(weeklyWithUnknown, instant, (schedule, ms) => {
        expect(isOpenAt(schedule, ms)).toBe(referenceIsOpen(schedule, ms));
      }),
      { numRuns: 300 },
    );
  });

  it("isOpenAt agrees with the reference on the real dataset's weekly schedules", () => {
    fc.assert(
      fc.property(instant, (ms) => {
        for (const schedule of realWeekly) expect(isOpenAt(schedule, ms)).toBe(referenceIsOpen(schedule, ms));
      }),
      { numRuns: 300 },
    );
  });

  it("nextOpening is open by the reference and nothing opens earlier", () => {
    fc.assert(
      fc.property(weekly, instant, (schedule, from) => {
        const next = nextOpening(schedule, from);
        if (next === null) {
          // Inside the holiday table, null means it never opens within the horizon: closed at every boundary ahead.
          for (const t of boundaries(schedule, from, from + 14 * DAY)) expect(referenceIsOpen(schedule, t)).toBe(false);
          return;
        }
        const at = next.getTime();
        expect(at).toBeGreaterThanOrEqual(from);
        expect(referenceIsOpen(schedule, at)).toBe(true);
        if (at > from) {
          expect(referenceIsOpen(schedule, from)).toBe(false);
          for (const t of boundaries(schedule, from, at)) expect(referenceIsOpen(schedule, t)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("openStatus closes at the first closed instant after being open", () => {
    fc.assert(
      fc.property(weekly, instant, (schedule, at) => {
        const status = openStatus(schedule, at);
        expect(status.open).toBe(referenceIsOpen(schedule, at));
        if (status.open !== true || status.closesAt === null) return;
        const closes = status.closesAt.getTime();
        expect(referenceIsOpen(schedule, closes)).toBe(false);
        expect(referenceIsOpen(schedule, closes - 1)).toBe(true);
        for (const t of boundaries(schedule, at, closes)) expect(referenceIsOpen(schedule, t)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
