import { describe, expect, it } from "vitest";
import { formatDays, formatRule, formatSchedule } from "./format-schedule.js";

describe("formatDays", () => {
  it("compresses runs of days, Monday first, in both languages", () => {
    expect(formatDays(["fri", "mon", "tue", "wed"], "ja")).toBe("月〜水・金");
    expect(formatDays(["mon", "tue", "wed", "fri"], "en")).toBe("Mon–Wed, Fri");
    expect(formatDays(["sat", "sun"], "en")).toBe("Sat, Sun");
  });
});

describe("formatRule", () => {
  it("drops the leading zero and marks past-midnight spans", () => {
    expect(formatRule({ days: ["mon", "tue", "wed", "thu", "fri"], opens: "08:30", closes: "17:15" }, "ja")).toBe(
      "月〜金 8:30〜17:15",
    );
    expect(formatRule({ days: ["sat"], opens: "22:00", closes: "06:00" }, "en")).toBe("Sat 22:00–6:00 next day");
  });
});

describe("formatSchedule", () => {
  it("says a varying schedule varies before giving typical hours", () => {
    const lines = formatSchedule(
      {
        type: "varies",
        timezone: "Asia/Tokyo",
        typical: { rules: [{ days: ["mon"], opens: "09:00", closes: "17:00" }], closedOn: ["national-holidays"] },
        note: "Check your prefecture.",
      },
      "en",
    );
    expect(lines[0]).toMatch(/differ/);
    expect(lines).toContain("Check your prefecture.");
    expect(lines.some((l) => l.startsWith("Typical: Mon 9:00–17:00"))).toBe(true);
  });
  it("names the closures of a weekly schedule", () => {
    const lines = formatSchedule(
      {
        type: "weekly",
        timezone: "Asia/Tokyo",
        rules: [{ days: ["mon"], opens: "09:00", closes: "17:00" }],
        closedOn: ["national-holidays", "year-end"],
      },
      "ja",
    );
    expect(lines).toEqual(["月 9:00〜17:00 (日本時間)", "祝日・年末年始(12月29日〜1月3日)は休み"]);
  });
});
