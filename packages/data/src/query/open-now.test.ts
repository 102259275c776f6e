import { describe, expect, it } from "vitest";
import type { Channel } from "../schema/channel.js";
import type { Contact } from "../schema/contact.js";
import type { Schedule } from "../schema/schedule.js";
import {
  always,
  everyDayAllDay,
  fridayNight,
  varies,
  weekdayAndSaturday,
  weekdayLine,
} from "../test-support/schedules.js";
import { localize } from "./localize.js";
import { effectiveSchedule, isOpenAt, nextOpening, openStatus } from "./open-now.js";

/** An instant given as Japan wall-clock time, "YYYY-MM-DDTHH:MM[:SS.mmm]". */
function jst(local: string): Date {
  return new Date(`${local}+09:00`);
}

// Fixtures in the shapes the seed's windows use; the facts themselves live in content/, not here.
const phone: Channel = {
  type: "phone",
  number: "0570-000-000",
  kind: "navi-dial",
  unreachableFrom: ["ip-phone"],
};
const contact: Contact = {
  id: "fixture-line",
  name: { ja: "テスト窓口", en: "Test line" },
  organization: { name: { ja: "テスト", en: "Test" }, url: "https://example.org/" },
  summary: { ja: "要約", en: "Summary" },
  description: { ja: "説明", en: "Description" },
  categories: ["human-rights"],
  audiences: ["anyone"],
  services: ["listen"],
  urgency: "anytime",
  coverage: { scope: "national" },
  channels: [phone, { type: "web", url: "https://example.org/form", schedule: always }],
  schedule: weekdayLine,
  cost: "call-charges",
  languages: ["ja"],
  remedies: [],
  confidence: "high",
  sources: [{ url: "https://example.org/", title: "Example" }],
  verifiedAt: "2026-11-01",
};

describe("isOpenAt on a weekday 8:30-17:15 line (2026-11-25 is a Wednesday)", () => {
  it.each([
    ["2026-11-25T08:29:59.999", false],
    ["2026-11-25T08:30", true],
    ["2026-11-25T17:14:59.999", true],
    ["2026-11-25T17:15", false],
  ])("%s → %s", (local, expected) => {
    expect(isOpenAt(weekdayLine, jst(local))).toBe(expected);
  });

  it("is closed at the weekend", () => {
    expect(isOpenAt(weekdayLine, jst("2026-11-28T10:00"))).toBe(false);
    expect(isOpenAt(weekdayLine, jst("2026-11-29T10:00"))).toBe(false);
  });

  it("takes epoch milliseconds as well as Dates", () => {
    expect(isOpenAt(weekdayLine, jst("2026-11-25T10:00").getTime())).toBe(true);
  });
});

describe("holidays and the year end", () => {
  const holidaysOnly: Schedule = { ...weekdayLine, closedOn: ["national-holidays"] };
  const yearEndOnly: Schedule = { ...weekdayLine, closedOn: ["year-end"] };
  const noClosures: Schedule = { ...weekdayLine, closedOn: [] };

  it("is closed on 元日 (2027-01-01, a Friday) as a national holiday", () => {
    expect(isOpenAt(holidaysOnly, jst("2027-01-01T10:00"))).toBe(false);
    expect(isOpenAt(noClosures, jst("2027-01-01T10:00"))).toBe(true);
  });

  it("is closed on a 振替休日 (2026-05-06, a Wednesday, for 憲法記念日 on Sunday)", () => {
    expect(isOpenAt(holidaysOnly, jst("2026-05-06T10:00"))).toBe(false);
    expect(isOpenAt(holidaysOnly, jst("2026-05-07T10:00"))).toBe(true);
  });

  it("is closed on a 国民の休日 (2026-09-22, between two holidays)", () => {
    expect(isOpenAt(holidaysOnly, jst("2026-09-22T10:00"))).toBe(false);
  });

  it("is closed on 12/29 (2026-12-29, a Tuesday) for the year end, and open on 12/28", () => {
    expect(isOpenAt(yearEndOnly, jst("2026-12-29T10:00"))).toBe(false);
    expect(isOpenAt(holidaysOnly, jst("2026-12-29T10:00"))).toBe(true);
    expect(isOpenAt(weekdayLine, jst("2026-12-28T10:00"))).toBe(true);
  });

  it("is closed through 1/3 and open again on 1/4 (2027-01-04, a Monday)", () => {
    expect(isOpenAt(yearEndOnly, jst("2026-12-31T10:00"))).toBe(false);
    expect(isOpenAt(yearEndOnly, jst("2027-01-03T10:00"))).toBe(false);
    expect(isOpenAt(weekdayLine, jst("2027-01-04T10:00"))).toBe(true);
  });
});

