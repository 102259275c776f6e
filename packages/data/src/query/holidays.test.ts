import { getHolidaysOf } from "japanese-holidays";
import { describe, expect, it } from "vitest";
import { HOLIDAY_YEARS, isNationalHoliday, isYearEndClosure } from "./holidays.js";
import { civilDateOf, japanDayFromCivil } from "./japan-time.js";

describe("the generated holiday table", () => {
  it("covers 2026-2030, the years the property tests draw from", () => {
    expect(HOLIDAY_YEARS.first).toBeLessThanOrEqual(2026);
    expect(HOLIDAY_YEARS.last).toBeGreaterThanOrEqual(2030);
  });

  // @holiday-jp/holiday_jp (a published list) against japanese-holidays (computed from the law's rules).
  it("agrees day by day with an independent, rule-based source for every year it covers", () => {
    const mismatches: string[] = [];
    for (let year = HOLIDAY_YEARS.first; year <= HOLIDAY_YEARS.last; year++) {
      const expected = new Set(getHolidaysOf(year).map((h) => `${h.month}/${h.date}`));
      for (let day = japanDayFromCivil(year, 1, 1); day <= japanDayFromCivil(year, 12, 31); day++) {
        const { month, date } = civilDateOf(day);
        if (isNationalHoliday(day) !== expected.has(`${month}/${date}`)) mismatches.push(`${year}-${month}-${date}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("answers unknown just outside the table, never false", () => {
    expect(isNationalHoliday(japanDayFromCivil(HOLIDAY_YEARS.first - 1, 12, 31))).toBe("unknown");
    expect(isNationalHoliday(japanDayFromCivil(HOLIDAY_YEARS.last + 1, 1, 1))).toBe("unknown");
    expect(isNationalHoliday(japanDayFromCivil(HOLIDAY_YEARS.last, 12, 31))).toBe(false);
  });
});

describe("the year-end closure", () => {
  it.each([
    [12, 28, false],
    [12, 29, true],
    [12, 31, true],
    [1, 1, true],
    [1, 3, true],
    [1, 4, false],
  ])("%i/%i → %s", (month, date, expected) => {
    expect(isYearEndClosure(japanDayFromCivil(2027, month, date))).toBe(expected);
  });
});
