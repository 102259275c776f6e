// "Is it open now?" for a contact, a channel or a schedule, always in Japan time with Japanese holidays.
//
// Rules:
// - A span belongs to the day it starts on: a Friday 22:00-02:00 rule is open on Saturday at 01:00.
// - Closures (national holidays, the 12/29-1/3 year end) close the spans that START on a closed day, including their
//   after-midnight part, and never cut short a span that started on an open day. So the Friday-night span above still
//   runs to 02:00 when Saturday is a holiday, and a span starting on 元日 is closed even after midnight on 1/2.
//   This is how a night shift is rostered: the shift belongs to the day it starts.
// - "unknown" whenever the answer cannot be known from the data: `varies` schedules, channels without a schedule, and
//   holiday-closed schedules on days outside the holiday table, and days a schedule lists in `unknownOn` (the sources
//   do not say whether it opens on holidays or at the year end). Never a guess.
// - Open means a person answers now. A `deferred` schedule (a form that accepts at any time and is read later) is
//   never open: "受付中" on a form at 03:00 on a Sunday would promise an answer nobody is there to give.

import { WEEK_DAYS } from "../display/week.js";
import type { Channel, ChannelLocalized } from "../schema/channel.js";
import type { Contact, ContactLocalized } from "../schema/contact.js";
import type { DayOfWeek, OpeningRule, Schedule, ScheduleLocalized } from "../schema/schedule.js";
import { isNationalHoliday, isYearEndClosure } from "./holidays.js";
import {
  DAY_MS,
  type JapanDay,
  japanDayOf,
  MINUTE_MS,
  parseClockTime,
  startOfJapanDay,
  toEpochMs,
  weekdayOf,
} from "./japan-time.js";

/** true: open; false: closed; "unknown": the hours vary or cannot be known, never a guess. */
export type OpenState = boolean | "unknown";

/** Open state at an instant, with when it next opens and, if open, when it closes. */
export interface OpenStatus {
  open: OpenState;
  /** When open is false: the next instant it opens, or null when unknown. */
  opensAt: Date | null;
  /**
   * When open is true: the instant it closes (following back-to-back spans), or null when it does not close within
   * about 400 days (always-open windows) or its closing cannot be known (the holiday table ends first).
   */
  closesAt: Date | null;
}

/** A schedule in either text shape (bilingual or localized). */
export type AnySchedule = Schedule | ScheduleLocalized;
/** What open-now questions can be asked about: a contact, one of its channels, or a schedule. */
export type OpenTarget = Contact | ContactLocalized | Channel | ChannelLocalized | AnySchedule;

/** How far ahead nextOpening and closing times look before giving up. */
const HORIZON_DAYS = 400;

const DAY_INDEX = Object.fromEntries(WEEK_DAYS.map((day, i) => [day, i])) as Record<DayOfWeek, number>;

/** An opening span in ms from the midnight of the day it starts on; `end` may pass midnight (up to 48 h). */
interface Span {
  start: number;
  end: number;
}
/** A weekly schedule prepared for fast lookups. */
interface CompiledWeekly {
  /** Spans by weekday (0 = Monday), sorted by start. */
  spans: Span[][];
  holidays: boolean;
  yearEnd: boolean;
  /** Days the sources say nothing about: spans starting on them are "unknown". */
  unknownHolidays: boolean;
  unknownYearEnd: boolean;
}

const compiled = new WeakMap<object, CompiledWeekly>();