describe("a line open on Saturdays (平日 9-21, 土 9-17)", () => {
  it.each([
    ["2026-11-28T08:59", false],
    ["2026-11-28T09:00", true],
    ["2026-11-28T16:59", true],
    ["2026-11-28T17:00", false],
    ["2026-11-29T12:00", false],
    ["2026-11-27T20:59", true],
    ["2026-11-27T21:00", false],
  ])("%s → %s", (local, expected) => {
    expect(isOpenAt(weekdayAndSaturday, jst(local))).toBe(expected);
  });

  it("is closed on a Saturday that is a holiday (2028-04-29, 昭和の日)", () => {
    expect(isOpenAt(weekdayAndSaturday, jst("2028-04-29T10:00"))).toBe(false);
  });
});

describe("24-hour lines", () => {
  it("an always-open line is open at 03:00", () => {
    expect(isOpenAt(always, jst("2026-11-25T03:00"))).toBe(true);
    expect(isOpenAt(always, jst("2027-01-01T03:00"))).toBe(true);
  });

  it("a weekly 00:00-24:00 line is open at 03:00 and at 23:59", () => {
    expect(isOpenAt(everyDayAllDay, jst("2026-11-25T03:00"))).toBe(true);
    expect(isOpenAt(everyDayAllDay, jst("2026-11-25T23:59:59.999"))).toBe(true);
  });
});

describe("spans past midnight", () => {
  it("a Friday 22:00-02:00 rule is open on Saturday at 01:00 and closed at 02:00", () => {
    expect(isOpenAt(fridayNight, jst("2026-11-27T21:59"))).toBe(false);
    expect(isOpenAt(fridayNight, jst("2026-11-27T22:00"))).toBe(true);
    expect(isOpenAt(fridayNight, jst("2026-11-28T01:00"))).toBe(true);
    expect(isOpenAt(fridayNight, jst("2026-11-28T02:00"))).toBe(false);
    expect(isOpenAt(fridayNight, jst("2026-11-28T22:30"))).toBe(false);
  });

  it("keeps running past midnight into a holiday when it started on an open day (Sat 2028-04-29)", () => {
    expect(isOpenAt(fridayNight, jst("2028-04-29T01:00"))).toBe(true);
  });

  it("is closed after midnight when it would have started on a holiday (Fri 2028-02-11)", () => {
    expect(isOpenAt(fridayNight, jst("2028-02-11T23:00"))).toBe(false);
    expect(isOpenAt(fridayNight, jst("2028-02-12T01:00"))).toBe(false);
  });

  it("a rule whose closing equals its opening lasts 24 hours", () => {
    const fullDay: Schedule = { ...fridayNight, rules: [{ days: ["fri"], opens: "09:00", closes: "09:00" }] };
    expect(isOpenAt(fullDay, jst("2026-11-28T08:59"))).toBe(true);
    expect(isOpenAt(fullDay, jst("2026-11-28T09:00"))).toBe(false);
  });
});

