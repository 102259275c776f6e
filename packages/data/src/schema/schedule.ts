import { z } from "zod";
import { WEEK_DAYS } from "../display/week.js";
import { BILINGUAL, SINGLE_LANGUAGE, type TextVariant } from "./primitives.js";

/** Days of the week, Monday first. */
export const DayOfWeekSchema = z.enum(WEEK_DAYS).meta({ id: "DayOfWeek", description: "A day of the week." });
export type DayOfWeek = z.infer<typeof DayOfWeekSchema>;
/** The days of the week, Monday first: the same list as `WEEK_DAYS`. */
export const DAYS_OF_WEEK = DayOfWeekSchema.options;

/** A wall-clock time in Asia/Tokyo, HH:MM. 24:00 is allowed as a closing time (end of the day). */
export const ClockTimeSchema = z
  .string()
  .max(5)
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, "times are HH:MM in 24-hour form (00:00-24:00)")
  .meta({ id: "ClockTime", description: "Wall-clock time in Asia/Tokyo, HH:MM; 24:00 only as a closing time." });

/** Opening hours on some days of the week. */
export const OpeningRuleSchema = z
  .strictObject({
    /** The days these hours apply to (the day the opening starts on, for spans past midnight). */
    days: z.array(DayOfWeekSchema).min(1),
    /** Opening time, Asia/Tokyo. */
    opens: ClockTimeSchema,
    /** Closing time, Asia/Tokyo. Earlier than or equal to `opens` means the span runs past midnight into the next day. */
    closes: ClockTimeSchema,
  })
  .meta({ id: "OpeningRule", description: "Opening hours on some days of the week, Asia/Tokyo." });
export type OpeningRule = z.infer<typeof OpeningRuleSchema>;

/** Days on which a weekly schedule is closed whatever its rules say. */
export const ClosureSchema = z.enum(["national-holidays", "year-end"]).meta({
  id: "Closure",
  description:
    "national-holidays: Japanese national holidays, substitute holidays and citizens' holidays; year-end: 29 December to 3 January.",
});
export type Closure = z.infer<typeof ClosureSchema>;

const TimezoneSchema = z.literal("Asia/Tokyo").meta({ description: "Every time in this dataset is Japan time." });

/** The field every schedule with hours starts with: the timezone its times are in. */
const timedFields = {
  /** The timezone every time is in. */
  timezone: TimezoneSchema,
};

/** Weekly hours: opening rules by day of week, and the days on which they do not apply. */
const weeklyHoursFields = {
  /** Opening hours by day of week. */
  rules: z.array(OpeningRuleSchema).min(1),
  /** Days on which the rules do not apply and the window is closed. */
  closedOn: z.array(ClosureSchema),
};

/** Builds the schedule schemas for one shape of text. */
function buildScheduleSchemas<T extends z.ZodType<unknown>>(v: TextVariant<T>) {
  /** One kind of schedule: `type`, the tag the union is told apart by, then its own fields; registered as `name`. */
  const scheduleKind = <K extends string, F extends z.ZodRawShape>(
    type: K,
    name: string,
    description: string,
    fields: F,
  ) => z.strictObject({ type: z.literal(type), ...fields }).meta({ id: v.id(name), description });

  /** Open around the clock, every day of the year (type `always`). */
  const AlwaysOpenScheduleSchema = scheduleKind("always", "AlwaysOpenSchedule", "Open 24 hours a day, every day.", {
    /** Anything a caller should know about the hours. */
    note: v.text.optional(),
  });

  /** Regular weekly hours in Japan time (type `weekly`). */
  const WeeklyScheduleSchema = scheduleKind("weekly", "WeeklySchedule", "Regular weekly hours in Japan time.", {
    ...timedFields,
    ...weeklyHoursFields,
    /** Days on which the sources do not say whether the rules apply: "open now" answers "unknown" then. */
    unknownOn: z.array(ClosureSchema).optional(),
    /** Anything a caller should know about the hours. */
    note: v.text.optional(),
  });

  /**
   * Hours that differ by prefecture, office or centre (type `varies`): nobody can say from here whether it is open,
   * so "open now" is always "unknown".
   */
  const VaryingScheduleSchema = scheduleKind(
    "varies",
    "VaryingSchedule",
    "Hours that differ by place; open-now is unknown.",
    {
      ...timedFields,
      /** The usual (standard) hours, shown for orientation only, never used to answer "open now". */
      typical: z.strictObject(weeklyHoursFields).optional(),
      /** Why and how the hours vary, and where to find the local hours. */
      note: v.text,
    },
  );

  /**
   * Accepts messages at any time, but a person reads and answers them later (type `deferred`: a web form read on
   * business days). "Open now" is never true for it: open means a person answers now.
   */
  const DeferredScheduleSchema = scheduleKind(
    "deferred",
    "DeferredSchedule",
    "Accepts at any time; a person answers later, so open-now is never true.",
    {
      ...timedFields,
      /** When staff read and answer, where a source says so (shown for orientation, never used for "open now"). */
      answered: z.strictObject(weeklyHoursFields).optional(),
      /** How long a reply may take, how it comes back, and what to do if it is urgent. */
      note: v.text.optional(),
    },
  );

  /** When a window can be reached. All times are Asia/Tokyo. */
  const ScheduleSchema = z
    .discriminatedUnion("type", [
      AlwaysOpenScheduleSchema,
      WeeklyScheduleSchema,
      VaryingScheduleSchema,
      DeferredScheduleSchema,
    ])
    .meta({ id: v.id("Schedule"), description: "When a window can be reached. All times are Asia/Tokyo." });
  return {
    AlwaysOpenScheduleSchema,
    WeeklyScheduleSchema,
    VaryingScheduleSchema,
    DeferredScheduleSchema,
    ScheduleSchema,
  };
}

const bilingual = buildScheduleSchemas(BILINGUAL);
/** Open around the clock, every day of the year. */
export const AlwaysOpenScheduleSchema = bilingual.AlwaysOpenScheduleSchema;
/** Regular weekly hours in Japan time. */
export const WeeklyScheduleSchema = bilingual.WeeklyScheduleSchema;
/** Hours that differ by place: open-now is always "unknown". */
export const VaryingScheduleSchema = bilingual.VaryingScheduleSchema;
/** Accepts at any time, answered later: open-now is never true. */
export const DeferredScheduleSchema = bilingual.DeferredScheduleSchema;
/** When a window can be reached. All times are Asia/Tokyo. */
export const ScheduleSchema = bilingual.ScheduleSchema;
export type Schedule = z.infer<typeof ScheduleSchema>;
export type WeeklySchedule = z.infer<typeof WeeklyScheduleSchema>;
export type DeferredSchedule = z.infer<typeof DeferredScheduleSchema>;

/** Schedule with its notes in one language, as the API serves it. */
export const ScheduleLocalizedSchema = buildScheduleSchemas(SINGLE_LANGUAGE).ScheduleSchema;
export type ScheduleLocalized = z.infer<typeof ScheduleLocalizedSchema>;