function compile(
  rules: readonly OpeningRule[],
  closedOn: readonly string[],
  unknownOn: readonly string[] = [],
): CompiledWeekly {
  const spans: Span[][] = [[], [], [], [], [], [], []];
  for (const rule of rules) {
    const opens = parseClockTime(rule.opens);
    let closes = parseClockTime(rule.closes);
    if (opens >= 24 * 60) throw new RangeError(`24:00 is a closing time only, got opens "${rule.opens}"`);
    // Closing at or before the opening time means the span runs past midnight into the next day.
    if (closes <= opens) closes += 24 * 60;
    for (const day of rule.days) {
      const index = DAY_INDEX[day];
      if (index === undefined) throw new RangeError(`unknown day of the week "${String(day)}"`);
      spans[index]?.push({ start: opens * MINUTE_MS, end: closes * MINUTE_MS });
    }
  }
  for (const list of spans) list.sort((a, b) => a.start - b.start);
  return {
    spans,
    holidays: closedOn.includes("national-holidays"),
    yearEnd: closedOn.includes("year-end"),
    unknownHolidays: unknownOn.includes("national-holidays"),
    unknownYearEnd: unknownOn.includes("year-end"),
  };
}

function compiledWeekly(schedule: Extract<AnySchedule, { type: "weekly" }>): CompiledWeekly {
  let c = compiled.get(schedule);
  if (!c) {
    c = compile(schedule.rules, schedule.closedOn, schedule.unknownOn);
    compiled.set(schedule, c);
  }
  return c;
}

/** Whether the spans starting on `day` are cancelled by a closure; "unknown" when the holiday table does not cover it. */
function isClosedDay(c: CompiledWeekly, day: JapanDay): boolean | "unknown" {
  if (c.yearEnd && isYearEndClosure(day)) return true;
  if (c.holidays) {
    const holiday = isNationalHoliday(day);
    if (holiday !== false) return holiday;
  }
  if (c.unknownYearEnd && isYearEndClosure(day)) return "unknown";
  if (c.unknownHolidays && isNationalHoliday(day) !== false) return "unknown";
  return false;
}

/** Open state at `ms`, and when open, the latest end among the spans that cover it. */
function probe(c: CompiledWeekly, ms: number): { open: OpenState; until: number } {
  const today = japanDayOf(ms);
  let open: OpenState = false;
  let until = ms;
  // A span lasts at most 48 h from its day's midnight, so only spans starting today or yesterday can cover `ms`.
  for (const day of [today, today - 1]) {
    const offset = ms - startOfJapanDay(day);
    for (const span of c.spans[weekdayOf(day)] ?? []) {
      if (span.start > offset || offset >= span.end) continue;
      const closed = isClosedDay(c, day);
      if (closed === false) {
        open = true;
        until = Math.max(until, startOfJapanDay(day) + span.end);
      } else if (closed === "unknown" && open === false) {
        open = "unknown";
      }
    }
  }
  return { open, until };
}

/** The first instant >= ms at which a weekly schedule opens; null when unknown or beyond the horizon. */
function nextOpeningWeekly(c: CompiledWeekly, ms: number): number | null {
  const now = probe(c, ms).open;
  if (now === true) return ms;
  if (now === "unknown") return null;
  const today = japanDayOf(ms);
  for (let day = today; day <= today + HORIZON_DAYS; day++) {
    const dayStart = startOfJapanDay(day);
    const first = c.spans[weekdayOf(day)]?.find((span) => dayStart + span.start >= ms);
    if (!first) continue;
    const closed = isClosedDay(c, day);
    if (closed === "unknown") return null;
    if (closed === false) return dayStart + first.start;
  }
  return null;
}

/** When a weekly schedule that is open at ms next closes, following back-to-back spans; null if unknown or beyond the horizon. */
function closingWeekly(c: CompiledWeekly, ms: number): number | null {
  let { until } = probe(c, ms);
  const limit = ms + HORIZON_DAYS * DAY_MS;
  while (until < limit) {
    const next = probe(c, until);
    if (next.open === false) return until;
    if (next.open === "unknown") return null;
    until = next.until;
  }
  return null;
}

// Typed against the schema's channel types, so a new channel type fails to compile here until it is listed.
const CHANNEL_TYPES: Record<Channel["type"], true> = {
  phone: true,
  shortcode: true,
  web: true,
  form: true,
  chat: true,
  line: true,
  email: true,
  app: true,
  relay: true,
  "in-person": true,
};