describe("unknown, never a guess", () => {
  it("a varies schedule is unknown, whatever its typical hours say", () => {
    expect(isOpenAt(varies, jst("2026-11-25T10:00"))).toBe("unknown");
    expect(isOpenAt(varies, jst("2026-11-29T03:00"))).toBe("unknown");
    expect(nextOpening(varies, jst("2026-11-25T10:00"))).toBeNull();
    expect(openStatus(varies, jst("2026-11-25T10:00"))).toEqual({ open: "unknown", opensAt: null, closesAt: null });
  });

  it("a holiday-closed line is unknown in years outside the holiday table", () => {
    expect(isOpenAt(weekdayLine, jst("2051-01-10T10:00"))).toBe("unknown");
    expect(isOpenAt(weekdayLine, jst("2019-06-03T10:00"))).toBe("unknown");
    expect(nextOpening(weekdayLine, jst("2051-01-10T18:00"))).toBeNull();
  });

  it("still answers outside the table when holidays cannot matter", () => {
    const yearEndOnly: Schedule = { ...weekdayLine, closedOn: ["year-end"] };
    // 2060-01-07 is a Wednesday; 2060-12-30 is in the year-end closure; 2060-01-10 is a Saturday.
    expect(isOpenAt(yearEndOnly, jst("2060-01-07T10:00"))).toBe(true);
    expect(isOpenAt(weekdayLine, jst("2060-12-30T10:00"))).toBe(false);
    expect(isOpenAt(weekdayLine, jst("2060-01-10T10:00"))).toBe(false);
    expect(isOpenAt(weekdayLine, jst("2060-01-07T20:00"))).toBe(false);
  });

  it("nextOpening gives up at the end of the table rather than guess", () => {
    // 2050-12-28 is a Wednesday after closing; the next weekday (12/29) starts the year end, then 2051 is unknown.
    expect(nextOpening(weekdayLine, jst("2050-12-28T18:00"))).toBeNull();
  });
});

describe("contacts and channels", () => {
  it("a contact answers from its schedule", () => {
    expect(isOpenAt(contact, jst("2026-11-25T10:00"))).toBe(true);
    expect(isOpenAt(contact, jst("2026-11-25T18:00"))).toBe(false);
  });

  it("a channel with its own schedule answers from it; one without is unknown", () => {
    const web = contact.channels[1];
    if (!web) throw new Error("fixture has two channels");
    expect(isOpenAt(web, jst("2026-11-25T18:00"))).toBe(true);
    expect(isOpenAt(phone, jst("2026-11-25T10:00"))).toBe("unknown");
  });

  it("effectiveSchedule prefers the channel's schedule, else the contact's", () => {
    expect(effectiveSchedule(contact, contact.channels[1])).toBe(always);
    expect(effectiveSchedule(contact, phone)).toBe(weekdayLine);
    expect(effectiveSchedule(contact)).toBe(weekdayLine);
    expect(isOpenAt(effectiveSchedule(contact, phone), jst("2026-11-25T10:00"))).toBe(true);
  });

  it("works on localized records", () => {
    const ja = localize(contact, "ja");
    expect(isOpenAt(ja, jst("2026-11-25T10:00"))).toBe(true);
    expect(isOpenAt(localize(varies, "en"), jst("2026-11-25T10:00"))).toBe("unknown");
    expect(nextOpening(ja, jst("2026-11-25T18:00"))).toEqual(jst("2026-11-26T08:30"));
  });
});

describe("nextOpening", () => {
  it("is the instant itself when open", () => {
    expect(nextOpening(weekdayLine, jst("2026-11-25T10:00"))).toEqual(jst("2026-11-25T10:00"));
    expect(nextOpening(always, jst("2026-11-25T03:00"))).toEqual(jst("2026-11-25T03:00"));
  });

  it("is the next morning after closing, and Monday after a Friday", () => {
    expect(nextOpening(weekdayLine, jst("2026-11-25T17:15"))).toEqual(jst("2026-11-26T08:30"));
    expect(nextOpening(weekdayLine, jst("2026-11-25T06:00"))).toEqual(jst("2026-11-25T08:30"));
    expect(nextOpening(weekdayLine, jst("2026-11-27T17:15"))).toEqual(jst("2026-11-30T08:30"));
  });

  it("skips the year end and holidays", () => {
    expect(nextOpening(weekdayLine, jst("2026-12-28T18:00"))).toEqual(jst("2027-01-04T08:30"));
    expect(nextOpening(weekdayLine, jst("2026-05-01T18:00"))).toEqual(jst("2026-05-07T08:30"));
  });

  it("is null for a channel without a schedule", () => {
    expect(nextOpening(phone, jst("2026-11-25T18:00"))).toBeNull();
  });
});

