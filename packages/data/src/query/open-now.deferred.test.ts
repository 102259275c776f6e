// A schedule that accepts at any time and is answered later is never "open": open means a person answers now.
import { describe, expect, it } from "vitest";
import type { Schedule } from "../schema/schedule.js";
import { answersLater, isOpenAt, nextOpening, openStatus } from "./open-now.js";

function jst(local: string): Date {
  return new Date(`${local}+09:00`);
}

const form: Schedule = {
  type: "deferred",
  timezone: "Asia/Tokyo",
  answered: {
    rules: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:00", closes: "17:00" }],
    closedOn: ["national-holidays", "year-end"],
  },
};

describe("deferred schedules (forms read later)", () => {
  it.each([
    ["03:00 on a Sunday", "2026-12-06T03:00"],
    ["a weekday night", "2026-12-02T23:30"],
    ["New Year's Day at noon", "2027-01-01T12:00"],
    ["a weekday inside the hours staff read messages", "2026-12-02T11:00"],
  ])("is not open at %s", (_, at) => {
    expect(isOpenAt(form, jst(at))).toBe(false);
    expect(openStatus(form, jst(at))).toEqual({ open: false, opensAt: null, closesAt: null });
    expect(nextOpening(form, jst(at))).toBeNull();
  });

  it("is told apart from a closed line by answersLater", () => {
    expect(answersLater(form)).toBe(true);
    expect(answersLater({ type: "always" })).toBe(false);
  });

  it("a channel's own deferred schedule decides for that channel only", () => {
    const channel = { type: "form" as const, url: "https://example.go.jp/", schedule: form };
    expect(isOpenAt(channel, jst("2026-12-06T03:00"))).toBe(false);
    expect(answersLater(channel)).toBe(true);
  });
});