function isSchedule(target: Exclude<OpenTarget, Contact | ContactLocalized>): target is AnySchedule {
  return target.type === "always" || target.type === "weekly" || target.type === "varies" || target.type === "deferred";
}

/** The schedule that decides a target's hours, or undefined when it has none (a channel without its own). */
function scheduleOf(target: OpenTarget): AnySchedule | undefined {
  if (typeof target !== "object" || target === null) {
    throw new TypeError(`expected a contact, channel or schedule, got ${String(target)}`);
  }
  if ("channels" in target) return target.schedule;
  if (isSchedule(target)) return target;
  if (Object.hasOwn(CHANNEL_TYPES, target.type)) return target.schedule;
  throw new TypeError(`unknown schedule or channel type "${String(target.type)}"`);
}

function assertKnownType(schedule: never): never {
  throw new TypeError(`unknown schedule type "${String((schedule as { type?: unknown }).type)}"`);
}

/** The schedule that applies to a channel of a contact: the channel's own, else the contact's. */
export function effectiveSchedule<S extends AnySchedule>(contact: { schedule: S }, channel?: { schedule?: S }): S {
  return channel?.schedule ?? contact.schedule;
}

/** Whether a contact, channel or schedule is open at an instant, in Japan time: true, false or "unknown". */
export function isOpenAt(target: OpenTarget, at: Date | number): OpenState {
  const ms = toEpochMs(at);
  const schedule = scheduleOf(target);
  if (!schedule) return "unknown";
  switch (schedule.type) {
    case "always":
      return true;
    case "varies":
      return "unknown";
    case "deferred":
      return false;
    case "weekly":
      return probe(compiledWeekly(schedule), ms).open;
    default:
      return assertKnownType(schedule);
  }
}

/** The earliest instant at or after `from` when the target is open; null if unknown or not within about 400 days. */
export function nextOpening(target: OpenTarget, from: Date | number): Date | null {
  const ms = toEpochMs(from);
  const schedule = scheduleOf(target);
  if (!schedule) return null;
  switch (schedule.type) {
    case "always":
      return new Date(ms);
    case "varies":
    case "deferred":
      return null;
    case "weekly": {
      const next = nextOpeningWeekly(compiledWeekly(schedule), ms);
      return next === null ? null : new Date(next);
    }
    default:
      return assertKnownType(schedule);
  }
}

/** Open state at an instant with the next opening (when closed) and the closing time (when open). */
export function openStatus(target: OpenTarget, at: Date | number): OpenStatus {
  const ms = toEpochMs(at);
  const schedule = scheduleOf(target);
  if (!schedule) return { open: "unknown", opensAt: null, closesAt: null };
  switch (schedule.type) {
    case "always":
      return { open: true, opensAt: null, closesAt: null };
    case "varies":
      return { open: "unknown", opensAt: null, closesAt: null };
    case "deferred":
      // Nobody answers live, ever: no opening to count down to.
      return { open: false, opensAt: null, closesAt: null };
    case "weekly": {
      const c = compiledWeekly(schedule);
      const open = probe(c, ms).open;
      if (open === "unknown") return { open, opensAt: null, closesAt: null };
      if (open) {
        const closes = closingWeekly(c, ms);
        return { open, opensAt: null, closesAt: closes === null ? null : new Date(closes) };
      }
      const opens = nextOpeningWeekly(c, ms);
      return { open, opensAt: opens === null ? null : new Date(opens), closesAt: null };
    }
    default:
      return assertKnownType(schedule);
  }
}

/** Whether a target accepts messages at any time that a person answers later (a form): shown as "24時間受付(返信は後日)". */
export function answersLater(target: OpenTarget): boolean {
  return scheduleOf(target)?.type === "deferred";
}