describe("openStatus", () => {
  it("gives the closing time when open", () => {
    expect(openStatus(weekdayLine, jst("2026-11-25T10:00"))).toEqual({
      open: true,
      opensAt: null,
      closesAt: jst("2026-11-25T17:15"),
    });
  });

  it("gives the next opening when closed", () => {
    expect(openStatus(weekdayAndSaturday, jst("2026-11-28T17:00"))).toEqual({
      open: false,
      opensAt: jst("2026-11-30T09:00"),
      closesAt: null,
    });
  });

  it("follows back-to-back spans to the real closing time", () => {
    const split: Schedule = {
      ...weekdayLine,
      rules: [
        { days: ["wed"], opens: "09:00", closes: "12:00" },
        { days: ["wed"], opens: "12:00", closes: "17:00" },
        { days: ["wed"], opens: "22:00", closes: "24:00" },
        { days: ["thu"], opens: "00:00", closes: "03:00" },
      ],
    };
    expect(openStatus(split, jst("2026-11-25T10:00")).closesAt).toEqual(jst("2026-11-25T17:00"));
    expect(openStatus(split, jst("2026-11-25T23:00")).closesAt).toEqual(jst("2026-11-26T03:00"));
  });

  it("has no closing time for lines that never close", () => {
    expect(openStatus(always, jst("2026-11-25T10:00"))).toEqual({ open: true, opensAt: null, closesAt: null });
    expect(openStatus(everyDayAllDay, jst("2026-11-25T10:00")).closesAt).toBeNull();
  });
});

describe("bad input", () => {
  it("rejects an invalid date with a clear error", () => {
    expect(() => isOpenAt(weekdayLine, new Date("not a date"))).toThrow(/valid Date/);
    expect(() => nextOpening(weekdayLine, Number.NaN)).toThrow(/valid Date/);
  });

  it("rejects a malformed time with a clear error", () => {
    const broken = { ...weekdayLine, rules: [{ days: ["mon"], opens: "8:30", closes: "17:15" }] } as Schedule;
    expect(() => isOpenAt(broken, jst("2026-11-23T10:00"))).toThrow(/"HH:MM"/);
  });

  it("rejects something that is not a contact, channel or schedule", () => {
    expect(() => isOpenAt(null as unknown as Schedule, 0)).toThrow(/contact, channel or schedule/);
    expect(() => isOpenAt({ type: "monthly" } as unknown as Schedule, 0)).toThrow(
      /unknown schedule or channel type "monthly"/,
    );
  });
});

describe("unknownOn: days the sources say nothing about", () => {
  const weekdaysHolidaysUnknown: Schedule = {
    type: "weekly",
    timezone: "Asia/Tokyo",
    rules: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:00", closes: "17:00" }],
    closedOn: [],
    unknownOn: ["national-holidays", "year-end"],
  };

  it("is unknown on a weekday public holiday (元日 2027 is a Friday) instead of claiming open", () => {
    expect(isOpenAt(weekdaysHolidaysUnknown, jst("2027-01-01T10:00"))).toBe("unknown");
  });

  it("is unknown on a year-end weekday that is no holiday (2026-12-29, a Tuesday)", () => {
    expect(isOpenAt(weekdaysHolidaysUnknown, jst("2026-12-29T10:00"))).toBe("unknown");
  });

  it("still answers on ordinary days: open on a weekday, closed outside the hours", () => {
    expect(isOpenAt(weekdaysHolidaysUnknown, jst("2026-12-01T10:00"))).toBe(true);
    expect(isOpenAt(weekdaysHolidaysUnknown, jst("2026-12-01T18:00"))).toBe(false);
  });

  it("gives no next opening across an unknown day rather than guess", () => {
    // Monday 2026-12-28 after hours: the next span starts on 12/29, which is unknown.
    expect(nextOpening(weekdaysHolidaysUnknown, jst("2026-12-28T18:00"))).toBeNull();
  });

  it("a closure in closedOn wins over unknownOn", () => {
    const closedOnHolidays: Schedule = { ...weekdaysHolidaysUnknown, closedOn: ["national-holidays"] };
    expect(isOpenAt(closedOnHolidays, jst("2027-01-01T10:00"))).toBe(false);
  });
});
