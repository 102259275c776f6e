import { describe, expect, it } from "vitest";
import type { Schedule } from "../schema/schedule.js";
import { weekdayAndSaturday } from "../test-support/schedules.js";
import { describeSchedule, formatDays, formatJapanTime, formatRule } from "./describe-schedule.js";

const weekdays = weekdayAndSaturday;

describe("formatDays", () => {
  it("joins runs of three or more days and lists the rest", () => {
    expect(formatDays(["mon", "tue", "wed", "fri"], "ja")).toBe("月〜水・金");
    expect(formatDays(["mon", "tue", "wed", "fri"], "en")).toBe("Mon–Wed, Fri");
    expect(formatDays(["sat", "sun"], "en")).toBe("Sat, Sun");
  });
});

describe("formatRule", () => {
  it("drops the leading zero and marks spans past midnight", () => {
    expect(formatRule({ days: ["mon"], opens: "08:30", closes: "17:15" }, "ja")).toBe("月 8:30〜17:15");
    expect(formatRule({ days: ["fri"], opens: "22:00", closes: "02:00" }, "ja")).toBe("金 22:00〜翌2:00");
    expect(formatRule({ days: ["fri"], opens: "22:00", closes: "02:00" }, "en")).toBe("Fri 22:00–2:00 next day");
  });
});

describe("describeSchedule", () => {
  it("gives hours in Japan time, then closures", () => {
    expect(describeSchedule(weekdays, "ja")).toEqual([
      "月〜金 9:00〜21:00(日本時間)",
      "土 9:00〜17:00(日本時間)",
      "祝日・年末年始(12月29日〜1月3日)は休み",
    ]);
    expect(describeSchedule(weekdays, "en")[2]).toBe(
      "Closed on public holidays and the New Year break (29 Dec to 3 Jan)",
    );
  });

  it("says when holiday hours are not known instead of implying they are open", () => {
    const unknown: Schedule = { ...weekdays, closedOn: [], unknownOn: ["national-holidays"] };
    expect(describeSchedule(unknown, "en")).toContain(
      "Hours on public holidays are not confirmed: check the official page",
    );
  });

  it("says first that varying hours vary, and gives the typical hours only as a guide", () => {
    const varies: Schedule = {
      type: "varies",
      timezone: "Asia/Tokyo",
      typical: {
        rules: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "08:30", closes: "17:15" }],
        closedOn: [],
      },
      note: { ja: "都道府県で異なります", en: "Differs by prefecture" },
    };
    expect(describeSchedule(varies, "ja")).toEqual([
      "受付時間は地域や窓口によって異なります",
      "目安: 月〜金 8:30〜17:15(日本時間)",
      "都道府県で異なります",
    ]);
  });

  it("works on localized schedules too", () => {
    expect(describeSchedule({ type: "always", note: "返信は後日です" }, "ja")).toEqual([
      "24時間・年中無休",
      "返信は後日です",
    ]);
  });
});

describe("formatJapanTime", () => {
  it("shows Japan time whatever the process timezone, with the date when it is another day", () => {
    const now = new Date("2026-11-29T14:00:00Z"); // Sunday 23:00 in Japan
    expect(formatJapanTime(new Date("2026-11-29T14:30:00Z"), now, "ja")).toBe("23:30(日本時間)");
    expect(formatJapanTime(new Date("2026-11-30T00:00:00Z"), now, "en")).toBe("Mon 30 Nov 9:00 (Japan time)");
    expect(formatJapanTime(new Date("2026-11-30T00:00:00Z"), now, "ja", { zoneLabel: false })).toBe("11/30(月) 9:00");
  });
});

describe("deferred schedules", () => {
  it("say they accept any time and reply later, then the reply hours and the note", () => {
    const lines = describeSchedule(
      {
        type: "deferred",
        timezone: "Asia/Tokyo",
        answered: {
          rules: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:00", closes: "17:00" }],
          closedOn: ["national-holidays"],
        },
        note: { ja: "返事は数日後です。", en: "Replies take days." },
      },
      "ja",
    );
    expect(lines).toEqual([
      "24時間受付(返信は後日)",
      "返信する時間: 月〜金 9:00〜17:00(日本時間)",
      "祝日は休み",
      "返事は数日後です。",
    ]);
    expect(describeSchedule({ type: "deferred", timezone: "Asia/Tokyo" }, "en")).toEqual([
      "Accepts any time; replies on business days",
    ]);
  });
});
